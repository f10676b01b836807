/** An imported value nobody has verified yet: shown to staff in amber next to the published value, never to citizens. */
import { ExclamationCircleFilled } from '@ant-design/icons';
import type { Procedure, VerifiableField } from '../../../../src/modules/catalog/contracts.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';

export function unverifiedOf(p: Pick<Procedure, 'unverified'>, field: VerifiableField) {
  return p.unverified.find((u) => u.field === field);
}

export function UnverifiedValueText({ value }: { value: string | string[] }) {
  return Array.isArray(value) ? (
    <ul className="cat-unverified-list">
      {value.map((v) => (
        <li key={v}>{v}</li>
      ))}
    </ul>
  ) : (
    <span>{value}</span>
  );
}

export function UnverifiedNote({
  procedure,
  field,
}: {
  procedure: Pick<Procedure, 'unverified'>;
  field: VerifiableField;
}) {
  const { t } = useI18n();
  const u = unverifiedOf(procedure, field);
  if (!u) return null;
  return (
    <div className="cat-unverified" data-testid={`unverified-${field}`}>
      <div className="cat-unverified-label">
        <ExclamationCircleFilled /> {t('cat.unverifiedLabel')}
      </div>
      <UnverifiedValueText value={u.value} />
    </div>
  );
}

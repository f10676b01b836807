/** The citizen portal's header: emblem, ward and center, language switch (same bar as /tra-cuu). */
import type { PublicWard } from '../../../../src/modules/identity/contracts.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { EmblemMark } from '../../ui/EmblemMark.tsx';
import { LangToggle } from '../DeviceShell.tsx';

export function PortalHeader({ ward }: { ward: PublicWard | null }) {
  const { t, lang } = useI18n();
  return (
    <header className="lk-header">
      <EmblemMark size={36} />
      <span>
        {ward ? <strong className="pt-ward">{lang === 'en' ? ward.nameEn : ward.name}</strong> : null}
        {t('app.center')}
      </span>
      <LangToggle />
    </header>
  );
}

/** Intake step 2: the procedure's checklist — tick what was handed in, its kind and copies; add extra documents. */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Checkbox, Collapse, Flex, Input, InputNumber, Select, Table, Tag } from 'antd';
import { DocumentKind } from '../../../../src/modules/dossiers/contracts.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import type { RequiredDocumentRef } from '../catalog/queries.ts';
import { kindKey } from './dossier-format.tsx';
import { type Checklist, type GivenDocument, missingRequired, splitChecklist } from './intake-model.ts';

interface Props {
  docs: readonly RequiredDocumentRef[];
  value: Checklist;
  onChange: (c: Checklist) => void;
  onBack: () => void;
  onNext: () => void;
}

function KindSelect({
  value,
  onChange,
  label,
}: {
  value: DocumentKind;
  onChange: (k: DocumentKind) => void;
  label: string;
}) {
  const { t } = useI18n();
  return (
    <Select<DocumentKind>
      size="small"
      value={value}
      onChange={onChange}
      aria-label={label}
      style={{ width: 170 }}
      options={DocumentKind.options.map((k) => ({ value: k, label: t(kindKey(k)) }))}
    />
  );
}

export function IntakeChecklistStep({ docs, value, onChange, onBack, onNext }: Props) {
  const { t } = useI18n();
  const { main, conditional } = splitChecklist(docs);
  const missing = missingRequired(docs, value);
  const set = (id: string, patch: Partial<GivenDocument>) =>
    onChange({ ...value, given: { ...value.given, [id]: { ...value.given[id]!, ...patch } } });
  const setExtra = (key: number, patch: Partial<Checklist['extras'][number]>) =>
    onChange({ ...value, extras: value.extras.map((x) => (x.key === key ? { ...x, ...patch } : x)) });

  const table = (rows: readonly RequiredDocumentRef[]) => (
    <Table<RequiredDocumentRef>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={[...rows]}
      rowClassName={(d) => (value.given[d.id]?.given ? 'dos-doc-given' : '')}
      columns={[
        {
          key: 'given',
          width: 44,
          render: (_, d) => (
            <Checkbox
              checked={value.given[d.id]?.given}
              onChange={(e) => set(d.id, { given: e.target.checked })}
              aria-label={d.name}
              data-doc={d.id}
            />
          ),
        },
        {
          title: t('dos.in.document'),
          key: 'name',
          render: (_, d) => (
            <div className="dos-doc-name">
              {d.name}{' '}
              {d.condition === null ? (
                <Tag color={d.required ? 'red' : 'default'} variant="outlined">
                  {d.required ? t('dos.in.required') : t('dos.in.optional')}
                </Tag>
              ) : null}
            </div>
          ),
        },
        {
          title: t('dos.in.kind'),
          key: 'kind',
          width: 190,
          render: (_, d) => (
            <KindSelect
              value={value.given[d.id]?.kind ?? d.kind}
              onChange={(k) => set(d.id, { kind: k, given: true })}
              label={`${t('dos.in.kind')}: ${d.name}`}
            />
          ),
        },
        {
          title: t('dos.in.count'),
          key: 'count',
          width: 90,
          render: (_, d) => (
            <InputNumber
              size="small"
              min={1}
              max={100}
              value={value.given[d.id]?.count ?? 1}
              onChange={(n) => set(d.id, { count: n ?? 1 })}
              aria-label={`${t('dos.in.count')}: ${d.name}`}
              style={{ width: 64 }}
            />
          ),
        },
      ]}
    />
  );

  return (
    <Card title={t('dos.in.step2')}>
      <Alert type="info" showIcon title={t('dos.in.checklistHelp')} style={{ marginBottom: 16 }} />
      {docs.length === 0 ? <Alert type="warning" showIcon title={t('dos.in.noChecklist')} /> : table(main)}
      {conditional.length ? (
        <Collapse
          size="small"
          style={{ marginTop: 12 }}
          items={[
            { key: 'c', label: t('dos.in.conditional', { count: conditional.length }), children: table(conditional) },
          ]}
        />
      ) : null}
      <div className="dos-extras">
        <div className="dos-field-label">{t('dos.in.extra')}</div>
        {value.extras.map((x) => (
          <Flex key={x.key} gap={8} align="center" className="dos-extra-row">
            <Input
              value={x.name}
              placeholder={t('dos.in.extraName')}
              aria-label={t('dos.in.extraName')}
              onChange={(e) => setExtra(x.key, { name: e.target.value })}
              maxLength={500}
            />
            <KindSelect value={x.kind} onChange={(k) => setExtra(x.key, { kind: k })} label={t('dos.in.kind')} />
            <InputNumber
              size="small"
              min={1}
              max={100}
              value={x.count}
              onChange={(n) => setExtra(x.key, { count: n ?? 1 })}
              aria-label={t('dos.in.count')}
              style={{ width: 64 }}
            />
            <Button
              size="small"
              icon={<DeleteOutlined />}
              aria-label={t('dos.in.remove')}
              onClick={() => onChange({ ...value, extras: value.extras.filter((e) => e.key !== x.key) })}
            />
          </Flex>
        ))}
        <Button
          icon={<PlusOutlined />}
          onClick={() =>
            onChange({
              ...value,
              extras: [...value.extras, { key: Date.now(), name: '', kind: 'copy', count: 1, given: true }],
            })
          }
        >
          {t('dos.in.addExtra')}
        </Button>
      </div>
      {missing.length ? (
        <Alert
          type="warning"
          showIcon
          data-testid="missing-warning"
          title={t('dos.in.missingWarn', { count: missing.length })}
          description={
            <ul className="dos-missing-list">
              {missing.map((m) => (
                <li key={m.id}>{m.name}</li>
              ))}
            </ul>
          }
        />
      ) : docs.some((d) => d.required) ? (
        <Alert type="success" showIcon title={t('dos.in.complete')} />
      ) : null}
      <Flex justify="space-between" style={{ marginTop: 20 }}>
        <Button onClick={onBack}>{t('dos.in.back')}</Button>
        <Button type="primary" size="large" onClick={onNext}>
          {t('dos.in.next')}
        </Button>
      </Flex>
    </Card>
  );
}

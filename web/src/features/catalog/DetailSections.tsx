/** The main column of a procedure: general information, fees, required documents, steps and legal basis. */
import { EnvironmentOutlined } from '@ant-design/icons';
import { Alert, Card, Collapse, Descriptions, Table, Tag, Typography } from 'antd';
import type { Fee, RequiredDocument } from '../../../../src/modules/catalog/contracts.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { ChannelTags, formatVnd, LevelTag } from './catalog-format.tsx';
import type { ProcedureDetail } from './queries.ts';
import { UnverifiedNote } from './UnverifiedNote.tsx';

const count = (n: number | null) => (n === null ? '—' : String(n));

export function GeneralCard({ p }: { p: ProcedureDetail }) {
  const { t, lang } = useI18n();
  return (
    <Card title={t('cat.general')}>
      <Descriptions bordered column={1} size="middle" styles={{ label: { width: 200 } }}>
        <Descriptions.Item label={t('cat.code')}>
          {p.code ? <span className="mono">{p.code}</span> : <Tag>{t('cat.noCode')}</Tag>}
        </Descriptions.Item>
        <Descriptions.Item label={t('cat.nameVi')}>
          <span lang="vi">{p.nameVi}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('cat.nameEn')}>
          {p.nameEn ? <span lang="en">{p.nameEn}</span> : <Typography.Text type="secondary">—</Typography.Text>}
        </Descriptions.Item>
        <Descriptions.Item label={t('cat.field')}>{p.field}</Descriptions.Item>
        <Descriptions.Item label={t('cat.level')}>
          <LevelTag level={p.level} />
        </Descriptions.Item>
        <Descriptions.Item label={t('cat.handlingBody')}>{p.handlingBody}</Descriptions.Item>
        <Descriptions.Item label={t('cat.whereToSubmit')}>
          {p.handledAtCenter ? (
            <Tag color="green" variant="outlined" icon={<EnvironmentOutlined />}>
              {t('cat.atCenter')}
            </Tag>
          ) : (
            <Alert type="info" showIcon title={t('cat.notAtCenter')} description={p.whereToGo ?? '—'} />
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('cat.channels')}>
          <ChannelTags channels={p.channels} />
        </Descriptions.Item>
        <Descriptions.Item label={t('cat.fees')}>
          {p.feeText ? <div className="cat-prewrap">{p.feeText}</div> : null}
          {p.fees.length ? (
            <ul className="cat-fee-list">
              {p.fees.map((f: Fee, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: fees are an ordered list without ids
                <li key={i}>
                  <strong>{formatVnd(f.amountVnd, t, lang)}</strong>
                  {f.description ? ` — ${f.description}` : ''} <ChannelTags channels={f.channels} />
                </li>
              ))}
            </ul>
          ) : p.feeText ? null : (
            <Typography.Text type="secondary">{t('cat.noFee')}</Typography.Text>
          )}
          <UnverifiedNote procedure={p} field="fee" />
        </Descriptions.Item>
        <Descriptions.Item label={t('cat.result')}>
          {p.result ?? <Typography.Text type="secondary">—</Typography.Text>}
          <UnverifiedNote procedure={p} field="result" />
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}

type DocRow = RequiredDocument & { key: number };

function DocumentTable({ rows }: { rows: DocRow[] }) {
  const { t } = useI18n();
  return (
    <Table<DocRow>
      size="small"
      pagination={false}
      dataSource={rows}
      locale={{ emptyText: t('cat.noDocuments') }}
      columns={[
        { title: '#', key: 'n', width: 40, render: (_, _d, i) => i + 1 },
        {
          title: t('cat.docName'),
          dataIndex: 'name',
          render: (v: string) => (
            <Typography.Paragraph
              style={{ margin: 0 }}
              ellipsis={{ rows: 3, expandable: 'collapsible', symbol: (open) => t(open ? 'cat.less' : 'cat.more') }}
            >
              {v}
            </Typography.Paragraph>
          ),
        },
        { title: t('cat.originals'), dataIndex: 'originals', width: 82, align: 'center', render: count },
        { title: t('cat.copies'), dataIndex: 'copies', width: 82, align: 'center', render: count },
        {
          title: t('cat.required'),
          dataIndex: 'required',
          width: 124,
          align: 'center',
          render: (r: boolean) => (r ? <Tag color="red">{t('cat.requiredYes')}</Tag> : t('cat.requiredNo')),
        },
      ]}
    />
  );
}

/** Documents that always apply in a table; those of a particular case grouped under it, folded. */
export function DocumentsCard({ p }: { p: ProcedureDetail }) {
  const { t } = useI18n();
  const rows: DocRow[] = p.documents.map((d, i) => ({ ...d, key: i }));
  const groups = new Map<string, DocRow[]>();
  for (const r of rows) if (r.condition) groups.set(r.condition, [...(groups.get(r.condition) ?? []), r]);
  return (
    <Card title={t('cat.documents')} extra={<Tag>{t('cat.docCount', { count: p.documents.length })}</Tag>}>
      <UnverifiedNote procedure={p} field="documents" />
      <div data-testid="documents-table">
        <DocumentTable rows={rows.filter((r) => !r.condition)} />
      </div>
      {groups.size ? (
        <Collapse
          size="small"
          style={{ marginTop: 16 }}
          items={[...groups].map(([condition, docs]) => ({
            key: condition,
            label: (
              <>
                {/^lưu ý$/i.test(condition) ? null : (
                  <Tag color="blue" variant="outlined">
                    {t('cat.condition')}
                  </Tag>
                )}
                {condition} <Typography.Text type="secondary">({docs.length})</Typography.Text>
              </>
            ),
            children: <DocumentTable rows={docs} />,
          }))}
        />
      ) : null}
    </Card>
  );
}

export function StepsCard({ p }: { p: ProcedureDetail }) {
  const { t } = useI18n();
  return (
    <Card title={t('cat.steps')}>
      {p.steps.length ? (
        <ol className="cat-steps">
          {p.steps.map((s) => (
            <li key={s}>
              <Typography.Paragraph
                className="cat-prewrap"
                style={{ margin: 0 }}
                ellipsis={{ rows: 6, expandable: 'collapsible', symbol: (open) => t(open ? 'cat.less' : 'cat.more') }}
              >
                {s}
              </Typography.Paragraph>
            </li>
          ))}
        </ol>
      ) : (
        <Typography.Text type="secondary">—</Typography.Text>
      )}
    </Card>
  );
}

export function LegalCard({ p }: { p: ProcedureDetail }) {
  const { t } = useI18n();
  return (
    <Card title={t('cat.legalBasis')}>
      {p.legalBasis.length ? (
        <ul className="cat-legal">
          {p.legalBasis.map((l) => (
            <li key={l}>{l}</li>
          ))}
        </ul>
      ) : (
        <Typography.Text type="secondary">—</Typography.Text>
      )}
    </Card>
  );
}

/**
 * The repair preview: the encoding detected in each text column with a before/after example, the shapes of the
 * date columns and what they become, and the first rows after conversion. While the commit runs: its progress.
 */
import { Alert, Progress, Table, Tag } from 'antd';
import type { ColumnTarget, ImportPreview, ImportProgress } from '../../../../src/modules/backlog/contracts.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import type { MessageKey } from '../../i18n/vi.ts';
import { encodingKey, previewDate } from './backlog-format.ts';

interface Props {
  preview: ImportPreview;
  mapping: Record<string, ColumnTarget>;
  progress: ImportProgress | null;
}

const DATE_TARGETS: readonly ColumnTarget[] = ['receivedOn', 'dueOn'];

export function ImportRepairStep({ preview, mapping, progress }: Props) {
  const { t } = useI18n();
  const repaired = preview.encodings.filter((e) => e.encoding !== 'unicode');
  const dateHeaders = preview.headers.filter((h) => DATE_TARGETS.includes(mapping[h] ?? 'ignore'));
  const dates = dateHeaders.flatMap((h) =>
    preview.sample
      .map((row) => row[h] ?? '')
      .filter(Boolean)
      .map((raw, i) => ({ key: `${h}-${i}`, header: h, raw, ...previewDate(raw) })),
  );
  const kept = preview.headers.filter((h) => (mapping[h] ?? 'ignore') !== 'ignore');

  return (
    <div className="bl-repair">
      {progress ? (
        <div className="bl-gap" data-testid="import-progress">
          <Progress percent={Math.round(progress.fraction * 100)} status="active" />
          <span className="bl-muted">{t('bl.imp.progress', { rows: progress.rowsRead })}</span>
        </div>
      ) : null}
      <h3>{t('bl.imp.encodings')}</h3>
      {repaired.length === 0 ? <Alert type="success" showIcon title={t('bl.imp.allUnicode')} /> : null}
      <div data-testid="encodings-table">
        <Table
          size="small"
          rowKey="header"
          pagination={false}
          dataSource={preview.encodings}
          columns={[
            { title: t('bl.imp.col.header'), dataIndex: 'header' },
            {
              title: t('bl.imp.col.encoding'),
              dataIndex: 'encoding',
              width: 220,
              render: (e: ImportPreview['encodings'][number]['encoding']) => (
                <Tag color={e === 'unicode' ? 'default' : 'volcano'} data-encoding={e}>
                  {t(encodingKey(e))}
                </Tag>
              ),
            },
            {
              title: t('bl.imp.col.before'),
              key: 'before',
              render: (_, e) => <span className="bl-before">{e.example?.before ?? '—'}</span>,
            },
            {
              title: t('bl.imp.col.after'),
              key: 'after',
              render: (_, e) => <span className="bl-after">{e.example?.after ?? '—'}</span>,
            },
          ]}
        />
      </div>
      <h3>{t('bl.imp.dates')}</h3>
      <div data-testid="dates-table">
        <Table
          size="small"
          rowKey="key"
          pagination={false}
          dataSource={dates}
          locale={{ emptyText: t('bl.imp.noDates') }}
          columns={[
            { title: t('bl.imp.col.header'), dataIndex: 'header', width: 180 },
            {
              title: t('bl.imp.col.before'),
              dataIndex: 'raw',
              render: (r: string) => <span className="bl-before">{r}</span>,
            },
            {
              title: t('bl.imp.col.shape'),
              dataIndex: 'shape',
              width: 220,
              render: (s: string) => (
                <Tag color={s === 'unknown' ? 'red' : 'default'}>{t(`bl.date.${s}` as MessageKey)}</Tag>
              ),
            },
            {
              title: t('bl.imp.col.after'),
              dataIndex: 'after',
              render: (a: string | null) =>
                a ? <span className="bl-after">{a}</span> : <Tag color="red">{t('bl.imp.dateRejected')}</Tag>,
            },
          ]}
        />
      </div>
      <h3>{t('bl.imp.sample')}</h3>
      <Table
        size="small"
        rowKey={(_, i) => String(i)}
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={preview.sample}
        columns={kept.map((h) => ({ title: h, dataIndex: h, key: h }))}
      />
    </div>
  );
}

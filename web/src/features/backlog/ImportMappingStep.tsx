/**
 * The mapping step: each header of the file with the field the server recognised from its Vietnamese alias;
 * unknown headers are highlighted and need a decision (a field, keep as extra data, or ignore).
 */
import { Alert, Button, Flex, Select, Table, Tag } from 'antd';
import { type ColumnTarget, type ImportPreview, ItemField } from '../../../../src/modules/backlog/contracts.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { targetKey } from './backlog-format.ts';

interface Props {
  preview: ImportPreview;
  mapping: Record<string, ColumnTarget>;
  confirmed: Set<string>;
  onChange: (header: string, target: ColumnTarget) => void;
}

export function ImportMappingStep({ preview, mapping, confirmed, onChange }: Props) {
  const { t } = useI18n();
  const unknown = new Set(preview.unknownHeaders);
  const targets: ColumnTarget[] = [...ItemField.options, 'extra', 'ignore'];
  const options = targets.map((v) => ({ value: v, label: t(targetKey(v)) }));
  return (
    <>
      <p className="bl-muted">
        {t('bl.imp.mappingIntro', { file: preview.fileName, row: preview.headerRow, source: preview.sourceUnit })}
      </p>
      {preview.unknownHeaders.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          className="bl-gap"
          title={t('bl.imp.unknownHeaders', { n: preview.unknownHeaders.length })}
        />
      ) : null}
      {preview.missingRequired.length > 0 ? (
        <Alert
          type="error"
          showIcon
          className="bl-gap"
          title={t('bl.imp.missingRequired', {
            fields: preview.missingRequired.map((f) => t(targetKey(f))).join(', '),
          })}
        />
      ) : null}
      <div data-testid="mapping-table">
        <Table
          size="small"
          rowKey="header"
          pagination={false}
          dataSource={preview.mapping}
          rowClassName={(m) => (unknown.has(m.header) && !confirmed.has(m.header) ? 'bl-row-unknown' : '')}
          columns={[
            { title: '#', dataIndex: 'index', width: 48, render: (i: number) => i + 1 },
            {
              title: t('bl.imp.col.header'),
              dataIndex: 'header',
              width: 200,
              render: (h: string) => <strong>{h}</strong>,
            },
            {
              title: t('bl.imp.col.target'),
              key: 'target',
              width: 300,
              render: (_, m) => (
                <Select<ColumnTarget>
                  value={mapping[m.header] ?? m.target}
                  onChange={(v) => onChange(m.header, v)}
                  options={options}
                  style={{ width: '100%' }}
                  aria-label={m.header}
                  data-header={m.header}
                />
              ),
            },
            {
              title: t('bl.imp.col.recognised'),
              key: 'known',
              width: 260,
              render: (_, m) =>
                m.known ? (
                  <Tag color="green">{t('bl.imp.known')}</Tag>
                ) : confirmed.has(m.header) ? (
                  <Tag color="blue">{t('bl.imp.confirmed')}</Tag>
                ) : (
                  <Flex gap={4} align="center">
                    <Tag color="orange">{t('bl.imp.needsDecision')}</Tag>
                    <Button
                      size="small"
                      data-confirm={m.header}
                      onClick={() => onChange(m.header, mapping[m.header] ?? m.target)}
                    >
                      {t('bl.imp.keep')}
                    </Button>
                  </Flex>
                ),
            },
            {
              title: t('bl.imp.col.example'),
              key: 'example',
              render: (_, m) => <span className="bl-sample">{preview.sample[0]?.[m.header] ?? ''}</span>,
            },
          ]}
        />
      </div>
    </>
  );
}

/** The items of the triage table with their classification, age and lateness, and each row's actions. */
import { EditOutlined, StopOutlined } from '@ant-design/icons';
import { Button, Flex, Table, Tag, Tooltip } from 'antd';
import { Link } from 'react-router-dom';
import type { BacklogItem, ItemPage } from '../../../../src/modules/backlog/contracts.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { COMPLEXITY_COLOR, competenceKey, complexityKey, formatPlainDate, statusKey } from './backlog-format.ts';
import { StartWorkButton } from './StartWorkButton.tsx';

interface Props {
  data: ItemPage | undefined;
  loading: boolean;
  page: number;
  pageSize: number;
  onPage: (p: number) => void;
  canWork: boolean;
  selected: BacklogItem[];
  onSelect: (items: BacklogItem[]) => void;
  onOpen: (item: BacklogItem) => void;
  onOverride: (item: BacklogItem) => void;
  onClose: (item: BacklogItem) => void;
}

export const isWorkable = (i: BacklogItem) => i.status === 'open' || i.status === 'in_progress';

export function TriageTable(p: Props) {
  const { t } = useI18n();
  return (
    <Table<BacklogItem>
      size="small"
      rowKey="id"
      loading={p.loading}
      dataSource={p.data?.items}
      rowClassName={() => 'bl-item-row'}
      onRow={(i) => ({ 'data-code': i.originalCode }) as React.HTMLAttributes<HTMLElement>}
      rowSelection={
        p.canWork
          ? {
              selectedRowKeys: p.selected.map((i) => i.id),
              onChange: (_, rows) => p.onSelect(rows),
              getCheckboxProps: (i) => ({ disabled: !isWorkable(i) }),
            }
          : undefined
      }
      pagination={{
        current: p.page,
        pageSize: p.pageSize,
        total: p.data?.total ?? 0,
        showSizeChanger: false,
        onChange: p.onPage,
        showTotal: (n) => t('bl.tri.total', { n }),
      }}
      columns={[
        {
          title: t('bl.col.code'),
          key: 'code',
          width: 150,
          render: (_, i) => (
            <>
              <Button type="link" size="small" className="bl-code" onClick={() => p.onOpen(i)}>
                {i.originalCode}
              </Button>
              <div className="bl-small bl-ellipsis" title={i.sourceUnit}>
                {i.sourceUnit}
              </div>
            </>
          ),
        },
        {
          title: t('bl.col.procedure'),
          key: 'procedure',
          render: (_, i) => (
            <div className="bl-proc">
              <div className="bl-proc-name" title={i.procedureName ?? i.procedureNameRaw ?? undefined}>
                {i.procedureName ?? i.procedureNameRaw ?? '—'}
              </div>
              <Flex gap={4} wrap>
                {i.procedureCode ? <Tag className="mono">{i.procedureCode}</Tag> : null}
                <Tooltip title={t(`bl.match.${i.matchMethod}`)}>
                  <Tag color={i.needsReview ? 'orange' : 'green'} data-review={i.needsReview}>
                    {i.needsReview ? t('bl.tri.review') : t('bl.tri.matched')} {Math.round(i.matchConfidence * 100)}%
                  </Tag>
                </Tooltip>
              </Flex>
            </div>
          ),
        },
        { title: t('bl.col.field'), dataIndex: 'field', width: 100 },
        {
          title: t('bl.col.competence'),
          key: 'competence',
          width: 110,
          render: (_, i) => (
            <Tooltip title={i.receivingBody}>
              <Tag color={i.competence === 'ward' ? 'blue' : i.competence === 'other' ? 'purple' : 'orange'}>
                {t(competenceKey(i.competence))}
              </Tag>
            </Tooltip>
          ),
        },
        {
          title: t('bl.col.complexity'),
          key: 'complexity',
          width: 100,
          render: (_, i) => (
            <>
              <Tag color={COMPLEXITY_COLOR[i.complexity]}>{t(complexityKey(i.complexity))}</Tag>
              <div className="bl-small">{t('bl.hours', { n: i.effortHours })}</div>
            </>
          ),
        },
        {
          title: t('bl.col.dates'),
          key: 'dates',
          width: 150,
          render: (_, i) => (
            <>
              <div>
                {formatPlainDate(i.receivedOn)} <span className="bl-small">({t('bl.days', { n: i.ageDays })})</span>
              </div>
              <div className="bl-small">
                {t('bl.col.due')}: {formatPlainDate(i.originalDue)}
              </div>
              {i.lateWorkingDays > 0 && isWorkable(i) ? (
                <Tag color="red">{t('bl.late', { n: i.lateWorkingDays })}</Tag>
              ) : null}
            </>
          ),
        },
        {
          title: t('bl.col.status'),
          key: 'status',
          width: 110,
          render: (_, i) => (
            <>
              <Tag data-status={i.status}>{t(statusKey(i.status))}</Tag>
              {i.overridden.length > 0 ? <Tag color="gold">{t('bl.tri.overridden')}</Tag> : null}
              {i.dossierCode ? (
                <div>
                  <Link to={`/dossiers/${encodeURIComponent(i.dossierCode)}`} data-dossier={i.dossierCode}>
                    {t('bl.tri.openDossier')}
                  </Link>
                </div>
              ) : null}
            </>
          ),
        },
        {
          title: t('bl.col.actions'),
          key: 'actions',
          width: 104,
          render: (_, i) =>
            p.canWork && isWorkable(i) ? (
              <Flex gap={4}>
                <Tooltip title={t('bl.tri.override')}>
                  <Button
                    size="small"
                    icon={<EditOutlined />}
                    aria-label={t('bl.tri.override')}
                    data-action="override"
                    onClick={() => p.onOverride(i)}
                  />
                </Tooltip>
                {i.status === 'open' && i.competence === 'ward' ? <StartWorkButton item={i} /> : null}
                <Tooltip title={t('bl.tri.close')}>
                  <Button
                    size="small"
                    icon={<StopOutlined />}
                    aria-label={t('bl.tri.close')}
                    data-action="close"
                    onClick={() => p.onClose(i)}
                  />
                </Tooltip>
              </Flex>
            ) : null,
        },
      ]}
    />
  );
}

/** A page of dossiers: code, procedure and applicant, dates, remaining time in colour, who handles it, status. */
import { Table, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { DossierPage, DossierSummary } from '../../../../src/modules/dossiers/contracts.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { departmentNameOf, procedureNameOf, RemainingTag, StatusTag } from './dossier-format.tsx';

interface Props {
  data: DossierPage | undefined;
  loading: boolean;
  page: number;
  onPage: (page: number) => void;
}

export function DossierTable({ data, loading, page, onPage }: Props) {
  const { t, lang } = useI18n();
  return (
    <Table<DossierSummary>
      rowKey="code"
      size="middle"
      loading={loading}
      dataSource={data?.items ?? []}
      locale={{ emptyText: t('dos.empty') }}
      rowClassName={(r) => (r.late ? 'dos-row-late' : '')}
      pagination={{
        current: page,
        pageSize: data?.pageSize ?? 50,
        total: data?.total ?? 0,
        hideOnSinglePage: true,
        showSizeChanger: false,
        onChange: onPage,
        showTotal: (n) => t('common.total', { count: n }),
      }}
      columns={[
        {
          title: t('dos.col.code'),
          dataIndex: 'code',
          width: 215,
          render: (code: string) => (
            <Link to={`/dossiers/${encodeURIComponent(code)}`} className="mono dos-code-link" data-code={code}>
              {code}
            </Link>
          ),
        },
        {
          title: `${t('dos.col.procedure')} · ${t('dos.col.applicant')}`,
          key: 'what',
          render: (_, r) => (
            <>
              <div className="dos-proc">{procedureNameOf(r, lang)}</div>
              <Typography.Text type="secondary">{r.applicantName}</Typography.Text>
            </>
          ),
        },
        {
          title: `${t('dos.col.received')} · ${t('dos.col.appointment')}`,
          key: 'dates',
          width: 150,
          render: (_, r) => (
            <div className="dos-dates">
              <div>{formatDateTime(r.receivedAt ?? r.registeredAt)}</div>
              <div>
                <strong>{formatDateTime(r.appointmentAt)}</strong>
              </div>
            </div>
          ),
        },
        {
          title: t('dos.col.remaining'),
          key: 'remaining',
          width: 170,
          render: (_, r) => <RemainingTag remaining={r.remaining} />,
        },
        {
          title: `${t('dos.col.status')} · ${t('dos.col.handler')}`,
          key: 'status',
          width: 230,
          render: (_, r) => (
            <>
              <StatusTag status={r.status} />
              {r.departmentName || r.assigneeName ? (
                <div className="dos-handler">
                  {[departmentNameOf(r, lang), r.assigneeName].filter(Boolean).join(' · ')}
                </div>
              ) : null}
            </>
          ),
        },
      ]}
    />
  );
}

/**
 * /dossiers/approval — the leader's approval screen: dossiers awaiting approval on the left; the chosen one on
 * the right with what the specialist submitted, its documents and history, and approve / return / refuse.
 */
import { CheckOutlined, FolderOpenOutlined, RollbackOutlined, StopOutlined } from '@ant-design/icons';
import { Button, Card, Col, Empty, Flex, List, Result, Row, Space, Spin, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import type { ActionType, DossierSummary } from '../../../../src/modules/dossiers/contracts.ts';
import { hasAnyRole, useCurrentUser } from '../../app/auth.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { BackHomeButton } from '../../ui/ComingSoon.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { ActionModal } from './ActionPanel.tsx';
import { DocumentsCard, GeneralCard } from './DetailCards.tsx';
import { BackToDossiers } from './DossierDetailPage.tsx';
import { DossierTimeline } from './DossierTimeline.tsx';
import { actionKey, procedureNameOf, RemainingTag } from './dossier-format.tsx';
import { APPROVER_ROLES } from './QueuesPage.tsx';
import { useDossier, useDossierList } from './queries.ts';
import './dossiers.css';

const DECISIONS: { type: ActionType; icon: ReactNode; primary?: boolean; danger?: boolean }[] = [
  { type: 'approve', icon: <CheckOutlined />, primary: true },
  { type: 'return-for-rework', icon: <RollbackOutlined /> },
  { type: 'reject-after-appraisal', icon: <StopOutlined />, danger: true },
];

function Reviewed({ code }: { code: string }) {
  const { t, lang } = useI18n();
  const dossier = useDossier(code);
  const [open, setOpen] = useState<ActionType | null>(null);
  const d = dossier.data;
  if (dossier.isError) return <ErrorAlert error={dossier.error} />;
  if (!d) return <Spin size="large" style={{ display: 'block', margin: '60px auto' }} />;
  const submitted = [...d.actions].reverse().find((a) => a.type === 'submit-for-approval');
  const decisions = DECISIONS.filter((x) => d.allowedActions.includes(x.type));
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card className="dos-decide">
        <Flex justify="space-between" align="flex-start" gap={12} wrap>
          <div>
            <Typography.Title level={2} className="dos-decide-title">
              {procedureNameOf(d, lang)}
            </Typography.Title>
            <Typography.Text type="secondary">
              <span className="mono">{d.code}</span> · {d.applicantName}
            </Typography.Text>
          </div>
          <RemainingTag remaining={d.remaining} large />
        </Flex>
        <div className="dos-decide-submitted">
          {submitted
            ? t('dos.ap.submitted', { time: formatDateTime(submitted.at), name: submitted.actorName })
            : d.statusLabel[lang]}
          {submitted?.details.note ? <p className="dos-decide-note">“{String(submitted.details.note)}”</p> : null}
        </div>
        <Flex justify="space-between" gap={8} wrap>
          <Flex gap={8} wrap>
            {decisions.map((x) => (
              <Button
                key={x.type}
                size="large"
                icon={x.icon}
                type={x.primary ? 'primary' : 'default'}
                danger={x.danger}
                data-action={x.type}
                onClick={() => setOpen(x.type)}
              >
                {t(actionKey(x.type))}
              </Button>
            ))}
          </Flex>
          <Link to={`/dossiers/${encodeURIComponent(d.code)}`}>
            <Button size="large" type="link" icon={<FolderOpenOutlined />}>
              {t('dos.ap.openFull')}
            </Button>
          </Link>
        </Flex>
      </Card>
      <GeneralCard d={d} />
      <DocumentsCard d={d} />
      <DossierTimeline actions={d.actions} />
      {open ? (
        <ActionModal d={d} type={open} onClose={() => setOpen(null)} onReload={() => void dossier.refetch()} />
      ) : null}
    </Space>
  );
}

export default function ApprovalPage() {
  const me = useCurrentUser();
  const { t, lang } = useI18n();
  const [params, setParams] = useSearchParams();
  const list = useDossierList({ queue: 'to-approve', pageSize: 200 }, hasAnyRole(me, APPROVER_ROLES));
  const items = list.data?.items ?? [];
  const picked = params.get('code');
  const code = items.find((i) => i.code === picked)?.code ?? items[0]?.code;

  if (!hasAnyRole(me, APPROVER_ROLES))
    return <Result status="403" title="403" subTitle={t('common.forbidden')} extra={<BackHomeButton />} />;

  return (
    <>
      <PageHeader title={t('dos.ap.title')} subtitle={t('dos.ap.subtitle')} extra={<BackToDossiers />} />
      {list.isError ? <ErrorAlert error={list.error} /> : null}
      <Row gutter={[20, 20]}>
        <Col xs={24} lg={8} xxl={7}>
          <Card title={t('dos.ap.waiting', { count: list.data?.total ?? 0 })} size="small" className="dos-ap-list">
            <List<DossierSummary>
              loading={list.isPending}
              dataSource={items}
              locale={{ emptyText: <Empty description={t('dos.ap.empty')} /> }}
              renderItem={(i) => (
                <List.Item className={`dos-ap-item${i.code === code ? ' dos-ap-item-active' : ''}`} data-code={i.code}>
                  <button
                    type="button"
                    className="dos-ap-button"
                    aria-pressed={i.code === code}
                    onClick={() => setParams({ code: i.code }, { replace: true })}
                  >
                    <span className="mono dos-ap-code">{i.code}</span>
                    <span className="dos-ap-proc">{procedureNameOf(i, lang)}</span>
                    <span className="dos-ap-meta">
                      {i.applicantName} · {i.assigneeName ?? '—'}
                    </span>
                    <RemainingTag remaining={i.remaining} />
                  </button>
                </List.Item>
              )}
            />
          </Card>
        </Col>
        <Col xs={24} lg={16} xxl={17}>
          {code ? (
            <Reviewed key={code} code={code} />
          ) : (
            <Card>
              <Empty description={list.isPending ? t('app.loading') : t('dos.ap.pick')} />
            </Card>
          )}
        </Col>
      </Row>
    </>
  );
}

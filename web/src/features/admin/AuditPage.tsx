/** The latest audit entries (admin, director); admins can verify the hash chain. */
import { ReloadOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Card, Table, Tag } from 'antd';
import { z } from 'zod';
import type { AuditEntry } from '../../../../src/modules/identity/contracts.ts';
import { api } from '../../app/api.ts';
import { hasAnyRole, useCurrentUser } from '../../app/auth.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { useAudit } from './queries.ts';

/** GET /api/audit/verify (not in identity's contracts yet, so mirrored here). */
const Verification = z.object({
  wardId: z.string(),
  rows: z.number(),
  ok: z.boolean(),
  brokenAt: z.object({ seq: z.number(), reason: z.string() }).optional(),
});

function actionColor(action: string): string {
  if (/fail|denied|revoke|lock/i.test(action)) return 'red';
  if (/login|logout|session/i.test(action)) return 'blue';
  if (/create|issue/i.test(action)) return 'green';
  if (/update|change|reset/i.test(action)) return 'gold';
  return 'default';
}

export default function AuditPage() {
  const me = useCurrentUser();
  const { t } = useI18n();
  const audit = useAudit();
  const canVerify = hasAnyRole(me, ['admin']);
  const verify = useMutation({ mutationFn: () => api('GET', '/api/audit/verify', { schema: Verification }) });

  return (
    <>
      <PageHeader
        title={t('audit.title')}
        subtitle={t('audit.subtitle')}
        extra={
          <>
            <Button icon={<ReloadOutlined />} onClick={() => audit.refetch()}>
              {t('common.refresh')}
            </Button>
            {canVerify ? (
              <Button
                type="primary"
                icon={<SafetyCertificateOutlined />}
                loading={verify.isPending}
                onClick={() => verify.mutate()}
              >
                {t('audit.verify')}
              </Button>
            ) : null}
          </>
        }
      />
      {verify.data ? (
        <Alert
          style={{ marginBottom: 16 }}
          showIcon
          role="status"
          data-testid="audit-verify-result"
          type={verify.data.ok ? 'success' : 'error'}
          title={
            verify.data.ok
              ? t('audit.verifyOk', { rows: verify.data.rows })
              : t('audit.verifyBroken', {
                  seq: verify.data.brokenAt?.seq ?? '?',
                  reason: verify.data.brokenAt?.reason ?? '',
                })
          }
        />
      ) : null}
      {verify.isError ? <ErrorAlert error={verify.error} /> : null}
      {audit.isError ? <ErrorAlert error={audit.error} /> : null}
      <Card>
        <Table<AuditEntry>
          rowKey="seq"
          size="small"
          loading={audit.isPending}
          dataSource={audit.data ?? []}
          pagination={{ pageSize: 25, hideOnSinglePage: true, showTotal: (n) => t('common.total', { count: n }) }}
          expandable={{
            rowExpandable: (r) => Object.keys(r.details).length > 0,
            expandedRowRender: (r) => <pre className="mono audit-details">{JSON.stringify(r.details, null, 2)}</pre>,
          }}
          columns={[
            { title: t('audit.seq'), dataIndex: 'seq', width: 80 },
            { title: t('audit.at'), dataIndex: 'at', width: 150, render: (v: string) => formatDateTime(v) },
            {
              title: t('audit.actor'),
              key: 'actor',
              render: (_, r) => r.actorName ?? <em>{r.actorKind === 'system' ? t('audit.system') : r.actorKind}</em>,
            },
            {
              title: t('audit.action'),
              dataIndex: 'action',
              render: (v: string) => (
                <Tag color={actionColor(v)} className="mono">
                  {v}
                </Tag>
              ),
            },
            {
              title: t('audit.target'),
              key: 'target',
              render: (_, r) =>
                r.targetType ? (
                  <span>
                    {r.targetType}
                    {r.targetId ? <span className="mono audit-id"> {r.targetId.slice(0, 8)}</span> : null}
                  </span>
                ) : (
                  '—'
                ),
            },
            {
              title: t('audit.requestId'),
              dataIndex: 'requestId',
              render: (v: string | null) => (v ? <span className="mono audit-id">{v.slice(0, 8)}</span> : '—'),
            },
          ]}
        />
      </Card>
    </>
  );
}

/**
 * /dossiers: the work queues of the signed-in person's roles with their counts (to receive online, to assign,
 * mine, to approve, to sign, to return, due soon, late), the dossiers of the chosen queue, and every dossier.
 */
import { AuditOutlined, BookOutlined, FileAddOutlined, ReloadOutlined } from '@ant-design/icons';
import { Badge, Button, Card, Flex, Input, Select } from 'antd';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { DossierStatus, WorkQueue } from '../../../../src/modules/dossiers/contracts.ts';
import type { Role } from '../../../../src/modules/identity/contracts.ts';
import { hasAnyRole, useCurrentUser } from '../../app/auth.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { DossierTable } from './DossierTable.tsx';
import { queueKey, statusKey } from './dossier-format.tsx';
import { useDossierList, useQueueCounts } from './queries.ts';
import { RegisterModal } from './RegisterModal.tsx';
import './dossiers.css';

const QUEUES_OF: Partial<Record<Role, readonly WorkQueue[]>> = {
  admin: WorkQueue.options,
  director: WorkQueue.options,
  leader: ['to-assign', 'to-approve', 'to-sign', 'due-soon', 'late'],
  receiver: ['to-receive', 'to-return', 'due-soon', 'late'],
  advisor: ['to-receive'],
  specialist: ['mine', 'due-soon', 'late'],
  clerk: ['to-sign', 'to-return'],
  viewer: ['due-soon', 'late'],
};

export const INTAKE_ROLES = ['receiver', 'advisor'] as const satisfies readonly Role[];
export const APPROVER_ROLES = ['leader', 'director'] as const satisfies readonly Role[];
const REGISTER_ROLES = ['admin', 'director', 'leader', 'receiver', 'clerk'] as const satisfies readonly Role[];

export function queuesFor(roles: readonly Role[]): WorkQueue[] {
  const mine = new Set(roles.flatMap((r) => QUEUES_OF[r] ?? []));
  return WorkQueue.options.filter((q) => mine.has(q));
}

const CODE_RE = /^[0-9A-Za-z.]{1,40}-\d{6}-\d{4,}$/;

export default function QueuesPage() {
  const me = useCurrentUser();
  const { t } = useI18n();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const queues = queuesFor(me.roles);
  const picked = params.get('queue');
  const queue: WorkQueue | 'all' = picked === 'all' ? 'all' : (queues.find((q) => q === picked) ?? queues[0] ?? 'all');
  const statusParam = DossierStatus.safeParse(params.get('status'));
  const status = queue === 'all' && statusParam.success ? statusParam.data : undefined;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const [registerOpen, setRegisterOpen] = useState(false);
  const counts = useQueueCounts();
  const list = useDossierList({ ...(queue === 'all' ? { status } : { queue }), page, pageSize: 50 });

  const go = (next: Record<string, string | undefined>) => {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries({ queue, status, ...next })) if (v) p.set(k, v);
    setParams(p, { replace: true });
  };

  return (
    <>
      <PageHeader
        title={t('dos.title')}
        subtitle={t('dos.subtitle')}
        extra={
          <>
            <Input.Search
              className="dos-open-code"
              placeholder={t('dos.openCode')}
              aria-label={t('dos.openCode')}
              allowClear
              onSearch={(v) => CODE_RE.test(v.trim()) && navigate(`/dossiers/${encodeURIComponent(v.trim())}`)}
              style={{ width: 280 }}
            />
            {hasAnyRole(me, REGISTER_ROLES) ? (
              <Button icon={<BookOutlined />} onClick={() => setRegisterOpen(true)}>
                {t('dos.register')}
              </Button>
            ) : null}
            {hasAnyRole(me, APPROVER_ROLES) ? (
              <Button icon={<AuditOutlined />} onClick={() => navigate('/dossiers/approval')}>
                {t('dos.ap.title')}
              </Button>
            ) : null}
            {hasAnyRole(me, INTAKE_ROLES) ? (
              <Button type="primary" icon={<FileAddOutlined />} onClick={() => navigate('/dossiers/new')}>
                {t('dos.nav.intake')}
              </Button>
            ) : null}
          </>
        }
      />
      {counts.isError ? <ErrorAlert error={counts.error} /> : null}
      <nav className="dos-queues" aria-label={t('dos.queues.label')}>
        {[...queues, 'all' as const].map((q) => {
          const n = q === 'all' ? undefined : counts.data?.[q];
          const tone = q === 'late' && n ? 'late' : q === 'due-soon' && n ? 'soon' : 'plain';
          return (
            <button
              key={q}
              type="button"
              className={`dos-queue dos-queue-${tone}`}
              aria-pressed={queue === q}
              data-queue={q}
              onClick={() => go({ queue: q, status: undefined, page: undefined })}
            >
              <span className="dos-queue-count">{q === 'all' ? '∑' : (n ?? '…')}</span>
              <span className="dos-queue-label">{t(queueKey(q))}</span>
            </button>
          );
        })}
      </nav>
      <Card
        title={
          <Flex align="center" gap={8}>
            {t(queueKey(queue))}
            {list.data ? <Badge count={list.data.total} showZero color="#6e1111" /> : null}
          </Flex>
        }
        extra={
          <Flex gap={8}>
            {queue === 'all' ? (
              <Select<DossierStatus>
                allowClear
                placeholder={t('dos.filterStatus')}
                aria-label={t('dos.col.status')}
                value={status}
                onChange={(v) => go({ status: v, page: undefined })}
                style={{ width: 220 }}
                options={DossierStatus.options.map((s) => ({ value: s, label: t(statusKey(s)) }))}
              />
            ) : null}
            <Button
              icon={<ReloadOutlined />}
              aria-label={t('common.refresh')}
              onClick={() => {
                void counts.refetch();
                void list.refetch();
              }}
            />
          </Flex>
        }
      >
        {list.isError ? <ErrorAlert error={list.error} /> : null}
        <DossierTable data={list.data} loading={list.isFetching} page={page} onPage={(p) => go({ page: String(p) })} />
      </Card>
      {registerOpen ? <RegisterModal onClose={() => setRegisterOpen(false)} /> : null}
    </>
  );
}

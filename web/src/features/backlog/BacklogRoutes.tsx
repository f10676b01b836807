/**
 * /backlog and /backlog/<tab>: the clearance of inherited dossiers in tabs — triage (every role with the module), import, plan
 * and burn-down (leaders), transfers (leaders and clerks). Each tab is its own lazily loaded page.
 */
import { Tabs } from 'antd';
import { type ComponentType, type LazyExoticComponent, lazy, Suspense } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import type { Role } from '../../../../src/modules/identity/contracts.ts';
import { hasAnyRole, useCurrentUser } from '../../app/auth.tsx';
import { NotFoundPage, PageSpin } from '../../app/guards.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import type { MessageKey } from '../../i18n/vi.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import './backlog.css';

const PAGES: Record<string, LazyExoticComponent<ComponentType>> = {
  triage: lazy(() => import('./TriagePage.tsx')),
  import: lazy(() => import('./ImportWizard.tsx')),
  plan: lazy(() => import('./PlanPage.tsx')),
  burndown: lazy(() => import('./BurndownPage.tsx')),
  transfers: lazy(() => import('./TransfersPage.tsx')),
};

/** The same role sets as src/modules/backlog/http/permissions.ts. */
export const BACKLOG_MANAGERS = ['admin', 'director', 'leader'] as const satisfies readonly Role[];
export const BACKLOG_WORKERS = [...BACKLOG_MANAGERS, 'specialist'] as const satisfies readonly Role[];
const TRANSFER = [...BACKLOG_MANAGERS, 'clerk'] as const satisfies readonly Role[];

const TABS: { key: string; label: MessageKey; roles: readonly Role[] }[] = [
  { key: 'triage', label: 'bl.tab.triage', roles: [...BACKLOG_WORKERS, 'clerk'] },
  { key: 'import', label: 'bl.tab.import', roles: BACKLOG_MANAGERS },
  { key: 'plan', label: 'bl.tab.plan', roles: BACKLOG_MANAGERS },
  { key: 'burndown', label: 'bl.tab.burndown', roles: BACKLOG_MANAGERS },
  { key: 'transfers', label: 'bl.tab.transfers', roles: TRANSFER },
];

export default function BacklogRoutes() {
  const me = useCurrentUser();
  const { t } = useI18n();
  const navigate = useNavigate();
  const location = useLocation();
  const tabs = TABS.filter((tab) => hasAnyRole(me, tab.roles));
  const active = location.pathname.split('/')[2] || 'triage';
  const Page = PAGES[active];
  if (!Page) return <NotFoundPage />;
  if (!tabs.some((tab) => tab.key === active)) return <Navigate to="/backlog" replace />;
  return (
    <>
      <PageHeader title={t('bl.title')} subtitle={t('bl.subtitle')} />
      <Tabs
        className="bl-tabs"
        activeKey={active}
        onChange={(key) => navigate(key === 'triage' ? '/backlog' : `/backlog/${key}`)}
        items={tabs.map((tab) => ({ key: tab.key, label: <span data-tab={tab.key}>{t(tab.label)}</span> }))}
      />
      <Suspense fallback={<PageSpin />}>
        <Page />
      </Suspense>
    </>
  );
}

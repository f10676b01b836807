/**
 * The queue pages of the staff console under /queue/*: the counter screen, the live monitor and the staffing view
 * (loaded on its own, with its chart library, only when opened).
 */
import { Result } from 'antd';
import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router-dom';
import type { StaffRole } from '../../../../src/modules/identity/contracts.ts';
import { hasAnyRole, useCurrentUser } from '../../app/auth.tsx';
import { NotFoundPage, PageSpin } from '../../app/guards.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { BackHomeButton } from '../../ui/ComingSoon.tsx';
import CounterPage from './CounterPage.tsx';
import MonitorPage from './MonitorPage.tsx';

const StaffingPage = lazy(() => import('./StaffingPage.tsx'));

/** As the API allows: the counter actions (AT_COUNTER), the monitor and the staffing view (WATCHERS). */
export const COUNTER_ROLES: readonly StaffRole[] = ['admin', 'director', 'receiver'];
export const MONITOR_ROLES: readonly StaffRole[] = ['admin', 'director', 'leader'];

function Allowed({ roles, children }: { roles: readonly StaffRole[]; children: React.ReactNode }) {
  const me = useCurrentUser();
  const { t } = useI18n();
  if (!hasAnyRole(me, roles))
    return <Result status="403" title="403" subTitle={t('common.forbidden')} extra={<BackHomeButton />} />;
  return children;
}

export default function QueueRoutes() {
  return (
    <Routes>
      <Route
        path="counter"
        element={
          <Allowed roles={COUNTER_ROLES}>
            <CounterPage />
          </Allowed>
        }
      />
      <Route
        path="monitor"
        element={
          <Allowed roles={MONITOR_ROLES}>
            <MonitorPage />
          </Allowed>
        }
      />
      <Route
        path="staffing"
        element={
          <Allowed roles={MONITOR_ROLES}>
            <Suspense fallback={<PageSpin />}>
              <StaffingPage />
            </Suspense>
          </Allowed>
        }
      />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}

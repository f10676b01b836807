/** Sign-in and role guards, and the fallbacks they show. */
import { Flex, Result, Spin } from 'antd';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { BackHomeButton, ComingSoon } from '../ui/ComingSoon.tsx';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { CurrentUserContext, hasAnyRole, useCurrentUser, useMe } from './auth.tsx';
import type { NavItem } from './navigation.tsx';

export function FullScreenSpin() {
  const { t } = useI18n();
  return (
    <Flex style={{ minHeight: '100vh' }} align="center" justify="center">
      <Spin size="large" description={t('app.loading')} />
    </Flex>
  );
}

export function RequireAuth({ children }: { children: ReactNode }) {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <FullScreenSpin />;
  if (me.isError)
    return (
      <Flex style={{ minHeight: '100vh', padding: 24 }} align="center" justify="center">
        <ErrorAlert error={me.error} />
      </Flex>
    );
  if (!me.data) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  return <CurrentUserContext value={me.data}>{children}</CurrentUserContext>;
}

export function PageFor({ item }: { item: NavItem }) {
  const me = useCurrentUser();
  const { t } = useI18n();
  if (!hasAnyRole(me, item.roles))
    return <Result status="403" title="403" subTitle={t('common.forbidden')} extra={<BackHomeButton />} />;
  if (item.page) return <item.page />;
  return <ComingSoon item={item} />;
}

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <Result status="404" title={t('common.notFound')} subTitle={t('common.notFoundBody')} extra={<BackHomeButton />} />
  );
}

export function PageSpin() {
  const { t } = useI18n();
  return (
    <Flex style={{ minHeight: 320 }} align="center" justify="center">
      <Spin size="large" description={t('app.loading')} />
    </Flex>
  );
}

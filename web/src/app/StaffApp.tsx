/** The staff console: antd with the ward theme and locale, server state in react-query, sign-in guard, routes. */
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntdApp, ConfigProvider } from 'antd';
import { lazy, useState } from 'react';
import { Route, Routes } from 'react-router-dom';
import { antdLocaleFor } from '../i18n/antd-locale.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { AppLayout } from './AppLayout.tsx';
import { isApiError, setCsrfToken } from './api.ts';
import { ME_KEY } from './auth.tsx';
import { NotFoundPage, PageFor, RequireAuth } from './guards.tsx';
import { NAV_ITEMS } from './navigation.tsx';
import { theme } from './theme.ts';

const LoginPage = lazy(() => import('../features/auth/LoginPage.tsx'));

function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    defaultOptions: {
      queries: { retry: (n, e) => !isApiError(e) && n < 2, refetchOnWindowFocus: false, staleTime: 30_000 },
    },
    // A session that expired or was revoked elsewhere: back to the sign-in page.
    queryCache: new QueryCache({ onError: (e) => signOutOn401(client, e) }),
    mutationCache: new MutationCache({ onError: (e) => signOutOn401(client, e) }),
  });
  return client;
}

function signOutOn401(client: QueryClient, e: unknown): void {
  if (!isApiError(e, 401)) return;
  setCsrfToken(null);
  client.setQueryData(ME_KEY, null);
}

export default function StaffApp() {
  const [queryClient] = useState(createQueryClient);
  const { lang } = useI18n();
  return (
    <ConfigProvider locale={antdLocaleFor(lang)} theme={theme}>
      <AntdApp>
        <QueryClientProvider client={queryClient}>
          <Routes>
            <Route path="/login" element={<LoginPage />} />
            <Route
              element={
                <RequireAuth>
                  <AppLayout />
                </RequireAuth>
              }
            >
              {NAV_ITEMS.map((item) => (
                <Route key={item.key} path={item.path} element={<PageFor item={item} />} />
              ))}
              <Route path="*" element={<NotFoundPage />} />
            </Route>
          </Routes>
        </QueryClientProvider>
      </AntdApp>
    </ConfigProvider>
  );
}

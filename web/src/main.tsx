/**
 * Entry: only React, the router and the dictionary load here. Each surface is its own lazily loaded bundle:
 * the staff console (antd) today; the kiosk, display board and citizen portal get their own light routes later.
 */
import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { I18nProvider } from './i18n/I18nProvider.tsx';
import './styles.css';

const StaffApp = lazy(() => import('./app/StaffApp.tsx'));

function Boot() {
  return <div id="boot">Một Cửa…</div>;
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider>
      <BrowserRouter>
        <Suspense fallback={<Boot />}>
          <Routes>
            <Route path="/*" element={<StaffApp />} />
          </Routes>
        </Suspense>
      </BrowserRouter>
    </I18nProvider>
  </StrictMode>,
);

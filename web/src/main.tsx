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
// Device and citizen pages: plain React + CSS, each its own small chunk, never the console's antd bundle.
const KioskPage = lazy(() => import('./devices/kiosk/KioskPage.tsx'));
const DisplayPage = lazy(() => import('./devices/display/DisplayPage.tsx'));
const RatingPage = lazy(() => import('./devices/rating/RatingPage.tsx'));
const TrackPage = lazy(() => import('./devices/phone/TrackPage.tsx'));
const BookingPage = lazy(() => import('./devices/booking/BookingPage.tsx'));
const LookupPage = lazy(() => import('./devices/lookup/LookupPage.tsx'));
const AskKioskPage = lazy(() => import('./devices/assistant/AskKioskPage.tsx'));
const PortalHome = lazy(() => import('./devices/portal/PortalHome.tsx'));
const SubmitPage = lazy(() => import('./devices/portal/SubmitPage.tsx'));

function Boot() {
  return <div id="boot">Một Cửa…</div>;
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider>
      <BrowserRouter>
        <Suspense fallback={<Boot />}>
          <Routes>
            <Route path="/kiosk" element={<KioskPage />} />
            <Route path="/display" element={<DisplayPage />} />
            <Route path="/rating" element={<RatingPage />} />
            <Route path="/q/:trackId" element={<TrackPage />} />
            <Route path="/book" element={<BookingPage />} />
            <Route path="/tra-cuu" element={<LookupPage />} />
            <Route path="/hoi-dap" element={<AskKioskPage />} />
            <Route path="/cong-dan" element={<PortalHome />} />
            <Route path="/nop-ho-so" element={<SubmitPage />} />
            <Route path="/*" element={<StaffApp />} />
          </Routes>
        </Suspense>
      </BrowserRouter>
    </I18nProvider>
  </StrictMode>,
);

/** The dossier pages under /dossiers/*: intake (new), the approval screen, one dossier by its code. */
import { lazy } from 'react';
import { Route, Routes } from 'react-router-dom';
import { NotFoundPage } from '../../app/guards.tsx';

const IntakePage = lazy(() => import('./IntakePage.tsx'));
const ApprovalPage = lazy(() => import('./ApprovalPage.tsx'));
const DossierDetailPage = lazy(() => import('./DossierDetailPage.tsx'));

export default function DossierRoutes() {
  return (
    <Routes>
      <Route path="new" element={<IntakePage />} />
      <Route path="approval" element={<ApprovalPage />} />
      <Route path=":code" element={<DossierDetailPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}

/** The catalog's inner pages under /catalog/*: the review queue, a procedure, its edit form. */
import { lazy } from 'react';
import { Route, Routes } from 'react-router-dom';
import { NotFoundPage } from '../../app/guards.tsx';

const ReviewPage = lazy(() => import('./ReviewPage.tsx'));
const ProcedureDetailPage = lazy(() => import('./ProcedureDetailPage.tsx'));
const ProcedureEditPage = lazy(() => import('./ProcedureEditPage.tsx'));

export default function CatalogRoutes() {
  return (
    <Routes>
      <Route path="review" element={<ReviewPage />} />
      <Route path=":code" element={<ProcedureDetailPage />} />
      <Route path=":code/edit" element={<ProcedureEditPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}

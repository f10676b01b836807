/** Server state of the catalog screens: the filtered list, search, a procedure, edits, verification, review. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Procedure,
  type ProcedureLevel,
  ProcedureSummary,
  type ProcedureUpdate,
  ReviewItem,
  SearchHit,
  type VerifyFieldsInput,
} from '../../../../src/modules/catalog/contracts.ts';
import { api } from '../../app/api.ts';

export { ProcedureDetail, RequiredDocumentRef } from '../../../../src/modules/catalog/contracts.ts';

import { ProcedureDetail } from '../../../../src/modules/catalog/contracts.ts';

export interface ListFilters {
  field?: string | undefined;
  level?: ProcedureLevel | undefined;
  verified?: boolean | undefined;
  needsReview?: boolean | undefined;
}

export const catalogKeys = {
  all: ['catalog'] as const,
  list: (f: ListFilters) => ['catalog', 'list', f] as const,
  search: (q: string) => ['catalog', 'search', q] as const,
  detail: (code: string) => ['catalog', 'detail', code] as const,
  review: ['catalog', 'review'] as const,
};

function listSearch(f: ListFilters): string {
  const p = new URLSearchParams({ limit: '500' });
  if (f.field) p.set('field', f.field);
  if (f.level) p.set('level', f.level);
  if (f.verified !== undefined) p.set('verified', String(f.verified));
  if (f.needsReview) p.set('needsReview', 'true');
  return p.toString();
}

export const useProcedures = (f: ListFilters) =>
  useQuery({
    queryKey: catalogKeys.list(f),
    queryFn: () => api('GET', `/api/catalog/procedures?${listSearch(f)}`, { schema: ProcedureSummary.array() }),
    placeholderData: keepPreviousData,
  });

export const useCatalogSearch = (q: string) =>
  useQuery({
    queryKey: catalogKeys.search(q),
    queryFn: () =>
      api('GET', `/api/catalog/search?${new URLSearchParams({ q, limit: '100', scope: 'curated' })}`, {
        schema: SearchHit.array(),
      }),
    enabled: q.length > 0,
    placeholderData: keepPreviousData,
  });

export const useProcedure = (code: string | undefined) =>
  useQuery({
    queryKey: catalogKeys.detail(code ?? ''),
    queryFn: () => api('GET', `/api/catalog/procedures/${encodeURIComponent(code ?? '')}`, { schema: ProcedureDetail }),
    enabled: Boolean(code),
    staleTime: 0,
  });

export const useReviewQueue = (enabled = true) =>
  useQuery({
    queryKey: catalogKeys.review,
    queryFn: () => api('GET', '/api/catalog/review', { schema: ReviewItem.array() }),
    enabled,
    staleTime: 0,
  });

/** A changed procedure can move in every list, search result and the review queue. */
function useRefresh() {
  const qc = useQueryClient();
  return (p: Procedure) => {
    for (const key of [p.id, p.code].filter((k): k is string => Boolean(k))) {
      void qc.invalidateQueries({ queryKey: catalogKeys.detail(key) });
    }
    return qc.invalidateQueries({ queryKey: catalogKeys.all, predicate: (q) => q.queryKey[1] !== 'detail' });
  };
}

export function useUpdateProcedure() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: ProcedureUpdate }) =>
      api('PATCH', `/api/catalog/procedures/${encodeURIComponent(id)}`, { body, schema: Procedure }),
    onSuccess: refresh,
  });
}

export function useVerifyFields() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: VerifyFieldsInput }) =>
      api('POST', `/api/catalog/procedures/${encodeURIComponent(id)}/verify`, { body, schema: Procedure }),
    onSuccess: refresh,
  });
}

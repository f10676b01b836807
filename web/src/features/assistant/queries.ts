/** Server state of the assistant's review screen (staff console, session-authenticated). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  type AttachPhrasing,
  Phrasing,
  ResolvedCount,
  type ReviewFilter,
  ReviewItem,
} from '../../../../src/modules/assistant/contracts.ts';
import { api } from '../../app/api.ts';

export const keys = {
  review: (filter: ReviewFilter) => ['assistant', 'review', filter] as const,
  phrasings: ['assistant', 'phrasings'] as const,
};

export const useReview = (filter: ReviewFilter) =>
  useQuery({
    queryKey: keys.review(filter),
    queryFn: () => api('GET', `/api/assistant/questions?filter=${filter}&limit=100`, { schema: ReviewItem.array() }),
  });

export const usePhrasings = () =>
  useQuery({
    queryKey: keys.phrasings,
    queryFn: () => api('GET', '/api/assistant/phrasings', { schema: Phrasing.array() }),
  });

function useRefresh() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: ['assistant'] });
}

export function useAttach() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: AttachPhrasing) =>
      api('POST', '/api/assistant/phrasings', { body, schema: Phrasing, idempotent: true }),
    onSuccess: refresh,
  });
}

export function useDismiss() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (questionId: string) =>
      api('POST', `/api/assistant/questions/${questionId}/dismiss`, { schema: ResolvedCount }),
    onSuccess: refresh,
  });
}

export function useDeletePhrasing() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (id: string) => api('DELETE', `/api/assistant/phrasings/${id}`),
    onSuccess: refresh,
  });
}

/** Polls an import's progress twice a second while its commit runs (rows read, share of the bytes). */
import { useQuery } from '@tanstack/react-query';
import type { ImportProgress } from '../../../../src/modules/backlog/contracts.ts';
import { fetchProgress } from './queries.ts';

export function useImportProgress(importId: string | undefined): ImportProgress | null {
  const q = useQuery({
    queryKey: ['backlog', 'progress', importId ?? ''],
    queryFn: () => fetchProgress(importId ?? ''),
    enabled: Boolean(importId),
    refetchInterval: 500,
    staleTime: 0,
    retry: false,
  });
  return importId ? (q.data ?? null) : null;
}

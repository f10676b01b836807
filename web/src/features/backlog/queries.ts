/** Server state of the backlog screens: imports, items and overrides, duplicates, transfers, plan, burn-down. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import {
  BacklogItem,
  BacklogPlan,
  Burndown,
  type BurndownQuery,
  type CloseItem,
  type DuplicateDecision,
  DuplicateFlag,
  type ImportConfirm,
  ImportProgress,
  ImportSummary,
  ItemFacets,
  type ItemListQuery,
  type ItemOverride,
  ItemPage,
  Milestone,
  OverrideEntry,
  PlanAssignment,
  type PlanRequest,
  StaffCapacity,
  TransferGroup,
} from '../../../../src/modules/backlog/contracts.ts';
import { StoredFile } from '../../../../src/modules/files/contracts.ts';
import { StaffSummary } from '../../../../src/modules/identity/contracts.ts';
import { api, isApiError } from '../../app/api.ts';

export const backlogKeys = {
  all: ['backlog'] as const,
  items: (q: ItemListQuery) => ['backlog', 'items', q] as const,
  item: (id: string) => ['backlog', 'item', id] as const,
  overrides: (id: string) => ['backlog', 'overrides', id] as const,
  facets: ['backlog', 'facets'] as const,
  duplicates: ['backlog', 'duplicates'] as const,
  transfers: ['backlog', 'transfers'] as const,
  capacity: ['backlog', 'capacity'] as const,
  milestones: ['backlog', 'milestones'] as const,
  plan: ['backlog', 'plan'] as const,
  assignments: ['backlog', 'assignments'] as const,
  burndown: (q: BurndownQuery) => ['backlog', 'burndown', q] as const,
};

function search(q: object): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) if (v !== undefined && v !== '' && v !== null) p.set(k, String(v));
  return p.toString();
}

export const useItems = (q: ItemListQuery) =>
  useQuery({
    queryKey: backlogKeys.items(q),
    queryFn: () => api('GET', `/api/backlog/items?${search(q)}`, { schema: ItemPage }),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });

export const useItem = (id: string | null) =>
  useQuery({
    queryKey: backlogKeys.item(id ?? ''),
    queryFn: () => api('GET', `/api/backlog/items/${id}`, { schema: BacklogItem }),
    enabled: Boolean(id),
    staleTime: 0,
  });

export const useFacets = () =>
  useQuery({
    queryKey: backlogKeys.facets,
    queryFn: () => api('GET', '/api/backlog/facets', { schema: ItemFacets }),
    staleTime: 0,
  });

export const useOverrides = (id: string | undefined) =>
  useQuery({
    queryKey: backlogKeys.overrides(id ?? ''),
    queryFn: () => api('GET', `/api/backlog/items/${id}/overrides`, { schema: z.array(OverrideEntry) }),
    enabled: Boolean(id),
    staleTime: 0,
  });

/** Invalidates every backlog query: an item change moves counts, plans and the burn-down. */
function useInvalidate() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: backlogKeys.all });
}

export function useOverride() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: ItemOverride }) =>
      api('PATCH', `/api/backlog/items/${id}`, { body, schema: BacklogItem }),
    onSuccess: invalidate,
  });
}

export function useStartWork() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      api('POST', `/api/backlog/items/${id}/start`, {
        body: { version },
        schema: z.object({ dossierCode: z.string(), version: z.number() }),
      }),
    onSuccess: invalidate,
  });
}

export function useCloseItem() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: CloseItem }) =>
      api('POST', `/api/backlog/items/${id}/close`, { body, schema: z.object({ version: z.number() }) }),
    onSuccess: invalidate,
  });
}

export const useDuplicates = (enabled: boolean) =>
  useQuery({
    queryKey: backlogKeys.duplicates,
    queryFn: () => api('GET', '/api/backlog/duplicates', { schema: z.array(DuplicateFlag) }),
    enabled,
    staleTime: 0,
  });

export function useDecideDuplicate() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: DuplicateDecision }) =>
      api('POST', `/api/backlog/duplicates/${id}/decision`, { body }),
    onSuccess: invalidate,
  });
}

export const useTransfers = () =>
  useQuery({
    queryKey: backlogKeys.transfers,
    queryFn: () => api('GET', '/api/backlog/transfers', { schema: z.array(TransferGroup) }),
    staleTime: 0,
  });

export function useTransferLetter() {
  return useMutation({
    mutationFn: (receivingBody: string) =>
      api('POST', '/api/backlog/transfers/letter', { body: { receivingBody }, schema: StoredFile }),
  });
}

export function useMarkTransferred() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (receivingBody: string) =>
      api('POST', '/api/backlog/transfers/sent', {
        body: { receivingBody },
        schema: z.object({ transferred: z.number() }),
      }),
    onSuccess: invalidate,
  });
}

export const useCommitImport = () => {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ importId, body }: { importId: string; body: ImportConfirm }) =>
      api('POST', `/api/backlog/imports/${importId}/commit`, { body, schema: ImportSummary }),
    onSuccess: invalidate,
  });
};

export const fetchProgress = (importId: string) =>
  api('GET', `/api/backlog/imports/${importId}/progress`, { schema: ImportProgress });

/** The ward's staff (names for the plan and the officer filter); managers only. */
export const useStaff = (enabled = true) =>
  useQuery({
    queryKey: ['staff'],
    queryFn: () => api('GET', '/api/staff', { schema: StaffSummary.array() }),
    enabled,
  });

export const useCapacity = () =>
  useQuery({
    queryKey: backlogKeys.capacity,
    queryFn: () => api('GET', '/api/backlog/capacity', { schema: z.array(StaffCapacity) }),
  });

export const useMilestones = () =>
  useQuery({
    queryKey: backlogKeys.milestones,
    queryFn: () => api('GET', '/api/backlog/milestones', { schema: z.array(Milestone) }),
  });

/** Saves officers and milestones, then plans: the planner reads both from the server. */
export function usePlan() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (input: {
      staff: StaffCapacity[];
      milestones: z.input<typeof Milestone>[];
      request: PlanRequest;
    }) => {
      await api('PUT', '/api/backlog/capacity', { body: input.staff, schema: z.array(StaffCapacity) });
      await api('PUT', '/api/backlog/milestones', { body: input.milestones, schema: z.array(Milestone) });
      return api('POST', '/api/backlog/plans', { body: input.request, schema: BacklogPlan, idempotent: true });
    },
    onSuccess: () => qc.invalidateQueries({ queryKey: backlogKeys.all }),
  });
}

/** The active plan, or null before the first one. */
export const useActivePlan = () =>
  useQuery({
    queryKey: backlogKeys.plan,
    queryFn: async () => {
      try {
        return await api('GET', '/api/backlog/plans/active', { schema: BacklogPlan });
      } catch (e) {
        if (isApiError(e, 404)) return null;
        throw e;
      }
    },
    staleTime: 0,
  });

export const useAssignments = (enabled: boolean) =>
  useQuery({
    queryKey: backlogKeys.assignments,
    queryFn: () => api('GET', '/api/backlog/plans/active/assignments', { schema: z.array(PlanAssignment) }),
    enabled,
    staleTime: 0,
  });

export const useBurndown = (q: BurndownQuery) =>
  useQuery({
    queryKey: backlogKeys.burndown(q),
    queryFn: () => api('GET', `/api/backlog/burndown?${search(q)}`, { schema: Burndown }),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });

export const fileUrl = (id: string) => `/api/files/${id}?download=1`;
export const fileViewUrl = (id: string) => `/api/files/${id}`;

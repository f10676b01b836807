/** Server state of the queue screens in the staff console (counter screen, live monitor, staffing). */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import {
  Counter,
  Group,
  Monitor,
  Ticket,
  type TicketActionRequest,
  TicketDetail,
  type TicketStatus,
  WeeklyStaffing,
} from '../../../../src/modules/queue/contracts.ts';
import { api } from '../../app/api.ts';

export const queueKeys = {
  all: ['queue'] as const,
  counters: ['queue', 'counters'] as const,
  groups: ['queue', 'groups'] as const,
  tickets: (status: TicketStatus) => ['queue', 'tickets', status] as const,
  ticket: (id: string) => ['queue', 'ticket', id] as const,
  monitor: ['queue', 'monitor'] as const,
  staffing: (weeks: number) => ['queue', 'staffing', weeks] as const,
};

/** The counter screen refreshes this often (the stream is for display devices and managers). */
export const LIVE_MS = 4000;

export const useCounters = () =>
  useQuery({
    queryKey: queueKeys.counters,
    queryFn: () => api('GET', '/api/queue/counters', { schema: Counter.array() }),
    refetchInterval: LIVE_MS,
    staleTime: 0,
  });

export const useGroups = () =>
  useQuery({
    queryKey: queueKeys.groups,
    queryFn: () => api('GET', '/api/queue/groups', { schema: Group.array() }),
    staleTime: 5 * 60_000,
  });

export const useTickets = (status: TicketStatus, enabled = true) =>
  useQuery({
    queryKey: queueKeys.tickets(status),
    queryFn: () => api('GET', `/api/queue/tickets?status=${status}`, { schema: Ticket.array() }),
    refetchInterval: LIVE_MS,
    staleTime: 0,
    enabled,
  });

export const useTicket = (id: string | null) =>
  useQuery({
    queryKey: queueKeys.ticket(id ?? ''),
    queryFn: () => api('GET', `/api/queue/tickets/${id}`, { schema: TicketDetail }),
    enabled: id !== null,
    refetchInterval: LIVE_MS,
    staleTime: 0,
  });

export const useMonitor = () =>
  useQuery({
    queryKey: queueKeys.monitor,
    queryFn: () => api('GET', '/api/queue/monitor', { schema: Monitor }),
    refetchInterval: 10_000,
    staleTime: 0,
  });

/** Counters per hour of the week from the last `weeks` weeks of arrivals; history changes once a day at most. */
export const useStaffing = (weeks: number) =>
  useQuery({
    queryKey: queueKeys.staffing(weeks),
    queryFn: () => api('GET', `/api/queue/staffing?weeks=${weeks}`, { schema: WeeklyStaffing }),
    placeholderData: keepPreviousData,
    staleTime: 10 * 60_000,
  });

/** Every queue mutation refreshes every queue query: a call changes the counter, the ticket and the lists. */
function useQueueMutation<V, R>(fn: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSettled: () => qc.invalidateQueries({ queryKey: queueKeys.all }) });
}

export const useSignIn = () =>
  useQueueMutation(({ id, force }: { id: string; force: boolean }) =>
    api('POST', `/api/queue/counters/${id}/sign-in`, { body: { force }, schema: Counter }),
  );

export const useSignOut = () =>
  useQueueMutation((id: string) => api('POST', `/api/queue/counters/${id}/sign-out`, { body: {}, schema: Counter }));

/** null when nobody is waiting (204). */
export const useCallNext = () =>
  useQueueMutation((counterId: string) =>
    api('POST', `/api/queue/counters/${counterId}/call-next`, {
      body: {},
      schema: Ticket.nullable().or(z.undefined()),
    }),
  );

export const useCallTicket = () =>
  useQueueMutation(({ counterId, ticketId }: { counterId: string; ticketId: string }) =>
    api('POST', `/api/queue/counters/${counterId}/call`, { body: { ticketId }, schema: Ticket }),
  );

export const useTicketAction = () =>
  useQueueMutation(({ id, action }: { id: string; action: TicketActionRequest }) =>
    api('POST', `/api/queue/tickets/${id}/actions`, { body: action, schema: Ticket }),
  );

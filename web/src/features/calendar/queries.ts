/** Server state of the calendar screen: the year's days off, the ward's own days off and office hours, deadlines. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  CalendarSettings,
  type CalendarSettingsPatch,
  DueResult,
  HolidayEntry,
  type ScheduleEntryInput,
  WardDayOff,
  YearSchedule,
  type YearScheduleInput,
} from '../../../../src/modules/calendar/contracts.ts';
import { api } from '../../app/api.ts';

export const calendarKeys = {
  all: ['calendar'] as const,
  holidays: (year: number) => ['calendar', 'holidays', year] as const,
  daysOff: (year: number) => ['calendar', 'days-off', year] as const,
  settings: ['calendar', 'settings'] as const,
  due: (query: string) => ['calendar', 'due', query] as const,
};

export const useHolidays = (year: number) =>
  useQuery({
    queryKey: calendarKeys.holidays(year),
    queryFn: () => api('GET', `/api/calendar/holidays?year=${year}&all=true`, { schema: HolidayEntry.array() }),
    placeholderData: (previous) => previous,
  });

export const useDaysOff = (year: number) =>
  useQuery({
    queryKey: calendarKeys.daysOff(year),
    queryFn: () => api('GET', `/api/calendar/days-off?year=${year}`, { schema: WardDayOff.array() }),
  });

export const useCalendarSettings = () =>
  useQuery({
    queryKey: calendarKeys.settings,
    queryFn: () => api('GET', '/api/calendar/settings', { schema: CalendarSettings }),
    staleTime: 0,
  });

export interface DueQuery {
  received: string;
  rule: 'workingDays' | 'workingHours' | 'sameDay';
  amount: number;
}

function dueSearch(q: DueQuery): string {
  const p = new URLSearchParams({ received: q.received });
  if (q.rule === 'sameDay') p.set('sameDay', 'true');
  else p.set(q.rule, String(q.amount));
  return p.toString();
}

export const useDue = (q: DueQuery | null) =>
  useQuery({
    queryKey: calendarKeys.due(q ? dueSearch(q) : ''),
    queryFn: () => api('GET', `/api/calendar/due?${dueSearch(q as DueQuery)}`, { schema: DueResult }),
    enabled: q !== null,
    staleTime: 0,
  });

/** Every schedule change can move holidays of the year and the deadlines computed from them. */
function useRefreshCalendar() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: calendarKeys.all });
}

export function useToggleEntry() {
  const refresh = useRefreshCalendar();
  return useMutation({
    mutationFn: ({ date, enabled }: { date: string; enabled: boolean }) =>
      api('PUT', `/api/calendar/schedule-entries/${date}`, { body: { enabled }, schema: YearSchedule }),
    onSuccess: refresh,
  });
}

export function useUpsertEntry() {
  const refresh = useRefreshCalendar();
  return useMutation({
    mutationFn: ({ date, ...entry }: ScheduleEntryInput) =>
      api('PUT', `/api/calendar/schedule-entries/${date}`, { body: entry, schema: YearSchedule }),
    onSuccess: refresh,
  });
}

export function useRemoveEntry() {
  const refresh = useRefreshCalendar();
  return useMutation({
    mutationFn: (date: string) => api('DELETE', `/api/calendar/schedule-entries/${date}`, { schema: YearSchedule }),
    onSuccess: refresh,
  });
}

export function useImportSchedule() {
  const refresh = useRefreshCalendar();
  return useMutation({
    mutationFn: (body: YearScheduleInput) => api('POST', '/api/calendar/schedules', { body, idempotent: true }),
    onSuccess: refresh,
  });
}

export function useUpdateSettings() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CalendarSettingsPatch) =>
      api('PUT', '/api/calendar/settings', { body, schema: CalendarSettings }),
    onSuccess: (s) => {
      qc.setQueryData(calendarKeys.settings, s);
      return qc.invalidateQueries({ queryKey: ['calendar', 'due'] });
    },
  });
}

export function useAddDayOff() {
  const refresh = useRefreshCalendar();
  return useMutation({
    mutationFn: (body: { date: string; name: string }) =>
      api('POST', '/api/calendar/days-off', { body, schema: WardDayOff, idempotent: true }),
    onSuccess: refresh,
  });
}

export function useRemoveDayOff() {
  const refresh = useRefreshCalendar();
  return useMutation({
    mutationFn: (date: string) => api('DELETE', `/api/calendar/days-off/${date}`),
    onSuccess: refresh,
  });
}

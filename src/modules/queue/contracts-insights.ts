/** Read models of the queue: live monitor, reports, staffing and simulation (re-exported by contracts.ts). */
import { z } from 'zod';

const Minutes = z.number().nonnegative();

export const CounterState = z.enum(['closed', 'idle', 'calling', 'serving']);
export type CounterState = z.infer<typeof CounterState>;

export const Suggestion = z.object({
  kind: z.enum(['open-counter', 'move-officer', 'add-group-to-counter']),
  counterNumber: z.number().int().nullable(),
  vi: z.string(),
  en: z.string(),
});
export const Monitor = z.object({
  at: z.iso.datetime(),
  thresholdMinutes: z.number().int(),
  groups: z.array(
    z.object({
      group: z.string(),
      name: z.string(),
      waiting: z.number().int(),
      longestWaitMinutes: Minutes,
      meanWaitTodayMinutes: Minutes,
      servedToday: z.number().int(),
      openCounters: z.number().int(),
    }),
  ),
  counters: z.array(
    z.object({ number: z.number().int(), name: z.string(), state: CounterState, staffName: z.string().nullable() }),
  ),
  officers: z.array(
    z.object({
      staffId: z.uuid(),
      staffName: z.string(),
      served: z.number().int(),
      serviceMinutes: Minutes,
      idleMinutes: Minutes,
    }),
  ),
  alerts: z.array(z.object({ group: z.string(), longestWaitMinutes: Minutes, suggestion: Suggestion })),
});
export type Monitor = z.infer<typeof Monitor>;

const Stats = z.object({
  issued: z.number().int(),
  served: z.number().int(),
  noShow: z.number().int(),
  meanWaitMinutes: Minutes,
  p90WaitMinutes: Minutes,
  maxWaitMinutes: Minutes,
  meanServiceMinutes: Minutes,
  withinTarget: z.number().min(0).max(1),
});
export const ReportQuery = z.strictObject({ period: z.enum(['day', 'week']).default('day'), date: z.iso.date() });
export const QueueReport = z.object({
  from: z.iso.date(),
  to: z.iso.date(),
  targetWaitMinutes: z.number().int(),
  total: Stats,
  byGroup: z.array(Stats.extend({ group: z.string() })),
  byCounter: z.array(Stats.extend({ counterNumber: z.number().int() })),
  byOfficer: z.array(Stats.extend({ staffId: z.uuid(), staffName: z.string().nullable() })),
  byDay: z.array(Stats.extend({ date: z.iso.date() })),
  satisfaction: z.object({
    ratings: z.number().int(),
    veryPleased: z.number().int(),
    pleased: z.number().int(),
    neutral: z.number().int(),
    dissatisfied: z.number().int(),
    satisfiedRate: z.number().min(0).max(1).nullable(),
  }),
});
export type QueueReport = z.infer<typeof QueueReport>;

export const StaffingResult = z.object({
  counters: z.number().int(),
  serviceLevel: z.number(),
  meanWaitMinutes: z.number(),
});
export type StaffingResult = z.infer<typeof StaffingResult>;
export const WeeklyStaffing = z.object({
  weeks: z.number().int(),
  serviceMinutes: z.number(),
  targetPercent: z.number(),
  targetMinutes: z.number(),
  hours: z.array(
    StaffingResult.extend({
      dayOfWeek: z.number().int().min(0).max(6),
      hour: z.number().int(),
      arrivalsPerHour: z.number(),
    }),
  ),
});
export type WeeklyStaffing = z.infer<typeof WeeklyStaffing>;
export const SimulationResult = z.object({
  served: z.number().int(),
  meanWaitMinutes: z.number(),
  p90WaitMinutes: z.number(),
  maxWaitMinutes: z.number(),
  withinTarget: z.record(z.string(), z.number()),
});
export type SimulationResult = z.infer<typeof SimulationResult>;

/**
 * Calendar contracts shared with the web app: zod schemas at every boundary (HTTP, files, rows read back).
 * A schema and its type share one name. No server code here.
 */
import { z } from 'zod';
import { isPlainDate, type PlainDate } from '../../kernel/plain-date.ts';

/**
 * A legal date `YYYY-MM-DD`. Typed as the branded PlainDate without a zod transform, so the same schema also
 * serialises responses (fastify-type-provider-zod encodes responses, and transforms cannot be encoded).
 */
export const PlainDateString = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine(isPlainDate, { message: 'must be a real calendar date written YYYY-MM-DD' }) as unknown as z.ZodType<
  PlainDate,
  string
>;

/** `HH:MM` on a 24-hour clock, `24:00` allowed as an end of day. */
export const TimeOfDay = z.string().regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, 'must be a time HH:MM');
export type TimeOfDay = z.infer<typeof TimeOfDay>;

/**
 * holiday: a day off named by law or the announced schedule (weekend days inside an announced break included);
 * compensatory: nghỉ bù, a weekday off because a holiday fell on a weekend;
 * swapped: a weekday off made up on a weekend day (hoán đổi);
 * makeup-workday: the weekend day worked instead (a working day).
 */
export const HolidayKind = z.enum(['holiday', 'compensatory', 'swapped', 'makeup-workday']);
export type HolidayKind = z.infer<typeof HolidayKind>;

export const HolidaySource = z.enum(['announced', 'computed']);
export type HolidaySource = z.infer<typeof HolidaySource>;

/** One line of an announced year schedule, as imported from a file or edited by an administrator. */
export const ScheduleEntry = z.strictObject({
  date: PlainDateString,
  kind: HolidayKind,
  name: z.string().trim().min(1).max(200),
  nameEn: z.string().trim().min(1).max(200).optional(),
  /** false keeps the entry as data without giving the day off (e.g. the unconfirmed 24/11). */
  enabled: z.boolean().default(true),
  /** For a make-up workday: the swapped weekday it makes up. */
  replaces: PlainDateString.optional(),
  note: z.string().trim().max(500).optional(),
});
export type ScheduleEntry = z.infer<typeof ScheduleEntry>;
export type ScheduleEntryInput = z.input<typeof ScheduleEntry>;

/** The Government's announced public-sector schedule for one year (db/seeds/calendar/<year>.json). */
export const YearSchedule = z.strictObject({
  year: z.number().int().min(1900).max(2100),
  /** Legal reference or notice the schedule comes from. */
  source: z.string().trim().min(1).max(500),
  entries: z.array(ScheduleEntry).max(366),
});
export type YearSchedule = z.infer<typeof YearSchedule>;
export type YearScheduleInput = z.input<typeof YearSchedule>;

/** A day off or make-up day as listed by `motcua calendar holidays` and the web app. */
export const HolidayEntry = z.object({
  date: PlainDateString,
  name: z.string(),
  nameEn: z.string().optional(),
  kind: HolidayKind,
  source: HolidaySource,
  enabled: z.boolean(),
  /** True when the year has no announced schedule and the date is the computed default. */
  provisional: z.boolean(),
  replaces: PlainDateString.optional(),
  note: z.string().optional(),
});
export type HolidayEntry = z.infer<typeof HolidayEntry>;

export const OfficeInterval = z
  .strictObject({ start: TimeOfDay, end: TimeOfDay })
  .refine((i) => i.start < i.end, { message: 'start must be before end' });
export type OfficeInterval = z.infer<typeof OfficeInterval>;

const intervalList = (min: number) =>
  z
    .array(OfficeInterval)
    .min(min)
    .max(6)
    .refine((list) => list.every((iv, i) => i === 0 || (list[i - 1] as OfficeInterval).end <= iv.start), {
      message: 'intervals must be sorted and must not overlap',
    });

export const OfficeHours = z.strictObject({
  /** Monday–Friday (and make-up workdays). */
  weekday: intervalList(1),
  /** Saturday receiving hours, used only when saturdayReceiving is on. */
  saturday: intervalList(0),
});
export type OfficeHours = z.infer<typeof OfficeHours>;

/** How the clock treats a supplement request: pause (766 index) or restart from zero (Decree 61/2018). */
export const SupplementClockMode = z.enum(['pause', 'restart']);
export type SupplementClockMode = z.infer<typeof SupplementClockMode>;

export const CalendarSettings = z.strictObject({
  officeHours: OfficeHours,
  saturdayReceiving: z.boolean(),
  saturdayCountsAsProcessing: z.boolean(),
  sameDayCutoff: TimeOfDay,
  supplementClock: SupplementClockMode,
});
export type CalendarSettings = z.infer<typeof CalendarSettings>;

export const CalendarSettingsPatch = CalendarSettings.partial();
export type CalendarSettingsPatch = z.infer<typeof CalendarSettingsPatch>;

export const DEFAULT_CALENDAR_SETTINGS: CalendarSettings = Object.freeze({
  officeHours: {
    weekday: [
      { start: '07:30', end: '11:30' },
      { start: '13:00', end: '17:00' },
    ],
    saturday: [{ start: '07:30', end: '11:30' }],
  },
  saturdayReceiving: false,
  saturdayCountsAsProcessing: false,
  sameDayCutoff: '15:00',
  supplementClock: 'restart',
});

/** A ward's own extra day off (local event), on top of the national schedule. */
export const WardDayOff = z.strictObject({ date: PlainDateString, name: z.string().trim().min(1).max(200) });
export type WardDayOff = z.infer<typeof WardDayOff>;

/** Remaining working time before a deadline (or overdue working time after it). 1 day = 8 working hours. */
export const RemainingTime = z.object({
  days: z.number().int().nonnegative(),
  hours: z.number().int().nonnegative(),
  minutes: z.number().int().nonnegative(),
  overdue: z.boolean(),
  totalMinutes: z.number().int().nonnegative(),
});
export type RemainingTime = z.infer<typeof RemainingTime>;

/** What `motcua calendar due --json` prints; instants are ISO 8601 with the +07:00 offset. */
export const DueResult = z.object({
  wardId: z.string(),
  rule: z.enum(['working-days', 'working-hours', 'same-day']),
  receivedAt: z.string(),
  countingStartsAt: z.string(),
  due: z.string(),
  workingHours: z.number().nullable(),
  provisional: z.boolean(),
  provisionalYears: z.array(z.number().int()),
});
export type DueResult = z.infer<typeof DueResult>;

/**
 * Deadline arithmetic over working time. Processing time is added, in working hours, to the moment of
 * receipt (receipt outside office hours counts from the next opening); the result is the exact instant the
 * last working minute ends (17:00, not the next morning). 1 working day = 8 working hours.
 */
import { addDays, comparePlainDates, fromEpochDay, type PlainDate } from '../../../kernel/plain-date.ts';
import { calendarError } from '../calendar.errors.ts';
import type { WorkCalendar } from './calendar.ts';
import { HOUR_MS, instantAt, localEpochDayOf, minutesOf, WORKING_DAY_MS } from './instants.ts';
import { type MinuteInterval, processingIntervals, receivingIntervals } from './office-hours.ts';

/** Searching further than this for working time means the calendar has none. */
const MAX_SCAN_DAYS = 366 * 50;

export type Duration = { workingDays: number } | { workingHours: number } | { workingMinutes: number };

export function durationMs(duration: Duration): number {
  const ms =
    'workingDays' in duration
      ? duration.workingDays * WORKING_DAY_MS
      : 'workingHours' in duration
        ? duration.workingHours * HOUR_MS
        : duration.workingMinutes * 60_000;
  if (!Number.isFinite(ms) || ms < 0) throw calendarError('CALENDAR_INVALID_DURATION', { duration });
  return Math.round(ms);
}

type IntervalsOf = (calendar: WorkCalendar, date: PlainDate) => MinuteInterval[];

/** Visits the working intervals (UTC ms) from `fromMs` on, clipped to start at `fromMs`, until `visit` returns true. */
function scanForward(
  calendar: WorkCalendar,
  fromMs: number,
  visit: (s: number, e: number) => boolean,
  of: IntervalsOf,
) {
  const firstDay = localEpochDayOf(fromMs);
  for (let day = firstDay; day < firstDay + MAX_SCAN_DAYS; day++) {
    for (const iv of of(calendar, fromEpochDay(day))) {
      const start = Math.max(instantAt(day, iv.start), fromMs);
      const end = instantAt(day, iv.end);
      if (start < end && visit(start, end)) return;
    }
  }
  throw calendarError('CALENDAR_NO_WORKING_TIME', { from: new Date(fromMs).toISOString() });
}

/** Adds working time to an instant. Zero returns the instant unchanged. */
export function addWorkingTime(calendar: WorkCalendar, from: Date, duration: Duration): Date {
  let remaining = durationMs(duration);
  if (remaining === 0) return new Date(from);
  let result = 0;
  scanForward(
    calendar,
    from.getTime(),
    (start, end) => {
      if (remaining <= end - start) {
        result = start + remaining;
        return true;
      }
      remaining -= end - start;
      return false;
    },
    processingIntervals,
  );
  return new Date(result);
}

export const addWorkingDays = (calendar: WorkCalendar, from: Date, workingDays: number) =>
  addWorkingTime(calendar, from, { workingDays });
export const addWorkingHours = (calendar: WorkCalendar, from: Date, workingHours: number) =>
  addWorkingTime(calendar, from, { workingHours });

/** The first instant at or after `at` that counts as processing time (the start of the clock). */
export function countingStartOf(calendar: WorkCalendar, at: Date): Date {
  let result = 0;
  scanForward(
    calendar,
    at.getTime(),
    (start) => {
      result = start;
      return true;
    },
    processingIntervals,
  );
  return new Date(result);
}

/** Working milliseconds in [from, to); 0 when to ≤ from. */
export function workingMsBetween(calendar: WorkCalendar, from: Date, to: Date): number {
  const toMs = to.getTime();
  if (toMs <= from.getTime()) return 0;
  let total = 0;
  const lastDay = localEpochDayOf(toMs);
  for (let day = localEpochDayOf(from); day <= lastDay; day++) {
    for (const iv of processingIntervals(calendar, fromEpochDay(day))) {
      const start = Math.max(instantAt(day, iv.start), from.getTime());
      const end = Math.min(instantAt(day, iv.end), toMs);
      if (start < end) total += end - start;
    }
  }
  return total;
}

/** Closing time (end of the last processing interval) of the first working day on or after `date`. */
function closingOfWorkingDayFrom(calendar: WorkCalendar, date: PlainDate): Date {
  let day = date;
  for (let i = 0; i < MAX_SCAN_DAYS; i++, day = addDays(day, 1)) {
    const last = processingIntervals(calendar, day).at(-1);
    if (last) return new Date(instantAt(day, last.end));
  }
  throw calendarError('CALENDAR_NO_WORKING_TIME', { from: date });
}

/**
 * "Same day" procedures: received on a working day before the cut-off (15:00 by default) and before closing →
 * closing time that day; otherwise closing time of the next working day.
 */
export function sameDayDue(calendar: WorkCalendar, receivedAt: Date): Date {
  const day = localEpochDayOf(receivedAt);
  const date = fromEpochDay(day);
  const last = processingIntervals(calendar, date).at(-1);
  if (last) {
    const limit = Math.min(instantAt(day, minutesOf(calendar.settings.sameDayCutoff)), instantAt(day, last.end));
    if (receivedAt.getTime() < limit) return new Date(instantAt(day, last.end));
  }
  return closingOfWorkingDayFrom(calendar, addDays(date, 1));
}

/** True when the center receives dossiers at this instant (processing hours plus Saturday receiving). */
export function isOpenForReceiving(calendar: WorkCalendar, at: Date): boolean {
  const day = localEpochDayOf(at);
  const ms = at.getTime();
  return receivingIntervals(calendar, fromEpochDay(day)).some(
    (iv) => ms >= instantAt(day, iv.start) && ms < instantAt(day, iv.end),
  );
}

/** Working days strictly after `from` up to and including `to` (negative when `to` is before `from`). */
export function workingDaysBetween(calendar: WorkCalendar, from: PlainDate, to: PlainDate): number {
  const order = comparePlainDates(from, to);
  if (order > 0) return -workingDaysBetween(calendar, to, from);
  let count = 0;
  for (let day = addDays(from, 1); comparePlainDates(day, to) <= 0; day = addDays(day, 1)) {
    if (processingIntervals(calendar, day).length > 0) count++;
  }
  return count;
}

/** The n-th working day after `date` (date-based periods, Civil Code art. 147: counting starts the next day). */
export function addWorkingDaysToDate(calendar: WorkCalendar, date: PlainDate, n: number): PlainDate {
  if (!Number.isInteger(n) || n < 0) throw calendarError('CALENDAR_INVALID_DURATION', { workingDays: n });
  let day = date;
  for (let found = 0, scanned = 0; found < n; scanned++) {
    if (scanned > MAX_SCAN_DAYS) throw calendarError('CALENDAR_NO_WORKING_TIME', { from: date });
    day = addDays(day, 1);
    if (processingIntervals(calendar, day).length > 0) found++;
  }
  return day;
}

export const nextWorkingDay = (calendar: WorkCalendar, date: PlainDate) => addWorkingDaysToDate(calendar, date, 1);

/** The appointment (NgayHenTra) of a dossier: one entry point over the three deadline rules. */
import type { WorkCalendar } from './calendar.ts';
import { addWorkingTime, countingStartOf, durationMs, sameDayDue } from './deadlines.ts';
import { HOUR_MS, localDateOf } from './instants.ts';

export type DueRule = { workingDays: number } | { workingHours: number } | { sameDay: true };

export interface DueComputation {
  readonly rule: 'working-days' | 'working-hours' | 'same-day';
  readonly receivedAt: Date;
  /** The first processing instant at or after receipt. */
  readonly countingStartsAt: Date;
  readonly due: Date;
  /** The processing time in working hours; null for same-day procedures. */
  readonly workingHours: number | null;
  /** Years between receipt and due that have no announced schedule yet (computed holidays). */
  readonly provisionalYears: number[];
}

export function computeDue(calendar: WorkCalendar, receivedAt: Date, rule: DueRule): DueComputation {
  const countingStartsAt = countingStartOf(calendar, receivedAt);
  let due: Date;
  let workingHours: number | null = null;
  let name: DueComputation['rule'];
  if ('sameDay' in rule) {
    due = sameDayDue(calendar, receivedAt);
    name = 'same-day';
  } else {
    workingHours = durationMs(rule) / HOUR_MS;
    due = addWorkingTime(calendar, receivedAt, rule);
    name = 'workingDays' in rule ? 'working-days' : 'working-hours';
  }
  const fromYear = Number(localDateOf(receivedAt).slice(0, 4));
  const toYear = Number(localDateOf(due).slice(0, 4));
  const provisionalYears: number[] = [];
  for (let y = fromYear; y <= toYear; y++) if (calendar.isProvisional(y)) provisionalYears.push(y);
  return { rule: name, receivedAt, countingStartsAt, due, workingHours, provisionalYears };
}

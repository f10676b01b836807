/**
 * Which hours of a day count. Processing time (deadlines) runs on workdays and make-up workdays in the
 * weekday office hours, and on Saturday mornings only when the ward receives on Saturdays AND counts them as
 * processing. Receiving hours add plain Saturday mornings when the ward opens them.
 */
import type { PlainDate } from '../../../kernel/plain-date.ts';
import type { OfficeInterval } from '../contracts.ts';
import type { WorkCalendar } from './calendar.ts';
import { minutesOf } from './instants.ts';

/** Minutes since local midnight, [start, end). */
export interface MinuteInterval {
  readonly start: number;
  readonly end: number;
}

const toMinutes = (list: readonly OfficeInterval[]): MinuteInterval[] =>
  list.map((iv) => ({ start: minutesOf(iv.start), end: minutesOf(iv.end) }));

const NONE: MinuteInterval[] = [];

/**
 * Deadline arithmetic asks the same days again and again: a calendar is immutable, so each day's answer is
 * computed once per calendar (the intervals are shared, read-only arrays).
 */
interface Memo {
  weekday: MinuteInterval[];
  saturday: MinuteInterval[];
  processing: Map<string, MinuteInterval[]>;
}
const memos = new WeakMap<WorkCalendar, Memo>();
function memoOf(calendar: WorkCalendar): Memo {
  let memo = memos.get(calendar);
  if (!memo) {
    const { officeHours } = calendar.settings;
    memo = {
      weekday: toMinutes(officeHours.weekday),
      saturday: toMinutes(officeHours.saturday),
      processing: new Map(),
    };
    memos.set(calendar, memo);
  }
  return memo;
}

export function processingIntervals(calendar: WorkCalendar, date: PlainDate): MinuteInterval[] {
  const memo = memoOf(calendar);
  const known = memo.processing.get(date);
  if (known) return known;
  const day = calendar.dayOf(date);
  const { saturdayReceiving, saturdayCountsAsProcessing } = calendar.settings;
  let result = NONE;
  if (day.status === 'workday' || day.status === 'makeup-workday') result = memo.weekday;
  else if (day.status === 'weekend' && day.dayOfWeek === 6 && saturdayReceiving && saturdayCountsAsProcessing) {
    result = memo.saturday;
  }
  memo.processing.set(date, result);
  return result;
}

export function receivingIntervals(calendar: WorkCalendar, date: PlainDate): MinuteInterval[] {
  const processing = processingIntervals(calendar, date);
  if (processing.length > 0) return processing;
  const day = calendar.dayOf(date);
  if (day.status === 'weekend' && day.dayOfWeek === 6 && calendar.settings.saturdayReceiving) {
    return memoOf(calendar).saturday;
  }
  return [];
}

/** A working day is a day with processing hours. */
export function isWorkingDay(calendar: WorkCalendar, date: PlainDate): boolean {
  return processingIntervals(calendar, date).length > 0;
}

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

export function processingIntervals(calendar: WorkCalendar, date: PlainDate): MinuteInterval[] {
  const day = calendar.dayOf(date);
  const { officeHours, saturdayReceiving, saturdayCountsAsProcessing } = calendar.settings;
  if (day.status === 'workday' || day.status === 'makeup-workday') return toMinutes(officeHours.weekday);
  if (day.status === 'weekend' && day.dayOfWeek === 6 && saturdayReceiving && saturdayCountsAsProcessing) {
    return toMinutes(officeHours.saturday);
  }
  return [];
}

export function receivingIntervals(calendar: WorkCalendar, date: PlainDate): MinuteInterval[] {
  const processing = processingIntervals(calendar, date);
  if (processing.length > 0) return processing;
  const day = calendar.dayOf(date);
  if (day.status === 'weekend' && day.dayOfWeek === 6 && calendar.settings.saturdayReceiving) {
    return toMinutes(calendar.settings.officeHours.saturday);
  }
  return [];
}

/** A working day is a day with processing hours. */
export function isWorkingDay(calendar: WorkCalendar, date: PlainDate): boolean {
  return processingIntervals(calendar, date).length > 0;
}

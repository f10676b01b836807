/** Remaining working time before a deadline, and how the staff console says it. */
import type { RemainingTime } from '../contracts.ts';
import type { WorkCalendar } from './calendar.ts';
import { workingMsBetween } from './deadlines.ts';

const MINUTES_PER_WORKING_DAY = 8 * 60;

/** Working time left between `now` and `due`; after the deadline, the working time it is overdue by. */
export function remainingWorkingTime(calendar: WorkCalendar, now: Date, due: Date): RemainingTime {
  const overdue = now.getTime() > due.getTime();
  const ms = overdue ? workingMsBetween(calendar, due, now) : workingMsBetween(calendar, now, due);
  return splitMinutes(Math.floor(ms / 60_000), overdue);
}

export function splitMinutes(totalMinutes: number, overdue: boolean): RemainingTime {
  const days = Math.floor(totalMinutes / MINUTES_PER_WORKING_DAY);
  const rest = totalMinutes - days * MINUTES_PER_WORKING_DAY;
  return { days, hours: Math.floor(rest / 60), minutes: rest % 60, overdue, totalMinutes };
}

export type Locale = 'vi' | 'en';

/**
 * "còn 1 ngày 3 giờ" / "1 day 3 hours left" / "quá hạn 2 giờ" / "2 hours overdue". Minutes are shown only
 * when less than a working day is involved.
 */
export function formatRemaining(remaining: RemainingTime, locale: Locale = 'vi'): string {
  const { days, hours, minutes, overdue } = remaining;
  const parts: string[] = [];
  const unit = (n: number, vi: string, en: string) =>
    parts.push(locale === 'vi' ? `${n} ${vi}` : `${n} ${en}${n === 1 ? '' : 's'}`);
  if (days > 0) unit(days, 'ngày', 'day');
  if (hours > 0) unit(hours, 'giờ', 'hour');
  if (days === 0 && minutes > 0) unit(minutes, 'phút', 'minute');
  const text = parts.join(' ');
  if (locale === 'vi') {
    if (overdue) return text ? `quá hạn ${text}` : 'quá hạn';
    return text ? `còn ${text}` : 'đến hạn';
  }
  if (overdue) return text ? `${text} overdue` : 'overdue';
  return text ? `${text} left` : 'due now';
}

/**
 * Queue business time: Asia/Ho_Chi_Minh (UTC+7 all year, no daylight saving). Number series restart each
 * local day; staffing works per local hour of the week.
 */
import { type PlainDate, plainDate } from '../../../kernel/plain-date.ts';

export const QUEUE_TIME_ZONE = 'Asia/Ho_Chi_Minh';
const OFFSET_MS = 7 * 3_600_000;

export function localDateOf(at: Date): PlainDate {
  return plainDate(new Date(at.getTime() + OFFSET_MS).toISOString().slice(0, 10));
}

/** The instant of `HH:MM` local time on `date`. */
export function instantAt(date: PlainDate, hhmm: string): Date {
  return new Date(Date.parse(`${date}T${hhmm}:00+07:00`));
}

/** Start of the local day as an instant. */
export function startOfLocalDay(date: PlainDate): Date {
  return instantAt(date, '00:00');
}

export function minutesBetween(from: Date, to: Date): number {
  return Math.max(0, (to.getTime() - from.getTime()) / 60_000);
}

export const round1 = (n: number) => Math.round(n * 10) / 10;
export const round2 = (n: number) => Math.round(n * 100) / 100;

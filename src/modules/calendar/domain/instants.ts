/**
 * Instants are JS Dates (UTC). Business rules run in Asia/Ho_Chi_Minh, a fixed UTC+7 with no daylight saving
 * since 1975, so local wall time is the UTC instant shifted by 7 hours. Nothing here reads the process TZ.
 */
import { fromEpochDay, isPlainDate, type PlainDate, toEpochDay } from '../../../kernel/plain-date.ts';
import { calendarError } from '../calendar.errors.ts';

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;
/** 1 working day = 8 working hours (DOMAIN §5). */
export const WORKING_DAY_MS = 8 * HOUR_MS;
export const VN_OFFSET_MS = 7 * HOUR_MS;

/** The Vietnamese calendar date of an instant. */
export function localDateOf(instant: Date | number): PlainDate {
  return fromEpochDay(localEpochDayOf(instant));
}

export function localEpochDayOf(instant: Date | number): number {
  const ms = typeof instant === 'number' ? instant : instant.getTime();
  return Math.floor((ms + VN_OFFSET_MS) / DAY_MS);
}

/** The UTC milliseconds of `minuteOfDay` (local, 0–1440) on a local date. */
export function instantAt(date: PlainDate | number, minuteOfDay: number): number {
  const day = typeof date === 'number' ? date : toEpochDay(date);
  return day * DAY_MS + minuteOfDay * MINUTE_MS - VN_OFFSET_MS;
}

/** `HH:MM` → minutes since local midnight. */
export function minutesOf(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/** `2026-02-24T10:00:00+07:00`: ISO 8601 in Vietnam time (the format of every CLI and API instant). */
export function formatInstantVn(instant: Date): string {
  const local = new Date(instant.getTime() + VN_OFFSET_MS);
  const ms = local.getUTCMilliseconds();
  const frac = ms === 0 ? '' : `.${String(ms).padStart(3, '0')}`;
  return `${local.toISOString().slice(0, 19)}${frac}+07:00`;
}

/** `10:00 24/02/2026`, the way official forms print the received and appointment times. */
export function formatFormDateTimeVn(instant: Date): string {
  const iso = formatInstantVn(instant);
  return `${iso.slice(11, 16)} ${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

const WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/i;
const LOCAL = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/;

/** Parses ISO 8601 with an offset, or a wall time without one, read as Vietnam time. Throws CALENDAR_INVALID_INSTANT. */
export function parseInstant(text: string): Date {
  const trimmed = text.trim();
  if (WITH_OFFSET.test(trimmed) && isPlainDate(trimmed.slice(0, 10))) {
    const d = new Date(trimmed);
    if (!Number.isNaN(d.getTime())) return d;
  }
  const m = LOCAL.exec(trimmed);
  if (m) {
    const d = new Date(`${m[1]}T${m[2]}:${m[3]}:${m[4] ?? '00'}+07:00`);
    if (!Number.isNaN(d.getTime()) && formatInstantVn(d).slice(0, 10) === m[1]) return d;
  }
  throw calendarError('CALENDAR_INVALID_INSTANT', { value: text });
}

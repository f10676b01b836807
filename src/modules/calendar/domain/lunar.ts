/**
 * The Vietnamese lunar calendar, computed for UTC+7 (not UTC+8, the Chinese calendar: they differ in some
 * years, e.g. Tết 2030 is 2/2 in Vietnam and 3/2 in China). Dates come from `@dqcai/vn-lunar` (MIT), whose
 * tables are computed for UTC+7 and do not depend on the process time zone. Supported range: 1900–2100.
 */
import { getLunarDate, getSolarDate } from '@dqcai/vn-lunar';
import { addDays, type PlainDate, plainDateOf, plainDateParts } from '../../../kernel/plain-date.ts';
import { calendarError } from '../calendar.errors.ts';

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

export interface LunarDate {
  readonly day: number;
  readonly month: number;
  /** The lunar year, numbered by the solar year its first month begins in. */
  readonly year: number;
  readonly leap: boolean;
}

export function ensureSupportedYear(year: number): void {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw calendarError('CALENDAR_YEAR_OUT_OF_RANGE', { year, min: MIN_YEAR, max: MAX_YEAR });
  }
}

export function solarToLunar(date: PlainDate): LunarDate {
  const { year, month, day } = plainDateParts(date);
  const l = getLunarDate(day, month, year);
  return { day: l.day, month: l.month, year: l.year, leap: l.leap };
}

/** The solar date of a lunar date; throws for a leap month that does not exist that year. */
export function lunarToSolar(lunar: LunarDate): PlainDate {
  const s = getSolarDate(lunar.day, lunar.month, lunar.year, lunar.leap);
  const date = s && s.day > 0 ? plainDateOf(s.year, s.month, s.day) : undefined;
  // The library answers a non-existent leap month with the plain month: check by converting back.
  const back = date ? solarToLunar(date) : undefined;
  if (!date || !back || back.month !== lunar.month || back.leap !== lunar.leap || back.day !== lunar.day) {
    throw new RangeError(`No lunar date ${lunar.day}/${lunar.month}${lunar.leap ? ' (leap)' : ''}/${lunar.year}`);
  }
  return date;
}

/** Mùng 1 Tết: first day of the lunar year that begins in solar year `year`. */
export function tetOf(year: number): PlainDate {
  ensureSupportedYear(year);
  return lunarToSolar({ day: 1, month: 1, year, leap: false });
}

/** Giỗ Tổ Hùng Vương: 10th day of the third lunar month (never the leap third month). */
export function hungKingsDayOf(year: number): PlainDate {
  ensureSupportedYear(year);
  return lunarToSolar({ day: 10, month: 3, year, leap: false });
}

/** The five statutory Tết days: the last day of the old lunar year and the first four of the new one. */
export function tetHolidayDates(year: number): PlainDate[] {
  const tet = tetOf(year);
  return [-1, 0, 1, 2, 3].map((offset) => addDays(tet, offset));
}

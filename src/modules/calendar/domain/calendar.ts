/**
 * The pure calendar object every deadline function takes: a ward's settings, the national schedule
 * (announced years, computed defaults for the others) and the ward's own days off. Built once per request
 * by loadWardCalendar, or directly in tests with the builders in ../testing.
 */
import { dayOfWeek, type PlainDate, plainDateParts } from '../../../kernel/plain-date.ts';
import { calendarError } from '../calendar.errors.ts';
import type { CalendarSettings, HolidayEntry, WardDayOff, YearSchedule } from '../contracts.ts';
import { announcedHolidays, computedHolidays } from './holidays.ts';
import { MAX_YEAR, MIN_YEAR } from './lunar.ts';

export type DayStatus = 'workday' | 'makeup-workday' | 'weekend' | 'day-off';

export interface CalendarDay {
  readonly date: PlainDate;
  readonly status: DayStatus;
  /** 0 = Sunday … 6 = Saturday. */
  readonly dayOfWeek: number;
  /** Enabled national entries on this date. */
  readonly entries: readonly HolidayEntry[];
  /** The ward's own day off, when there is one. */
  readonly wardDayOff: WardDayOff | undefined;
  /** The year has no announced schedule: holidays are computed defaults. */
  readonly provisional: boolean;
}

export interface WorkCalendar {
  readonly settings: CalendarSettings;
  readonly years: { readonly from: number; readonly to: number };
  dayOf(date: PlainDate): CalendarDay;
  /** Every entry of the year (disabled ones too), announced or computed. */
  holidaysOf(year: number): readonly HolidayEntry[];
  isProvisional(year: number): boolean;
}

export interface CalendarData {
  readonly settings: CalendarSettings;
  /** Announced schedules; years not listed fall back to computed defaults. */
  readonly announced?: readonly YearSchedule[];
  readonly wardDaysOff?: readonly WardDayOff[];
  /** Years the data covers; asking outside throws CALENDAR_YEAR_OUT_OF_RANGE. Default 1900–2100. */
  readonly years?: { readonly from: number; readonly to: number };
}

interface YearIndex {
  readonly all: readonly HolidayEntry[];
  readonly byDate: ReadonlyMap<string, HolidayEntry[]>;
  readonly provisional: boolean;
}

export function buildWorkCalendar(data: CalendarData): WorkCalendar {
  const years = data.years ?? { from: MIN_YEAR, to: MAX_YEAR };
  const announced = new Map((data.announced ?? []).map((s) => [s.year, s]));
  const wardDays = new Map((data.wardDaysOff ?? []).map((d) => [d.date as string, d]));
  const cache = new Map<number, YearIndex>();

  const indexOf = (year: number): YearIndex => {
    if (!Number.isInteger(year) || year < years.from || year > years.to || year < MIN_YEAR || year > MAX_YEAR) {
      throw calendarError('CALENDAR_YEAR_OUT_OF_RANGE', { year, from: years.from, to: years.to });
    }
    const hit = cache.get(year);
    if (hit) return hit;
    const schedule = announced.get(year);
    const all = schedule ? announcedHolidays(schedule) : computedHolidays(year);
    const byDate = new Map<string, HolidayEntry[]>();
    for (const entry of all) {
      if (!entry.enabled) continue;
      const list = byDate.get(entry.date) ?? [];
      list.push(entry);
      byDate.set(entry.date, list);
    }
    const index = { all, byDate, provisional: !schedule };
    cache.set(year, index);
    return index;
  };

  return {
    settings: data.settings,
    years,
    dayOf(date) {
      const index = indexOf(plainDateParts(date).year);
      const entries = index.byDate.get(date) ?? [];
      const wardDayOff = wardDays.get(date);
      const dow = dayOfWeek(date);
      let status: DayStatus;
      if (wardDayOff || entries.some((e) => e.kind !== 'makeup-workday')) status = 'day-off';
      else if (entries.length > 0) status = 'makeup-workday';
      else status = dow === 0 || dow === 6 ? 'weekend' : 'workday';
      return { date, status, dayOfWeek: dow, entries, wardDayOff, provisional: index.provisional };
    },
    holidaysOf: (year) => indexOf(year).all,
    isProvisional: (year) => indexOf(year).provisional,
  };
}

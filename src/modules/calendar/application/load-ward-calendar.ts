/** Builds the pure calendar object of a ward from the database. */
import type { AnyDb } from '../../../kernel/db.ts';
import { DEFAULT_CALENDAR_SETTINGS, type HolidayEntry } from '../contracts.ts';
import { buildWorkCalendar, type WorkCalendar } from '../domain/calendar.ts';
import { announcedHolidays, computedHolidays } from '../domain/holidays.ts';
import { ensureSupportedYear } from '../domain/lunar.ts';
import { findYearSchedule, findYearSchedules, type YearRange } from '../infra/schedule-repository.ts';
import { findWardDaysOff } from '../infra/settings-repository.ts';
import { ensureWardId, getWardCalendarSettings } from './ward-settings.ts';

/**
 * The ward's calendar: its settings (defaults when none are stored), the announced schedules of the years
 * in range (computed defaults for the others) and its own days off. Without a range it covers 1900–2100;
 * with one, dates outside it throw CALENDAR_YEAR_OUT_OF_RANGE rather than silently use computed defaults.
 */
export async function loadWardCalendar(db: AnyDb, wardId: string, years?: YearRange): Promise<WorkCalendar> {
  ensureWardId(wardId);
  if (years) {
    ensureSupportedYear(years.from);
    ensureSupportedYear(years.to);
  }
  const [settings, announced, wardDaysOff] = [
    await getWardCalendarSettings(db, wardId),
    await findYearSchedules(db, years),
    await findWardDaysOff(db, wardId, years),
  ];
  return buildWorkCalendar({ settings, announced, wardDaysOff, ...(years ? { years } : {}) });
}

/** The national calendar (no ward): announced schedules and computed defaults, default settings. */
export async function loadNationalCalendar(db: AnyDb, years?: YearRange): Promise<WorkCalendar> {
  return buildWorkCalendar({
    settings: DEFAULT_CALENDAR_SETTINGS,
    announced: await findYearSchedules(db, years),
    ...(years ? { years } : {}),
  });
}

/** Every day off and make-up day of a year: the announced schedule when there is one, else the computed default. */
export async function listHolidays(db: AnyDb, year: number): Promise<HolidayEntry[]> {
  ensureSupportedYear(year);
  const schedule = await findYearSchedule(db, year);
  return schedule ? announcedHolidays(schedule) : computedHolidays(year);
}

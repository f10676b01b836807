/**
 * The calendar module's public surface: office hours, holidays (solar + lunar UTC+7), announced yearly
 * schedules and deadline arithmetic. Other modules import only this file (or ./contracts.ts from the web).
 */

export { removeScheduleEntry, setScheduleEntryEnabled, upsertScheduleEntry } from './application/edit-schedule.ts';
export { ensureValidYearSchedule, type ImportResult, importYearSchedule } from './application/import-schedule.ts';
export { listHolidays, loadNationalCalendar, loadWardCalendar } from './application/load-ward-calendar.ts';
export { CALENDAR_SEEDS_DIR, type SeedResult, seedCalendar } from './application/seed-calendar.ts';
export {
  addWardDayOff,
  findWardCalendarSettings,
  getWardCalendarSettings,
  listWardDaysOff,
  removeWardDayOff,
  updateWardCalendarSettings,
} from './application/ward-settings.ts';
export { CALENDAR_ERRORS, type CalendarErrorCode, calendarError } from './calendar.errors.ts';
export { calendarDueCommand, calendarHolidaysCommand, calendarImportCommand } from './cli.ts';
export * from './contracts.ts';
export {
  buildWorkCalendar,
  type CalendarData,
  type CalendarDay,
  type DayStatus,
  type WorkCalendar,
} from './domain/calendar.ts';
export {
  addWorkingDays,
  addWorkingDaysToDate,
  addWorkingHours,
  addWorkingTime,
  countingStartOf,
  type Duration,
  isOpenForReceiving,
  nextWorkingDay,
  sameDayDue,
  workingDaysBetween,
  workingMsBetween,
} from './domain/deadlines.ts';
export { computeDue, type DueComputation, type DueRule } from './domain/due.ts';
export { computedHolidays } from './domain/holidays.ts';
export { formatFormDateTimeVn, formatInstantVn, localDateOf, parseInstant } from './domain/instants.ts';
export { hungKingsDayOf, type LunarDate, lunarToSolar, solarToLunar, tetOf } from './domain/lunar.ts';
export { isWorkingDay, processingIntervals, receivingIntervals } from './domain/office-hours.ts';
export { formatRemaining, type Locale, remainingWorkingTime } from './domain/remaining.ts';
export { checkYearSchedule, checkYearScheduleText, type ScheduleProblem } from './domain/schedule-file.ts';
export {
  type PausedDeadline,
  pauseDeadline,
  type ResumedDeadline,
  type ResumeOptions,
  resumeDeadline,
} from './domain/suspension.ts';
export { calendarPermissions } from './http/permissions.ts';
export { registerCalendarRoutes } from './http/routes.ts';

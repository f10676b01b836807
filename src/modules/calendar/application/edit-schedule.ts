/**
 * Administrator edits of single days of an announced year. Each edit re-checks the whole year (e.g. a
 * make-up workday must still point at a swapped day) and rewrites it in one transaction.
 */
import { type AnyDb, inTransaction } from '../../../kernel/db.ts';
import { type PlainDate, plainDateParts } from '../../../kernel/plain-date.ts';
import { calendarError } from '../calendar.errors.ts';
import { ScheduleEntry, type ScheduleEntryInput, type YearSchedule } from '../contracts.ts';
import { checkYearSchedule } from '../domain/schedule-file.ts';
import { findYearSchedule, lockYear, rewriteYearEntries } from '../infra/schedule-repository.ts';

async function editYear(
  db: AnyDb,
  date: PlainDate,
  change: (entries: YearSchedule['entries']) => YearSchedule['entries'],
): Promise<YearSchedule> {
  const year = plainDateParts(date).year;
  return inTransaction(db, async (tx) => {
    if ((await lockYear(tx, year)) === undefined) throw calendarError('CALENDAR_YEAR_NOT_ANNOUNCED', { year });
    const current = await findYearSchedule(tx, year);
    if (!current) throw calendarError('CALENDAR_YEAR_NOT_ANNOUNCED', { year });
    const check = checkYearSchedule({ ...current, entries: change(current.entries) });
    if (!check.ok) throw calendarError('CALENDAR_SCHEDULE_INVALID', { problems: check.problems });
    await rewriteYearEntries(tx, check.value);
    return check.value;
  });
}

/** Adds or replaces the entry of a date in an announced year. */
export async function upsertScheduleEntry(db: AnyDb, input: ScheduleEntryInput): Promise<YearSchedule> {
  const parsed = ScheduleEntry.safeParse(input);
  if (!parsed.success) {
    throw calendarError('CALENDAR_SCHEDULE_INVALID', {
      problems: parsed.error.issues.map((i) => ({ path: i.path.join('.'), reason: i.message })),
    });
  }
  const entry = parsed.data;
  return editYear(db, entry.date, (entries) => [...entries.filter((e) => e.date !== entry.date), entry]);
}

function ensureEntry(entries: YearSchedule['entries'], date: PlainDate) {
  if (!entries.some((e) => e.date === date)) throw calendarError('CALENDAR_ENTRY_NOT_FOUND', { date });
}

/** Turns an entry on or off (e.g. confirms 24/11 Ngày Văn hóa Việt Nam). */
export async function setScheduleEntryEnabled(db: AnyDb, date: PlainDate, enabled: boolean): Promise<YearSchedule> {
  return editYear(db, date, (entries) => {
    ensureEntry(entries, date);
    return entries.map((e) => (e.date === date ? { ...e, enabled } : e));
  });
}

export async function removeScheduleEntry(db: AnyDb, date: PlainDate): Promise<YearSchedule> {
  return editYear(db, date, (entries) => {
    ensureEntry(entries, date);
    return entries.filter((e) => e.date !== date);
  });
}

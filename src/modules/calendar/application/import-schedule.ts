/** Administrator import of one announced year: checked whole, stored whole, or nothing at all. */
import { type AnyDb, inTransaction } from '../../../kernel/db.ts';
import { calendarError } from '../calendar.errors.ts';
import type { YearSchedule } from '../contracts.ts';
import { checkYearSchedule, checkYearScheduleText, type ScheduleCheck } from '../domain/schedule-file.ts';
import { replaceYearSchedule } from '../infra/schedule-repository.ts';

export interface ImportResult {
  readonly year: number;
  readonly entries: number;
  /** The year had a schedule before and it was replaced. */
  readonly replaced: boolean;
}

/** Throws CALENDAR_SCHEDULE_INVALID with `details.problems` (entry, line, path, reason) when anything is wrong. */
export function ensureValidYearSchedule(input: unknown): YearSchedule {
  const check: ScheduleCheck = typeof input === 'string' ? checkYearScheduleText(input) : checkYearSchedule(input);
  if (!check.ok) throw calendarError('CALENDAR_SCHEDULE_INVALID', { problems: check.problems });
  return check.value;
}

/**
 * Imports a year schedule (the file text, or an already parsed object), replacing that year's announced
 * schedule if there was one. Validation happens before any write; the write is one transaction.
 */
export async function importYearSchedule(
  db: AnyDb,
  input: unknown,
  origin: 'import' | 'seed' = 'import',
): Promise<ImportResult> {
  const schedule = ensureValidYearSchedule(input);
  const replaced = await inTransaction(db, (tx) => replaceYearSchedule(tx, schedule, origin));
  return { year: schedule.year, entries: schedule.entries.length, replaced };
}

/**
 * What the `motcua calendar …` commands print with --json. The CLI (src/cli) resolves the ward code to its
 * id, parses flags with commander and calls these; they return plain JSON-able values.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { AnyDb } from '../../kernel/db.ts';
import { type ImportResult, importYearSchedule } from './application/import-schedule.ts';
import { listHolidays, loadWardCalendar } from './application/load-ward-calendar.ts';
import { calendarError } from './calendar.errors.ts';
import type { DueResult, HolidayEntry } from './contracts.ts';
import { computeDue, type DueRule } from './domain/due.ts';
import { formatInstantVn, parseInstant } from './domain/instants.ts';

interface HasDb {
  readonly db: AnyDb;
}

export const DueCommandOptions = z
  .strictObject({
    received: z.string().min(1),
    workingDays: z.coerce.number().nonnegative().max(10_000).optional(),
    workingHours: z.coerce.number().nonnegative().max(80_000).optional(),
    sameDay: z.boolean().optional(),
  })
  .refine(
    (o) => [o.workingDays !== undefined, o.workingHours !== undefined, o.sameDay === true].filter(Boolean).length === 1,
    {
      message: 'give exactly one of --working-days, --working-hours, --same-day',
    },
  );
export type DueCommandOptions = z.input<typeof DueCommandOptions>;

/** `motcua calendar due --ward <code> --received <iso> (--working-days N | --working-hours N | --same-day) --json` */
export async function calendarDueCommand(database: HasDb, wardId: string, opts: DueCommandOptions): Promise<DueResult> {
  const parsed = DueCommandOptions.safeParse(opts);
  if (!parsed.success) throw calendarError('CALENDAR_INVALID_DURATION', { issues: parsed.error.issues });
  const { received, workingDays, workingHours } = parsed.data;
  const receivedAt = parseInstant(received);
  const rule: DueRule =
    workingDays !== undefined ? { workingDays } : workingHours !== undefined ? { workingHours } : { sameDay: true };
  const calendar = await loadWardCalendar(database.db, wardId);
  const result = computeDue(calendar, receivedAt, rule);
  return {
    wardId,
    rule: result.rule,
    receivedAt: formatInstantVn(result.receivedAt),
    countingStartsAt: formatInstantVn(result.countingStartsAt),
    due: formatInstantVn(result.due),
    workingHours: result.workingHours,
    provisional: result.provisionalYears.length > 0,
    provisionalYears: result.provisionalYears,
  };
}

/** `motcua calendar holidays --year 2026 --json`: every day off and make-up day of the year (enabled ones by default). */
export async function calendarHolidaysCommand(
  database: HasDb,
  year: number,
  opts: { includeDisabled?: boolean } = {},
): Promise<HolidayEntry[]> {
  const entries = await listHolidays(database.db, year);
  return opts.includeDisabled ? entries : entries.filter((e) => e.enabled);
}

/** `motcua calendar import <file.json>`: imports one announced year; a bad file is rejected whole. */
export async function calendarImportCommand(database: HasDb, filePath: string): Promise<ImportResult> {
  let text: string;
  try {
    text = await readFile(filePath, 'utf8');
  } catch (e) {
    throw calendarError('CALENDAR_FILE_UNREADABLE', { filePath, reason: e instanceof Error ? e.message : String(e) });
  }
  return importYearSchedule(database.db, text);
}

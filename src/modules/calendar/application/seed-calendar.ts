/**
 * Loads the shipped announced schedules (db/seeds/calendar/<year>.json) for years not in the database yet.
 * Safe to call at every start and from several processes at once; never overwrites an administrator's edits.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type AnyDb, inTransaction } from '../../../kernel/db.ts';
import type { YearSchedule } from '../contracts.ts';
import { insertYearScheduleIfAbsent } from '../infra/schedule-repository.ts';
import { ensureValidYearSchedule } from './import-schedule.ts';

export const CALENDAR_SEEDS_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../../db/seeds/calendar',
);

export interface SeedResult {
  readonly seeded: number[];
  readonly skipped: number[];
}

export async function seedCalendar(db: AnyDb, dir = CALENDAR_SEEDS_DIR): Promise<SeedResult> {
  const files = (await readdir(dir)).filter((f) => /^\d{4}\.json$/.test(f)).sort();
  const schedules: YearSchedule[] = [];
  for (const file of files) schedules.push(ensureValidYearSchedule(await readFile(path.join(dir, file), 'utf8')));
  const seeded: number[] = [];
  const skipped: number[] = [];
  await inTransaction(db, async (tx) => {
    for (const schedule of schedules) {
      if (await insertYearScheduleIfAbsent(tx, schedule, 'seed')) seeded.push(schedule.year);
      else skipped.push(schedule.year);
    }
  });
  return { seeded, skipped };
}

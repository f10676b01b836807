/** SQL for the national announced schedule (reference data). Rows are validated with the contracts on the way out. */
import { sql } from 'kysely';
import type { AnyDb } from '../../../kernel/db.ts';
import { YearSchedule } from '../contracts.ts';
import { calendarTables } from './tables.ts';

export interface YearRange {
  readonly from: number;
  readonly to: number;
}

/** Announced schedules of the years in range (all years when no range). */
export async function findYearSchedules(db: AnyDb, range?: YearRange): Promise<YearSchedule[]> {
  const t = calendarTables(db);
  let yearsQuery = t.selectFrom('calendar_schedule_years').select(['year', 'source']).orderBy('year');
  let entriesQuery = t.selectFrom('calendar_schedule_entries').selectAll().orderBy('date');
  if (range) {
    yearsQuery = yearsQuery.where('year', '>=', range.from).where('year', '<=', range.to);
    entriesQuery = entriesQuery.where('year', '>=', range.from).where('year', '<=', range.to);
  }
  const [years, entries] = [await yearsQuery.execute(), await entriesQuery.execute()];
  return years.map((y) =>
    YearSchedule.parse({
      year: y.year,
      source: y.source,
      entries: entries
        .filter((e) => e.year === y.year)
        .map((e) => ({
          date: e.date,
          kind: e.kind,
          name: e.name,
          enabled: e.enabled,
          ...(e.name_en === null ? {} : { nameEn: e.name_en }),
          ...(e.replaces === null ? {} : { replaces: e.replaces }),
          ...(e.note === null ? {} : { note: e.note }),
        })),
    }),
  );
}

export async function findYearSchedule(db: AnyDb, year: number): Promise<YearSchedule | undefined> {
  return (await findYearSchedules(db, { from: year, to: year }))[0];
}

/** Replaces the whole year (call inside a transaction). Returns whether the year existed before. */
export async function replaceYearSchedule(
  db: AnyDb,
  schedule: YearSchedule,
  origin: 'seed' | 'import',
): Promise<boolean> {
  const t = calendarTables(db);
  const previous = await t
    .deleteFrom('calendar_schedule_years')
    .where('year', '=', schedule.year)
    .returning('year')
    .executeTakeFirst();
  await t
    .insertInto('calendar_schedule_years')
    .values({ year: schedule.year, source: schedule.source, origin })
    .execute();
  await insertEntries(db, schedule);
  return previous !== undefined;
}

/** Inserts the year only when it is not there yet (safe under concurrent starts). Returns whether it inserted. */
export async function insertYearScheduleIfAbsent(db: AnyDb, schedule: YearSchedule, origin: 'seed' | 'import') {
  const inserted = await calendarTables(db)
    .insertInto('calendar_schedule_years')
    .values({ year: schedule.year, source: schedule.source, origin })
    .onConflict((oc) => oc.column('year').doNothing())
    .returning('year')
    .executeTakeFirst();
  if (inserted) await insertEntries(db, schedule);
  return inserted !== undefined;
}

/** Rewrites the entries of an existing year after an edit (call inside a transaction). */
export async function rewriteYearEntries(db: AnyDb, schedule: YearSchedule): Promise<void> {
  const t = calendarTables(db);
  await t.deleteFrom('calendar_schedule_entries').where('year', '=', schedule.year).execute();
  await insertEntries(db, schedule);
  await t
    .updateTable('calendar_schedule_years')
    .set({ updated_at: sql<Date>`now()` })
    .where('year', '=', schedule.year)
    .execute();
}

/** Locks the year row against concurrent edits; undefined when the year is not announced. */
export async function lockYear(db: AnyDb, year: number): Promise<number | undefined> {
  const row = await calendarTables(db)
    .selectFrom('calendar_schedule_years')
    .select('year')
    .where('year', '=', year)
    .forUpdate()
    .executeTakeFirst();
  return row?.year;
}

async function insertEntries(db: AnyDb, schedule: YearSchedule): Promise<void> {
  if (schedule.entries.length === 0) return;
  await calendarTables(db)
    .insertInto('calendar_schedule_entries')
    .values(
      schedule.entries.map((e) => ({
        date: e.date,
        year: schedule.year,
        kind: e.kind,
        name: e.name,
        name_en: e.nameEn ?? null,
        enabled: e.enabled,
        replaces: e.replaces ?? null,
        note: e.note ?? null,
      })),
    )
    .execute();
}

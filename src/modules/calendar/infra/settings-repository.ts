/** SQL for a ward's calendar settings and own days off. */
import { sql } from 'kysely';
import type { AnyDb } from '../../../kernel/db.ts';
import { CalendarSettings, WardDayOff } from '../contracts.ts';
import type { YearRange } from './schedule-repository.ts';
import { calendarTables } from './tables.ts';

export async function findSettingsRow(db: AnyDb, wardId: string): Promise<CalendarSettings | undefined> {
  const row = await calendarTables(db)
    .selectFrom('calendar_ward_settings')
    .selectAll()
    .where('ward_id', '=', wardId)
    .executeTakeFirst();
  if (!row) return undefined;
  const officeHours = typeof row.office_hours === 'string' ? JSON.parse(row.office_hours) : row.office_hours;
  return CalendarSettings.parse({
    officeHours,
    saturdayReceiving: row.saturday_receiving,
    saturdayCountsAsProcessing: row.saturday_counts_as_processing,
    sameDayCutoff: row.same_day_cutoff,
    supplementClock: row.supplement_clock,
  });
}

export async function upsertSettingsRow(db: AnyDb, wardId: string, settings: CalendarSettings): Promise<void> {
  const values = {
    office_hours: sql`${JSON.stringify(settings.officeHours)}::jsonb`,
    saturday_receiving: settings.saturdayReceiving,
    saturday_counts_as_processing: settings.saturdayCountsAsProcessing,
    same_day_cutoff: settings.sameDayCutoff,
    supplement_clock: settings.supplementClock,
  };
  await calendarTables(db)
    .insertInto('calendar_ward_settings')
    .values({ ward_id: wardId, ...values })
    .onConflict((oc) =>
      oc.column('ward_id').doUpdateSet({
        ...values,
        updated_at: sql<Date>`now()`,
        version: sql<number>`calendar_ward_settings.version + 1`,
      }),
    )
    .execute();
}

export async function findWardDaysOff(db: AnyDb, wardId: string, range?: YearRange): Promise<WardDayOff[]> {
  let query = calendarTables(db)
    .selectFrom('calendar_ward_days_off')
    .select(['date', 'name'])
    .where('ward_id', '=', wardId)
    .orderBy('date');
  if (range) {
    query = query.where('date', '>=', `${range.from}-01-01`).where('date', '<=', `${range.to}-12-31`);
  }
  return (await query.execute()).map((row) => WardDayOff.parse(row));
}

export async function upsertWardDayOff(db: AnyDb, wardId: string, day: WardDayOff): Promise<void> {
  await calendarTables(db)
    .insertInto('calendar_ward_days_off')
    .values({ ward_id: wardId, date: day.date, name: day.name })
    .onConflict((oc) => oc.columns(['ward_id', 'date']).doUpdateSet({ name: day.name }))
    .execute();
}

export async function deleteWardDayOff(db: AnyDb, wardId: string, date: string): Promise<boolean> {
  const row = await calendarTables(db)
    .deleteFrom('calendar_ward_days_off')
    .where('ward_id', '=', wardId)
    .where('date', '=', date)
    .returning('date')
    .executeTakeFirst();
  return row !== undefined;
}

/** Kysely types of the calendar tables (db/migrations/20261126_0100_create-calendar.sql). */
import type { Generated } from 'kysely';
import { type AnyDb, tablesOf } from '../../../kernel/db.ts';

export interface CalendarTables {
  calendar_schedule_years: {
    year: number;
    source: string;
    origin: 'seed' | 'import';
    imported_at: Generated<Date>;
    updated_at: Generated<Date>;
  };
  calendar_schedule_entries: {
    date: string;
    year: number;
    kind: string;
    name: string;
    name_en: string | null;
    enabled: boolean;
    replaces: string | null;
    note: string | null;
    updated_at: Generated<Date>;
  };
  calendar_ward_settings: {
    ward_id: string;
    office_hours: unknown;
    saturday_receiving: boolean;
    saturday_counts_as_processing: boolean;
    same_day_cutoff: string;
    supplement_clock: string;
    updated_at: Generated<Date>;
    version: Generated<number>;
  };
  calendar_ward_days_off: {
    ward_id: string;
    date: string;
    name: string;
    created_at: Generated<Date>;
  };
}

export const calendarTables = (db: AnyDb) => tablesOf<CalendarTables>(db);

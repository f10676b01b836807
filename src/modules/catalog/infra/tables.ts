/** Kysely types of the catalog tables (db/migrations/20261126_0200_create-catalog.sql). */
import type { ColumnType, Selectable } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** jsonb columns are written as JSON text and read back parsed. */
type Json<T> = ColumnType<T, string, string>;

export interface CatalogTables {
  catalog_procedures: {
    id: string;
    code: string | null;
    name_vi: string;
    name_en: string | null;
    field: string;
    level: string;
    handling_body: string;
    handled_at_center: boolean;
    where_to_go: string | null;
    channels: Json<unknown>;
    processing_time_text: string | null;
    processing_time: Json<unknown>;
    processing_time_source: string;
    time_needs_review: boolean;
    fee_text: string | null;
    fees: Json<unknown>;
    documents: Json<unknown>;
    result: string | null;
    legal_basis: Json<unknown>;
    steps: Json<unknown>;
    synonyms: Json<unknown>;
    rules: string | null;
    notes: string | null;
    sources: Json<unknown>;
    fully_sourced: boolean;
    unverified: Json<unknown>;
    clock_rules: Json<unknown>;
    seed_hash: string;
    version: ColumnType<number, number | undefined, number>;
    created_at: Timestamp;
    updated_at: Timestamp;
    updated_by: string | null;
  };
  catalog_national_procedures: {
    code: string;
    name: string;
    field: string;
    handling_bodies: Json<unknown>;
    level: string;
    promulgating_body: string | null;
    type: string;
    portal_id: string | null;
    row_hash: string;
  };
  catalog_state: {
    id: number;
    seed_checksum: string;
    revision: number;
    imported_at: Timestamp;
    summary: Json<unknown>;
  };
}

export type ProcedureRow = Selectable<CatalogTables['catalog_procedures']>;
export type NationalRow = Selectable<CatalogTables['catalog_national_procedures']>;

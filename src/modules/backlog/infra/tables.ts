/** Kysely types of the backlog tables (db/migrations/20261126_0700_create-backlog.sql). */
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type Json<T> = ColumnType<T, string, string>;

export interface BacklogItemRow {
  ward_id: string;
  id: Generated<string>;
  source_unit: string;
  original_code: string;
  import_id: string;
  receipt_number: string | null;
  procedure_code_raw: string | null;
  procedure_name_raw: string | null;
  field_raw: string | null;
  applicant_name: string | null;
  applicant_id_number: string | null;
  applicant_phone: string | null;
  applicant_address: string | null;
  received_on: string;
  original_due: string | null;
  legacy_status: string | null;
  legacy_officer: string | null;
  missing_documents_text: string | null;
  notes: string | null;
  extra: Json<Record<string, string>>;
  procedure_key: string;
  procedure_id: string | null;
  procedure_code: string | null;
  procedure_name: string | null;
  match_method: 'code' | 'name' | 'manual' | 'none';
  match_confidence: number;
  competence: 'ward' | 'other' | 'unknown';
  receiving_body: string | null;
  field: string;
  complexity: 'simple' | 'medium' | 'complex' | 'very_complex';
  complexity_score: number;
  effort_hours: number;
  missing_documents: boolean;
  site_verification: boolean;
  multi_agency: boolean;
  overridden: ColumnType<string[], string[] | undefined, string[]>;
  status: ColumnType<'open' | 'in_progress' | 'done' | 'transferred' | 'cancelled', string | undefined, string>;
  assigned_staff_id: string | null;
  started_at: Date | null;
  closed_at: Date | null;
  close_note: string | null;
  dossier_code: string | null;
  discovered_on: string;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface BacklogTables {
  backlog_settings: {
    ward_id: string;
    triage: Json<unknown>;
    version: Generated<number>;
    updated_at: Timestamp;
    updated_by: string;
  };
  backlog_imports: {
    ward_id: string;
    id: Generated<string>;
    source_unit: string;
    file_name: string;
    file_sha256: string;
    format: 'xlsx' | 'csv';
    status: 'awaiting_confirmation' | 'importing' | 'committed' | 'failed';
    preview: Json<unknown>;
    summary: Json<unknown> | null;
    error: Json<unknown> | null;
    staged_path: string | null;
    created_by: string;
    created_at: Timestamp;
    finished_at: Date | null;
  };
  backlog_items: BacklogItemRow;
  backlog_item_overrides: {
    ward_id: string;
    id: Generated<string>;
    item_id: string;
    attribute: string;
    old_value: Json<unknown> | null;
    new_value: Json<unknown>;
    reason: string;
    actor_id: string | null;
    actor_name: string;
    at: Timestamp;
  };
  backlog_duplicate_flags: {
    ward_id: string;
    id: Generated<string>;
    item_a: string;
    item_b: string;
    reason: string;
    status: Generated<'pending' | 'same' | 'different'>;
    note: string | null;
    decided_by: string | null;
    decided_at: Date | null;
    created_at: Timestamp;
  };
  backlog_staff_capacity: {
    ward_id: string;
    staff_id: string;
    fields: string[];
    hours_per_day: number;
    updated_at: Timestamp;
  };
  backlog_milestones: { ward_id: string; date: string; share: number };
  backlog_plans: {
    ward_id: string;
    id: Generated<string>;
    created_at: Timestamp;
    created_by: string;
    start_date: string;
    horizon_end: string;
    priority: 'oldest-first' | 'simplest-first';
    active: boolean;
    fixed_done: number;
    result: Json<unknown>;
  };
  backlog_plan_assignments: {
    ward_id: string;
    plan_id: string;
    item_id: string;
    staff_id: string;
    day: string;
    start_day: string;
    effort_hours: number;
  };
}

/** Kysely types of the dossier tables (db/migrations/20261126_0500_create-dossiers.sql). */
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null, Date | string | null>;
type Json<T> = ColumnType<T, string, string>;

export interface DossierRow {
  ward_id: string;
  id: Generated<string>;
  code: string;
  procedure_id: string;
  procedure_code: string | null;
  procedure_name: string;
  channel: 'counter' | 'online' | 'post' | 'field';
  ticket_id: string | null;
  applicant_name: string;
  applicant_id_number: string;
  applicant_phone: string;
  applicant_email: string | null;
  applicant_address: string;
  proxy: ColumnType<unknown, string | null, string | null>;
  lookup_secret_hash: string;
  status: string;
  portal_status: number;
  version: number;
  registered_at: Timestamp;
  received_at: NullableTimestamp;
  appointment_at: NullableTimestamp;
  statutory_due_at: NullableTimestamp;
  paused_at: NullableTimestamp;
  clock: Json<unknown>;
  department_id: string | null;
  department_name: string | null;
  assignee_id: string | null;
  assignee_name: string | null;
  supplement_count: number;
  rescheduled: boolean;
  finished_at: NullableTimestamp;
  returned_at: NullableTimestamp;
  return_method: string | null;
  result_number: string | null;
  warned_at: NullableTimestamp;
  late_marked_at: NullableTimestamp;
  created_by: string;
  /** Predecessor unit of a dossier converted from the backlog; null otherwise. */
  source_unit: string | null;
  updated_at: Timestamp;
}

export interface DossierTables {
  dossiers: DossierRow;
  dossier_code_sequences: { ward_id: string; local_date: string; last_number: number };
  dossier_actions: {
    ward_id: string;
    dossier_id: string;
    seq: number;
    type: string;
    at: Timestamp;
    actor_kind: 'staff' | 'device' | 'system' | 'citizen';
    actor_id: string | null;
    actor_name: string;
    from_status: string | null;
    to_status: string;
    payload: Json<unknown>;
  };
  dossier_documents: {
    ward_id: string;
    dossier_id: string;
    position: number;
    document_id: string | null;
    name: string;
    kind: 'original' | 'certified' | 'copy';
    count: number;
    file_id: string | null;
    scanned: boolean;
    added_at: Timestamp;
  };
  dossier_forms: {
    ward_id: string;
    id: Generated<string>;
    dossier_id: string | null;
    form: string;
    format: 'pdf' | 'xlsx';
    dossier_version: number | null;
    period_from: string | null;
    period_to: string | null;
    file_id: string;
    sha256: string;
    generated_at: Timestamp;
    generated_by: string;
  };
  dossier_alerts: {
    ward_id: string;
    id: Generated<string>;
    dossier_id: string;
    kind: 'due-soon' | 'late';
    staff_id: string;
    due_at: Timestamp;
    created_at: Timestamp;
  };
  dossier_lookup_throttle: { key: string; failures: number; window_started_at: Timestamp };
}

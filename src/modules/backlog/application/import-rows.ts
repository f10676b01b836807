/**
 * Turns parsed rows into backlog item rows with their triage (catalog match, competence, field, flags,
 * complexity, effort) and inserts them in batches; rows already in the backlog (same source and original code)
 * are left exactly as they are.
 */

import type { Insertable } from 'kysely';
import { sql } from 'kysely';
import type { AnyDb } from '../../../kernel/db.ts';
import type { PlainDate } from '../../../kernel/plain-date.ts';
import { foldDiacritics } from '../../catalog/index.ts';
import type { TriageSettings } from '../contracts.ts';
import type { ParsedRow } from '../domain/parse-row.ts';
import { type CatalogMatch, classify, competenceOf, flagsOf, REVIEW_BELOW } from '../domain/triage.ts';
import type { BacklogTables } from '../infra/tables.ts';
import type { ProcedureMatcher } from './match-procedure.ts';

type Insert = Insertable<BacklogTables['backlog_items']>;

const COLUMNS = [
  'ward_id',
  'source_unit',
  'original_code',
  'import_id',
  'receipt_number',
  'procedure_code_raw',
  'procedure_name_raw',
  'field_raw',
  'applicant_name',
  'applicant_id_number',
  'applicant_phone',
  'applicant_address',
  'received_on',
  'original_due',
  'legacy_status',
  'legacy_officer',
  'missing_documents_text',
  'notes',
  'extra',
  'procedure_key',
  'procedure_id',
  'procedure_code',
  'procedure_name',
  'match_method',
  'match_confidence',
  'competence',
  'receiving_body',
  'field',
  'complexity',
  'complexity_score',
  'effort_hours',
  'missing_documents',
  'site_verification',
  'multi_agency',
  'discovered_on',
  'created_at',
  'updated_at',
] as const;

export function procedureKeyOf(
  match: CatalogMatch | null,
  row: { procedureCode: string | null; procedureName: string | null },
) {
  if (match && match.confidence >= REVIEW_BELOW) return `p:${match.code ?? match.procedureId}`;
  const name = foldDiacritics(row.procedureName ?? row.procedureCode ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  return `n:${name}`;
}

export interface TriageContext {
  match: CatalogMatch | null;
  settings: TriageSettings;
  today: PlainDate;
}

/** The triage columns of an item (everything an officer may later override). */
export function triageColumns(
  row: Pick<ParsedRow, 'field' | 'legacyStatus' | 'missingDocuments' | 'notes' | 'receivedOn'>,
  ctx: TriageContext,
) {
  const { match } = ctx;
  const { competence, receivingBody } = competenceOf(match);
  const field = match?.field ?? row.field ?? 'Khác';
  const flags = flagsOf({
    field,
    legacyStatus: row.legacyStatus,
    missingDocumentsText: row.missingDocuments,
    notes: row.notes,
    handlingBodies: match ? match.handlingBody.split(/;|,| và /).filter((s) => s.trim()).length : 1,
  });
  const c = classify({ ...flags, field, receivedOn: row.receivedOn }, ctx.today, ctx.settings);
  return {
    procedure_id: match?.procedureId ?? null,
    procedure_code: match?.code ?? null,
    procedure_name: match?.name ?? null,
    match_method: match ? match.method : ('none' as const),
    match_confidence: match?.confidence ?? 0,
    competence,
    receiving_body: receivingBody,
    field,
    complexity: c.complexity,
    complexity_score: c.score,
    effort_hours: c.effortHours,
    missing_documents: flags.missingDocuments,
    site_verification: flags.siteVerification,
    multi_agency: flags.multiAgency,
  };
}

export class ItemBatch {
  private rows: Insert[] = [];
  inserted = 0;
  alreadyPresent = 0;
  readonly wardId: string;
  readonly importId: string;
  readonly sourceUnit: string;
  readonly matcher: ProcedureMatcher;
  readonly settings: TriageSettings;
  readonly today: PlainDate;
  readonly now: Date;

  constructor(o: {
    wardId: string;
    importId: string;
    sourceUnit: string;
    matcher: ProcedureMatcher;
    settings: TriageSettings;
    today: PlainDate;
    now: Date;
  }) {
    this.wardId = o.wardId;
    this.importId = o.importId;
    this.sourceUnit = o.sourceUnit;
    this.matcher = o.matcher;
    this.settings = o.settings;
    this.today = o.today;
    this.now = o.now;
  }

  async add(db: AnyDb, row: ParsedRow): Promise<void> {
    const match = await this.matcher(row.procedureCode, row.procedureName);
    this.rows.push({
      ward_id: this.wardId,
      source_unit: this.sourceUnit,
      original_code: row.originalCode,
      import_id: this.importId,
      receipt_number: row.receiptNumber,
      procedure_code_raw: row.procedureCode,
      procedure_name_raw: row.procedureName,
      field_raw: row.field,
      applicant_name: row.applicantName,
      applicant_id_number: row.idNumber,
      applicant_phone: row.phone,
      applicant_address: row.address,
      received_on: row.receivedOn,
      original_due: row.dueOn,
      legacy_status: row.legacyStatus,
      legacy_officer: row.officer,
      missing_documents_text: row.missingDocuments,
      notes: row.notes,
      extra: row.extra as unknown as string,
      procedure_key: procedureKeyOf(match, row),
      ...triageColumns(row, { match, settings: this.settings, today: this.today }),
      assigned_staff_id: null,
      started_at: null,
      closed_at: null,
      close_note: null,
      dossier_code: null,
      discovered_on: this.today,
      created_at: this.now,
      updated_at: this.now,
    });
    if (this.rows.length >= 500) await this.flush(db);
  }

  async flush(db: AnyDb): Promise<void> {
    if (this.rows.length === 0) return;
    const batch = this.rows;
    this.rows = [];
    // One JSON parameter instead of ~40 per row: much faster on both engines for large batches.
    const done = await sql<{ id: string }>`
      INSERT INTO backlog_items (${sql.join(COLUMNS.map((c) => sql.ref(c)))})
      SELECT ${sql.join(COLUMNS.map((c) => sql.ref(`r.${c}`)))}
      FROM json_populate_recordset(null::backlog_items, ${JSON.stringify(batch)}::json) r
      ON CONFLICT (ward_id, source_unit, original_code) DO NOTHING
      RETURNING id`.execute(db);
    this.inserted += done.rows.length;
    this.alreadyPresent += batch.length - done.rows.length;
  }
}

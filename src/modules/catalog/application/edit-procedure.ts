/**
 * Administrator changes to a curated procedure, with optimistic concurrency: the caller sends the
 * version it read; a different current version is a VERSION_CONFLICT and nothing is written.
 * Every change bumps the catalog revision so that search indexes rebuild.
 */
import { sql } from 'kysely';
import { type AnyDb, inTransaction, tablesOf } from '../../../kernel/db.ts';
import { commonError } from '../../../kernel/errors.ts';
import { catalogError } from '../catalog.errors.ts';
import { type Procedure, ProcedureUpdate, type UnverifiedValue, VerifyFieldsInput } from '../contracts.ts';
import { documentFromText } from '../domain/documents.ts';
import { parseProcessingTime } from '../domain/processing-time.ts';
import { json } from '../infra/procedure-rows.ts';
import type { CatalogTables } from '../infra/tables.ts';
import { getProcedure } from './procedures.ts';
import { invalidateSearchIndex } from './search.ts';

type Changes = Record<string, unknown>;

async function applyChanges(
  db: AnyDb,
  actor: string,
  id: string,
  version: number,
  changes: Changes,
): Promise<Procedure> {
  const result = await inTransaction(db, async (tx) => {
    const current = await getProcedure(tx, id);
    const r = await tablesOf<CatalogTables>(tx)
      .updateTable('catalog_procedures')
      .set({ ...changes, version: sql<number>`version + 1`, updated_at: new Date(), updated_by: actor })
      .where('id', '=', current.id)
      .where('version', '=', version)
      .executeTakeFirst();
    if (Number(r.numUpdatedRows) !== 1) {
      throw commonError('VERSION_CONFLICT', { id: current.id, expected: version, actual: current.version });
    }
    await sql`UPDATE catalog_state SET revision = revision + 1 WHERE id = 1`.execute(tx);
    return getProcedure(tx, current.id);
  });
  invalidateSearchIndex(db);
  return result;
}

function timeChanges(text: string | null, duration: Procedure['processingTime']['duration']): Changes {
  if (duration.kind !== 'unknown') {
    return {
      processing_time_text: text,
      processing_time: json(duration),
      processing_time_source: 'admin',
      time_needs_review: false,
    };
  }
  const parsed = parseProcessingTime(text);
  return {
    processing_time_text: text,
    processing_time: json(parsed.duration),
    processing_time_source: parsed.duration.kind === 'unknown' ? 'none' : 'text',
    time_needs_review: parsed.needsReview,
  };
}

/** Changes documents, time, fees, clock rules, names or synonyms. `actor` is who edits (username). */
export async function updateProcedure(
  db: AnyDb,
  actor: string,
  id: string,
  input: ProcedureUpdate,
): Promise<Procedure> {
  const parsed = ProcedureUpdate.safeParse(input);
  if (!parsed.success) throw commonError('VALIDATION_FAILED', { issues: parsed.error.issues });
  const u = parsed.data;
  const changes: Changes = {};
  if (u.nameEn !== undefined) changes.name_en = u.nameEn;
  if (u.synonyms) changes.synonyms = json(u.synonyms);
  if (u.channels) changes.channels = json(u.channels);
  if (u.processingTime) Object.assign(changes, timeChanges(u.processingTime.text, u.processingTime.duration));
  if (u.feeText !== undefined) changes.fee_text = u.feeText;
  if (u.fees) changes.fees = json(u.fees);
  if (u.documents) changes.documents = json(u.documents);
  if (u.result !== undefined) changes.result = u.result;
  if (u.clockRules) changes.clock_rules = json(u.clockRules);
  return applyChanges(db, actor, id, u.version, changes);
}

function acceptedChanges(value: UnverifiedValue): Changes {
  switch (value.field) {
    case 'processingTime':
      return timeChanges(value.value, { kind: 'unknown' });
    case 'fee':
      return { fee_text: value.value };
    case 'documents':
      return { documents: json(value.value.map(documentFromText)) };
    case 'result':
      return { result: value.value };
    case 'rules':
      return { rules: value.value };
  }
}

/**
 * Accepts (publishes) or rejects (discards) values imported as unverified. Accepting a value replaces
 * the published one; either way it leaves the unverified list.
 */
export async function verifyProcedureFields(
  db: AnyDb,
  actor: string,
  id: string,
  input: VerifyFieldsInput,
): Promise<Procedure> {
  const parsed = VerifyFieldsInput.safeParse(input);
  if (!parsed.success) throw commonError('VALIDATION_FAILED', { issues: parsed.error.issues });
  const { version, fields, decision } = parsed.data;
  const current = await getProcedure(db, id);
  const changes: Changes = {};
  for (const field of fields) {
    const value = current.unverified.find((u) => u.field === field);
    if (!value) throw catalogError('NOTHING_TO_VERIFY', { id, field });
    if (decision === 'accept') Object.assign(changes, acceptedChanges(value));
  }
  changes.unverified = json(current.unverified.filter((u) => !fields.includes(u.field)));
  return applyChanges(db, actor, current.id, version, changes);
}

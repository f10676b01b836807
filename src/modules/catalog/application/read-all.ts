/**
 * Whole-catalog reads for consumers that keep their own in-memory view (the assistant's retrieval index):
 * the catalog revision, every curated procedure as citizens may see it, and every national entry.
 */
import { sql } from 'kysely';
import { type AnyDb, tablesOf } from '../../../kernel/db.ts';
import { NationalEntry, type PublicProcedure } from '../contracts.ts';
import { toPublicProcedure } from '../domain/review.ts';
import { procedureFromRow } from '../infra/procedure-rows.ts';
import type { CatalogTables } from '../infra/tables.ts';

/** Moves on every import that changed something and on every administrator edit (0 before the first import). */
export async function catalogRevision(db: AnyDb): Promise<number> {
  const r = await sql<{ revision: number }>`SELECT revision FROM catalog_state WHERE id = 1`.execute(db);
  return Number(r.rows[0]?.revision ?? 0);
}

/** Every curated procedure, without unverified values (the citizen view), ordered by id. */
export async function listAllPublicProcedures(db: AnyDb): Promise<PublicProcedure[]> {
  const rows = await tablesOf<CatalogTables>(db).selectFrom('catalog_procedures').selectAll().orderBy('id').execute();
  return rows.map((r) => toPublicProcedure(procedureFromRow(r)));
}

/** Every national catalog entry, ordered by code. */
export async function listAllNationalEntries(db: AnyDb): Promise<NationalEntry[]> {
  const rows = await tablesOf<CatalogTables>(db)
    .selectFrom('catalog_national_procedures')
    .select(['code', 'name', 'field', 'handling_bodies', 'level', 'promulgating_body', 'type'])
    .orderBy('code')
    .execute();
  return rows.map((r) => ({
    code: r.code,
    name: r.name,
    field: r.field,
    handlingBodies: r.handling_bodies as string[],
    level: NationalEntry.shape.level.parse(r.level),
    promulgatingBody: r.promulgating_body,
    type: r.type,
  }));
}

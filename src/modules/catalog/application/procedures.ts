/** Reading curated procedures: lists with filters, one procedure, the citizen view, the review queue. */
import { sql } from 'kysely';
import { type AnyDb, tablesOf } from '../../../kernel/db.ts';
import { commonError } from '../../../kernel/errors.ts';
import { catalogError } from '../catalog.errors.ts';
import {
  NationalEntry,
  type Procedure,
  ProcedureListQuery,
  type ProcedureSummary,
  type PublicProcedure,
  type ReviewItem,
} from '../contracts.ts';
import { looksLikeCode } from '../domain/normalise.ts';
import { toPublicProcedure } from '../domain/review.ts';
import { procedureFromRow } from '../infra/procedure-rows.ts';
import type { CatalogTables } from '../infra/tables.ts';

function toSummary(p: Procedure): ProcedureSummary {
  return {
    id: p.id,
    code: p.code,
    nameVi: p.nameVi,
    nameEn: p.nameEn,
    field: p.field,
    level: p.level,
    handledAtCenter: p.handledAtCenter,
    duration: p.processingTime.duration,
    reviewReasons: p.reviewReasons,
    version: p.version,
  };
}

export async function listProcedures(db: AnyDb, query: ProcedureListQuery = {}): Promise<ProcedureSummary[]> {
  const parsed = ProcedureListQuery.safeParse(query);
  if (!parsed.success) throw commonError('VALIDATION_FAILED', { issues: parsed.error.issues });
  const q = parsed.data;
  let select = tablesOf<CatalogTables>(db).selectFrom('catalog_procedures').selectAll();
  if (q.field) select = select.where('field', '=', q.field);
  if (q.level) select = select.where('level', '=', q.level);
  if (q.verified !== undefined) {
    select = select.where(
      q.verified ? sql<boolean>`unverified = '[]'::jsonb` : sql<boolean>`unverified <> '[]'::jsonb`,
    );
  }
  if (q.needsReview !== undefined) {
    const needs = sql<boolean>`(unverified <> '[]'::jsonb OR time_needs_review OR NOT fully_sourced)`;
    select = select.where(q.needsReview ? needs : sql<boolean>`NOT ${needs}`);
  }
  const rows = await select.orderBy('field').orderBy('id').limit(q.limit).offset(q.offset).execute();
  return rows.map((r) => toSummary(procedureFromRow(r)));
}

/** By id (01-dang-ky-khai-sinh) or by national code (1.001193). */
export async function findProcedure(db: AnyDb, idOrCode: string): Promise<Procedure | undefined> {
  const column = looksLikeCode(idOrCode) ? 'code' : 'id';
  const row = await tablesOf<CatalogTables>(db)
    .selectFrom('catalog_procedures')
    .selectAll()
    .where(column, '=', idOrCode)
    .executeTakeFirst();
  return row ? procedureFromRow(row) : undefined;
}

export async function getProcedure(db: AnyDb, idOrCode: string): Promise<Procedure> {
  const p = await findProcedure(db, idOrCode);
  if (!p) throw catalogError('PROCEDURE_NOT_FOUND', { id: idOrCode });
  return p;
}

/** What a citizen (kiosk, portal, robot) may be shown: never unverified values. */
export async function getPublicProcedure(db: AnyDb, idOrCode: string): Promise<PublicProcedure> {
  return toPublicProcedure(await getProcedure(db, idOrCode));
}

/** National entry by code, for "where do I go for this?" answers. */
export async function findNationalProcedure(db: AnyDb, code: string): Promise<NationalEntry | undefined> {
  const r = await tablesOf<CatalogTables>(db)
    .selectFrom('catalog_national_procedures')
    .selectAll()
    .where('code', '=', code)
    .executeTakeFirst();
  if (!r) return undefined;
  return NationalEntry.parse({
    code: r.code,
    name: r.name,
    field: r.field,
    handlingBodies: r.handling_bodies as string[],
    level: r.level,
    promulgatingBody: r.promulgating_body,
    type: r.type,
  });
}

/** Procedures an administrator must look at: unverified values, unreadable times, unsourced facts. */
export async function listReviewQueue(db: AnyDb): Promise<ReviewItem[]> {
  const rows = await tablesOf<CatalogTables>(db)
    .selectFrom('catalog_procedures')
    .selectAll()
    .where(sql<boolean>`(unverified <> '[]'::jsonb OR time_needs_review OR NOT fully_sourced)`)
    .orderBy('id')
    .execute();
  return rows
    .map(procedureFromRow)
    .map((p) => ({
      id: p.id,
      code: p.code,
      nameVi: p.nameVi,
      reasons: p.reviewReasons,
      unverifiedFields: p.unverified.map((u) => u.field),
      processingTimeText: p.processingTime.text,
      version: p.version,
    }))
    .sort((a, b) => b.reasons.length - a.reasons.length || a.id.localeCompare(b.id));
}

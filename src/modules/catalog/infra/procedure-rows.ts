/** Mapping between catalog rows and contract objects; rows read back are validated with the same schemas. */
import { createHash } from 'node:crypto';
import type { Insertable } from 'kysely';
import { Procedure } from '../contracts.ts';
import { defaultClockRules } from '../domain/clock-rules.ts';
import { parseProcessingTime } from '../domain/processing-time.ts';
import { reviewReasonsOf } from '../domain/review.ts';
import type { SeedNational, SeedProcedure } from '../domain/seed-records.ts';
import type { CatalogTables, ProcedureRow } from './tables.ts';

export const json = (v: unknown): string => JSON.stringify(v);

export function hashOf(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex');
}

export function procedureFromRow(r: ProcedureRow): Procedure {
  const unverified = (r.unverified ?? []) as Procedure['unverified'];
  return Procedure.parse({
    id: r.id,
    code: r.code,
    nameVi: r.name_vi,
    nameEn: r.name_en,
    field: r.field,
    level: r.level,
    handlingBody: r.handling_body,
    handledAtCenter: r.handled_at_center,
    whereToGo: r.where_to_go,
    channels: r.channels,
    processingTime: {
      text: r.processing_time_text,
      duration: r.processing_time,
      source: r.processing_time_source,
      needsReview: r.time_needs_review,
    },
    feeText: r.fee_text,
    fees: r.fees,
    documents: r.documents,
    result: r.result,
    legalBasis: r.legal_basis,
    steps: r.steps,
    synonyms: r.synonyms,
    rules: r.rules,
    notes: r.notes,
    clockRules: r.clock_rules,
    fullySourced: r.fully_sourced,
    unverified,
    reviewReasons: reviewReasonsOf({ unverified, timeNeedsReview: r.time_needs_review, fullySourced: r.fully_sourced }),
    version: r.version,
    updatedAt: new Date(r.updated_at).toISOString(),
    updatedBy: r.updated_by,
  });
}

type ProcedureInsert = Insertable<CatalogTables['catalog_procedures']>;

/** The row a seed record becomes (without version and timestamps). The time is parsed when not given. */
export function rowFromSeed(s: SeedProcedure, seedHash: string): ProcedureInsert {
  const parsed = s.processingTime.duration ? undefined : parseProcessingTime(s.processingTime.text);
  const duration = s.processingTime.duration ?? parsed!.duration;
  const needsReview = s.processingTime.needsReview ?? (parsed ? parsed.needsReview : duration.kind === 'unknown');
  const source = s.processingTime.source ?? (duration.kind === 'unknown' ? 'none' : 'text');
  return {
    id: s.id,
    code: s.code,
    name_vi: s.nameVi,
    name_en: s.nameEn,
    field: s.field,
    level: s.level,
    handling_body: s.handlingBody,
    handled_at_center: s.handledAtCenter,
    where_to_go: s.whereToGo,
    channels: json(s.channels),
    processing_time_text: s.processingTime.text,
    processing_time: json(duration),
    processing_time_source: source,
    time_needs_review: needsReview,
    fee_text: s.feeText,
    fees: json(s.fees),
    documents: json(s.documents),
    result: s.result,
    legal_basis: json(s.legalBasis),
    steps: json(s.steps),
    synonyms: json(s.synonyms),
    rules: s.rules,
    notes: s.notes,
    sources: json(s.sources),
    fully_sourced: s.fullySourced,
    unverified: json(s.unverified),
    clock_rules: json(s.clockRules ?? defaultClockRules(duration)),
    seed_hash: seedHash,
  };
}

export function nationalRowFromSeed(n: SeedNational): Insertable<CatalogTables['catalog_national_procedures']> {
  return {
    code: n.code,
    name: n.name,
    field: n.field,
    handling_bodies: json(n.handlingBodies),
    level: n.level,
    promulgating_body: n.promulgatingBody,
    type: n.type,
    portal_id: n.portalId,
    row_hash: hashOf(n),
  };
}

/**
 * Catalog contracts: zod schemas and their types, shared by the server and the web app.
 * A schema and its type share one name. No server code here.
 */
import { z } from 'zod';

/** Who handles a procedure: the ward (UBND/Công an/quân sự cấp xã), the province, a central body, or another body. */
export const ProcedureLevel = z.enum(['ward', 'province', 'central', 'other']);
export type ProcedureLevel = z.infer<typeof ProcedureLevel>;

/** Submission channels (KenhThucHien): 1 counter, 2 online, 3 public post. */
export const Channel = z.enum(['counter', 'online', 'post']);
export type Channel = z.infer<typeof Channel>;

const positive = z.number().positive().max(10_000);

/** A statutory processing time in structured form; `unknown` when the published text could not be read. */
export const Duration = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('working_days'), value: positive }),
  z.object({ kind: z.literal('working_hours'), value: positive }),
  z.object({ kind: z.literal('same_day'), cutoff: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/) }),
  z.object({ kind: z.literal('calendar_days'), value: positive }),
  z.object({ kind: z.literal('months'), value: positive }),
  z.object({ kind: z.literal('unknown') }),
]);
export type Duration = z.infer<typeof Duration>;

/** Where a structured time came from: parsed from the text, a portal case value, or an administrator. */
export const TimeSource = z.enum(['text', 'portal_case', 'admin', 'none']);
export type TimeSource = z.infer<typeof TimeSource>;

export const ProcessingTime = z.object({
  /** The time as published (free text), kept verbatim. */
  text: z.string().nullable(),
  duration: Duration,
  source: TimeSource,
  /** True when the text could not be turned into a duration: an administrator must set it. */
  needsReview: z.boolean(),
});
export type ProcessingTime = z.infer<typeof ProcessingTime>;

export const Fee = z.object({
  /** Amount in đồng; null when the fee is set elsewhere (e.g. by the provincial People's Council). */
  amountVnd: z.number().int().min(0).nullable(),
  description: z.string(),
  channels: z.array(Channel).default([]),
});
export type Fee = z.infer<typeof Fee>;

export const RequiredDocument = z.object({
  name: z.string().min(1),
  /** Number of originals (bản chính); null when the source does not say. */
  originals: z.number().int().min(0).nullable(),
  /** Number of copies (bản sao); null when the source does not say. */
  copies: z.number().int().min(0).nullable(),
  required: z.boolean(),
  /** The case this document applies to (e.g. "Trẻ bị bỏ rơi"), null when it always applies. */
  condition: z.string().nullable(),
});
export type RequiredDocument = z.infer<typeof RequiredDocument>;

/** Internal steps of a dossier, in order; each receives a share of the total processing time. */
export const InternalStep = z.enum(['receive', 'assign', 'appraise', 'approve', 'sign', 'return']);
export type InternalStep = z.infer<typeof InternalStep>;

export const StepShare = z.object({ step: InternalStep, share: z.number().min(0).max(1) });
export type StepShare = z.infer<typeof StepShare>;

export const ClockRules = z.object({
  /** On a supplement request the clock pauses (766 index) or restarts from zero (Decree 61/2018). */
  supplement: z.enum(['pause', 'restart']),
  /** Whether time spent waiting for other bodies' opinions (lấy ý kiến) is excluded from the clock. */
  excludeConsultation: z.boolean(),
  stepPlan: z
    .array(StepShare)
    .min(1)
    .refine((steps) => Math.abs(steps.reduce((s, x) => s + x.share, 0) - 1) < 0.001, 'step shares must sum to 1')
    .refine((steps) => new Set(steps.map((s) => s.step)).size === steps.length, 'each step at most once'),
});
export type ClockRules = z.infer<typeof ClockRules>;

/** Fields whose imported values may be unverified (from memory) until an administrator verifies them. */
export const VerifiableField = z.enum(['processingTime', 'fee', 'documents', 'result', 'rules']);
export type VerifiableField = z.infer<typeof VerifiableField>;

/** A value imported as unverified: hidden from citizens until an administrator accepts or rejects it. */
export const UnverifiedValue = z.discriminatedUnion('field', [
  z.object({ field: z.literal('processingTime'), value: z.string() }),
  z.object({ field: z.literal('fee'), value: z.string() }),
  z.object({ field: z.literal('documents'), value: z.array(z.string()) }),
  z.object({ field: z.literal('result'), value: z.string() }),
  z.object({ field: z.literal('rules'), value: z.string() }),
]);
export type UnverifiedValue = z.infer<typeof UnverifiedValue>;

export const ReviewReason = z.enum(['unverified_values', 'time_unparsed', 'not_fully_sourced']);
export type ReviewReason = z.infer<typeof ReviewReason>;

export const Procedure = z.object({
  id: z.string(),
  code: z.string().nullable(),
  nameVi: z.string(),
  nameEn: z.string().nullable(),
  field: z.string(),
  level: ProcedureLevel,
  handlingBody: z.string(),
  /** False when the citizen must go elsewhere (e.g. residence → ward police). */
  handledAtCenter: z.boolean(),
  whereToGo: z.string().nullable(),
  channels: z.array(Channel),
  processingTime: ProcessingTime,
  feeText: z.string().nullable(),
  fees: z.array(Fee),
  documents: z.array(RequiredDocument),
  result: z.string().nullable(),
  legalBasis: z.array(z.string()),
  steps: z.array(z.string()),
  synonyms: z.array(z.string()),
  rules: z.string().nullable(),
  notes: z.string().nullable(),
  clockRules: ClockRules,
  fullySourced: z.boolean(),
  unverified: z.array(UnverifiedValue),
  reviewReasons: z.array(ReviewReason),
  version: z.number().int(),
  updatedAt: z.string(),
  updatedBy: z.string().nullable(),
});
export type Procedure = z.infer<typeof Procedure>;

/** What a citizen may see: no unverified values, no review bookkeeping. */
export const PublicProcedure = Procedure.omit({
  unverified: true,
  reviewReasons: true,
  updatedBy: true,
  fullySourced: true,
});
export type PublicProcedure = z.infer<typeof PublicProcedure>;

export const ProcedureSummary = z.object({
  id: z.string(),
  code: z.string().nullable(),
  nameVi: z.string(),
  nameEn: z.string().nullable(),
  field: z.string(),
  level: ProcedureLevel,
  handledAtCenter: z.boolean(),
  duration: Duration,
  reviewReasons: z.array(ReviewReason),
  version: z.number().int(),
});
export type ProcedureSummary = z.infer<typeof ProcedureSummary>;

export const ProcedureListQuery = z.object({
  field: z.string().min(1).optional(),
  level: ProcedureLevel.optional(),
  /** true: no unverified values left; false: some remain. */
  verified: z.boolean().optional(),
  needsReview: z.boolean().optional(),
  limit: z.number().int().min(1).max(500).default(200),
  offset: z.number().int().min(0).default(0),
});
export type ProcedureListQuery = z.input<typeof ProcedureListQuery>;

export const ProcedureUpdate = z
  .object({
    version: z.number().int().min(1),
    nameEn: z.string().min(1).nullable().optional(),
    synonyms: z.array(z.string().min(1)).optional(),
    channels: z.array(Channel).min(1).optional(),
    processingTime: z.object({ text: z.string().nullable(), duration: Duration }).optional(),
    feeText: z.string().nullable().optional(),
    fees: z.array(Fee).optional(),
    documents: z.array(RequiredDocument).optional(),
    result: z.string().nullable().optional(),
    clockRules: ClockRules.optional(),
  })
  .strict();
export type ProcedureUpdate = z.input<typeof ProcedureUpdate>;

export const VerifyFieldsInput = z
  .object({
    version: z.number().int().min(1),
    fields: z.array(VerifiableField).min(1),
    /** accept: the unverified value becomes the published one; reject: it is discarded. */
    decision: z.enum(['accept', 'reject']),
  })
  .strict();
export type VerifyFieldsInput = z.input<typeof VerifyFieldsInput>;

export const ReviewItem = z.object({
  id: z.string(),
  code: z.string().nullable(),
  nameVi: z.string(),
  reasons: z.array(ReviewReason),
  unverifiedFields: z.array(VerifiableField),
  processingTimeText: z.string().nullable(),
  version: z.number().int(),
});
export type ReviewItem = z.infer<typeof ReviewItem>;

export const NationalEntry = z.object({
  code: z.string(),
  name: z.string(),
  field: z.string(),
  handlingBodies: z.array(z.string()),
  level: ProcedureLevel,
  promulgatingBody: z.string().nullable(),
  type: z.string(),
});
export type NationalEntry = z.infer<typeof NationalEntry>;

export const SearchHit = z.object({
  kind: z.enum(['curated', 'national']),
  /** Curated procedure id, or the national code for national entries. */
  id: z.string(),
  code: z.string().nullable(),
  nameVi: z.string(),
  nameEn: z.string().nullable(),
  field: z.string(),
  level: ProcedureLevel,
  handlingBody: z.string(),
  handledAtCenter: z.boolean(),
  score: z.number(),
});
export type SearchHit = z.infer<typeof SearchHit>;

export const SearchQuery = z.object({
  q: z.string().trim().min(1).max(200),
  limit: z.number().int().min(1).max(100).default(20),
  scope: z.enum(['all', 'curated', 'national']).default('all'),
});
export type SearchQuery = z.input<typeof SearchQuery>;

export const ImportSummary = z.object({
  skipped: z.boolean(),
  checksum: z.string(),
  procedures: z.object({ inserted: z.number(), updated: z.number(), unchanged: z.number(), keptEdited: z.number() }),
  national: z.object({ inserted: z.number(), updated: z.number(), unchanged: z.number(), deleted: z.number() }),
  timeFlagged: z.number(),
  ms: z.number(),
});
export type ImportSummary = z.infer<typeof ImportSummary>;

/** A required document as dossier intake ticks it (`GET /api/catalog/procedures/{code}` → `requiredDocuments`). */
export const RequiredDocumentRef = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(['original', 'certified', 'copy']),
  count: z.number().int(),
  required: z.boolean(),
  condition: z.string().nullable(),
});
export type RequiredDocumentRef = z.infer<typeof RequiredDocumentRef>;

export const ProcedureDetail = Procedure.extend({ requiredDocuments: z.array(RequiredDocumentRef) });
export type ProcedureDetail = z.infer<typeof ProcedureDetail>;

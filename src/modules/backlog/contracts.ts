/**
 * Backlog contracts shared by the API, the CLI and the web app: zod schemas, a schema and its type share one
 * name. Legal dates are YYYY-MM-DD, instants ISO 8601. Personal data (ID number, phone) is masked in lists.
 */
import { z } from 'zod';
import { PlainDateString } from '../calendar/contracts.ts';

const Text = (max: number) => z.string().trim().min(1).max(max);

/** What a column of an imported file can hold. */
export const ItemField = z.enum([
  'originalCode',
  'receiptNumber',
  'procedureCode',
  'procedureName',
  'field',
  'applicantName',
  'idNumber',
  'phone',
  'address',
  'receivedOn',
  'dueOn',
  'legacyStatus',
  'officer',
  'missingDocuments',
  'notes',
]);
export type ItemField = z.infer<typeof ItemField>;
export const ColumnTarget = z.union([ItemField, z.enum(['extra', 'ignore'])]);
export type ColumnTarget = z.infer<typeof ColumnTarget>;

export const ColumnMapping = z.object({
  index: z.number().int().min(0),
  header: z.string(),
  target: ColumnTarget,
  /** False when nobody confirmed an unknown header yet (it defaults to `extra`). */
  known: z.boolean(),
});
export type ColumnMapping = z.infer<typeof ColumnMapping>;

export const LegacyEncoding = z.enum(['unicode', 'nfd', 'tcvn3', 'vni', 'viscii', 'cp1258', 'utf8-mojibake']);
export type LegacyEncoding = z.infer<typeof LegacyEncoding>;
export const ColumnEncoding = z.object({
  header: z.string(),
  encoding: LegacyEncoding,
  example: z.object({ before: z.string(), after: z.string() }).nullable(),
});
export type ColumnEncoding = z.infer<typeof ColumnEncoding>;

export const ImportStatus = z.enum(['awaiting_confirmation', 'importing', 'committed', 'failed']);
export type ImportStatus = z.infer<typeof ImportStatus>;

/** The first look at an uploaded file: proposed mapping, unknown headers, encodings with before/after. */
export const ImportPreview = z.object({
  importId: z.uuid(),
  sourceUnit: z.string(),
  fileName: z.string(),
  format: z.enum(['xlsx', 'csv']),
  headerRow: z.number().int().min(1),
  headers: z.array(z.string()),
  mapping: z.array(ColumnMapping),
  unknownHeaders: z.array(z.string()),
  missingRequired: z.array(ItemField),
  encodings: z.array(ColumnEncoding),
  /** Up to 5 data rows after conversion, keyed by header. */
  sample: z.array(z.record(z.string(), z.string())),
  status: ImportStatus,
});
export type ImportPreview = z.infer<typeof ImportPreview>;

/** Confirms the mapping (header → field, `extra` or `ignore`) and starts the import. */
export const ImportConfirm = z.strictObject({
  mapping: z.record(z.string(), ColumnTarget).default({}),
});
export type ImportConfirm = z.input<typeof ImportConfirm>;

export const ImportSummary = z.object({
  importId: z.uuid(),
  sourceUnit: z.string(),
  fileName: z.string(),
  /** `unchanged`: the same file from the same source was imported before; nothing changed. */
  outcome: z.enum(['imported', 'unchanged']),
  rowsRead: z.number().int(),
  inserted: z.number().int(),
  /** Rows whose (source, original code) is already in the backlog: kept as they were. */
  alreadyPresent: z.number().int(),
  rejected: z.number().int(),
  /** XLSX of the rejected rows with the reason per cell (download via GET /api/files/:id). */
  rejectsFileId: z.uuid().nullable(),
  likelyDuplicates: z.number().int(),
  encodings: z.array(ColumnEncoding),
  ms: z.number(),
});
export type ImportSummary = z.infer<typeof ImportSummary>;

export const ImportProgress = z.object({
  importId: z.uuid(),
  phase: z.enum(['reading', 'committing', 'done', 'failed']),
  /** 0–1, from the bytes read. */
  fraction: z.number().min(0).max(1),
  rowsRead: z.number().int(),
  error: z.object({ code: z.string(), message: z.string(), messageVi: z.string() }).nullable(),
});
export type ImportProgress = z.infer<typeof ImportProgress>;

export const ImportRecord = z.object({
  importId: z.uuid(),
  sourceUnit: z.string(),
  fileName: z.string(),
  status: ImportStatus,
  summary: ImportSummary.nullable(),
  createdAt: z.iso.datetime({ offset: true }),
  createdBy: z.string(),
});
export type ImportRecord = z.infer<typeof ImportRecord>;

export const Competence = z.enum(['ward', 'other', 'unknown']);
export type Competence = z.infer<typeof Competence>;
export const Complexity = z.enum(['simple', 'medium', 'complex', 'very_complex']);
export type Complexity = z.infer<typeof Complexity>;
export const ItemStatus = z.enum(['open', 'in_progress', 'done', 'transferred', 'cancelled']);
export type ItemStatus = z.infer<typeof ItemStatus>;
export const MatchMethod = z.enum(['code', 'name', 'manual', 'none']);
export type MatchMethod = z.infer<typeof MatchMethod>;
export const OverridableAttribute = z.enum(['procedure', 'competence', 'field', 'complexity', 'effortHours']);
export type OverridableAttribute = z.infer<typeof OverridableAttribute>;

export const BacklogItem = z.object({
  id: z.uuid(),
  sourceUnit: z.string(),
  originalCode: z.string(),
  receiptNumber: z.string().nullable(),
  procedureNameRaw: z.string().nullable(),
  procedureCode: z.string().nullable(),
  procedureName: z.string().nullable(),
  matchMethod: MatchMethod,
  /** 0–1; below 0.8 the match is on the review list. */
  matchConfidence: z.number().min(0).max(1),
  needsReview: z.boolean(),
  competence: Competence,
  receivingBody: z.string().nullable(),
  field: z.string(),
  complexity: Complexity,
  complexityScore: z.number(),
  effortHours: z.number(),
  missingDocuments: z.boolean(),
  siteVerification: z.boolean(),
  multiAgency: z.boolean(),
  receivedOn: PlainDateString,
  originalDue: PlainDateString.nullable(),
  /** Calendar days since receipt, as of today. */
  ageDays: z.number().int(),
  /** Working days past the original appointment (0 when not late or no appointment). */
  lateWorkingDays: z.number().int(),
  legacyStatus: z.string().nullable(),
  legacyOfficer: z.string().nullable(),
  applicantName: z.string().nullable(),
  applicantIdMasked: z.string().nullable(),
  applicantPhoneMasked: z.string().nullable(),
  status: ItemStatus,
  assignedStaffId: z.uuid().nullable(),
  dossierCode: z.string().nullable(),
  overridden: z.array(OverridableAttribute),
  version: z.number().int(),
});
export type BacklogItem = z.infer<typeof BacklogItem>;

export const ItemListQuery = z.strictObject({
  status: ItemStatus.optional(),
  competence: Competence.optional(),
  field: z.string().max(200).optional(),
  sourceUnit: z.string().max(200).optional(),
  needsReview: z.enum(['true', 'false']).optional(),
  complexity: Complexity.optional(),
  /** Past the original appointment (open or in progress). */
  late: z.enum(['true', 'false']).optional(),
  assignedStaffId: z.uuid().optional(),
  q: z.string().trim().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});
export type ItemListQuery = z.input<typeof ItemListQuery>;
export const ItemPage = z.object({ total: z.number().int(), items: z.array(BacklogItem) });
export type ItemPage = z.infer<typeof ItemPage>;

/** The values the triage filters offer, with how many items carry each (managers' view: every item). */
export const FacetValue = z.object({ value: z.string(), count: z.number().int() });
export const ItemFacets = z.object({ sources: z.array(FacetValue), fields: z.array(FacetValue) });
export type ItemFacets = z.infer<typeof ItemFacets>;

const Reason = Text(1000);
/** An officer's correction of a classification; the reason is logged with the old and new value. */
export const ItemOverride = z.discriminatedUnion('attribute', [
  z.strictObject({ attribute: z.literal('procedure'), procedureCode: Text(50), reason: Reason, version: z.number() }),
  z.strictObject({
    attribute: z.literal('competence'),
    competence: Competence,
    receivingBody: z.string().trim().max(300).nullable().optional(),
    reason: Reason,
    version: z.number(),
  }),
  z.strictObject({ attribute: z.literal('field'), field: Text(200), reason: Reason, version: z.number() }),
  z.strictObject({ attribute: z.literal('complexity'), complexity: Complexity, reason: Reason, version: z.number() }),
  z.strictObject({
    attribute: z.literal('effortHours'),
    effortHours: z.number().positive().max(400),
    reason: Reason,
    version: z.number(),
  }),
]);
export type ItemOverride = z.infer<typeof ItemOverride>;

export const OverrideEntry = z.object({
  attribute: OverridableAttribute,
  oldValue: z.unknown(),
  newValue: z.unknown(),
  reason: z.string(),
  actorName: z.string(),
  at: z.iso.datetime({ offset: true }),
});
export type OverrideEntry = z.infer<typeof OverrideEntry>;

export const DuplicateFlag = z.object({
  id: z.uuid(),
  a: BacklogItem,
  b: BacklogItem,
  reason: z.string(),
  status: z.enum(['pending', 'same', 'different']),
});
export type DuplicateFlag = z.infer<typeof DuplicateFlag>;
export const DuplicateDecision = z.strictObject({ decision: z.enum(['same', 'different']), note: Reason.optional() });
export type DuplicateDecision = z.infer<typeof DuplicateDecision>;

export const TransferGroup = z.object({
  receivingBody: z.string(),
  count: z.number().int(),
  items: z.array(
    z.object({
      id: z.uuid(),
      originalCode: z.string(),
      procedureName: z.string().nullable(),
      applicantName: z.string().nullable(),
      receivedOn: PlainDateString,
    }),
  ),
});
export type TransferGroup = z.infer<typeof TransferGroup>;

/** Complexity rules: score = field weight + flags + age; thresholds give the level, the level gives effort. */
export const TriageSettings = z.strictObject({
  fieldWeights: z.record(z.string(), z.number().min(0).max(10)),
  defaultFieldWeight: z.number().min(0).max(10),
  missingDocuments: z.number().min(0).max(10),
  siteVerification: z.number().min(0).max(10),
  multiAgency: z.number().min(0).max(10),
  /** Points per 90 days of age, at most `ageCap`. */
  agePer90Days: z.number().min(0).max(10),
  ageCap: z.number().min(0).max(10),
  thresholds: z.strictObject({ medium: z.number(), complex: z.number(), veryComplex: z.number() }),
  effortHours: z.strictObject({
    simple: z.number().positive().max(400),
    medium: z.number().positive().max(400),
    complex: z.number().positive().max(400),
    very_complex: z.number().positive().max(400),
  }),
});
export type TriageSettings = z.infer<typeof TriageSettings>;

export const StaffCapacity = z.strictObject({
  staffId: z.uuid(),
  name: z.string().trim().max(200).optional(),
  fields: z.array(Text(200)).min(1).max(50),
  hoursPerDay: z.number().min(0).max(12),
});
export type StaffCapacity = z.infer<typeof StaffCapacity>;

export const Milestone = z.strictObject({ date: PlainDateString, share: z.number().gt(0).max(1) });
export type Milestone = z.infer<typeof Milestone>;

export const PlanPriority = z.enum(['oldest-first', 'simplest-first']);
export type PlanPriority = z.infer<typeof PlanPriority>;
export const PlanRequest = z.strictObject({
  start: PlainDateString.optional(),
  horizonEnd: PlainDateString.optional(),
  priority: PlanPriority.default('oldest-first'),
});
export type PlanRequest = z.input<typeof PlanRequest>;

export const PlannedMilestone = z.object({ date: PlainDateString, target: z.number().int(), planned: z.number() });
/** What `motcua backlog plan --json` prints, and the body of a plan. */
export const PlanOutput = z.object({
  feasible: z.boolean(),
  assignments: z.array(z.object({ dossier: z.string(), staff: z.string(), day: PlainDateString })),
  milestones: z.array(PlannedMilestone),
  /** Extra officer-hours needed per field to meet every milestone (empty when feasible). */
  shortfallHours: z.record(z.string(), z.number()),
  objective: z.number(),
  method: z.enum(['lp', 'heuristic']),
  /** LP upper bound of items done by each milestone date. */
  bounds: z.array(z.object({ date: PlainDateString, items: z.number() })),
  fixes: z.object({
    /** Extra hours per working day, per field, from the start date, that would meet every milestone. */
    extraHoursPerDay: z.record(z.string(), z.number()),
    /** For each missed milestone, the earliest date the current staff could reach its target (null: never). */
    laterDates: z.array(z.object({ date: PlainDateString, earliest: PlainDateString.nullable() })),
  }),
  unscheduled: z.array(z.string()),
  ms: z.number(),
});
export type PlanOutput = z.infer<typeof PlanOutput>;

export const BacklogPlan = z.object({
  id: z.uuid(),
  createdAt: z.iso.datetime({ offset: true }),
  createdBy: z.string(),
  start: PlainDateString,
  horizonEnd: PlainDateString,
  priority: PlanPriority,
  active: z.boolean(),
  /** Items already done when the plan was made (kept fixed). */
  fixedDone: z.number().int(),
  result: PlanOutput.omit({ assignments: true }),
});
export type BacklogPlan = z.infer<typeof BacklogPlan>;

export const PlanAssignment = z.object({
  itemId: z.uuid(),
  originalCode: z.string(),
  staffId: z.string(),
  day: PlainDateString,
  startDay: PlainDateString,
  effortHours: z.number(),
  field: z.string(),
});
export type PlanAssignment = z.infer<typeof PlanAssignment>;

export const BurndownGroupBy = z.enum(['total', 'source', 'field', 'officer']);
export type BurndownGroupBy = z.infer<typeof BurndownGroupBy>;
export const BurndownQuery = z.strictObject({
  groupBy: BurndownGroupBy.default('total'),
  from: PlainDateString.optional(),
  to: PlainDateString.optional(),
});
export type BurndownQuery = z.input<typeof BurndownQuery>;
export const Burndown = z.object({
  groupBy: BurndownGroupBy,
  /** Remaining competent items at the end of each week (Sunday), per group. */
  series: z.array(
    z.object({ group: z.string(), points: z.array(z.object({ date: PlainDateString, remaining: z.number() })) }),
  ),
  /** Where the active plan's milestones put the remaining count (total only). */
  milestones: z.array(z.object({ date: PlainDateString, share: z.number(), targetRemaining: z.number() })),
  weekly: z.array(
    z.object({ weekStart: PlainDateString, closed: z.number(), discovered: z.number(), netReduction: z.number() }),
  ),
  forecast: z.object({
    remaining: z.number(),
    throughputPerWeek: z.object({ mean: z.number(), sd: z.number(), weeks: z.number() }),
    expected: PlainDateString.nullable(),
    optimistic: PlainDateString.nullable(),
    pessimistic: PlainDateString.nullable(),
  }),
});
export type Burndown = z.infer<typeof Burndown>;

export const StartWork = z.strictObject({ staffId: z.uuid().optional(), version: z.number().int() });
export type StartWork = z.infer<typeof StartWork>;
export const CloseItem = z.strictObject({
  outcome: z.enum(['done', 'cancelled', 'transferred']),
  note: z.string().trim().max(1000).optional(),
  version: z.number().int(),
});
export type CloseItem = z.infer<typeof CloseItem>;
export const ItemIdParam = z.strictObject({ id: z.uuid() });

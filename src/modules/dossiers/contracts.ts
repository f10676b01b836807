/**
 * Dossier contracts: zod schemas and their types, shared by the API and the web app (a schema and its type
 * share one name). Instants are ISO 8601 with the +07:00 offset; legal dates are YYYY-MM-DD.
 */
import { z } from 'zod';

/** Status derived from the action log; every status maps to a national portal code 1–10 (DOMAIN.md §2). */
export const DossierStatus = z.enum([
  'submitted',
  'received',
  'not-accepted',
  'supplement-requested',
  'in-progress',
  'consultation',
  'awaiting-approval',
  'approved',
  'signed',
  'rejected',
  'result-ready',
  'returned',
  'withdrawn',
  'stopped',
]);
export type DossierStatus = z.infer<typeof DossierStatus>;

/** Actions a person can take (POST /api/dossiers/{code}/actions). `submit` only starts the log. */
export const ActionType = z.enum([
  'receive',
  'request-supplement',
  'supplement-received',
  'refuse',
  'transfer',
  'assign',
  'request-consultation',
  'consultation-received',
  'submit-for-approval',
  'return-for-rework',
  'approve',
  'reject-after-appraisal',
  'sign-and-number',
  'result-ready',
  'return-result',
  'withdraw',
  'stop',
  'apologize-and-reschedule',
]);
export type ActionType = z.infer<typeof ActionType>;
export const LogType = z.enum(['submit', ...ActionType.options]);
export type LogType = z.infer<typeof LogType>;

export const IntakeChannel = z.enum(['counter', 'online', 'post', 'field']);
export type IntakeChannel = z.infer<typeof IntakeChannel>;
export const ReturnMethod = z.enum(['counter', 'online', 'post']);
export type ReturnMethod = z.infer<typeof ReturnMethod>;
export const DocumentKind = z.enum(['original', 'certified', 'copy']);
export type DocumentKind = z.infer<typeof DocumentKind>;
export const FormNumber = z.enum(['01', '02', '03', '04', '05', '06']);
export type FormNumber = z.infer<typeof FormNumber>;

const Text = (max: number) => z.string().trim().min(1).max(max);
const PlainDateText = z.iso.date();
/** Căn cước / số định danh cá nhân: exactly 12 digits. */
export const IdNumber = z
  .string()
  .trim()
  .regex(/^\d{12}$/, 'số định danh: 12 chữ số / personal ID: 12 digits');
/** A Vietnamese mobile number: 0912 345 678, +84 912 345 678…; stored as 0912345678. */
export const MobilePhone = z
  .string()
  .trim()
  .max(20)
  .transform((s) => s.replace(/[\s.()-]/g, ''))
  .pipe(z.string().regex(/^(?:\+?84|0)[35789]\d{8}$/, 'số di động Việt Nam / Vietnamese mobile number'))
  .transform((s) => `0${s.replace(/^(\+?84|0)/, '')}`);

export const Applicant = z.strictObject({
  fullName: Text(200),
  idNumber: IdNumber,
  phone: MobilePhone,
  email: z.email().max(320).optional(),
  address: Text(500),
});
export type Applicant = z.infer<typeof Applicant>;

export const ProxyPerson = z.strictObject({
  fullName: Text(200),
  idNumber: IdNumber,
  phone: MobilePhone.optional(),
  relation: Text(200).optional(),
});
export type ProxyPerson = z.infer<typeof ProxyPerson>;

export const DocumentInput = z.strictObject({
  /** Checklist id from the catalog (doc-1, doc-2…); absent for an extra document. */
  documentId: z
    .string()
    .regex(/^doc-\d{1,3}$/)
    .optional(),
  name: Text(500),
  kind: DocumentKind,
  count: z.number().int().min(1).max(100),
  /** An uploaded or scanned file (POST /api/files). */
  fileId: z.uuid().optional(),
});
export type DocumentInput = z.infer<typeof DocumentInput>;

const Reasons = z.array(Text(500)).min(1).max(30);

export const IntakeRequest = z.strictObject({
  procedureCode: Text(100),
  channel: IntakeChannel,
  applicant: Applicant,
  proxy: ProxyPerson.optional(),
  documents: z.array(DocumentInput).max(60).default([]),
  ticketId: z.uuid().optional(),
  /** receive (default): complete; submit: register only (online, to be received by an officer). */
  outcome: z.enum(['receive', 'request-supplement', 'refuse', 'submit']).default('receive'),
  /** request-supplement: the complete list of what is missing. */
  missing: z.array(Text(500)).min(1).max(30).optional(),
  /** request-supplement and refuse: why. */
  reason: Text(1000).optional(),
  /** refuse: the specific reasons. */
  reasons: Reasons.optional(),
});
export type IntakeRequest = z.input<typeof IntakeRequest>;

export const IntakeResult = z.object({
  code: z.string(),
  status: DossierStatus,
  statusCode: z.number().int().min(1).max(10),
  appointmentAt: z.string().nullable(),
  /** Printed on the receipt and sent by SMS/email; never shown again (stored hashed). */
  lookupSecret: z.string(),
  version: z.number().int(),
});
export type IntakeResult = z.infer<typeof IntakeResult>;

const V = { version: z.number().int().min(1).optional(), note: Text(1000).optional() };
/** The body of POST /api/dossiers/{code}/actions; `version` (or If-Match) is required. */
export const ActionRequest = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('receive'), ...V }),
  z.strictObject({
    type: z.literal('request-supplement'),
    ...V,
    missing: z.array(Text(500)).min(1).max(30),
    reason: Text(1000),
    /** A second request is legal only as an exception and counts the dossier as late (766). */
    exceptional: z.boolean().optional(),
  }),
  z.strictObject({ type: z.literal('supplement-received'), ...V }),
  z.strictObject({ type: z.literal('refuse'), ...V, reasons: Reasons }),
  z.strictObject({ type: z.literal('transfer'), ...V, departmentId: z.uuid() }),
  z.strictObject({ type: z.literal('assign'), ...V, assigneeId: z.uuid() }),
  z.strictObject({
    type: z.literal('request-consultation'),
    ...V,
    bodies: z.array(Text(300)).min(1).max(20),
    replyBy: PlainDateText.optional(),
  }),
  z.strictObject({ type: z.literal('consultation-received'), ...V }),
  z.strictObject({ type: z.literal('submit-for-approval'), ...V }),
  z.strictObject({ type: z.literal('return-for-rework'), ...V, reason: Text(1000) }),
  z.strictObject({ type: z.literal('approve'), ...V }),
  z.strictObject({ type: z.literal('reject-after-appraisal'), ...V, reasons: Reasons }),
  z.strictObject({ type: z.literal('sign-and-number'), ...V, resultNumber: Text(100) }),
  z.strictObject({ type: z.literal('result-ready'), ...V }),
  z.strictObject({ type: z.literal('return-result'), ...V, method: ReturnMethod }),
  z.strictObject({ type: z.literal('withdraw'), ...V, reason: Text(1000) }),
  z.strictObject({ type: z.literal('stop'), ...V, reason: Text(1000) }),
  z.strictObject({
    type: z.literal('apologize-and-reschedule'),
    ...V,
    reason: Text(1000),
    /** The new appointment date (result at closing time that day). */
    newDate: PlainDateText,
  }),
]);
export type ActionRequest = z.infer<typeof ActionRequest>;

export const LocalizedText = z.object({ vi: z.string(), en: z.string() });
export const Remaining = z.object({
  overdue: z.boolean(),
  totalMinutes: z.number().int(),
  /** "còn 1 ngày 3 giờ" / "quá hạn 2 giờ". */
  vi: z.string(),
  en: z.string(),
  paused: z.boolean(),
});
export type Remaining = z.infer<typeof Remaining>;

export const StepDeadline = z.object({
  step: z.enum(['receive', 'assign', 'appraise', 'approve', 'sign', 'return']),
  due: z.string(),
});
export type StepDeadline = z.infer<typeof StepDeadline>;

export const ActionEntry = z.object({
  seq: z.number().int(),
  type: LogType,
  label: LocalizedText,
  at: z.string(),
  actorName: z.string(),
  fromStatus: DossierStatus.nullable(),
  toStatus: DossierStatus,
  details: z.record(z.string(), z.unknown()),
});
export type ActionEntry = z.infer<typeof ActionEntry>;

export const DossierDocument = z.object({
  position: z.number().int(),
  documentId: z.string().nullable(),
  name: z.string(),
  kind: DocumentKind,
  count: z.number().int(),
  fileId: z.string().nullable(),
  /** The attached file as stored (name, size, SHA-256 checked on every download); null without one. */
  file: z
    .object({ id: z.string(), name: z.string(), size: z.number().int(), sha256: z.string(), mediaType: z.string() })
    .nullable(),
  scanned: z.boolean(),
});
export type DossierDocument = z.infer<typeof DossierDocument>;

export const DossierSummary = z.object({
  code: z.string(),
  status: DossierStatus,
  statusCode: z.number().int(),
  statusLabel: LocalizedText,
  procedureName: z.string(),
  /** From the catalog; null where it has no English name (show the Vietnamese one). Also departmentNameEn. */
  procedureNameEn: z.string().nullable(),
  channel: IntakeChannel,
  applicantName: z.string(),
  /** Masked: ********1234 / 0912***678. */
  applicantIdNumber: z.string(),
  applicantPhone: z.string(),
  registeredAt: z.string(),
  receivedAt: z.string().nullable(),
  appointmentAt: z.string().nullable(),
  remaining: Remaining.nullable(),
  assigneeName: z.string().nullable(),
  departmentName: z.string().nullable(),
  departmentNameEn: z.string().nullable(),
  late: z.boolean(),
  version: z.number().int(),
});
export type DossierSummary = z.infer<typeof DossierSummary>;

export const DossierDetail = DossierSummary.extend({
  procedure: z.object({ id: z.string(), code: z.string().nullable(), name: z.string() }),
  ticketId: z.string().nullable(),
  /** Predecessor unit of a dossier inherited through the backlog (it keeps that unit's code); null otherwise. */
  sourceUnit: z.string().nullable(),
  applicant: z.object({
    fullName: z.string(),
    idNumber: z.string(),
    phone: z.string(),
    email: z.string().nullable(),
    address: z.string(),
  }),
  proxy: ProxyPerson.nullable(),
  documents: z.array(DossierDocument),
  statutoryDueAt: z.string().nullable(),
  stepDeadlines: z.array(StepDeadline),
  departmentId: z.string().nullable(),
  assigneeId: z.string().nullable(),
  supplementCount: z.number().int(),
  rescheduled: z.boolean(),
  finishedAt: z.string().nullable(),
  returnedAt: z.string().nullable(),
  returnMethod: ReturnMethod.nullable(),
  resultNumber: z.string().nullable(),
  /** Actions the caller may take now (status, role and assignment checked). */
  allowedActions: z.array(ActionType),
  actions: z.array(ActionEntry),
  /** Forms that apply to this dossier now (GET …/forms/{form}.pdf). */
  forms: z.array(FormNumber),
});
export type DossierDetail = z.infer<typeof DossierDetail>;

export const WorkQueue = z.enum([
  'to-receive',
  'to-assign',
  'mine',
  'to-approve',
  'to-sign',
  'to-return',
  'due-soon',
  'late',
]);
export type WorkQueue = z.infer<typeof WorkQueue>;

export const DossierListQuery = z.strictObject({
  status: DossierStatus.optional(),
  late: z.enum(['true', 'false']).optional(),
  /** A staff id, or "me". */
  assignee: z.union([z.uuid(), z.literal('me')]).optional(),
  procedure: Text(100).optional(),
  /** Registered on or after / on or before (Vietnam dates). */
  from: PlainDateText.optional(),
  to: PlainDateText.optional(),
  queue: WorkQueue.optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type DossierListQuery = z.input<typeof DossierListQuery>;

export const DossierPage = z.object({
  items: z.array(DossierSummary),
  page: z.number().int(),
  pageSize: z.number().int(),
  total: z.number().int(),
});
export type DossierPage = z.infer<typeof DossierPage>;

export const QueueCounts = z.record(WorkQueue, z.number().int());
export type QueueCounts = z.infer<typeof QueueCounts>;

export const DossierAlert = z.object({
  code: z.string(),
  kind: z.enum(['due-soon', 'late']),
  dueAt: z.string(),
  createdAt: z.string(),
});
export type DossierAlert = z.infer<typeof DossierAlert>;

export const AttachRequest = z.strictObject({
  position: z.number().int().min(1).max(60),
  fileId: z.uuid(),
  version: z.number().int().min(1).optional(),
});
export type AttachRequest = z.infer<typeof AttachRequest>;

export const PublicStatus = z.object({
  code: z.string(),
  procedureName: z.string(),
  procedureNameEn: z.string().nullable(),
  status: DossierStatus,
  statusCode: z.number().int(),
  statusLabel: LocalizedText,
  /** Initials only, e.g. "N.V.A.". */
  applicantInitials: z.string(),
  receivedAt: z.string().nullable(),
  appointmentAt: z.string().nullable(),
  remaining: Remaining.nullable(),
  steps: z.array(z.object({ label: LocalizedText, at: z.string() })),
});
export type PublicStatus = z.infer<typeof PublicStatus>;

/** A dossier code: `<agency e-ID>-<YYMMDD>-<seq>`, or an inherited code kept from a predecessor unit (URL-safe). */
export const CodeParam = z.strictObject({ code: z.string().regex(/^[0-9A-Za-z._-]{1,60}$/) });
export const FormParam = z.strictObject({
  code: CodeParam.shape.code,
  form: z.string().regex(/^0[1-6]\.pdf$/),
});
export const FormQuery = z.strictObject({ secret: z.string().min(1).max(64).optional() });
const SecretText = z.string().min(1).max(64);
/** `?mk=` (the spec's name, used in printed and sent links) or `?secret=` (kept for links already out). */
export const LookupQuery = z
  .strictObject({ mk: SecretText.optional(), secret: SecretText.optional() })
  .refine((q) => (q.mk ?? q.secret) !== undefined, { message: 'mk (or secret) is required', path: ['mk'] });
export const RegisterQuery = z.strictObject({ from: PlainDateText, to: PlainDateText });

export const OnTimeIndicator = z.object({
  from: z.string(),
  to: z.string(),
  total: z.number().int(),
  onTime: z.number().int(),
  late: z.number().int(),
  /** onTime / total in percent, 100 when there is nothing to count. */
  percent: z.number(),
});
export type OnTimeIndicator = z.infer<typeof OnTimeIndicator>;

const Nullable = z.string().nullable();
/** Citizen portal (no login): a procedure offered online, with its checklist (one upload per document). */
export const PortalProcedure = z.object({
  code: z.string(),
  nameVi: z.string(),
  nameEn: z.string().nullable(),
  field: z.string(),
  processingTime: z.string().nullable(),
  fee: z.string().nullable(),
  documents: z.array(z.object({ id: z.string(), name: z.string(), required: z.boolean(), condition: Nullable })),
});
export type PortalProcedure = z.infer<typeof PortalProcedure>;
export const PortalProcedureHit = PortalProcedure.pick({ code: true, nameVi: true, nameEn: true, field: true });
export type PortalProcedureHit = z.infer<typeof PortalProcedureHit>;
export const PortalSearchQuery = z.strictObject({ q: z.string().trim().max(200).optional() });
/** POST /api/public/wards/{wardCode}/dossiers (header Idempotency-Key): files first via …/files. */
export const OnlineSubmission = z.strictObject({
  procedureCode: Text(100),
  applicant: Applicant,
  proxy: ProxyPerson.optional(),
  documents: z
    .array(z.strictObject({ documentId: DocumentInput.shape.documentId, name: Text(500), fileId: z.uuid() }))
    .min(1)
    .max(30),
});
export type OnlineSubmission = z.input<typeof OnlineSubmission>;

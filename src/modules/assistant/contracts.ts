/**
 * Assistant contracts: zod schemas and their types, shared by the server, the CLI and the web app.
 * A schema and its type share one name. No server code here.
 */
import { z } from 'zod';

export const AssistantLang = z.enum(['vi', 'en']);
export type AssistantLang = z.infer<typeof AssistantLang>;

/** Who asked: a kiosk or robot device, the public web (portal, phone), a signed-in officer, or the CLI. */
export const AskChannel = z.enum(['kiosk', 'robot', 'web', 'staff', 'cli']);
export type AskChannel = z.infer<typeof AskChannel>;

export const AnswerKind = z.enum(['answer', 'clarify', 'unknown', 'empty', 'small_talk', 'other_script']);
export type AnswerKind = z.infer<typeof AnswerKind>;

/** Questions may be long stories; anything longer than this is refused as bad input (400). */
export const MAX_QUESTION_CHARS = 20_000;

export const AskRequest = z.strictObject({
  question: z.string().max(MAX_QUESTION_CHARS),
  /** Answer language; detected from the question when absent. */
  lang: AssistantLang.optional(),
  /** Ward code for public callers; devices and staff always ask in their own ward. */
  ward: z.string().max(63).optional(),
});
export type AskRequest = z.input<typeof AskRequest>;

export const AnswerGroup = z.object({ letter: z.string(), name: z.string(), nameEn: z.string(), zone: z.string() });
export type AnswerGroup = z.infer<typeof AnswerGroup>;

export const RankedAnswer = z.object({
  /** National procedure code, or the curated id for procedures without one. */
  code: z.string(),
  name: z.string(),
  score: z.number(),
  /** True when this ward's center receives the dossier. */
  handledHere: z.boolean(),
  /** The counter group that serves it here, when the ward maps its field to one. */
  group: AnswerGroup.optional(),
});
export type RankedAnswer = z.infer<typeof RankedAnswer>;

export const CardDocument = z.object({
  name: z.string(),
  originals: z.number().int().nullable(),
  copies: z.number().int().nullable(),
  required: z.boolean(),
  condition: z.string().nullable(),
});
export type CardDocument = z.infer<typeof CardDocument>;

/** Everything on it comes from the catalog's citizen view (never unverified values). Plain text only. */
export const AnswerCard = z.object({
  code: z.string(),
  name: z.string(),
  nameVi: z.string(),
  field: z.string(),
  source: z.enum(['curated', 'national']),
  handledHere: z.boolean(),
  where: z.object({ text: z.string(), group: AnswerGroup.nullable(), body: z.string().nullable() }),
  documents: z.array(CardDocument),
  /** Why the list is empty, or that names are given in Vietnamese as published. */
  documentsNote: z.string().nullable(),
  fee: z.string().nullable(),
  processingTime: z.string().nullable(),
  online: z.boolean(),
  result: z.string().nullable(),
  /** "Lấy số thứ tự" is offered: handled here and a counter group serves it. */
  canTakeTicket: z.boolean(),
});
export type AnswerCard = z.infer<typeof AnswerCard>;

export const AskResponse = z.object({
  /** Id of the logged question (for 👍/👎); null when nothing was logged (CLI without a ward). */
  questionId: z.uuid().nullable(),
  lang: AssistantLang,
  confident: z.boolean(),
  kind: AnswerKind,
  answers: z.array(RankedAnswer),
  card: AnswerCard.nullable(),
  /** What to show above the card: an introduction, a clarifying question or a polite fallback. */
  message: z.string(),
  /** Choices of a clarifying question. */
  options: z.array(z.object({ code: z.string(), name: z.string() })),
  /** A short spoken version for the robot and the kiosk. */
  speech: z.string(),
});
export type AskResponse = z.infer<typeof AskResponse>;

export const FeedbackRequest = z.strictObject({ helpful: z.boolean(), ward: z.string().max(63).optional() });
export type FeedbackRequest = z.infer<typeof FeedbackRequest>;

export const TicketRequest = z.strictObject({
  code: z.string().min(1).max(100),
  lang: AssistantLang.default('vi'),
  /** The question that led to the ticket, to count hand-offs in the review list. */
  questionId: z.uuid().optional(),
});
export type TicketRequest = z.input<typeof TicketRequest>;

export const ReviewFilter = z.enum(['unanswered', 'low', 'negative', 'all']);
export type ReviewFilter = z.infer<typeof ReviewFilter>;

export const ReviewQuery = z.strictObject({
  filter: ReviewFilter.default('unanswered'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type ReviewQuery = z.input<typeof ReviewQuery>;

/** Questions grouped by their normalised text, newest first. */
export const ReviewItem = z.object({
  key: z.string(),
  /** The latest wording (personal data already removed). */
  question: z.string(),
  questionId: z.uuid(),
  count: z.number().int(),
  negative: z.number().int(),
  lastAskedAt: z.iso.datetime(),
  lang: AssistantLang,
  kind: AnswerKind,
  confident: z.boolean(),
  topScore: z.number().nullable(),
  suggestions: z.array(z.object({ code: z.string(), name: z.string() })),
});
export type ReviewItem = z.infer<typeof ReviewItem>;

export const AttachPhrasing = z.strictObject({ questionId: z.uuid(), code: z.string().min(1).max(100) });
export type AttachPhrasing = z.infer<typeof AttachPhrasing>;

export const Phrasing = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  phrase: z.string(),
  createdAt: z.iso.datetime(),
  createdBy: z.string().nullable(),
});
export type Phrasing = z.infer<typeof Phrasing>;

export const ResolvedCount = z.object({ resolved: z.number().int() });
export type ResolvedCount = z.infer<typeof ResolvedCount>;

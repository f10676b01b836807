/**
 * Asking: rate limit per client (in the database, so it holds across API processes), the answer from the
 * in-memory knowledge, and the log row (personal data removed) that feeds the review list.
 */
import { sql } from 'kysely';
import type { Clock } from '../../../kernel/clock.ts';
import { type AnyDb, tablesOf } from '../../../kernel/db.ts';
import { listGroups } from '../../queue/index.ts';
import { assistantError } from '../assistant.errors.ts';
import type { AnswerGroup, AskChannel, AskResponse, AssistantLang } from '../contracts.ts';
import { type Answer, answerQuestion } from '../domain/answer.ts';
import { redactPersonalData } from '../domain/redact.ts';
import type { AssistantTables } from '../infra/tables.ts';
import { loadKnowledge, loadOverlay } from './knowledge.ts';

export const ASSISTANT_POLICY = {
  windowMs: 60_000,
  /** Questions per minute: a public address (portal, phones behind one NAT), a device, an officer. */
  perWindow: { ip: 30, device: 240, staff: 120 },
  /** Logged questions are cut to this many characters. */
  loggedChars: 500,
} as const;

export interface Asker {
  wardId: string;
  channel: AskChannel;
  /** `ip:…`, `device:…` or `staff:…`; null skips the rate limit (CLI). */
  clientKey: string | null;
  /** Language of the asking screen, used when the question does not tell. */
  uiLang?: AssistantLang;
}

export interface AskInput {
  question: string;
  lang?: AssistantLang | undefined;
}

/** Counts one question for the client; refuses beyond the limit of its kind in the current window. */
export async function checkRateLimit(db: AnyDb, wardId: string, clientKey: string, now: Date): Promise<void> {
  const kind = clientKey.split(':')[0] as keyof typeof ASSISTANT_POLICY.perWindow;
  const limit = ASSISTANT_POLICY.perWindow[kind] ?? ASSISTANT_POLICY.perWindow.ip;
  const windowStart = new Date(now.getTime() - ASSISTANT_POLICY.windowMs);
  const r = await sql<{ requests: number; window_started_at: Date }>`
    INSERT INTO assistant_rate_limits (ward_id, client_key, window_started_at, requests)
    VALUES (${wardId}, ${clientKey}, ${now}, 1)
    ON CONFLICT (ward_id, client_key) DO UPDATE SET
      requests = CASE WHEN assistant_rate_limits.window_started_at < ${windowStart} THEN 1
                      ELSE assistant_rate_limits.requests + 1 END,
      window_started_at = CASE WHEN assistant_rate_limits.window_started_at < ${windowStart} THEN ${now}
                               ELSE assistant_rate_limits.window_started_at END
    RETURNING requests, window_started_at`.execute(db);
  const row = r.rows[0];
  if (row && row.requests > limit) {
    const resetAt = new Date(row.window_started_at).getTime() + ASSISTANT_POLICY.windowMs;
    throw assistantError('ASSISTANT_RATE_LIMITED', {
      retryAfterSeconds: Math.max(1, Math.ceil((resetAt - now.getTime()) / 1000)),
    });
  }
}

/** The counter group serving each procedure field in the ward (active groups only). */
export async function groupsByField(db: AnyDb, wardId: string): Promise<Map<string, AnswerGroup>> {
  const groups = await listGroups(db, wardId, { activeOnly: true });
  const map = new Map<string, AnswerGroup>();
  for (const g of groups)
    for (const f of g.fields) map.set(f, { letter: g.letter, name: g.name, nameEn: g.nameEn, zone: g.zone });
  return map;
}

async function logQuestion(
  db: AnyDb,
  asker: Asker,
  at: Date,
  question: string,
  a: Answer,
  latencyMs: number,
): Promise<string> {
  const row = await tablesOf<AssistantTables>(db)
    .insertInto('assistant_questions')
    .values({
      ward_id: asker.wardId,
      asked_at: at,
      channel: asker.channel,
      lang: a.lang,
      question: redactPersonalData(question.normalize('NFC').trim()).slice(0, ASSISTANT_POLICY.loggedChars),
      question_key: a.key.slice(0, 500),
      kind: a.kind,
      confident: a.confident,
      top_code: a.answers[0]?.code ?? null,
      top_score: a.topScore,
      answers: JSON.stringify(
        a.answers.slice(0, 3).map(({ code, name, score, handledHere }) => ({ code, name, score, handledHere })),
      ),
      latency_ms: latencyMs,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Answers a question in the asker's ward and logs it; `log: false` answers without writing anything. */
export async function ask(
  db: AnyDb,
  clock: Clock,
  asker: Asker,
  input: AskInput,
  opts: { log?: boolean } = {},
): Promise<AskResponse> {
  const now = clock.now();
  if (asker.clientKey) await checkRateLimit(db, asker.wardId, asker.clientKey, now);
  const knowledge = await loadKnowledge(db);
  const [overlay, groups] = await Promise.all([
    loadOverlay(db, asker.wardId, knowledge),
    groupsByField(db, asker.wardId),
  ]);
  const started = performance.now();
  const answer = answerQuestion(knowledge, input.question, { overlay, groups, lang: input.lang, uiLang: asker.uiLang });
  const latencyMs = performance.now() - started;
  const questionId = opts.log === false ? null : await logQuestion(db, asker, now, input.question, answer, latencyMs);
  const { key: _key, topScore: _score, ...response } = answer;
  return { questionId, ...response };
}

/** 👍 / 👎 on a logged question of the ward; the last rating counts. */
export async function recordFeedback(
  db: AnyDb,
  clock: Clock,
  wardId: string,
  questionId: string,
  helpful: boolean,
): Promise<void> {
  const r = await tablesOf<AssistantTables>(db)
    .updateTable('assistant_questions')
    .set({ feedback: helpful ? 1 : -1, feedback_at: clock.now() })
    .where('ward_id', '=', wardId)
    .where('id', '=', questionId)
    .executeTakeFirst();
  if (Number(r.numUpdatedRows) === 0) throw assistantError('ASSISTANT_QUESTION_NOT_FOUND');
}

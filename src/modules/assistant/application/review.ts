/**
 * The learning loop for administrators: questions the assistant could not answer, answered with low
 * confidence, or rated 👎, grouped by their normalised text; attaching one as a phrasing of a procedure
 * (it then goes to that procedure in this ward), or dismissing it.
 */
import { sql } from 'kysely';
import type { RequestContext } from '../../../kernel/actor.ts';
import { recordAudit } from '../../../kernel/audit.ts';
import { type AnyDb, inTransaction, tablesOf } from '../../../kernel/db.ts';
import { assistantError } from '../assistant.errors.ts';
import {
  type AnswerKind,
  type AssistantLang,
  AttachPhrasing,
  type Phrasing,
  type ReviewFilter,
  type ReviewItem,
  ReviewQuery,
} from '../contracts.ts';
import { shortName } from '../domain/card.ts';
import { CONFIDENCE } from '../domain/decide.ts';
import { phraseKey } from '../domain/rank.ts';
import type { AssistantTables } from '../infra/tables.ts';
import { loadKnowledge } from './knowledge.ts';

/** Confident answers below this score are listed as low-confidence. */
export const LOW_SCORE = CONFIDENCE.minScore * 1.5;

const FILTERS: Record<ReviewFilter, ReturnType<typeof sql<boolean>>> = {
  unanswered: sql<boolean>`kind IN ('unknown', 'clarify')`,
  low: sql<boolean>`(confident AND top_score < ${LOW_SCORE})`,
  negative: sql<boolean>`feedback = -1`,
  all: sql<boolean>`kind NOT IN ('empty', 'small_talk', 'other_script')`,
};

export async function listReview(db: AnyDb, wardId: string, raw: ReviewQuery = {}): Promise<ReviewItem[]> {
  const q = ReviewQuery.parse(raw);
  const groups = await sql<{ key: string; n: number; negative: number; latest: string }>`
    SELECT question_key AS key, count(*)::int AS n,
           count(*) FILTER (WHERE feedback = -1)::int AS negative,
           (array_agg(id ORDER BY asked_at DESC, id))[1] AS latest
    FROM assistant_questions
    WHERE ward_id = ${wardId} AND resolved_at IS NULL AND question_key <> '' AND ${FILTERS[q.filter]}
    GROUP BY question_key
    ORDER BY count(*) DESC, max(asked_at) DESC
    LIMIT ${q.limit}`.execute(db);
  if (groups.rows.length === 0) return [];
  const rows = await tablesOf<AssistantTables>(db)
    .selectFrom('assistant_questions')
    .selectAll()
    .where('ward_id', '=', wardId)
    .where(
      'id',
      'in',
      groups.rows.map((g) => g.latest),
    )
    .execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return groups.rows.flatMap((g) => {
    const r = byId.get(g.latest);
    if (!r) return [];
    const answers = (r.answers ?? []) as Array<{ code: string; name: string }>;
    return [
      {
        key: g.key,
        question: r.question,
        questionId: r.id,
        count: g.n,
        negative: g.negative,
        lastAskedAt: new Date(r.asked_at).toISOString(),
        lang: r.lang as AssistantLang,
        kind: r.kind as AnswerKind,
        confident: r.confident,
        topScore: r.top_score,
        suggestions: answers.map((a) => ({ code: a.code, name: a.name })),
      },
    ];
  });
}

async function getQuestion(db: AnyDb, wardId: string, id: string) {
  const q = await tablesOf<AssistantTables>(db)
    .selectFrom('assistant_questions')
    .selectAll()
    .where('ward_id', '=', wardId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!q) throw assistantError('ASSISTANT_QUESTION_NOT_FOUND');
  return q;
}

/** Marks every open question with this key as handled. */
async function resolveKey(db: AnyDb, wardId: string, key: string, how: 'attached' | 'dismissed', now: Date) {
  const r = await tablesOf<AssistantTables>(db)
    .updateTable('assistant_questions')
    .set({ resolved_at: now, resolution: how })
    .where('ward_id', '=', wardId)
    .where('question_key', '=', key)
    .where('resolved_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

export async function attachPhrasing(
  db: AnyDb,
  ctx: RequestContext,
  raw: AttachPhrasing,
  now: Date,
): Promise<Phrasing> {
  const input = AttachPhrasing.parse(raw);
  const wardId = ctx.actor.wardId;
  const knowledge = await loadKnowledge(db);
  const doc = knowledge.index.byKey.get(input.code);
  if (doc === undefined) throw assistantError('ASSISTANT_PROCEDURE_NOT_FOUND', { code: input.code });
  const name = shortName(knowledge.index.docs[doc]?.nameVi ?? '');
  return inTransaction(db, async (tx) => {
    const question = await getQuestion(tx, wardId, input.questionId);
    const t = tablesOf<AssistantTables>(tx);
    const values = {
      ward_id: wardId,
      code: input.code,
      phrase: question.question,
      phrase_key: phraseKey(question.question),
      source_question_id: question.id,
      created_at: now,
      created_by: ctx.actor.name,
    };
    const inserted = await t
      .insertInto('assistant_phrasings')
      .values(values)
      .onConflict((oc) => oc.columns(['ward_id', 'phrase_key', 'code']).doNothing())
      .returningAll()
      .executeTakeFirst();
    const row =
      inserted ??
      (await t
        .selectFrom('assistant_phrasings')
        .selectAll()
        .where('ward_id', '=', wardId)
        .where('phrase_key', '=', values.phrase_key)
        .where('code', '=', input.code)
        .executeTakeFirstOrThrow());
    const resolved = await resolveKey(tx, wardId, question.question_key, 'attached', now);
    await recordAudit(
      tx,
      ctx.actor,
      ctx.requestId,
      {
        action: 'assistant.phrasing.attach',
        targetType: 'assistant_phrasing',
        targetId: row.id,
        details: { code: input.code, resolved },
      },
      now,
    );
    return toPhrasing(row, name);
  });
}

export async function dismissQuestion(db: AnyDb, ctx: RequestContext, questionId: string, now: Date) {
  return inTransaction(db, async (tx) => {
    const question = await getQuestion(tx, ctx.actor.wardId, questionId);
    const resolved = await resolveKey(tx, ctx.actor.wardId, question.question_key, 'dismissed', now);
    await recordAudit(
      tx,
      ctx.actor,
      ctx.requestId,
      {
        action: 'assistant.question.dismiss',
        targetType: 'assistant_question',
        targetId: questionId,
        details: { resolved },
      },
      now,
    );
    return { resolved };
  });
}

type PhrasingRow = { id: string; code: string; phrase: string; created_at: Date | string; created_by: string | null };
const toPhrasing = (r: PhrasingRow, name: string): Phrasing => ({
  id: r.id,
  code: r.code,
  name,
  phrase: r.phrase,
  createdAt: new Date(r.created_at).toISOString(),
  createdBy: r.created_by,
});

export async function listPhrasings(db: AnyDb, wardId: string): Promise<Phrasing[]> {
  const knowledge = await loadKnowledge(db);
  const rows = await tablesOf<AssistantTables>(db)
    .selectFrom('assistant_phrasings')
    .selectAll()
    .where('ward_id', '=', wardId)
    .orderBy('created_at', 'desc')
    .limit(500)
    .execute();
  return rows.map((r) => {
    const doc = knowledge.index.byKey.get(r.code);
    return toPhrasing(r, doc === undefined ? r.code : shortName(knowledge.index.docs[doc]?.nameVi ?? r.code));
  });
}

export async function deletePhrasing(db: AnyDb, ctx: RequestContext, id: string, now: Date): Promise<void> {
  await inTransaction(db, async (tx) => {
    const r = await tablesOf<AssistantTables>(tx)
      .deleteFrom('assistant_phrasings')
      .where('ward_id', '=', ctx.actor.wardId)
      .where('id', '=', id)
      .executeTakeFirst();
    if (Number(r.numDeletedRows) === 0) throw assistantError('ASSISTANT_PHRASING_NOT_FOUND');
    await recordAudit(
      tx,
      ctx.actor,
      ctx.requestId,
      { action: 'assistant.phrasing.delete', targetType: 'assistant_phrasing', targetId: id },
      now,
    );
  });
}

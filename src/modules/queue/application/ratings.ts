/** Satisfaction after service (one rating per finished ticket), and its summary for indicator 5.4 (766). */
import { sql } from 'kysely';
import type { RequestContext } from '../../../kernel/actor.ts';
import { type AnyDb, inTransaction, tablesOf } from '../../../kernel/db.ts';
import type { Rating, RatingScore } from '../contracts.ts';
import type { QueueTables } from '../infra/tables.ts';
import { queueError } from '../queue.errors.ts';
import { lockTicket } from './ticket-log.ts';

export async function rateTicket(
  db: AnyDb,
  ctx: RequestContext,
  ticketId: string,
  input: Rating,
  now: Date,
): Promise<{ ticketId: string; score: RatingScore; ratedAt: string }> {
  const wardId = ctx.actor.wardId;
  return inTransaction(db, async (tx) => {
    const ticket = await lockTicket(tx, wardId, ticketId);
    if (ticket.status !== 'finished') throw queueError('QUEUE_NOT_RATABLE', { status: ticket.status });
    const row = await tablesOf<QueueTables>(tx)
      .insertInto('queue_ratings')
      .values({
        ward_id: wardId,
        ticket_id: ticket.id,
        score: input.score,
        comment: input.comment ?? null,
        group_id: ticket.group_id,
        counter_id: ticket.counter_id,
        staff_id: ticket.staff_id,
        rated_at: now,
      })
      .onConflict((oc) => oc.columns(['ward_id', 'ticket_id']).doNothing())
      .returning('ticket_id')
      .executeTakeFirst();
    if (!row) throw queueError('QUEUE_ALREADY_RATED');
    return { ticketId: ticket.id, score: input.score, ratedAt: now.toISOString() };
  });
}

export interface SatisfactionSummary {
  ratings: number;
  veryPleased: number;
  pleased: number;
  neutral: number;
  dissatisfied: number;
  /** (very satisfied + satisfied) ÷ ratings; null without ratings. */
  satisfiedRate: number | null;
}

/** Ratings given between two instants (for reports and the 766 satisfaction indicator). */
export async function satisfactionBetween(
  db: AnyDb,
  wardId: string,
  from: Date,
  to: Date,
): Promise<SatisfactionSummary> {
  const r = await sql<{ score: RatingScore; n: number }>`
    SELECT score, count(*)::int AS n FROM queue_ratings
    WHERE ward_id = ${wardId} AND rated_at >= ${from} AND rated_at < ${to} GROUP BY score`.execute(db);
  const n = (s: RatingScore) => r.rows.find((x) => x.score === s)?.n ?? 0;
  const ratings = r.rows.reduce((s, x) => s + x.n, 0);
  const good = n('very_satisfied') + n('satisfied');
  return {
    ratings,
    veryPleased: n('very_satisfied'),
    pleased: n('satisfied'),
    neutral: n('neutral'),
    dissatisfied: n('dissatisfied'),
    satisfiedRate: ratings ? Math.round((good / ratings) * 1000) / 1000 : null,
  };
}

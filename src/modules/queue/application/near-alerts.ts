/**
 * "Sắp đến lượt": after a call, each waiting ticket of the group with a phone, not yet told, and with at most
 * NEAR_AHEAD people ahead gets one SMS through the notify outbox. The mark and the outbox row are written in one
 * transaction (the outbox dedupe key `ticket:<id>:near:sms` guards a retry too); two calls at once cannot both
 * mark a ticket (the UPDATE re-checks `near_alerted_at IS NULL` under the row lock).
 */
import { sql } from 'kysely';
import { type AnyDb, inTransaction } from '../../../kernel/db.ts';
import { getWard } from '../../identity/index.ts';
import { enqueueNotification, normalisePhone } from '../../notify/index.ts';
import { queueOrder } from './position.ts';

/** How many people ahead (or fewer) trigger the SMS. */
export const NEAR_AHEAD = 3;

/** Returns how many tickets were told. */
export async function alertNearTickets(db: AnyDb, wardId: string, groupId: string, now: Date): Promise<number> {
  return inTransaction(db, async (tx) => {
    const near = await sql<{ id: string; number: string; phone: string; lang: 'vi' | 'en'; ahead: number }>`
      WITH q AS (
        SELECT t.id, (row_number() OVER (ORDER BY ${queueOrder(now)}) - 1)::int AS ahead
        FROM queue_tickets t
        WHERE t.ward_id = ${wardId} AND t.group_id = ${groupId} AND t.status = 'waiting'
      )
      UPDATE queue_tickets t SET near_alerted_at = ${now}
      FROM q
      WHERE t.ward_id = ${wardId} AND t.id = q.id AND q.ahead <= ${NEAR_AHEAD}
        AND t.status = 'waiting' AND t.phone IS NOT NULL AND t.near_alerted_at IS NULL
      RETURNING t.id, t.number, t.phone, t.lang, q.ahead`.execute(tx);
    if (near.rows.length === 0) return 0;
    const ward = await getWard(tx, wardId);
    // A number no SMS can reach (entered before the API checked it) is marked but not sent, so it cannot hold up
    // the others of the group.
    for (const t of near.rows.filter((r) => normalisePhone(r.phone)))
      await enqueueNotification(tx, {
        wardId,
        channel: 'sms',
        to: t.phone,
        template: 'ticket-near',
        data: { wardName: t.lang === 'en' ? ward.nameEn : ward.name, ticketNumber: t.number, ahead: t.ahead },
        lang: t.lang,
        dedupeKey: `ticket:${t.id}:near:sms`,
        now,
      });
    return near.rows.length;
  });
}

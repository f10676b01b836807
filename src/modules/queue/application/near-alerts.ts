/**
 * "Sắp đến lượt": after a call, each waiting ticket of the group with a phone, not yet told in this group, and
 * with at most NEAR_AHEAD people ahead gets one SMS through the notify outbox. The mark (queue_near_alerts, never
 * a lock on the ticket row, which call-next's SKIP LOCKED would pass over) and the outbox row are written in one
 * transaction; two calls at once cannot both mark a ticket (the mark's primary key; ON CONFLICT DO NOTHING), and
 * the outbox dedupe key `ticket:<id>:near:<group>:sms` guards a retry too.
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
        SELECT t.id, t.number, t.phone, t.lang, (row_number() OVER (ORDER BY ${queueOrder(now)}) - 1)::int AS ahead
        FROM queue_tickets t
        WHERE t.ward_id = ${wardId} AND t.group_id = ${groupId} AND t.status = 'waiting'
      ), due AS (
        SELECT q.* FROM q WHERE q.ahead <= ${NEAR_AHEAD} AND q.phone IS NOT NULL
      ), marked AS (
        INSERT INTO queue_near_alerts (ward_id, ticket_id, group_id, alerted_at)
        SELECT ${wardId}::uuid, due.id, ${groupId}::uuid, ${now}::timestamptz FROM due
        ON CONFLICT DO NOTHING
        RETURNING ticket_id
      )
      SELECT due.id, due.number, due.phone, due.lang, due.ahead FROM due JOIN marked ON marked.ticket_id = due.id`.execute(
      tx,
    );
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
        dedupeKey: `ticket:${t.id}:near:${groupId}:sms`,
        now,
      });
    return near.rows.length;
  });
}

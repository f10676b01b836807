/**
 * How many are ahead of a waiting ticket and a rough wait estimate. The order is the one call-next uses:
 * appointments within their slot, then priority, then arrival time (then number, for equal times).
 */
import { sql } from 'kysely';
import type { AnyDb } from '../../../kernel/db.ts';
import { localDateOf, startOfLocalDay } from '../domain/time.ts';
import type { TicketRow } from './ticket-log.ts';

/** The ORDER BY of the queue, for a ticket table aliased `t`, at instant `now`. */
export const queueOrder = (now: Date) =>
  sql`CASE WHEN t.precedence_from <= ${now}::timestamptz THEN 0 ELSE 1 END,
      CASE WHEN t.priority IS NULL THEN 1 ELSE 0 END, t.arrived_at, t.seq, t.id`;

export async function countAhead(db: AnyDb, row: TicketRow, now: Date): Promise<number> {
  if (row.status !== 'waiting') return 0;
  const r = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM queue_tickets t
    WHERE t.ward_id = ${row.ward_id} AND t.group_id = ${row.group_id} AND t.status = 'waiting' AND t.id <> ${row.id}
      AND (CASE WHEN t.precedence_from <= ${now}::timestamptz THEN 0 ELSE 1 END,
           CASE WHEN t.priority IS NULL THEN 1 ELSE 0 END, t.arrived_at, t.seq, t.id)
        < (CASE WHEN ${row.precedence_from}::timestamptz <= ${now}::timestamptz THEN 0 ELSE 1 END,
           ${row.priority === null ? 1 : 0}::int, ${row.arrived_at}::timestamptz, ${row.seq}::int, ${row.id}::uuid)`.execute(
    db,
  );
  return r.rows[0]?.n ?? 0;
}

/** Mean service minutes of the group today (at least 5 services measured), else the ward default. */
export async function meanServiceMinutes(db: AnyDb, wardId: string, groupId: string, now: Date, fallback: number) {
  const since = startOfLocalDay(localDateOf(now));
  const r = await sql<{ n: number; mean: number | null }>`
    SELECT count(*)::int AS n, avg(extract(epoch FROM (p.ended_at - p.started_at)) / 60)::float8 AS mean
    FROM queue_ticket_periods p
    WHERE p.ward_id = ${wardId} AND p.group_id = ${groupId} AND p.kind = 'serving'
      AND p.ended_at IS NOT NULL AND p.started_at >= ${since}`.execute(db);
  const row = r.rows[0];
  return row && row.n >= 5 && row.mean !== null ? row.mean : fallback;
}

/** Counters serving the group: those staffed now, else all active ones, at least 1. */
export async function servingCounters(db: AnyDb, wardId: string, groupId: string): Promise<number> {
  const r = await sql<{ open: number; active: number }>`
    SELECT count(*) FILTER (WHERE c.staff_id IS NOT NULL)::int AS open, count(*)::int AS active
    FROM queue_counters c JOIN queue_counter_groups cg ON cg.ward_id = c.ward_id AND cg.counter_id = c.id
    WHERE c.ward_id = ${wardId} AND cg.group_id = ${groupId} AND c.active`.execute(db);
  const row = r.rows[0];
  return Math.max(1, row?.open || row?.active || 1);
}

export async function positionOf(
  db: AnyDb,
  row: TicketRow,
  now: Date,
  defaultServiceMinutes: number,
): Promise<{ ahead: number; estimatedWaitMinutes: number }> {
  if (row.status !== 'waiting') return { ahead: 0, estimatedWaitMinutes: 0 };
  const ahead = await countAhead(db, row, now);
  if (ahead === 0) return { ahead, estimatedWaitMinutes: 0 };
  const service = await meanServiceMinutes(db, row.ward_id, row.group_id, now, defaultServiceMinutes);
  const counters = await servingCounters(db, row.ward_id, row.group_id);
  return { ahead, estimatedWaitMinutes: Math.round((ahead * service) / counters) };
}

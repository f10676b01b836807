/**
 * How many are ahead of a waiting ticket and a rough wait estimate. The order is the one call-next uses:
 * appointments within their slot, then priority, then arrival time (then number, for equal times).
 */
import { sql } from 'kysely';
import type { AnyDb } from '../../../kernel/db.ts';
import { localDateOf, startOfLocalDay } from '../domain/time.ts';
import { DEFAULT_SETTINGS } from './settings.ts';
import type { TicketRow } from './ticket-log.ts';

/** The ORDER BY of the queue, for a ticket table aliased `t`, at instant `now`. */
export const queueOrder = (now: Date) =>
  sql`CASE WHEN t.precedence_from <= ${now}::timestamptz THEN 0 ELSE 1 END,
      CASE WHEN t.priority IS NULL THEN 1 ELSE 0 END, t.arrived_at, t.seq, t.id`;

/**
 * Position of a waiting ticket, in one query: how many of its group are ahead in queue order; the estimate is the
 * group's mean service minutes today once at least 5 services are measured (else the ward's default), times those
 * ahead, over the counters serving the group (staffed now, else all active ones, at least 1).
 */
export async function positionOf(
  db: AnyDb,
  row: TicketRow,
  now: Date,
): Promise<{ ahead: number; estimatedWaitMinutes: number }> {
  if (row.status !== 'waiting') return { ahead: 0, estimatedWaitMinutes: 0 };
  const since = startOfLocalDay(localDateOf(now));
  const r = await sql<{
    ahead: number;
    services: number;
    mean: number | null;
    fallback: number;
    open: number;
    staffable: number;
  }>`
    SELECT a.n AS ahead, s.n AS services, s.mean, c.open, c.staffable,
      coalesce((SELECT default_service_minutes FROM queue_settings WHERE ward_id = ${row.ward_id}),
        ${DEFAULT_SETTINGS.defaultServiceMinutes})::float8 AS fallback
    FROM (
      SELECT count(*)::int AS n FROM queue_tickets t
      WHERE t.ward_id = ${row.ward_id} AND t.group_id = ${row.group_id} AND t.status = 'waiting' AND t.id <> ${row.id}
        AND (CASE WHEN t.precedence_from <= ${now}::timestamptz THEN 0 ELSE 1 END,
             CASE WHEN t.priority IS NULL THEN 1 ELSE 0 END, t.arrived_at, t.seq, t.id)
          < (CASE WHEN ${row.precedence_from}::timestamptz <= ${now}::timestamptz THEN 0 ELSE 1 END,
             ${row.priority === null ? 1 : 0}::int, ${row.arrived_at}::timestamptz, ${row.seq}::int, ${row.id}::uuid)
    ) a, (
      SELECT count(*)::int AS n, avg(extract(epoch FROM (p.ended_at - p.started_at)) / 60)::float8 AS mean
      FROM queue_ticket_periods p
      WHERE p.ward_id = ${row.ward_id} AND p.group_id = ${row.group_id} AND p.kind = 'serving'
        AND p.ended_at IS NOT NULL AND p.started_at >= ${since}
    ) s, (
      SELECT count(*) FILTER (WHERE k.staff_id IS NOT NULL)::int AS open, count(*)::int AS staffable
      FROM queue_counters k JOIN queue_counter_groups cg ON cg.ward_id = k.ward_id AND cg.counter_id = k.id
      WHERE k.ward_id = ${row.ward_id} AND cg.group_id = ${row.group_id} AND k.active
    ) c`.execute(db);
  const p = r.rows[0];
  if (!p?.ahead) return { ahead: 0, estimatedWaitMinutes: 0 };
  const service = p.services >= 5 && p.mean !== null ? p.mean : Number(p.fallback);
  const counters = Math.max(1, p.open || p.staffable || 1);
  return { ahead: p.ahead, estimatedWaitMinutes: Math.round((p.ahead * service) / counters) };
}

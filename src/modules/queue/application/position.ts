/**
 * How many are ahead of a waiting ticket and a rough wait estimate. The order is the one call-next uses:
 * appointments within their slot, then priority, then arrival time (then number, for equal times).
 */
import { type RawBuilder, sql } from 'kysely';
import type { AnyDb } from '../../../kernel/db.ts';
import { localDateOf, startOfLocalDay } from '../domain/time.ts';
import { DEFAULT_SETTINGS } from './settings.ts';
import type { TicketRow } from './ticket-log.ts';

/** The ORDER BY of the queue, for a ticket table aliased `t`, at instant `now`. */
export const queueOrder = (now: Date) =>
  sql`CASE WHEN t.precedence_from <= ${now}::timestamptz THEN 0 ELSE 1 END,
      CASE WHEN t.priority IS NULL THEN 1 ELSE 0 END, t.arrived_at, t.seq, t.id`;

/** The columns of the ticket whose position is asked, as SQL (parameters, or columns of a statement's CTE). */
export interface PositionOf {
  wardId: RawBuilder<unknown>;
  groupId: RawBuilder<unknown>;
  id: RawBuilder<unknown>;
  precedenceFrom: RawBuilder<unknown>;
  priority: RawBuilder<unknown>;
  arrivedAt: RawBuilder<unknown>;
  seq: RawBuilder<unknown>;
}

/** What `positionFigures` selects. */
export interface PositionFigures {
  ahead: number;
  services: number;
  mean: number | null;
  fallback: number;
  open: number;
  staffable: number;
}

/**
 * One row: how many of the ticket's group are ahead of it in queue order (among those the statement sees), the
 * group's serving periods today (count and mean minutes), the ward's default service minutes, and the counters
 * of the group staffed now and active.
 */
export function positionFigures(t: PositionOf, now: Date): RawBuilder<PositionFigures> {
  const since = startOfLocalDay(localDateOf(now));
  return sql<PositionFigures>`
    SELECT a.n AS ahead, s.n AS services, s.mean, c.open, c.staffable,
      coalesce((SELECT default_service_minutes FROM queue_settings WHERE ward_id = ${t.wardId}),
        ${DEFAULT_SETTINGS.defaultServiceMinutes})::float8 AS fallback
    FROM (
      SELECT count(*)::int AS n FROM queue_tickets w
      WHERE w.ward_id = ${t.wardId} AND w.group_id = ${t.groupId} AND w.status = 'waiting' AND w.id <> ${t.id}
        AND (CASE WHEN w.precedence_from <= ${now}::timestamptz THEN 0 ELSE 1 END,
             CASE WHEN w.priority IS NULL THEN 1 ELSE 0 END, w.arrived_at, w.seq, w.id)
          < (CASE WHEN ${t.precedenceFrom} <= ${now}::timestamptz THEN 0 ELSE 1 END,
             CASE WHEN ${t.priority} IS NULL THEN 1 ELSE 0 END, ${t.arrivedAt}, ${t.seq}, ${t.id})
    ) a, (
      SELECT count(*)::int AS n, avg(extract(epoch FROM (p.ended_at - p.started_at)) / 60)::float8 AS mean
      FROM queue_ticket_periods p
      WHERE p.ward_id = ${t.wardId} AND p.group_id = ${t.groupId} AND p.kind = 'serving'
        AND p.ended_at IS NOT NULL AND p.started_at >= ${since}
    ) s, (
      SELECT count(*) FILTER (WHERE k.staff_id IS NOT NULL)::int AS open, count(*)::int AS staffable
      FROM queue_counters k JOIN queue_counter_groups cg ON cg.ward_id = k.ward_id AND cg.counter_id = k.id
      WHERE k.ward_id = ${t.wardId} AND cg.group_id = ${t.groupId} AND k.active
    ) c`;
}

/**
 * The estimate: mean service minutes today once at least 5 services are measured (else the ward's default),
 * times those ahead, over the counters serving the group (staffed now, else all active ones, at least 1).
 */
export function estimate(p: PositionFigures | undefined): { ahead: number; estimatedWaitMinutes: number } {
  if (!p?.ahead) return { ahead: 0, estimatedWaitMinutes: 0 };
  const service = p.services >= 5 && p.mean !== null ? p.mean : Number(p.fallback);
  const counters = Math.max(1, p.open || p.staffable || 1);
  return { ahead: p.ahead, estimatedWaitMinutes: Math.round((p.ahead * service) / counters) };
}

/** Position of a waiting ticket, in one query. */
export async function positionOf(
  db: AnyDb,
  row: TicketRow,
  now: Date,
): Promise<{ ahead: number; estimatedWaitMinutes: number }> {
  if (row.status !== 'waiting') return { ahead: 0, estimatedWaitMinutes: 0 };
  const r = await positionFigures(
    {
      wardId: sql`${row.ward_id}::uuid`,
      groupId: sql`${row.group_id}::uuid`,
      id: sql`${row.id}::uuid`,
      precedenceFrom: sql`${row.precedence_from}::timestamptz`,
      priority: sql`${row.priority}::text`,
      arrivedAt: sql`${row.arrived_at}::timestamptz`,
      seq: sql`${row.seq}::int`,
    },
    now,
  ).execute(db);
  return estimate(r.rows[0]);
}

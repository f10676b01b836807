/** The director's live monitor: waits per group, counters, officers' service and idle time, alerts. */
import { sql } from 'kysely';
import type { AnyDb } from '../../../kernel/db.ts';
import type { Monitor } from '../contracts.ts';
import { suggestFor } from '../domain/suggest.ts';
import { localDateOf, round1, startOfLocalDay } from '../domain/time.ts';
import { listCounters } from './counters.ts';
import { getQueueSettings } from './settings.ts';

export async function liveMonitor(db: AnyDb, wardId: string, now: Date): Promise<Monitor> {
  const settings = await getQueueSettings(db, wardId);
  const today = localDateOf(now);
  const dayStart = startOfLocalDay(today);
  const groups = await sql<{
    letter: string;
    name: string;
    waiting: number;
    oldest: Date | null;
    mean_wait: number | null;
    served: number;
    open_counters: number;
  }>`
    SELECT g.letter, g.name,
      (SELECT count(*)::int FROM queue_tickets t WHERE t.ward_id = g.ward_id AND t.group_id = g.id AND t.status = 'waiting') AS waiting,
      (SELECT min(t.arrived_at) FROM queue_tickets t WHERE t.ward_id = g.ward_id AND t.group_id = g.id AND t.status = 'waiting') AS oldest,
      (SELECT avg(w.minutes)::float8 FROM (
         SELECT sum(extract(epoch FROM (p.ended_at - p.started_at)))::float8 / 60 AS minutes
         FROM queue_tickets t JOIN queue_ticket_periods p ON p.ward_id = t.ward_id AND p.ticket_id = t.id
         WHERE t.ward_id = g.ward_id AND t.group_id = g.id AND t.local_date = ${today}::date
           AND t.status NOT IN ('waiting', 'cancelled') AND p.kind = 'waiting' AND p.ended_at IS NOT NULL
         GROUP BY t.id) w) AS mean_wait,
      (SELECT count(*)::int FROM queue_tickets t WHERE t.ward_id = g.ward_id AND t.group_id = g.id
         AND t.local_date = ${today}::date AND t.status = 'finished') AS served,
      (SELECT count(*)::int FROM queue_counters c JOIN queue_counter_groups cg ON cg.ward_id = c.ward_id AND cg.counter_id = c.id
         WHERE c.ward_id = g.ward_id AND cg.group_id = g.id AND c.active AND c.staff_id IS NOT NULL) AS open_counters
    FROM queue_groups g WHERE g.ward_id = ${wardId} AND g.active ORDER BY g.sort_order, g.letter`.execute(db);
  const counters = await listCounters(db, wardId);
  const officers = await sql<{ staff_id: string; staff_name: string; signed: number; busy: number; served: number }>`
    WITH s AS (
      SELECT staff_id, max(staff_name) AS staff_name,
        sum(extract(epoch FROM (least(coalesce(ended_at, ${now}), ${now}::timestamptz) - greatest(started_at, ${dayStart}::timestamptz))))::float8 / 60 AS signed
      FROM queue_counter_sessions
      WHERE ward_id = ${wardId} AND (ended_at IS NULL OR ended_at > ${dayStart}) AND started_at < ${now}
      GROUP BY staff_id),
    b AS (
      SELECT staff_id,
        sum(extract(epoch FROM (coalesce(ended_at, ${now}) - greatest(started_at, ${dayStart}::timestamptz))))::float8 / 60 AS busy
      FROM queue_ticket_periods
      WHERE ward_id = ${wardId} AND kind IN ('called', 'serving') AND staff_id IS NOT NULL
        AND (ended_at IS NULL OR ended_at > ${dayStart})
      GROUP BY staff_id),
    f AS (
      SELECT staff_id, count(*)::int AS served FROM queue_tickets
      WHERE ward_id = ${wardId} AND local_date = ${today}::date AND status = 'finished' AND staff_id IS NOT NULL
      GROUP BY staff_id)
    SELECT s.staff_id, s.staff_name, s.signed, coalesce(b.busy, 0)::float8 AS busy, coalesce(f.served, 0)::int AS served
    FROM s LEFT JOIN b ON b.staff_id = s.staff_id LEFT JOIN f ON f.staff_id = s.staff_id
    ORDER BY s.staff_name`.execute(db);
  const waitingByGroup = new Map(groups.rows.map((g) => [g.letter, g.waiting]));
  const situations = counters.map((c) => ({ number: c.number, active: c.active, state: c.state, groups: c.groups }));
  const rows = groups.rows.map((g) => ({
    group: g.letter,
    name: g.name,
    waiting: g.waiting,
    longestWaitMinutes: g.oldest ? round1(Math.max(0, now.getTime() - new Date(g.oldest).getTime()) / 60_000) : 0,
    meanWaitTodayMinutes: round1(g.mean_wait ?? 0),
    servedToday: g.served,
    openCounters: g.open_counters,
  }));
  return {
    at: now.toISOString(),
    thresholdMinutes: settings.waitAlertMinutes,
    groups: rows,
    counters: counters.map((c) => ({ number: c.number, name: c.name, state: c.state, staffName: c.staffName })),
    officers: officers.rows.map((o) => ({
      staffId: o.staff_id,
      staffName: o.staff_name,
      served: o.served,
      serviceMinutes: round1(o.busy),
      idleMinutes: round1(Math.max(0, o.signed - o.busy)),
    })),
    alerts: rows
      .filter((g) => g.longestWaitMinutes > settings.waitAlertMinutes)
      .map((g) => ({
        group: g.group,
        longestWaitMinutes: g.longestWaitMinutes,
        suggestion: suggestFor(g.group, situations, waitingByGroup),
      })),
  };
}

/**
 * Daily and weekly wait and service statistics per group, counter, officer and day. Wait = sum of the
 * ticket's waiting periods (all of them, across transfers); service = sum of its serving periods.
 */
import { sql } from 'kysely';
import type { AnyDb } from '../../../kernel/db.ts';
import { addDays, dayOfWeek, type PlainDate } from '../../../kernel/plain-date.ts';
import type { QueueReport } from '../contracts.ts';
import { round1, round2, startOfLocalDay } from '../domain/time.ts';
import { satisfactionBetween } from './ratings.ts';
import { getQueueSettings } from './settings.ts';

type StatsRow = {
  g_group: number;
  g_counter: number;
  g_staff: number;
  g_day: number;
  group_id: string | null;
  counter_id: string | null;
  staff_id: string | null;
  local_date: string | null;
  issued: number;
  served: number;
  no_show: number;
  mean_wait: number | null;
  p90_wait: number | null;
  max_wait: number | null;
  mean_service: number | null;
  within: number | null;
};

/** `day`: that date; `week`: Monday to Sunday of the week containing it. */
export function periodOf(period: 'day' | 'week', date: PlainDate): { from: PlainDate; to: PlainDate } {
  if (period === 'day') return { from: date, to: date };
  const from = addDays(date, -((dayOfWeek(date) + 6) % 7));
  return { from, to: addDays(from, 6) };
}

export async function queueReport(
  db: AnyDb,
  wardId: string,
  range: { from: PlainDate; to: PlainDate },
  now: Date,
): Promise<QueueReport> {
  const settings = await getQueueSettings(db, wardId);
  const target = settings.targetWaitMinutes;
  const r = await sql<StatsRow>`
    WITH per_ticket AS (
      SELECT t.id, t.local_date, t.group_id, t.counter_id, t.staff_id, t.status,
        t.status NOT IN ('waiting', 'cancelled') AS called,
        coalesce(sum(extract(epoch FROM (coalesce(p.ended_at, ${now}::timestamptz) - p.started_at)))
          FILTER (WHERE p.kind = 'waiting'), 0)::float8 / 60 AS wait,
        coalesce(sum(extract(epoch FROM (coalesce(p.ended_at, ${now}::timestamptz) - p.started_at)))
          FILTER (WHERE p.kind = 'serving'), 0)::float8 / 60 AS service
      FROM queue_tickets t
      LEFT JOIN queue_ticket_periods p ON p.ward_id = t.ward_id AND p.ticket_id = t.id
      WHERE t.ward_id = ${wardId} AND t.local_date BETWEEN ${range.from}::date AND ${range.to}::date
      GROUP BY t.id, t.local_date, t.group_id, t.counter_id, t.staff_id, t.status)
    SELECT GROUPING(group_id) AS g_group, GROUPING(counter_id) AS g_counter, GROUPING(staff_id) AS g_staff,
      GROUPING(local_date) AS g_day, group_id, counter_id, staff_id, local_date::text AS local_date,
      count(*)::int AS issued,
      (count(*) FILTER (WHERE status = 'finished'))::int AS served,
      (count(*) FILTER (WHERE status = 'no_show'))::int AS no_show,
      (avg(wait) FILTER (WHERE called))::float8 AS mean_wait,
      (percentile_disc(0.9) WITHIN GROUP (ORDER BY wait) FILTER (WHERE called))::float8 AS p90_wait,
      (max(wait) FILTER (WHERE called))::float8 AS max_wait,
      (avg(service) FILTER (WHERE status = 'finished'))::float8 AS mean_service,
      (avg(CASE WHEN wait <= ${target} THEN 1.0 ELSE 0.0 END) FILTER (WHERE called))::float8 AS within
    FROM per_ticket
    GROUP BY GROUPING SETS ((), (group_id), (counter_id), (staff_id), (local_date))`.execute(db);
  const names = await sql<{ kind: string; id: string; label: string }>`
    SELECT 'group' AS kind, id, letter AS label FROM queue_groups WHERE ward_id = ${wardId}
    UNION ALL SELECT 'counter', id, number::text FROM queue_counters WHERE ward_id = ${wardId}
    UNION ALL SELECT DISTINCT ON (staff_id) 'staff', staff_id, staff_name FROM queue_counter_sessions
      WHERE ward_id = ${wardId}`.execute(db);
  const label = (kind: string, id: string | null) => names.rows.find((n) => n.kind === kind && n.id === id)?.label;
  const stats = (x: StatsRow) => ({
    issued: x.issued,
    served: x.served,
    noShow: x.no_show,
    meanWaitMinutes: round1(x.mean_wait ?? 0),
    p90WaitMinutes: round1(x.p90_wait ?? 0),
    maxWaitMinutes: round1(x.max_wait ?? 0),
    meanServiceMinutes: round1(x.mean_service ?? 0),
    withinTarget: round2(x.within ?? 1),
  });
  const only = (g: keyof StatsRow) =>
    r.rows.filter((x) =>
      ['g_group', 'g_counter', 'g_staff', 'g_day'].every((k) => (x[k as keyof StatsRow] === 0) === (k === g)),
    );
  const total = r.rows.find((x) => x.g_group && x.g_counter && x.g_staff && x.g_day);
  const empty = {
    issued: 0,
    served: 0,
    noShow: 0,
    meanWaitMinutes: 0,
    p90WaitMinutes: 0,
    maxWaitMinutes: 0,
    meanServiceMinutes: 0,
    withinTarget: 1,
  };
  return {
    from: range.from,
    to: range.to,
    targetWaitMinutes: target,
    total: total ? stats(total) : empty,
    byGroup: only('g_group')
      .filter((x) => x.group_id)
      .map((x) => ({ group: label('group', x.group_id) ?? '?', ...stats(x) }))
      .sort((a, b) => a.group.localeCompare(b.group)),
    byCounter: only('g_counter')
      .filter((x) => x.counter_id)
      .map((x) => ({ counterNumber: Number(label('counter', x.counter_id)), ...stats(x) }))
      .sort((a, b) => a.counterNumber - b.counterNumber),
    byOfficer: only('g_staff')
      .filter((x) => x.staff_id)
      .map((x) => ({ staffId: x.staff_id as string, staffName: label('staff', x.staff_id) ?? null, ...stats(x) })),
    byDay: only('g_day')
      .filter((x) => x.local_date)
      .map((x) => ({ date: String(x.local_date), ...stats(x) }))
      .sort((a, b) => a.date.localeCompare(b.date)),
    satisfaction: await satisfactionBetween(
      db,
      wardId,
      startOfLocalDay(range.from),
      startOfLocalDay(addDays(range.to, 1)),
    ),
  };
}

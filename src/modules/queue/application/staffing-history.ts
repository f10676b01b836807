/** A staffing recommendation per hour of the week from the ward's own arrivals and service times (Erlang C). */
import { sql } from 'kysely';
import type { AnyDb } from '../../../kernel/db.ts';
import type { WeeklyStaffing } from '../contracts.ts';
import { staffingByHourOfWeek } from '../domain/erlang.ts';
import { localDateOf, round1, round2, startOfLocalDay } from '../domain/time.ts';
import { getQueueSettings } from './settings.ts';

export async function weeklyStaffing(db: AnyDb, wardId: string, now: Date, weeks = 4): Promise<WeeklyStaffing> {
  const settings = await getQueueSettings(db, wardId);
  const to = startOfLocalDay(localDateOf(now));
  const from = new Date(to.getTime() - weeks * 7 * 86_400_000);
  const counts = await sql<{ dow: number; hour: number; n: number }>`
    SELECT extract(dow FROM (arrived_at AT TIME ZONE 'Asia/Ho_Chi_Minh'))::int AS dow,
      extract(hour FROM (arrived_at AT TIME ZONE 'Asia/Ho_Chi_Minh'))::int AS hour, count(*)::int AS n
    FROM queue_tickets
    WHERE ward_id = ${wardId} AND arrived_at >= ${from} AND arrived_at < ${to}
    GROUP BY 1, 2`.execute(db);
  const service = await sql<{ n: number; mean: number | null }>`
    SELECT count(*)::int AS n, (avg(extract(epoch FROM (ended_at - started_at))) / 60)::float8 AS mean
    FROM queue_ticket_periods
    WHERE ward_id = ${wardId} AND kind = 'serving' AND ended_at IS NOT NULL AND started_at >= ${from} AND started_at < ${to}`.execute(
    db,
  );
  const measured = service.rows[0];
  const serviceMinutes = measured && measured.n >= 20 && measured.mean ? measured.mean : settings.defaultServiceMinutes;
  const target = { targetPercent: settings.targetPercent, targetMinutes: settings.targetWaitMinutes };
  const hours = staffingByHourOfWeek(
    counts.rows.map((c) => ({ dayOfWeek: c.dow, hour: c.hour, count: c.n })),
    weeks,
    serviceMinutes,
    target,
  );
  return {
    weeks,
    serviceMinutes: round1(serviceMinutes),
    targetPercent: target.targetPercent,
    targetMinutes: target.targetMinutes,
    hours: hours.map((h) => ({
      dayOfWeek: h.dayOfWeek,
      hour: h.hour,
      arrivalsPerHour: round2(h.arrivalsPerHour),
      counters: h.counters,
      serviceLevel: round2(h.serviceLevel),
      meanWaitMinutes: round1(h.meanWaitMinutes),
    })),
  };
}

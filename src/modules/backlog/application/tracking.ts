/**
 * Tracking the clearance: burn-down of the competent backlog per source unit, field or officer against the
 * milestones, weekly net reduction, and the forecast completion date from recent throughput (with a band).
 */
import type { Actor } from '../../../kernel/actor.ts';
import { type AnyDb, tablesOf } from '../../../kernel/db.ts';
import { commonError } from '../../../kernel/errors.ts';
import { addDays, type PlainDate, plainDate } from '../../../kernel/plain-date.ts';
import { addWorkingDaysToDate, localDateOf, type WorkCalendar } from '../../calendar/index.ts';
import { type Burndown, BurndownQuery } from '../contracts.ts';
import {
  burndownSeries,
  earlierOf,
  mondayOf,
  remainingAt,
  type TrackedItem,
  throughputOf,
  weekEnds,
  weeklyNet,
  workingDaysToFinish,
} from '../domain/burndown.ts';
import type { BacklogTables } from '../infra/tables.ts';
import { listMilestones } from './plan-backlog.ts';

export async function getBurndown(
  db: AnyDb,
  actor: Actor,
  query: BurndownQuery,
  today: PlainDate,
  calendar: WorkCalendar,
): Promise<Burndown> {
  const parsed = BurndownQuery.safeParse(query);
  if (!parsed.success) throw commonError('VALIDATION_FAILED', { issues: parsed.error.issues });
  const q = parsed.data;
  const rows = await tablesOf<BacklogTables>(db)
    .selectFrom('backlog_items')
    .select(['source_unit', 'field', 'assigned_staff_id', 'discovered_on', 'closed_at'])
    .where('ward_id', '=', actor.wardId)
    .where('competence', '=', 'ward')
    .execute();
  const groupOf = (r: (typeof rows)[number]) =>
    q.groupBy === 'source'
      ? r.source_unit
      : q.groupBy === 'field'
        ? r.field
        : q.groupBy === 'officer'
          ? (r.assigned_staff_id ?? 'unassigned')
          : 'total';
  const items: TrackedItem[] = rows.map((r) => ({
    group: groupOf(r),
    discoveredOn: plainDate(r.discovered_on),
    closedOn: r.closed_at ? localDateOf(new Date(r.closed_at)) : null,
  }));
  const first = items.reduce<PlainDate>((m, i) => earlierOf(i.discoveredOn, m), today);
  const to = q.to ?? today;
  const ends = weekEnds(q.from ?? first, to);
  const all = items.map((i) => ({ ...i, group: 'total' }));
  const weekly = weeklyNet(all, ends);
  const fullWeeks = weekly.filter((w) => addDays(w.weekStart, 6) < mondayOf(today));
  const throughput = throughputOf(fullWeeks);
  const remaining = remainingAt(all, today);
  const dateAfter = (perWeek: number) => {
    const n = workingDaysToFinish(remaining, perWeek);
    return n === null ? null : n === 0 ? today : addWorkingDaysToDate(calendar, today, n);
  };
  const total = items.length;
  const milestones = (await listMilestones(db, actor.wardId)).map((m) => ({
    date: m.date,
    share: m.share,
    targetRemaining: total - Math.ceil(m.share * total - 1e-9),
  }));
  return {
    groupBy: q.groupBy,
    series: burndownSeries(items, ends),
    milestones,
    weekly,
    forecast: {
      remaining,
      throughputPerWeek: {
        mean: Math.round(throughput.mean * 10) / 10,
        sd: Math.round(throughput.sd * 10) / 10,
        weeks: throughput.weeks,
      },
      expected: dateAfter(throughput.mean),
      optimistic: dateAfter(throughput.mean + throughput.sd),
      pessimistic: throughput.mean - throughput.sd > 0 ? dateAfter(throughput.mean - throughput.sd) : null,
    },
  };
}

/**
 * The queue report as a workbook: the same figures as GET /api/queue/reports (tickets, served, no-shows, mean
 * and p90 wait, mean service, share within the target) per group, counter, officer and day, each row with the
 * ratings given for those tickets (count, satisfied share, the four answers).
 */
import { sql } from 'kysely';
import type { AnyDb } from '../../../kernel/db.ts';
import type { PlainDate } from '../../../kernel/plain-date.ts';
import { getWard } from '../../identity/index.ts';
import type { RatingScore } from '../contracts.ts';
import { type RatingCounts, renderQueueReportXlsx } from '../infra/report-xlsx.ts';
import { queueReport } from './reports.ts';

type RatingRow = {
  g_group: number;
  g_counter: number;
  g_staff: number;
  g_day: number;
  group_id: string | null;
  counter_id: string | null;
  staff_id: string | null;
  local_date: string | null;
  score: RatingScore;
  n: number;
};

/** Ratings of the range's tickets, keyed `group:<letter>`, `counter:<number>`, `staff:<id>`, `day:<date>`. */
async function ratingsByDimension(db: AnyDb, wardId: string, range: { from: PlainDate; to: PlainDate }) {
  const r = await sql<RatingRow & { letter: string | null; counter_number: number | null }>`
    SELECT GROUPING(t.group_id) AS g_group, GROUPING(t.counter_id) AS g_counter, GROUPING(t.staff_id) AS g_staff,
      GROUPING(t.local_date) AS g_day, t.group_id, t.counter_id, t.staff_id, t.local_date::text AS local_date,
      min(g.letter) AS letter, min(c.number) AS counter_number, r.score, count(*)::int AS n
    FROM queue_ratings r
    JOIN queue_tickets t ON t.ward_id = r.ward_id AND t.id = r.ticket_id
    JOIN queue_groups g ON g.ward_id = t.ward_id AND g.id = t.group_id
    LEFT JOIN queue_counters c ON c.ward_id = t.ward_id AND c.id = t.counter_id
    WHERE r.ward_id = ${wardId} AND t.local_date BETWEEN ${range.from}::date AND ${range.to}::date
    GROUP BY r.score, GROUPING SETS ((t.group_id), (t.counter_id), (t.staff_id), (t.local_date))`.execute(db);
  const out = new Map<string, RatingCounts>();
  for (const x of r.rows) {
    const key =
      x.g_group === 0
        ? `group:${x.letter}`
        : x.g_counter === 0
          ? `counter:${x.counter_number}`
          : x.g_staff === 0
            ? `staff:${x.staff_id}`
            : `day:${x.local_date}`;
    const counts = out.get(key) ?? { very_satisfied: 0, satisfied: 0, neutral: 0, dissatisfied: 0 };
    counts[x.score] += x.n;
    out.set(key, counts);
  }
  return out;
}

export async function queueReportXlsx(
  db: AnyDb,
  wardId: string,
  range: { from: PlainDate; to: PlainDate },
  now: Date,
): Promise<{ fileName: string; bytes: Buffer }> {
  const [report, ratings, ward] = await Promise.all([
    queueReport(db, wardId, range, now),
    ratingsByDimension(db, wardId, range),
    getWard(db, wardId),
  ]);
  const bytes = await renderQueueReportXlsx({ wardName: ward.name, report, ratings, at: now });
  const span = range.from === range.to ? range.from : `${range.from}_${range.to}`;
  return { fileName: `bao-cao-hang-doi_${span}.xlsx`, bytes };
}

/** The demo seed's queue history: only past open days, logs that replay, data the staffing view and reports use. */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../../kernel/actor.ts';
import { fixedClock } from '../../../kernel/clock.ts';
import type { Database } from '../../../kernel/db.ts';
import { plainDate } from '../../../kernel/plain-date.ts';
import { createTestDatabase } from '../../../kernel/testing/test-database.ts';
import { createStaff } from '../../identity/index.ts';
import { replayStatus } from '../domain/ticket-state.ts';
import { aBareWard } from '../testing/builders.ts';
import { queueReport } from './reports.ts';
import { seedQueueDemo } from './seed-demo.ts';
import { weeklyStaffing } from './staffing-history.ts';

/** Friday 27 November 2026, 10:00 in Ho Chi Minh City. */
const clock = fixedClock('2026-11-27T03:00:00Z');
let database: Database;
let wardId: string;
let receiverId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  wardId = await aBareWard(database.db);
  const ctx = { actor: systemActor(wardId), requestId: null };
  const receiver = { username: 'receiver', fullName: 'Phạm Ngọc Lan', roles: ['receiver' as const] };
  receiverId = (await createStaff(database.db, ctx, { ...receiver, password: 'correct horse battery' }, clock.now()))
    .id;
});
afterAll(() => database?.close());

const count = async (table: string) =>
  (
    await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.table(table)} WHERE ward_id = ${wardId}`.execute(
      database.db,
    )
  ).rows[0]?.n ?? 0;

describe('demo queue history', () => {
  it('is added only to the demo ward unless asked for', async () => {
    expect(await seedQueueDemo(database.db, wardId, { clock })).toEqual({ groups: 5, counters: 8, historyTickets: 0 });
    expect(await count('queue_tickets')).toBe(0);
  });

  it('fills the open days of the eight weeks before today, none today, with logs that replay to the status', async () => {
    const seeded = await seedQueueDemo(database.db, wardId, { history: true, clock });
    expect(seeded.historyTickets).toBeGreaterThan(4000);
    expect(await count('queue_tickets')).toBe(seeded.historyTickets);
    const days = await sql<{ d: string; dow: number }>`
      SELECT DISTINCT local_date::text AS d, extract(dow FROM local_date)::int AS dow FROM queue_tickets
      WHERE ward_id = ${wardId} ORDER BY 1`.execute(database.db);
    expect(days.rows[0]?.d).toBe('2026-10-02');
    expect(days.rows.at(-1)?.d).toBe('2026-11-26');
    expect(days.rows.filter((r) => r.dow === 0 || r.dow === 6)).toEqual([]);
    const logs = await sql<{ status: string; version: number; types: string[]; last: number }>`
      SELECT t.status, t.version, array_agg(a.type ORDER BY a.seq) AS types, max(a.seq)::int AS last
      FROM queue_tickets t JOIN queue_ticket_actions a ON a.ward_id = t.ward_id AND a.ticket_id = t.id
      WHERE t.ward_id = ${wardId} GROUP BY t.ward_id, t.id`.execute(database.db);
    expect(logs.rows).toHaveLength(seeded.historyTickets);
    expect(logs.rows.filter((r) => replayStatus(r.types) !== r.status || r.version !== r.last)).toEqual([]);
    const gaps = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM (
        SELECT p.ended_at, t.arrived_at, t.finished_at, p.started_at,
          lag(p.ended_at) OVER (PARTITION BY p.ticket_id ORDER BY p.seq) AS previous,
          row_number() OVER (PARTITION BY p.ticket_id ORDER BY p.seq) AS i,
          row_number() OVER (PARTITION BY p.ticket_id ORDER BY p.seq DESC) AS j
        FROM queue_ticket_periods p JOIN queue_tickets t ON t.ward_id = p.ward_id AND t.id = p.ticket_id
        WHERE p.ward_id = ${wardId}) x
      WHERE ended_at IS NULL OR (i = 1 AND started_at <> arrived_at) OR (i > 1 AND started_at <> previous)
        OR (j = 1 AND ended_at <> finished_at)`.execute(database.db);
    expect(gaps.rows[0]?.n).toBe(0);
    const series = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM queue_number_series s
      WHERE s.ward_id = ${wardId} AND s.last_number <> (SELECT max(seq) FROM queue_tickets t
        WHERE t.ward_id = s.ward_id AND t.issued_group_id = s.group_id AND t.local_date = s.local_date)`.execute(
      database.db,
    );
    expect(series.rows[0]?.n).toBe(0);
    expect(await count('queue_number_series')).toBeGreaterThan(0);
    expect(await count('queue_ratings')).toBeGreaterThan(500);
    const free = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM queue_counters
      WHERE ward_id = ${wardId} AND (current_ticket_id IS NOT NULL OR last_ticket_id IS NOT NULL OR staff_id IS NOT NULL)`.execute(
      database.db,
    );
    expect(free.rows[0]?.n).toBe(0);
  });

  it('feeds the staffing view, the reports and the satisfaction figures', async () => {
    const staffing = await weeklyStaffing(database.db, wardId, clock.now(), 4);
    const monday = staffing.hours.filter((h) => h.dayOfWeek === 1);
    const peak = monday.reduce((a, b) => (b.arrivalsPerHour > a.arrivalsPerHour ? b : a));
    expect([8, 9]).toContain(peak.hour);
    expect(peak.counters).toBeGreaterThan(3);
    expect(staffing.serviceMinutes).toBeGreaterThan(6);
    const report = await queueReport(
      database.db,
      wardId,
      { from: plainDate('2026-11-16'), to: plainDate('2026-11-22') },
      clock.now(),
    );
    expect(report.total.served).toBeGreaterThan(500);
    expect(report.total.noShow).toBeGreaterThan(0);
    expect(report.total.withinTarget).toBeGreaterThan(0.7);
    expect(report.byDay.map((d) => d.date)).toEqual([
      '2026-11-16',
      '2026-11-17',
      '2026-11-18',
      '2026-11-19',
      '2026-11-20',
    ]);
    expect(report.byCounter).toHaveLength(8);
    expect(report.byOfficer).toEqual([expect.objectContaining({ staffId: receiverId, staffName: 'Phạm Ngọc Lan' })]);
    expect(report.satisfaction.ratings).toBeGreaterThan(50);
  });

  it('does not duplicate on a second run, and the next day adds only the day that passed', async () => {
    const before = await count('queue_tickets');
    expect((await seedQueueDemo(database.db, wardId, { history: true, clock })).historyTickets).toBe(0);
    expect(await count('queue_tickets')).toBe(before);
    const saturday = fixedClock('2026-11-28T03:00:00Z');
    const added = (await seedQueueDemo(database.db, wardId, { history: true, clock: saturday })).historyTickets;
    expect(added).toBeGreaterThan(50);
    const days = await sql<{ d: string; n: number }>`
      SELECT local_date::text AS d, count(*)::int AS n FROM queue_tickets
      WHERE ward_id = ${wardId} AND local_date >= '2026-11-27' GROUP BY 1`.execute(database.db);
    expect(days.rows).toEqual([{ d: '2026-11-27', n: added }]);
  });
});

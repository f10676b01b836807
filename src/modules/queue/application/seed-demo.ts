/**
 * The demo queue of Phường An Khánh: five service groups by field and eight counters with work profiles
 * (a priority counter serving everything, pooled civil-status counters, land, business, social, overflow),
 * and for the demo ward itself eight weeks of made-up past tickets (./demo-history.ts) so the staffing view,
 * the reports and the satisfaction figures show something on a fresh start. Never a ticket for today.
 * Idempotent: existing groups, fields and counters (perhaps edited by an administrator) are left alone, and
 * history goes only into open days of the window that have no ticket yet.
 */
import { randomUUID } from 'node:crypto';
import { type RawBuilder, sql } from 'kysely';
import { type Clock, systemClock } from '../../../kernel/clock.ts';
import { type AnyDb, inTransaction, tablesOf } from '../../../kernel/db.ts';
import { addDays, plainDateParts } from '../../../kernel/plain-date.ts';
import { loadWardCalendar } from '../../calendar/index.ts';
import { DEMO_WARD_CODE, findStaffIdByUsername, findStaffMember, getWard } from '../../identity/index.ts';
import { localDateOf } from '../domain/time.ts';
import type { QueueTables } from '../infra/tables.ts';
import {
  generateDemoHistory,
  HISTORY_WEEKS,
  type HistoryAction,
  type HistoryCounter,
  openDaysBefore,
} from './demo-history.ts';

export const DEMO_GROUPS = [
  {
    letter: 'A',
    name: 'Hộ tịch – Chứng thực',
    nameEn: 'Civil status – Certification',
    zone: 'Khu A – tầng trệt',
    fields: ['Hộ tịch', 'Chứng thực', 'Hộ tịch (liên thông Cư trú, BHYT)'],
  },
  {
    letter: 'B',
    name: 'Đất đai – Xây dựng',
    nameEn: 'Land – Construction',
    zone: 'Khu B – tầng trệt',
    fields: ['Đất đai', 'Xây dựng'],
  },
  {
    letter: 'C',
    name: 'Kinh doanh',
    nameEn: 'Household business',
    zone: 'Khu B – tầng trệt',
    fields: ['Kinh doanh (hộ kinh doanh)'],
  },
  {
    letter: 'D',
    name: 'Bảo trợ xã hội – Người có công',
    nameEn: 'Social protection – Persons of merit',
    zone: 'Khu C – tầng trệt',
    fields: ['Bảo trợ xã hội', 'Người có công', 'Giảm nghèo'],
  },
  {
    letter: 'E',
    name: 'Tiếp nhận chung',
    nameEn: 'General reception',
    zone: 'Khu C – tầng trệt',
    fields: ['Cư trú', 'Nghĩa vụ quân sự', 'Khiếu nại, tố cáo', 'Tiếp công dân'],
  },
] as const;

export const DEMO_COUNTERS = [
  { number: 1, name: 'Quầy 1 – Ưu tiên', zone: 'Khu A', groups: ['A', 'B', 'C', 'D', 'E'] },
  { number: 2, name: 'Quầy 2 – Hộ tịch, chứng thực', zone: 'Khu A', groups: ['A'] },
  { number: 3, name: 'Quầy 3 – Hộ tịch, chứng thực', zone: 'Khu A', groups: ['A'] },
  { number: 4, name: 'Quầy 4 – Chứng thực', zone: 'Khu A', groups: ['A', 'E'] },
  { number: 5, name: 'Quầy 5 – Đất đai, xây dựng', zone: 'Khu B', groups: ['B', 'C'] },
  { number: 6, name: 'Quầy 6 – Kinh doanh', zone: 'Khu B', groups: ['C', 'B'] },
  { number: 7, name: 'Quầy 7 – Bảo trợ xã hội, người có công', zone: 'Khu C', groups: ['D', 'E'] },
  { number: 8, name: 'Quầy 8 – Tiếp nhận chung (hỗ trợ)', zone: 'Khu C', groups: ['E', 'A', 'D'] },
] as const;

/** In the history, counter 8 (support) is staffed at the peaks only (minutes since local midnight). */
export const DEMO_COUNTER_HOURS: Readonly<Record<number, ReadonlyArray<{ start: number; end: number }>>> = {
  8: [
    { start: 8 * 60, end: 10 * 60 + 30 },
    { start: 14 * 60, end: 15 * 60 + 30 },
  ],
};
/** The demo account that staffs counter 2 in the history; the other counters' officers have no demo account. */
const HISTORY_OFFICER = { username: 'receiver', counter: 2 } as const;

export interface SeedQueueDemoOptions {
  /** Add the past weeks' history; by default only the demo ward (identity's DEMO_WARD_CODE) gets it. */
  history?: boolean;
  /** The history covers the weeks before this clock's day, never the day itself. */
  clock?: Clock;
}

export async function seedQueueDemo(
  db: AnyDb,
  wardId: string,
  opts: SeedQueueDemoOptions = {},
): Promise<{ groups: number; counters: number; historyTickets: number }> {
  const created = await seedGroupsAndCounters(db, wardId);
  const history = opts.history ?? (await getWard(db, wardId)).code === DEMO_WARD_CODE;
  const historyTickets = history ? await seedQueueHistory(db, wardId, (opts.clock ?? systemClock).now()) : 0;
  return { ...created, historyTickets };
}

async function seedGroupsAndCounters(db: AnyDb, wardId: string): Promise<{ groups: number; counters: number }> {
  return inTransaction(db, async (tx) => {
    const t = tablesOf<QueueTables>(tx);
    await t
      .insertInto('queue_settings')
      .values({ ward_id: wardId })
      .onConflict((oc) => oc.column('ward_id').doNothing())
      .execute();
    let createdGroups = 0;
    for (const [i, g] of DEMO_GROUPS.entries()) {
      const row = await t
        .insertInto('queue_groups')
        .values({ ward_id: wardId, letter: g.letter, name: g.name, name_en: g.nameEn, zone: g.zone, sort_order: i + 1 })
        .onConflict((oc) => oc.columns(['ward_id', 'letter']).doNothing())
        .returning('id')
        .executeTakeFirst();
      if (!row) continue;
      createdGroups++;
      for (const field of g.fields)
        await t
          .insertInto('queue_group_fields')
          .values({ ward_id: wardId, field, group_id: row.id })
          .onConflict((oc) => oc.columns(['ward_id', 'field']).doNothing())
          .execute();
    }
    const groups = await t.selectFrom('queue_groups').select(['id', 'letter']).where('ward_id', '=', wardId).execute();
    let createdCounters = 0;
    for (const c of DEMO_COUNTERS) {
      const row = await t
        .insertInto('queue_counters')
        .values({
          ward_id: wardId,
          number: c.number,
          name: c.name,
          zone: c.zone,
          staff_id: null,
          staff_name: null,
          current_ticket_id: null,
          last_ticket_id: null,
        })
        .onConflict((oc) => oc.columns(['ward_id', 'number']).doNothing())
        .returning('id')
        .executeTakeFirst();
      if (!row) continue;
      createdCounters++;
      const profile = c.groups.flatMap((letter) => groups.filter((g) => g.letter === letter).map((g) => g.id));
      await t
        .insertInto('queue_counter_groups')
        .values(
          profile.map((groupId, i) => ({ ward_id: wardId, counter_id: row.id, group_id: groupId, position: i + 1 })),
        )
        .execute();
    }
    return { groups: createdGroups, counters: createdCounters };
  });
}

/**
 * Inserts the history of the open days before today that have no ticket yet, a few statements in all (one
 * INSERT … SELECT per table over a JSON array); returns how many tickets it added.
 */
async function seedQueueHistory(db: AnyDb, wardId: string, now: Date): Promise<number> {
  return inTransaction(db, async (tx) => {
    // Two processes seeding at once: the second waits, then finds the days taken.
    await sql`SELECT pg_advisory_xact_lock(hashtext(${`queue-demo-history:${wardId}`}))`.execute(tx);
    const today = localDateOf(now);
    const first = addDays(today, -HISTORY_WEEKS * 7);
    const calendar = await loadWardCalendar(tx, wardId, {
      from: plainDateParts(first).year,
      to: plainDateParts(today).year,
    });
    const taken = await sql<{ d: string }>`
      SELECT DISTINCT local_date::text AS d FROM queue_tickets
      WHERE ward_id = ${wardId} AND local_date >= ${first}::date AND local_date < ${today}::date`.execute(tx);
    const takenDays = new Set(taken.rows.map((r) => r.d));
    const days = openDaysBefore(calendar, today).filter((d) => !takenDays.has(d.date));
    const profile = await sql<{ id: string; number: number; group_id: string; letter: string }>`
      SELECT c.id, c.number, g.id AS group_id, g.letter
      FROM queue_counters c
      JOIN queue_counter_groups cg ON cg.ward_id = c.ward_id AND cg.counter_id = c.id
      JOIN queue_groups g ON g.ward_id = cg.ward_id AND g.id = cg.group_id
      WHERE c.ward_id = ${wardId} AND c.active AND g.active ORDER BY c.number, cg.position`.execute(tx);
    if (days.length === 0 || profile.rows.length === 0) return 0;
    const counterId = new Map(profile.rows.map((r) => [r.number, r.id]));
    const groupId = new Map(profile.rows.map((r) => [r.letter, r.group_id]));
    const counters: HistoryCounter[] = [...counterId.keys()].map((number) => ({
      number,
      groups: profile.rows.filter((r) => r.number === number).map((r) => r.letter),
      ...(DEMO_COUNTER_HOURS[number] ? { hours: DEMO_COUNTER_HOURS[number] } : {}),
    }));
    const officerId = await findStaffIdByUsername(tx, wardId, HISTORY_OFFICER.username);
    const officerName = officerId ? ((await findStaffMember(tx, wardId, officerId))?.fullName ?? null) : null;
    const staffAt = (counter: number | null) => (officerId && counter === HISTORY_OFFICER.counter ? officerId : null);
    const cid = (n: number | null) => (n === null ? null : (counterId.get(n) ?? null));
    const gid = (letter: string) => groupId.get(letter) as string;
    const { tickets, shifts } = generateDemoHistory(days, counters);

    const ids = tickets.map(() => randomUUID());
    const actor = (a: HistoryAction, channel: string) => {
      if (a.type !== 'issue' || channel === 'staff') {
        const id = staffAt(a.counter);
        return { k: 'staff', ai: id, an: id ? HISTORY_OFFICER.username : null };
      }
      return { k: 'device', ai: null, an: `${channel}-1` };
    };
    const details = (a: HistoryAction) =>
      typeof a.details.fromGroup === 'string'
        ? { fromGroupId: gid(a.details.fromGroup), toGroup: a.details.toGroup, reason: a.details.reason }
        : a.details;
    await insertRows(
      tx,
      sql`queue_tickets (ward_id, id, local_date, issued_group_id, seq, number, group_id, status, priority, channel,
        lang, arrived_at, counter_id, staff_id, recalls, called_at, finished_at, version, updated_at)`,
      sql`${wardId}::uuid, x.id, x.d, x.ig, x.seq, x.n, x.g, x.st, x.pr, x.ch, x.ln, to_timestamp(x.a), x.c, x.s,
        x.rc, to_timestamp(x.ca), to_timestamp(x.fa), x.v, to_timestamp(x.fa)`,
      'id uuid, d date, ig uuid, seq int, n text, g uuid, st text, pr text, ch text, ln text, a float8, c uuid, s uuid, rc int, ca float8, fa float8, v int',
      tickets.map((t, i) => ({
        id: ids[i],
        d: t.date,
        ig: gid(t.issuedGroup),
        seq: t.seq,
        n: t.number,
        g: gid(t.group),
        st: t.status,
        pr: t.priority,
        ch: t.channel,
        ln: t.lang,
        a: t.arrivedAt,
        c: cid(t.counter),
        s: staffAt(t.counter),
        rc: t.recalls,
        ca: t.calledAt,
        fa: t.finishedAt,
        v: t.actions.length,
      })),
    );
    await insertRows(
      tx,
      sql`queue_ticket_actions (ward_id, ticket_id, seq, at, type, actor_kind, actor_id, actor_name, counter_id,
        group_id, details)`,
      sql`${wardId}::uuid, x.t, x.q, to_timestamp(x.at), x.ty, x.k, x.ai, x.an, x.c, x.g, x.x`,
      't uuid, q int, at float8, ty text, k text, ai uuid, an text, c uuid, g uuid, x jsonb',
      tickets.flatMap((t, i) =>
        t.actions.map((a) => ({
          t: ids[i],
          q: a.seq,
          at: a.at,
          ty: a.type,
          ...actor(a, t.channel),
          c: cid(a.counter),
          g: gid(a.group),
          x: details(a),
        })),
      ),
    );
    await insertRows(
      tx,
      sql`queue_ticket_periods (ward_id, ticket_id, seq, kind, group_id, counter_id, staff_id, started_at, ended_at)`,
      sql`${wardId}::uuid, x.t, x.q, x.k, x.g, x.c, x.s, to_timestamp(x.a), to_timestamp(x.e)`,
      't uuid, q int, k text, g uuid, c uuid, s uuid, a float8, e float8',
      tickets.flatMap((t, i) =>
        t.periods.map((p) => ({
          t: ids[i],
          q: p.seq,
          k: p.kind,
          g: gid(p.group),
          c: cid(p.counter),
          s: staffAt(p.counter),
          a: p.startedAt,
          e: p.endedAt,
        })),
      ),
    );
    await insertRows(
      tx,
      sql`queue_ratings (ward_id, ticket_id, score, group_id, counter_id, staff_id, rated_at)`,
      sql`${wardId}::uuid, x.t, x.sc, x.g, x.c, x.s, to_timestamp(x.at)`,
      't uuid, sc text, g uuid, c uuid, s uuid, at float8',
      tickets.flatMap((t, i) =>
        t.rating
          ? [
              {
                t: ids[i],
                sc: t.rating.score,
                g: gid(t.group),
                c: cid(t.counter),
                s: staffAt(t.counter),
                at: t.rating.at,
              },
            ]
          : [],
      ),
    );
    // The day's number series end where the history's numbers end.
    await sql`
      INSERT INTO queue_number_series (ward_id, group_id, local_date, last_number)
      SELECT ward_id, issued_group_id, local_date, max(seq) FROM queue_tickets
      WHERE ward_id = ${wardId} AND local_date = ANY(${days.map((d) => d.date)}::date[])
      GROUP BY ward_id, issued_group_id, local_date
      ON CONFLICT (ward_id, group_id, local_date) DO NOTHING`.execute(tx);
    if (officerId && officerName)
      await insertRows(
        tx,
        sql`queue_counter_sessions (ward_id, counter_id, staff_id, staff_name, started_at, ended_at)`,
        sql`${wardId}::uuid, x.c, ${officerId}::uuid, ${officerName}::text, to_timestamp(x.a), to_timestamp(x.e)`,
        'c uuid, a float8, e float8',
        shifts
          .filter((s) => s.counter === HISTORY_OFFICER.counter)
          .map((s) => ({ c: cid(s.counter), a: s.startedAt, e: s.endedAt })),
      );
    return tickets.length;
  });
}

/** One INSERT … SELECT over a JSON array of rows: a single parameter, however many rows. */
async function insertRows(
  tx: AnyDb,
  into: RawBuilder<unknown>,
  select: RawBuilder<unknown>,
  record: string,
  rows: object[],
) {
  if (rows.length === 0) return;
  await sql`INSERT INTO ${into} SELECT ${select}
    FROM json_to_recordset(${JSON.stringify(rows)}::json) AS x(${sql.raw(record)})`.execute(tx);
}

/**
 * Done-when of the issue: 4 kiosks issue 400 tickets while 6 counters call next in parallel. Numbers are
 * consecutive per group, no ticket is called twice, none is lost; the ticket rows equal the replay of
 * their action logs. Runs on PGlite and on PostgreSQL (where the pool gives real parallel transactions).
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../kernel/actor.ts';
import type { Database } from '../../kernel/db.ts';
import { createTestDatabase } from '../../kernel/testing/test-database.ts';
import { callNext } from './application/call.ts';
import { signIn } from './application/counters.ts';
import { issueTicket } from './application/issue-ticket.ts';
import { actOnTicket } from './application/ticket-actions.ts';
import { replayStatus } from './domain/ticket-state.ts';
import { aQueueWard, aStaffContext } from './testing/builders.ts';

let database: Database;
let ward: Awaited<ReturnType<typeof aQueueWard>>;

beforeAll(async () => {
  database = await createTestDatabase();
  ward = await aQueueWard(database);
});
afterAll(() => database.close());

const KIOSKS = 4;
const PER_KIOSK = 100;
const COUNTERS = [1, 2, 3, 5, 7, 8];
const GROUPS = ['A', 'B', 'C', 'D', 'E'];

const ctxOf = (actor: Actor) => ({ actor, requestId: null });

/** A member of the ward's staff with that role, as the actor of commands. */
const aMember = async (role: 'receiver' | 'director'): Promise<Actor> =>
  (await aStaffContext(database.db, ward.wardId, role)).actor;

describe('concurrency', () => {
  it('4 kiosks × 100 tickets while 6 counters call next: gapless numbers, each ticket called once, none lost', async () => {
    const db = database.db;
    const officers: Array<{ actor: Actor; counterId: string }> = [];
    for (const n of COUNTERS) {
      const actor = await aMember('receiver');
      await signIn(db, ctxOf(actor), ward.counterId(n), new Date());
      officers.push({ actor, counterId: ward.counterId(n) });
    }
    let issuing = KIOSKS;
    const kiosk = async (k: number) => {
      const actor: Actor = { kind: 'device', id: null, name: `kiosk-${k}`, wardId: ward.wardId, roles: ['kiosk'] };
      for (let i = 0; i < PER_KIOSK; i++) {
        const group = GROUPS[(k * 7 + i) % GROUPS.length] as string;
        await issueTicket(db, ctxOf(actor), { group, priority: i % 9 === 0 ? 'elderly' : null }, new Date());
      }
      issuing--;
    };
    const served: string[] = [];
    const counter = async ({ actor, counterId }: (typeof officers)[number]) => {
      for (;;) {
        const ticket = await callNext(db, ctxOf(actor), counterId, new Date());
        if (!ticket) {
          if (issuing === 0 && (await waiting()) === 0) return;
          await new Promise((r) => setTimeout(r, 2));
          continue;
        }
        served.push(ticket.id);
        await actOnTicket(db, ctxOf(actor), ticket.id, { type: 'start' }, new Date());
        await actOnTicket(db, ctxOf(actor), ticket.id, { type: 'finish' }, new Date());
      }
    };
    const waiting = async () =>
      (
        await sql<{
          n: number;
        }>`SELECT count(*)::int AS n FROM queue_tickets WHERE ward_id = ${ward.wardId} AND status = 'waiting'`.execute(
          db,
        )
      ).rows[0]?.n ?? 0;

    await Promise.all([...Array.from({ length: KIOSKS }, (_, k) => kiosk(k)), ...officers.map(counter)]);

    const tickets = await sql<{ id: string; letter: string; seq: number; number: string; status: string }>`
      SELECT t.id, g.letter, t.seq, t.number, t.status FROM queue_tickets t
      JOIN queue_groups g ON g.ward_id = t.ward_id AND g.id = t.issued_group_id
      WHERE t.ward_id = ${ward.wardId} ORDER BY g.letter, t.seq`.execute(db);
    expect(tickets.rows).toHaveLength(KIOSKS * PER_KIOSK);
    for (const letter of GROUPS) {
      const seqs = tickets.rows.filter((r) => r.letter === letter).map((r) => r.seq);
      expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => i + 1));
    }
    expect(new Set(tickets.rows.map((r) => r.number)).size).toBe(KIOSKS * PER_KIOSK);
    expect(served).toHaveLength(KIOSKS * PER_KIOSK);
    expect(new Set(served).size).toBe(KIOSKS * PER_KIOSK);
    expect(new Set(tickets.rows.map((r) => r.status))).toEqual(new Set(['finished']));

    const calls = await sql<{ ticket_id: string; n: number }>`
      SELECT ticket_id, count(*)::int AS n FROM queue_ticket_actions
      WHERE ward_id = ${ward.wardId} AND type = 'call' GROUP BY ticket_id`.execute(db);
    expect(calls.rows.filter((r) => r.n !== 1)).toEqual([]);
    expect(calls.rows).toHaveLength(KIOSKS * PER_KIOSK);

    const logs = await sql<{ id: string; status: string; types: string[] }>`
      SELECT t.id, t.status, array_agg(a.type ORDER BY a.seq) AS types
      FROM queue_tickets t JOIN queue_ticket_actions a ON a.ward_id = t.ward_id AND a.ticket_id = t.id
      WHERE t.ward_id = ${ward.wardId} GROUP BY t.id, t.status`.execute(db);
    expect(logs.rows.filter((r) => replayStatus(r.types) !== r.status)).toEqual([]);
    const open = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM queue_ticket_periods WHERE ward_id = ${ward.wardId} AND ended_at IS NULL`.execute(
      db,
    );
    expect(open.rows[0]?.n).toBe(0);
  }, 180_000);

  it('the officer and the director finish one ticket at once: one wins, the other is refused, nothing half-written', async () => {
    const db = database.db;
    const officer = await aMember('receiver');
    const director = await aMember('director');
    const counterId = ward.counterId(4);
    await signIn(db, ctxOf(officer), counterId, new Date());
    const kiosk: Actor = { kind: 'device', id: null, name: 'kiosk-race', wardId: ward.wardId, roles: ['kiosk'] };
    for (let i = 0; i < 15; i++) {
      await issueTicket(db, ctxOf(kiosk), { group: 'A' }, new Date());
      const ticket = await callNext(db, ctxOf(officer), counterId, new Date());
      if (!ticket) throw new Error('nobody called');
      await actOnTicket(db, ctxOf(officer), ticket.id, { type: 'start' }, new Date());
      const results = await Promise.allSettled([
        actOnTicket(db, ctxOf(officer), ticket.id, { type: 'finish' }, new Date()),
        actOnTicket(db, ctxOf(director), ticket.id, { type: 'finish' }, new Date()),
      ]);
      const won = results.filter((r) => r.status === 'fulfilled');
      expect(won).toHaveLength(1);
      const lost = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
      expect(['VERSION_CONFLICT', 'QUEUE_TICKET_WRONG_STATE']).toContain(lost.reason.code);
      expect((won[0] as PromiseFulfilledResult<{ status: string }>).value.status).toBe('finished');
      const state = await sql<{
        status: string;
        version: number;
        actions: number;
        open: number;
        current: string | null;
      }>`
        SELECT t.status, t.version,
          (SELECT count(*)::int FROM queue_ticket_actions a WHERE a.ward_id = t.ward_id AND a.ticket_id = t.id) AS actions,
          (SELECT count(*)::int FROM queue_ticket_periods p
           WHERE p.ward_id = t.ward_id AND p.ticket_id = t.id AND p.ended_at IS NULL) AS open,
          (SELECT current_ticket_id FROM queue_counters c WHERE c.ward_id = t.ward_id AND c.id = ${counterId}) AS current
        FROM queue_tickets t WHERE t.ward_id = ${ward.wardId} AND t.id = ${ticket.id}`.execute(db);
      const row = state.rows[0];
      expect(row).toMatchObject({ status: 'finished', version: 4, actions: 4, open: 0, current: null });
    }
  }, 120_000);
});

/** "Few people ahead" SMS: once per ticket with a phone, when three or fewer are ahead after the queue moves. */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestContext } from '../../kernel/actor.ts';
import type { Database } from '../../kernel/db.ts';
import { createTestDatabase } from '../../kernel/testing/test-database.ts';
import { callNext } from './application/call.ts';
import { signIn } from './application/counters.ts';
import { issueTicket } from './application/issue-ticket.ts';
import { actOnTicket } from './application/ticket-actions.ts';
import { aKioskContext, aQueueWard, aStaffContext } from './testing/builders.ts';

let database: Database;
let ward: Awaited<ReturnType<typeof aQueueWard>>;
let kiosk: RequestContext;
let director: RequestContext;
beforeAll(async () => {
  database = await createTestDatabase();
  ward = await aQueueWard(database);
  kiosk = aKioskContext(ward.wardId);
  director = await aStaffContext(database.db, ward.wardId, 'director');
});
afterAll(() => database.close());

/** Instants one second apart from `start`, so periods never end before they start. */
function ticker(start: number): () => Date {
  let at = start;
  return () => {
    at += 1000;
    return new Date(at);
  };
}

/** The near-turn SMS written to the outbox for numbers starting with `prefix`, oldest first. */
async function told(prefix: string) {
  const r = await sql<{ recipient: string; lang: string; body: string; ahead: number }>`
    SELECT recipient, lang, body, (data->>'ahead')::int AS ahead FROM notifications
    WHERE ward_id = ${ward.wardId} AND template = 'ticket-near' AND recipient LIKE ${`${prefix}%`}
    ORDER BY created_at, recipient`.execute(database.db);
  return r.rows;
}

describe('near-turn SMS', () => {
  it('tells each waiting ticket with a phone once, when at most three are ahead, in its language', async () => {
    const db = database.db;
    const officer = await aStaffContext(db, ward.wardId, 'receiver');
    const counterId = ward.counterId(2);
    const tick = ticker(Date.now());
    await signIn(db, officer, counterId, tick());
    // Seven in group A: phones on the 2nd (vi), 6th (en) and 7th.
    const phones = [null, '0901000002', null, null, null, '0901000006', '0901000007'];
    for (const [i, phone] of phones.entries())
      await issueTicket(db, kiosk, { group: 'A', phone, lang: i === 5 ? 'en' : 'vi' }, tick());
    const serveNext = async () => {
      const t = await callNext(db, officer, counterId, tick());
      if (!t) throw new Error('nobody waiting');
      await actOnTicket(db, officer, t.id, { type: 'start' }, tick());
      await actOnTicket(db, officer, t.id, { type: 'finish' }, tick());
    };
    const sent = async () => (await told('+849010')).map((m) => [m.recipient, m.ahead]);
    await serveNext(); // 1st called: the 2nd has 0 ahead → told
    expect(await sent()).toEqual([['+84901000002', 0]]);
    await serveNext(); // 2nd called: the 6th has 3 ahead (3rd, 4th, 5th) → told; the 7th has 4 → not yet
    expect(await sent()).toEqual([
      ['+84901000002', 0],
      ['+84901000006', 3],
    ]);
    const en = (await told('+84901000006'))[0];
    expect(en).toMatchObject({ lang: 'en' });
    expect(en?.body).toContain('3 people ahead');
    await serveNext(); // the 7th now has 3 ahead → told; the 6th is not told again
    await serveNext();
    expect(await sent()).toEqual([
      ['+84901000002', 0],
      ['+84901000006', 3],
      ['+84901000007', 3],
    ]);
  });

  it('marks a number no SMS can reach without holding up the others of the group', async () => {
    const db = database.db;
    const tick = ticker(Date.now() + 3_600_000);
    await issueTicket(db, kiosk, { group: 'C' }, tick());
    const bad = await issueTicket(db, kiosk, { group: 'C', phone: '0902000001' }, tick());
    await issueTicket(db, kiosk, { group: 'C', phone: '0902000002' }, tick());
    // A number stored before the API checked numbers (e.g. a landline).
    await sql`UPDATE queue_tickets SET phone = '12345678' WHERE ward_id = ${ward.wardId} AND id = ${bad.id}`.execute(
      db,
    );
    expect(await callNext(db, director, ward.counterId(5), tick())).toMatchObject({ group: 'C' });
    expect((await told('+84902')).map((m) => m.recipient)).toEqual(['+84902000002']);
    const marked = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM queue_near_alerts WHERE ward_id = ${ward.wardId} AND ticket_id = ${bad.id}`.execute(
      db,
    );
    expect(marked.rows[0]?.n).toBe(1);
  });

  it('tells a ticket that moved up because one ahead of it was cancelled', async () => {
    const db = database.db;
    const tick = ticker(Date.now() + 7_200_000);
    const first = await issueTicket(db, kiosk, { group: 'D' }, tick());
    for (let i = 0; i < 3; i++) await issueTicket(db, kiosk, { group: 'D' }, tick());
    const fifth = await issueTicket(db, kiosk, { group: 'D', phone: '0903000005' }, tick());
    expect(fifth.ahead).toBe(4);
    await actOnTicket(db, director, first.id, { type: 'cancel', reason: 'left' }, tick());
    expect((await told('+84903000005')).map((m) => m.ahead)).toEqual([3]);
  });
});

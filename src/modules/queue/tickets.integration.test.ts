/** Tickets over HTTP: issue, idempotent retry, ordering, counter actions, periods, rating, public page. */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorBody, registerErrorHandling } from '../../server/plugins/errors.ts';
import { registerIdempotency } from '../../server/plugins/idempotency.ts';
import { formatTicketNumber } from './domain/announce.ts';
import { aQueueWard, aTokenFor, bearer } from './testing/builders.ts';
import { createQueueTestApp, type QueueTestApp } from './testing/test-app.ts';

let t: QueueTestApp;
let ward: Awaited<ReturnType<typeof aQueueWard>>;
let kiosk: string;
let receiver: string;
let director: string;

beforeAll(async () => {
  t = await createQueueTestApp({ registerErrorHandling, registerIdempotency, errorBody });
  ward = await aQueueWard(t.database);
  kiosk = (await aTokenFor(t.database.db, ward.wardId, 'kiosk')).token;
  receiver = (await aTokenFor(t.database.db, ward.wardId, 'receiver')).token;
  director = (await aTokenFor(t.database.db, ward.wardId, 'director')).token;
});
afterAll(() => t.close());

const post = (token: string, url: string, payload: unknown = {}, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url, headers: { ...bearer(token), ...headers }, payload: payload as object });
const get = (token: string, url: string) => t.app.inject({ method: 'GET', url, headers: bearer(token) });
const issue = (group: string, extra: Record<string, unknown> = {}) =>
  post(kiosk, '/api/queue/tickets', { group, priority: null, channel: 'kiosk', phone: null, lang: 'vi', ...extra });
const act = (token: string, id: string, body: Record<string, unknown>) =>
  post(token, `/api/queue/tickets/${id}/actions`, body);
const minutes = (n: number) => t.clock.advance(n * 60_000);

describe('issuing tickets', () => {
  it('issues A001, A002… per group with a tracking link, and replays a retried request', async () => {
    const first = await issue('C', {}).then((r) => r);
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({
      number: 'C001',
      group: 'C',
      groupName: 'Kinh doanh',
      ahead: 0,
      estimatedWaitMinutes: 0,
      channel: 'kiosk',
    });
    expect(first.json().trackUrl).toBe(`/q/${first.json().trackId}`);
    const key = { 'idempotency-key': 'kiosk-1-press-42' };
    const a = await post(kiosk, '/api/queue/tickets', { group: 'C' }, key);
    const retry = await post(kiosk, '/api/queue/tickets', { group: 'C' }, key);
    expect(a.json().number).toBe('C002');
    expect(retry.statusCode).toBe(201);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.json()).toEqual(a.json());
    const next = await issue('C');
    expect(next.json()).toMatchObject({ number: 'C003', ahead: 2 });
    expect(next.json().estimatedWaitMinutes).toBeGreaterThan(0);
  });

  it('numbers past 99 and 999 as formatTicketNumber does (B100, B1000)', async () => {
    const first = await issue('B');
    expect(first.json().number).toBe(formatTicketNumber('B', 1));
    const cancel = async (id: string) =>
      expect((await act(director, id, { type: 'cancel', reason: 'test' })).statusCode).toBe(200);
    await cancel(first.json().id);
    for (const [last, expected] of [
      [99, 'B100'],
      [999, 'B1000'],
    ] as const) {
      await sql`UPDATE queue_number_series SET last_number = ${last}
        WHERE ward_id = ${ward.wardId} AND group_id = (SELECT id FROM queue_groups WHERE ward_id = ${ward.wardId} AND letter = 'B')`.execute(
        t.database.db,
      );
      const r = await issue('B');
      expect(r.json().number).toBe(expected);
      expect(expected).toBe(formatTicketNumber('B', last + 1));
      await cancel(r.json().id);
    }
  });

  it('refuses an unknown group, a channel that is not the device, and a kiosk calling tickets', async () => {
    const unknown = await issue('Z');
    expect([unknown.statusCode, unknown.json().error.code]).toEqual([404, 'QUEUE_GROUP_NOT_FOUND']);
    const setActive = (active: boolean) =>
      sql`UPDATE queue_groups SET active = ${active} WHERE ward_id = ${ward.wardId} AND letter = 'E'`.execute(
        t.database.db,
      );
    await setActive(false);
    const inactive = await issue('e');
    await setActive(true);
    expect([inactive.statusCode, inactive.json().error.code]).toEqual([422, 'QUEUE_GROUP_INACTIVE']);
    const landline = await issue('A', { phone: '028 3829 1234' });
    expect([landline.statusCode, landline.json().error.code]).toEqual([400, 'VALIDATION_FAILED']);
    const robotClaim = await issue('A', { channel: 'robot' });
    expect([robotClaim.statusCode, robotClaim.json().error.code]).toEqual([422, 'QUEUE_CHANNEL_NOT_ALLOWED']);
    const call = await post(kiosk, `/api/queue/counters/${ward.counterId(2)}/call-next`);
    expect(call.statusCode).toBe(403);
  });
});

describe('a counter at work', () => {
  it('needs a sign-in, calls priority before walk-ins, and never calls the same ticket twice', async () => {
    const c2 = ward.counterId(2);
    const notSigned = await post(receiver, `/api/queue/counters/${c2}/call-next`);
    expect([notSigned.statusCode, notSigned.json().error.code]).toEqual([403, 'QUEUE_NOT_SIGNED_IN']);
    const nowhere = await post(director, '/api/queue/counters/00000000-0000-4000-8000-000000000000/call-next');
    expect([nowhere.statusCode, nowhere.json().error.code]).toEqual([404, 'QUEUE_COUNTER_NOT_FOUND']);
    expect((await post(receiver, `/api/queue/counters/${c2}/sign-in`)).json()).toMatchObject({ state: 'idle' });

    const walkIn = (await issue('A')).json();
    minutes(1);
    const elderly = (await issue('A', { priority: 'elderly', phone: '0901234567' })).json();
    expect(elderly.ahead).toBe(0);
    const called = await post(receiver, `/api/queue/counters/${c2}/call-next`);
    expect(called.json()).toMatchObject({ id: elderly.id, status: 'called', counterNumber: 2, phone: '090****567' });
    const busy = await post(receiver, `/api/queue/counters/${c2}/call-next`);
    expect([busy.statusCode, busy.json().error.code]).toEqual([409, 'QUEUE_COUNTER_BUSY']);

    const early = await act(receiver, elderly.id, { type: 'no-show' });
    expect([early.statusCode, early.json().error.code]).toEqual([422, 'QUEUE_NO_SHOW_TOO_EARLY']);
    const finishTooSoon = await act(receiver, elderly.id, { type: 'finish' });
    expect([finishTooSoon.statusCode, finishTooSoon.json().error.code]).toEqual([409, 'QUEUE_TICKET_WRONG_STATE']);
    expect(finishTooSoon.json().error.messageVi).toBeTruthy();
    await act(receiver, elderly.id, { type: 'recall' });
    expect((await act(receiver, elderly.id, { type: 'recall' })).json().recalls).toBe(2);
    expect((await act(receiver, elderly.id, { type: 'no-show' })).json()).toMatchObject({ status: 'no_show' });

    const second = await post(receiver, `/api/queue/counters/${c2}/call-next`);
    expect(second.json().id).toBe(walkIn.id);
    expect((await act(receiver, walkIn.id, { type: 'cancel' })).json().status).toBe('cancelled');
    const empty = await post(receiver, `/api/queue/counters/${c2}/call-next`);
    expect(empty.statusCode).toBe(204);
  });

  it('measures waiting, called, serving and on-hold periods exactly and keeps arrival time on transfer', async () => {
    const c3 = ward.counterId(3);
    const officer = (await aTokenFor(t.database.db, ward.wardId, 'receiver')).token;
    await post(officer, `/api/queue/counters/${c3}/sign-in`);
    const ticket = (await issue('A')).json();
    minutes(4);
    await post(officer, `/api/queue/counters/${c3}/call-next`);
    minutes(1);
    await act(officer, ticket.id, { type: 'start' });
    minutes(3);
    await act(officer, ticket.id, { type: 'hold', reason: 'đi photo giấy tờ' });
    const free = await post(officer, `/api/queue/counters/${c3}/call-next`);
    expect(free.statusCode).toBe(204); // parking frees the counter
    minutes(5);
    await act(officer, ticket.id, { type: 'resume' });
    minutes(2);
    const moved = await act(officer, ticket.id, { type: 'transfer', group: 'B' });
    expect(moved.json()).toMatchObject({ number: ticket.number, group: 'B', status: 'waiting', counterId: null });
    minutes(6);
    const c5 = ward.counterId(5);
    const land = (await aTokenFor(t.database.db, ward.wardId, 'receiver')).token;
    await post(land, `/api/queue/counters/${c5}/sign-in`);
    const laterWalkIn = (await issue('B')).json();
    const call = await post(land, `/api/queue/counters/${c5}/call-next`);
    expect(call.json().id).toBe(ticket.id); // arrived long before the walk-in
    await act(land, ticket.id, { type: 'start' });
    minutes(10);
    const wrongCounter = await act(officer, ticket.id, { type: 'finish' });
    expect(wrongCounter.json().error.code).toBe('QUEUE_TICKET_AT_OTHER_COUNTER');
    const done = await act(land, ticket.id, { type: 'finish', dossierRefs: ['000.00.12.H29-260302-0001'] });
    expect(done.json()).toMatchObject({ status: 'finished', dossierRefs: ['000.00.12.H29-260302-0001'] });

    const detail = (await get(director, `/api/queue/tickets/${ticket.id}`)).json();
    expect(detail.periods.map((p: { kind: string; minutes: number }) => [p.kind, p.minutes])).toEqual([
      ['waiting', 4],
      ['called', 1],
      ['serving', 3],
      ['on_hold', 5],
      ['serving', 2],
      ['waiting', 6],
      ['called', 0],
      ['serving', 10],
    ]);
    expect(detail.waitMinutes).toBe(10);
    expect(detail.serviceMinutes).toBe(15);
    expect(detail.actions.map((a: { type: string }) => a.type)).toEqual([
      'issue',
      'call',
      'start',
      'hold',
      'resume',
      'transfer',
      'call',
      'start',
      'finish',
    ]);

    const rating = await post(kiosk, `/api/queue/tickets/${ticket.id}/rating`, { score: 'very_satisfied' });
    expect(rating.statusCode).toBe(201);
    const again = await post(kiosk, `/api/queue/tickets/${ticket.id}/rating`, { score: 'dissatisfied' });
    expect(again.json().error.code).toBe('QUEUE_ALREADY_RATED');
    const notDone = await post(kiosk, `/api/queue/tickets/${laterWalkIn.id}/rating`, { score: 'satisfied' });
    expect(notDone.json().error.code).toBe('QUEUE_NOT_RATABLE');
  });

  it('lets a director act on any counter but a receiver only on their own', async () => {
    const c6 = ward.counterId(6);
    const other = await post(receiver, `/api/queue/counters/${c6}/call-next`);
    expect(other.json().error.code).toBe('QUEUE_NOT_SIGNED_IN');
    await issue('C');
    const byDirector = await post(director, `/api/queue/counters/${c6}/call-next`);
    expect(byDirector.json()).toMatchObject({ group: 'C', counterNumber: 6 });
  });
});

describe('the phone page and the display', () => {
  it('shows position without personal data, and the display lists calls with the spoken sentence', async () => {
    const mine = (await issue('D', { phone: '0987654321' })).json();
    const page = await t.app.inject({ method: 'GET', url: `/api/public/queue/tickets/${mine.trackId}` });
    expect(page.statusCode).toBe(200);
    expect(page.json()).toMatchObject({ number: 'D001', status: 'waiting', ahead: 0, counterNumber: null });
    expect(page.body).not.toContain('0987654321');
    expect(page.body).not.toContain(mine.id);
    const byStaffId = await t.app.inject({ method: 'GET', url: `/api/public/queue/tickets/${mine.id}` });
    expect(byStaffId.statusCode).toBe(404);

    const display = (await aTokenFor(t.database.db, ward.wardId, 'display')).token;
    minutes(1); // the board lists calls newest first
    await post(director, `/api/queue/counters/${ward.counterId(7)}/call-next`);
    const board = (await get(display, '/api/queue/display/stream')).json();
    expect(board.lastCalls[0]).toMatchObject({
      ticketNumber: 'D001',
      counterNumber: 7,
      speech: { vi: 'Mời số D001 đến quầy số 7' },
    });
    expect(board.counters.find((c: { number: number }) => c.number === 7)).toMatchObject({ ticketNumber: 'D001' });
    const afterCall = (await t.app.inject({ method: 'GET', url: `/api/public/queue/tickets/${mine.trackId}` })).json();
    expect(afterCall).toMatchObject({ status: 'called', counterNumber: 7 });
  });
});

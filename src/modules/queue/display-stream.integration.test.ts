/** The display board's SSE stream over a real socket: snapshot first, spoken calls, reconnect, heartbeat, cleanup. */
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDatabase } from '../../kernel/db.ts';
import { withDatabase } from '../../kernel/testing/postgres-global-setup.ts';
import { errorBody, registerErrorHandling } from '../../server/plugins/errors.ts';
import { registerIdempotency } from '../../server/plugins/idempotency.ts';
import { issueTicket } from './application/issue-ticket.ts';
import { queueEventHub } from './infra/events.ts';
import { aQueueWard, aTokenFor, bearer } from './testing/builders.ts';
import { createQueueTestApp, type QueueTestApp } from './testing/test-app.ts';

let t: QueueTestApp;
let base: string;
let ward: Awaited<ReturnType<typeof aQueueWard>>;
let display: string;
let director: string;
let kiosk: string;

beforeAll(async () => {
  t = await createQueueTestApp(
    { registerErrorHandling, registerIdempotency, errorBody },
    { stream: { heartbeatMs: 100, snapshotDebounceMs: 20 } },
  );
  base = await (t.app as unknown as FastifyInstance).listen({ port: 0, host: '127.0.0.1' });
  ward = await aQueueWard(t.database);
  display = (await aTokenFor(t.database.db, ward.wardId, 'display')).token;
  director = (await aTokenFor(t.database.db, ward.wardId, 'director')).token;
  kiosk = (await aTokenFor(t.database.db, ward.wardId, 'kiosk')).token;
});
afterAll(() => t.close());

interface SseEvent {
  id?: string;
  event?: string;
  data?: unknown;
  comment?: string;
}

/** Opens the stream and collects parsed events until `until` says stop (or 10 s pass). */
async function openStream(headers: Record<string, string> = {}) {
  const controller = new AbortController();
  const res = await fetch(`${base}/api/queue/display/stream`, {
    headers: { ...bearer(display), accept: 'text/event-stream', ...headers },
    signal: controller.signal,
  });
  const reader = (res.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  const events: SseEvent[] = [];
  let buffer = '';
  const next = async (until: (e: SseEvent) => boolean): Promise<SseEvent> => {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const found = events.find(until);
      if (found) {
        events.splice(events.indexOf(found), 1);
        return found;
      }
      if (Date.now() > deadline) throw new Error('no matching event');
      const { value, done } = await reader.read();
      if (done) throw new Error('stream ended');
      buffer += decoder.decode(value, { stream: true });
      let cut = buffer.indexOf('\n\n');
      while (cut >= 0) {
        const block = buffer.slice(0, cut);
        buffer = buffer.slice(cut + 2);
        const e: SseEvent = {};
        for (const line of block.split('\n')) {
          if (line.startsWith(':')) e.comment = line.slice(1).trim();
          else if (line.startsWith('id: ')) e.id = line.slice(4);
          else if (line.startsWith('event: ')) e.event = line.slice(7);
          else if (line.startsWith('data: ')) e.data = JSON.parse(line.slice(6));
        }
        events.push(e);
        cut = buffer.indexOf('\n\n');
      }
    }
  };
  return { res, next, close: () => controller.abort() };
}

const post = (token: string, url: string, payload: object = {}) =>
  t.app.inject({ method: 'POST', url, headers: bearer(token), payload });

describe('display stream', () => {
  it('starts with a snapshot, pushes the spoken call, and catches up after a reconnect', async () => {
    const board = await openStream();
    expect(board.res.headers.get('content-type')).toContain('text/event-stream');
    const first = await board.next((e) => e.event === 'snapshot');
    expect(first.id).toMatch(/-1$/);
    expect(first.data).toMatchObject({
      lastCalls: [],
      waiting: expect.arrayContaining([
        { group: 'A', name: 'Hộ tịch – Chứng thực', nameEn: expect.any(String), count: 0 },
      ]),
    });

    await post(kiosk, '/api/queue/tickets', { group: 'A' });
    const waitingNow = await board.next(
      (e) => e.event === 'snapshot' && (e.data as { waiting: Array<{ count: number }> }).waiting[0]?.count === 1,
    );
    expect(waitingNow.id).toBeDefined();
    await post(director, `/api/queue/counters/${ward.counterId(3)}/call-next`);
    const call = await board.next((e) => e.event === 'call');
    expect(call.data).toMatchObject({
      ticketNumber: 'A001',
      counterNumber: 3,
      recall: false,
      speech: { vi: 'Mời số A001 đến quầy số 3', en: 'Ticket A001, please go to counter 3' },
    });
    const ping = await board.next((e) => e.comment?.startsWith('ping') === true);
    expect(ping.comment).toBeTruthy();
    board.close();

    // The board was offline while something happened; on reconnect it gets the state at once.
    const list = await t.app.inject({
      method: 'GET',
      url: '/api/queue/tickets?status=called',
      headers: bearer(director),
    });
    await post(director, `/api/queue/tickets/${list.json()[0].id}/actions`, { type: 'recall' });
    const again = await openStream({ 'last-event-id': call.id as string });
    const caughtUp = await again.next((e) => e.event === 'snapshot');
    expect(caughtUp.data).toMatchObject({
      lastCalls: [
        { ticketNumber: 'A001', recall: true },
        { ticketNumber: 'A001', recall: false },
      ],
      counters: expect.arrayContaining([
        expect.objectContaining({ number: 3, ticketNumber: 'A001', status: 'called' }),
      ]),
    });
    again.close();
    const hub = queueEventHub(t.database);
    for (let i = 0; i < 100 && hub.subscriberCount > 0; i++) await new Promise((r) => setTimeout(r, 20));
    expect(hub.subscriberCount).toBe(0);
  });

  it('refuses a kiosk and gives plain JSON to a client that does not ask for a stream', async () => {
    const refused = await fetch(`${base}/api/queue/display/stream`, {
      headers: { ...bearer(kiosk), accept: 'text/event-stream' },
    });
    expect(refused.status).toBe(403);
    const json = await t.app.inject({ method: 'GET', url: '/api/queue/display/stream', headers: bearer(display) });
    expect(json.statusCode).toBe(200);
    expect(json.json()).toHaveProperty('counters');
  });

  it.runIf(process.env.TEST_ENGINE === 'postgres')('pushes events written by another API process', async () => {
    const name = (await sql<{ d: string }>`SELECT current_database() AS d`.execute(t.database.db)).rows[0]?.d as string;
    const other = await openDatabase({
      databaseUrl: withDatabase(inject('pgAdminUrl'), name),
      dataDir: '',
      poolSize: 2,
    });
    const board = await openStream();
    try {
      await board.next((e) => e.event === 'snapshot');
      const actor = { kind: 'device' as const, id: null, name: 'kiosk-2', wardId: ward.wardId, roles: ['kiosk'] };
      const issued = await issueTicket(other.db, { actor, requestId: null }, { group: 'E' }, new Date());
      const seen = await board.next(
        (e) =>
          e.event === 'snapshot' &&
          (e.data as { waiting: Array<{ group: string; count: number }> }).waiting.some(
            (w) => w.group === 'E' && w.count > 0,
          ),
      );
      expect(seen.data).toBeDefined();
      expect(issued.number).toMatch(/^E\d{3}$/);
    } finally {
      board.close();
      await other.close();
    }
  });
});

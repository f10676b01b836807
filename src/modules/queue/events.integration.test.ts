/** Queue events: batched after commit through NOTIFY, split under the payload limit, and never sent for a rollback. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../kernel/db.ts';
import { createTestDatabase } from '../../kernel/testing/test-database.ts';
import { emitQueueEvents, type QueueEvent, queueEventHub } from './infra/events.ts';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

async function until(check: () => boolean, ms = 5000) {
  const end = Date.now() + ms;
  while (!check() && Date.now() < end) await new Promise((r) => setTimeout(r, 10));
}

const call = (wardId: string, n: number): QueueEvent => ({
  type: 'call',
  wardId,
  ticketNumber: `A${String(n).padStart(3, '0')}`,
  group: 'A',
  counterNumber: (n % 10) + 1,
  recall: false,
  at: new Date(1_800_000_000_000 + n).toISOString(),
});

describe('queue events', () => {
  it('delivers 500 events emitted at once, in order, though one NOTIFY holds at most 8,000 bytes', async () => {
    const wardId = crypto.randomUUID();
    const seen: string[] = [];
    const stop = await queueEventHub(database).subscribe(wardId, (e) => {
      if (e.type === 'call') seen.push(e.ticketNumber);
    });
    const sent = Array.from({ length: 500 }, (_, i) => call(wardId, i + 1));
    await emitQueueEvents(database.db, sent.slice(0, 250));
    await emitQueueEvents(database.db, sent.slice(250));
    await until(() => seen.length >= 500);
    expect(seen).toEqual(sent.map((e) => (e.type === 'call' ? e.ticketNumber : '')));
    await stop();
  });

  it('sends events emitted inside a transaction only if it commits', async () => {
    const wardId = crypto.randomUUID();
    const seen: string[] = [];
    const stop = await queueEventHub(database).subscribe(wardId, (e) => {
      if (e.type === 'call') seen.push(e.ticketNumber);
    });
    await database.db
      .transaction()
      .execute(async (tx) => {
        await emitQueueEvents(tx, [call(wardId, 1)]);
        throw new Error('rolled back');
      })
      .catch(() => undefined);
    await database.db.transaction().execute((tx) => emitQueueEvents(tx, [call(wardId, 2)]));
    await until(() => seen.length >= 1);
    await new Promise((r) => setTimeout(r, 100));
    expect(seen).toEqual(['A002']);
    await stop();
  });
});

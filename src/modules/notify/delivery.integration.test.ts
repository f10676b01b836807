/** The outbox end to end: enqueue in a transaction, deliver by SMTP and HTTP gateways, retries, concurrency. */
import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../kernel/clock.ts';
import { type Database, inTransaction } from '../../kernel/db.ts';
import { createTestDatabase } from '../../kernel/testing/test-database.ts';
import { insertTestWard } from '../identity/testing/builders.ts';
import { createDeliveryWorker, unconfiguredReason } from './application/deliver.ts';
import { enqueueNotification } from './application/enqueue.ts';
import { backoffMs } from './domain/backoff.ts';
import { createHttpGatewayProvider } from './infra/http-gateway-provider.ts';
import { createSmtpProvider } from './infra/smtp-provider.ts';
import { aNotification } from './testing/builders.ts';
import { type FakeGateway, startFakeGateway } from './testing/fake-gateway.ts';
import { type FakeSmtpServer, startFakeSmtpServer } from './testing/fake-smtp-server.ts';

let database: Database;
let smtp: FakeSmtpServer;
let gateway: FakeGateway;
let wardId: string;
const clock = fixedClock('2026-11-26T02:00:00Z');

beforeAll(async () => {
  database = await createTestDatabase();
  smtp = await startFakeSmtpServer();
  gateway = await startFakeGateway();
});
afterAll(async () => {
  await smtp.close();
  await gateway.close();
  await database.close();
});
beforeEach(async () => {
  wardId = await insertTestWard(database.db); // a fresh ward per test keeps the outboxes apart
  await sql`UPDATE notifications SET status = 'sent' WHERE status IN ('pending', 'sending')`.execute(database.db);
  gateway.requests.length = 0;
  gateway.respond = (_req, n) => ({ status: 200, body: { id: `gw-${n}` } });
  smtp.messages.length = 0;
});

const row = async (id: string) =>
  (
    await sql<{
      status: string;
      attempts: number;
      last_error: string | null;
      next_attempt_at: Date;
      provider_message_id: string | null;
    }>`SELECT status, attempts, last_error, next_attempt_at, provider_message_id FROM notifications WHERE id = ${id}`.execute(
      database.db,
    )
  ).rows[0];

const smsWorker = () =>
  createDeliveryWorker(database.db, clock, {
    providers: { sms: createHttpGatewayProvider({ channel: 'sms', url: gateway.url }) },
  });

describe('outbox delivery', () => {
  it('sends an email through a real SMTP exchange', async () => {
    const { id } = await enqueueNotification(database.db, {
      wardId,
      channel: 'email',
      to: 'citizen@example.vn',
      template: 'receipt',
      lang: 'vi',
      data: {
        wardName: 'Phường An Khánh',
        citizenName: 'Nguyễn Văn Ánh',
        dossierCode: 'H29-0001',
        procedureName: 'Chứng thực',
        receivedOn: '2026-11-26',
        dueOn: '2026-11-30',
      },
      now: clock.now(),
    });
    const worker = createDeliveryWorker(database.db, clock, {
      providers: { email: createSmtpProvider({ url: smtp.url, from: 'Một Cửa <motcua@example.vn>' }) },
    });
    expect(await worker.runOnce()).toMatchObject({ claimed: 1, sent: 1 });
    expect(smtp.messages).toHaveLength(1);
    const mail = smtp.messages[0]!;
    expect(mail.to).toEqual(['citizen@example.vn']);
    expect(mail.from).toBe('motcua@example.vn');
    expect(mail.subject).toBe('Biên nhận hồ sơ H29-0001');
    expect(mail.text).toContain('Kính gửi ông/bà Nguyễn Văn Ánh');
    expect(mail.raw.toLowerCase()).toContain(`x-motcua-message-id: ${id}`);
    expect(await row(id)).toMatchObject({ status: 'sent', attempts: 1, last_error: null });
  });

  it('fails an email at once when the server refuses the mailbox (5xx)', async () => {
    smtp.reject.set('nobody@example.vn', 550);
    const { id } = await enqueueNotification(database.db, {
      wardId,
      channel: 'email',
      to: 'nobody@example.vn',
      template: 'ticket-near',
      lang: 'en',
      data: { wardName: 'An Khanh', ticketNumber: 'B001', ahead: 2 },
      now: clock.now(),
    });
    const worker = createDeliveryWorker(database.db, clock, {
      providers: { email: createSmtpProvider({ url: smtp.url, from: 'motcua@example.vn' }) },
    });
    expect(await worker.runOnce()).toMatchObject({ failed: 1 });
    const r = await row(id);
    expect(r?.status).toBe('failed');
    expect(r?.last_error).toContain('550');
    expect(r?.last_error).not.toContain('nobody@example.vn'); // masked
  });

  it('sends an SMS to the HTTP gateway with the outbox id as idempotency key', async () => {
    const { id } = await aNotification(database.db, wardId, { to: '0912 345 678', now: clock.now() });
    expect(await smsWorker().runOnce()).toMatchObject({ sent: 1 });
    expect(gateway.requests).toHaveLength(1);
    const req = gateway.requests[0]!;
    expect(req.headers['idempotency-key']).toBe(id);
    expect(req.body).toMatchObject({ id, channel: 'sms', to: '+84912345678', template: 'ticket-near', lang: 'vi' });
    expect(req.body.text).toContain('còn 3 người trước bạn');
    expect(await row(id)).toMatchObject({ status: 'sent', provider_message_id: 'gw-1' });
  });

  it('retries with exponential backoff on gateway 500s, then gives up as failed', async () => {
    gateway.respond = () => ({ status: 500, body: { error: 'down' } });
    const { id } = await aNotification(database.db, wardId, { now: clock.now(), maxAttempts: 3 });
    const worker = smsWorker();
    const start = clock.now().getTime();
    expect(await worker.runOnce()).toMatchObject({ retrying: 1 });
    let r = await row(id);
    expect(r).toMatchObject({ status: 'pending', attempts: 1 });
    expect(r?.last_error).toContain('500');
    expect(new Date(r!.next_attempt_at).getTime()).toBe(start + backoffMs(1));

    expect(await worker.runOnce()).toMatchObject({ claimed: 0 }); // not due yet
    clock.advance(backoffMs(1));
    expect(await worker.runOnce()).toMatchObject({ retrying: 1 });
    r = await row(id);
    expect(r).toMatchObject({ status: 'pending', attempts: 2 });
    expect(new Date(r!.next_attempt_at).getTime()).toBe(clock.now().getTime() + backoffMs(2));

    clock.advance(backoffMs(2));
    expect(await worker.runOnce()).toMatchObject({ failed: 1 });
    expect(await row(id)).toMatchObject({ status: 'failed', attempts: 3 });
    expect(gateway.requests).toHaveLength(3);
  });

  it('recovers when the gateway comes back', async () => {
    gateway.respond = (_r, n) => (n === 1 ? { status: 503 } : { status: 200, body: { id: 'ok' } });
    const { id } = await aNotification(database.db, wardId, { now: clock.now() });
    await smsWorker().runOnce();
    clock.advance(backoffMs(1));
    await smsWorker().runOnce();
    expect(await row(id)).toMatchObject({ status: 'sent', attempts: 2, last_error: null });
  });

  it('sends nothing for a rolled-back transaction', async () => {
    await expect(
      inTransaction(database.db, async (tx) => {
        await aNotification(tx, wardId, { now: clock.now() });
        throw new Error('business rule refused');
      }),
    ).rejects.toThrow('business rule refused');
    expect(await smsWorker().runOnce()).toMatchObject({ claimed: 0 });
    expect(gateway.requests).toHaveLength(0);
  });

  it('enqueues a message once per dedupe key', async () => {
    const a = await aNotification(database.db, wardId, { dedupeKey: 'ticket:A1', now: clock.now() });
    const b = await aNotification(database.db, wardId, { dedupeKey: 'ticket:A1', now: clock.now() });
    expect(b).toEqual({ id: a.id, deduplicated: true });
    await smsWorker().runOnce();
    expect(gateway.requests).toHaveLength(1);
  });

  it('keeps messages of an unconfigured channel pending with the reason, or skips them when told', async () => {
    const held = await aNotification(database.db, wardId, { channel: 'zalo', now: clock.now() });
    await smsWorker().runOnce();
    expect(await row(held.id)).toMatchObject({
      status: 'pending',
      attempts: 0,
      last_error: unconfiguredReason('zalo'),
    });
    const skipping = createDeliveryWorker(database.db, clock, { providers: {}, unconfigured: 'skip' });
    await skipping.runOnce();
    expect(await row(held.id)).toMatchObject({ status: 'skipped', last_error: unconfiguredReason('zalo') });
  });

  it('takes over a message whose worker died while sending (lease expired)', async () => {
    const { id } = await aNotification(database.db, wardId, { now: clock.now() });
    await sql`UPDATE notifications SET status = 'sending', attempts = 1, locked_until = ${new Date(clock.now().getTime() + 1000)}
      WHERE id = ${id}`.execute(database.db);
    expect(await smsWorker().runOnce()).toMatchObject({ claimed: 0 });
    clock.advance(2000);
    expect(await smsWorker().runOnce()).toMatchObject({ sent: 1 });
    expect(await row(id)).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('never sends a message twice with two workers running at once', async () => {
    gateway.respond = async (_req, n) => {
      await new Promise((r) => setTimeout(r, 5));
      return { status: 200, body: { id: `gw-${n}` } };
    };
    const ids = new Set<string>();
    for (let i = 0; i < 40; i++) ids.add((await aNotification(database.db, wardId, { now: clock.now() })).id);
    const workers = [1, 2, 3].map(() =>
      createDeliveryWorker(database.db, clock, {
        providers: { sms: createHttpGatewayProvider({ channel: 'sms', url: gateway.url }) },
        batchSize: 4,
      }),
    );
    const drain = async (w: (typeof workers)[number]) => {
      let total = 0;
      for (;;) {
        const r = await w.runOnce();
        if (r.claimed === 0) return total;
        total += r.sent;
      }
    };
    const sent = await Promise.all(workers.map(drain));
    const sentIds = gateway.requests.map((r) => r.body.id);
    expect(sentIds).toHaveLength(40);
    expect(new Set(sentIds)).toEqual(ids);
    expect(sent.reduce((a, b) => a + b, 0)).toBe(40);
    if (database.engine === 'postgres') expect(sent.filter((n) => n > 0).length).toBeGreaterThan(1);
  });
});

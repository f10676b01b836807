/** The outbox admin API: masked list, retry, ward scoping and who may call it. */
import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../kernel/clock.ts';
import type { Database } from '../../../kernel/db.ts';
import { commonError } from '../../../kernel/errors.ts';
import { ALL_ROLES, type App, isAllowed, type PermissionTable } from '../../../kernel/http.ts';
import { createTestDatabase } from '../../../kernel/testing/test-database.ts';
import { registerErrorHandling } from '../../../server/plugins/errors.ts';
import { authenticateToken } from '../../identity/index.ts';
import { insertTestWard, tokenFor } from '../../identity/testing/builders.ts';
import { aNotification } from '../testing/builders.ts';
import { notifyPermissions } from './permissions.ts';
import { registerNotifyRoutes } from './routes.ts';

let database: Database;
let app: App;
const clock = fixedClock('2026-11-26T02:00:00Z');

/** The server's auth hook, over this module's permission rows (until app.ts registers the module). */
async function routeApp(): Promise<App> {
  const a = Fastify({ logger: false }).withTypeProvider<ZodTypeProvider>();
  a.setValidatorCompiler(validatorCompiler);
  a.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(a);
  a.decorateRequest('actor', null);
  const table: PermissionTable = notifyPermissions;
  a.addHook('onRequest', async (req) => {
    const access = table[`${req.method} ${req.routeOptions.url}`];
    if (!access) throw commonError('FORBIDDEN');
    const m = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
    req.actor = m ? ((await authenticateToken(database.db, clock, m[1] as string)) ?? null) : null;
    if (!req.actor) throw commonError('AUTH_REQUIRED');
    if (!isAllowed(access, req.actor.kind === 'device' ? 'device' : 'staff', req.actor.roles))
      throw commonError('FORBIDDEN');
  });
  registerNotifyRoutes(a, { database, clock });
  await a.ready();
  return a;
}

let wardId: string;
let otherWardId: string;
let admin: string;

beforeAll(async () => {
  database = await createTestDatabase();
  app = await routeApp();
  wardId = await insertTestWard(database.db);
  otherWardId = await insertTestWard(database.db);
  admin = await tokenFor(database.db, wardId, 'admin');
});
afterAll(async () => {
  await app.close();
  await database.close();
});

const auth = (token: string) => ({ authorization: `Bearer ${token}` });

describe('notifications API', () => {
  it('lists the ward’s messages with masked recipients, filtered by status', async () => {
    const sms = await aNotification(database.db, wardId, { to: '0912345678', now: clock.now() });
    await aNotification(database.db, wardId, { to: '0987654321', now: clock.now() });
    await aNotification(database.db, otherWardId, { now: clock.now() });
    await sql`UPDATE notifications SET status = 'failed', last_error = 'gateway answered 400' WHERE id = ${sms.id}`.execute(
      database.db,
    );
    const all = await app.inject({ method: 'GET', url: '/api/notifications', headers: auth(admin) });
    expect(all.statusCode).toBe(200);
    expect(all.json()).toHaveLength(2);
    expect(JSON.stringify(all.json())).not.toContain('912345678');
    const failed = await app.inject({ method: 'GET', url: '/api/notifications?status=failed', headers: auth(admin) });
    expect(failed.json()).toEqual([
      expect.objectContaining({
        id: sms.id,
        recipient: '+849*****678',
        status: 'failed',
        lastError: 'gateway answered 400',
      }),
    ]);
    const bad = await app.inject({ method: 'GET', url: '/api/notifications?status=lost', headers: auth(admin) });
    expect(bad.statusCode).toBe(400);
  });

  it('retries a failed message, refuses a sent one, and hides other wards’ messages', async () => {
    const failed = await aNotification(database.db, wardId, { now: clock.now() });
    const sent = await aNotification(database.db, wardId, { now: clock.now() });
    const foreign = await aNotification(database.db, otherWardId, { now: clock.now() });
    await sql`UPDATE notifications SET status = 'failed', attempts = 8 WHERE id = ${failed.id}`.execute(database.db);
    await sql`UPDATE notifications SET status = 'sent' WHERE id IN (${sent.id}, ${foreign.id})`.execute(database.db);
    clock.advance(60_000);

    const retry = (id: string) =>
      app.inject({ method: 'POST', url: `/api/notifications/${id}/retry`, headers: auth(admin), payload: {} });
    const ok = await retry(failed.id);
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ status: 'pending', attempts: 0, nextAttemptAt: clock.now().toISOString() });
    const audit = await sql<{
      action: string;
    }>`SELECT action FROM audit_log WHERE ward_id = ${wardId} AND target_id = ${failed.id}`.execute(database.db);
    expect(audit.rows.map((r) => r.action)).toEqual(['notification.retry']);

    expect((await retry(sent.id)).json().error.code).toBe('NOTIFICATION_NOT_RETRYABLE');
    const other = await retry(foreign.id);
    expect(other.statusCode).toBe(404);
    expect(other.json().error.code).toBe('NOTIFICATION_NOT_FOUND');
  });

  it('lets only admins and directors in', async () => {
    for (const role of ALL_ROLES) {
      const token = await tokenFor(database.db, wardId, role);
      const res = await app.inject({ method: 'GET', url: '/api/notifications', headers: auth(token) });
      expect([role, res.statusCode]).toEqual([role, role === 'admin' || role === 'director' ? 200 : 403]);
    }
    expect((await app.inject({ method: 'GET', url: '/api/notifications' })).statusCode).toBe(401);
  });
});

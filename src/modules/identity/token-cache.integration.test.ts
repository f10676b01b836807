/** The per-process bearer-token cache: served from memory, emptied by revocations here and in other processes. */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../kernel/actor.ts';
import { fixedClock } from '../../kernel/clock.ts';
import type { Database } from '../../kernel/db.ts';
import { createTestDatabase } from '../../kernel/testing/test-database.ts';
import { revokeToken } from './application/devices.ts';
import { TokenCache } from './application/token-cache.ts';
import { aTokenFor, aWard } from './testing/builders.ts';

let database: Database;
let wardId: string;
const clock = fixedClock(new Date('2026-11-27T02:00:00Z'));

beforeAll(async () => {
  database = await createTestDatabase();
  wardId = (await aWard(database.db)).id;
});
afterAll(() => database.close());

async function started(opts: { ttlMs?: number } = {}) {
  const cache = new TokenCache(database, clock, opts);
  await cache.start();
  return cache;
}

const setRoles = (id: string, roles: string[]) =>
  sql`UPDATE staff SET roles = ${roles} WHERE ward_id = ${wardId} AND id = ${id}`.execute(database.db);

async function eventually(check: () => Promise<boolean>, ms = 3000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 20));
  }
  return false;
}

describe('token cache', () => {
  it('answers from memory until the time limit, then asks the database again', async () => {
    const cache = await started({ ttlMs: 60_000 });
    const { token, actorId } = await aTokenFor(database.db, wardId, 'receiver');
    expect((await cache.authenticate(database.db, token))?.roles).toEqual(['receiver']);
    await setRoles(actorId, ['director']); // behind the cache's back: no identityChanged
    expect((await cache.authenticate(database.db, token))?.roles).toEqual(['receiver']);
    clock.advance(61_000);
    expect((await cache.authenticate(database.db, token))?.roles).toEqual(['director']);
    await cache.stop();
  });

  it('forgets a revoked token at once in this process', async () => {
    const cache = await started();
    const { token } = await aTokenFor(database.db, wardId, 'receiver');
    expect(await cache.authenticate(database.db, token)).toBeDefined();
    const [row] = (
      await sql<{
        id: string;
      }>`SELECT id FROM api_tokens WHERE ward_id = ${wardId} ORDER BY created_at DESC LIMIT 1`.execute(database.db)
    ).rows;
    await revokeToken(database.db, { actor: systemActor(wardId), requestId: null }, row?.id as string);
    expect(await cache.authenticate(database.db, token)).toBeUndefined();
    await cache.stop();
  });

  it('forgets everything when another process announces a change (NOTIFY identity_changes)', async () => {
    const cache = await started();
    const { token, actorId } = await aTokenFor(database.db, wardId, 'receiver');
    await cache.authenticate(database.db, token);
    expect(cache.size).toBeGreaterThan(0);
    // What another process's identityChanged does: change the row and notify, in one transaction.
    await database.db.transaction().execute(async (tx) => {
      await sql`UPDATE staff SET active = false WHERE ward_id = ${wardId} AND id = ${actorId}`.execute(tx);
      await sql`SELECT pg_notify('identity_changes', '')`.execute(tx);
    });
    expect(await eventually(async () => cache.size === 0)).toBe(true);
    expect(await cache.authenticate(database.db, token)).toBeUndefined();
    await cache.stop();
  });

  it('does not remember unknown tokens, and caches nothing once stopped', async () => {
    const cache = await started();
    expect(await cache.authenticate(database.db, 'mc_not-a-token')).toBeUndefined();
    expect(cache.size).toBe(0);
    await cache.stop();
    const { token } = await aTokenFor(database.db, wardId, 'kiosk');
    expect((await cache.authenticate(database.db, token))?.kind).toBe('device');
    expect(cache.size).toBe(0);
  });
});

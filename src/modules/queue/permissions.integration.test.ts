/**
 * Every queue route × every role answers as the permission table says, garbage never gets a 5xx, and an
 * administrator of one ward reaches nothing of another (mirrors the server's matrix, bad-input and
 * tenant-isolation walks, which cover these routes once they are wired into buildApp).
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_ROLES, isAllowed, type Role } from '../../kernel/http.ts';
import { errorBody, registerErrorHandling } from '../../server/plugins/errors.ts';
import { registerIdempotency } from '../../server/plugins/idempotency.ts';
import { queuePermissions } from './http/permissions.ts';
import { aQueueWard, aTokenFor, bearer } from './testing/builders.ts';
import { createQueueTestApp, type QueueTestApp } from './testing/test-app.ts';

let t: QueueTestApp;
const tokens = new Map<Role, string>();
let wardB: Awaited<ReturnType<typeof aQueueWard>>;
const idsOfB: string[] = [];
const fill = (url: string, id = '00000000-0000-4000-8000-000000000000') => url.replace(/:[A-Za-z]+/g, id);

beforeAll(async () => {
  t = await createQueueTestApp({ registerErrorHandling, registerIdempotency, errorBody });
  const ward = await aQueueWard(t.database);
  for (const role of ALL_ROLES) tokens.set(role, (await aTokenFor(t.database.db, ward.wardId, role)).token);
  wardB = await aQueueWard(t.database);
  const kioskB = (await aTokenFor(t.database.db, wardB.wardId, 'kiosk')).token;
  const ticket = await t.app.inject({
    method: 'POST',
    url: '/api/queue/tickets',
    headers: bearer(kioskB),
    payload: { group: 'A' },
  });
  idsOfB.push(ticket.json().id, wardB.counterId(1), wardB.counterId(2), wardB.wardId);
});
afterAll(() => t.close());

describe('queue permissions', () => {
  it('registers exactly the routes of the table', () => {
    const seen = t.routes.filter((r) => r.url.startsWith('/api/queue') || r.url.startsWith('/api/public/queue'));
    expect(seen.map((r) => `${r.method} ${r.url}`).sort()).toEqual(Object.keys(queuePermissions).sort());
  });

  it('answers every route × role as the table says', async () => {
    const mismatches: string[] = [];
    for (const [key, access] of Object.entries(queuePermissions)) {
      const [method, url] = key.split(' ') as [string, string];
      const payload = method === 'GET' ? undefined : {};
      const anonymous = await t.app.inject({ method: method as 'GET', url: fill(url), payload });
      if (access !== 'public' && anonymous.json().error?.code !== 'AUTH_REQUIRED') mismatches.push(`${key} anonymous`);
      for (const role of ALL_ROLES) {
        const res = await t.app.inject({
          method: method as 'GET',
          url: fill(url),
          headers: bearer(tokens.get(role) as string),
          payload,
        });
        const code = res.statusCode >= 400 ? res.json().error?.code : undefined;
        const device = ['kiosk', 'display', 'robot'].includes(role);
        const expected = isAllowed(access, device ? 'device' : 'staff', [role]);
        if (expected === (code === 'FORBIDDEN' || code === 'AUTH_REQUIRED'))
          mismatches.push(`${key} as ${role}: ${res.statusCode} ${code ?? ''}`);
        if (res.statusCode >= 500) mismatches.push(`${key} as ${role}: ${res.statusCode}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('never answers garbage with a 5xx', async () => {
    const problems: string[] = [];
    const garbage = ['{"group": ', '[1,2,3]', '{"group": 42, "type": [], "score": {}}', '{"evil": true}'];
    for (const key of Object.keys(queuePermissions).filter((k) => !k.startsWith('GET'))) {
      const [method, url] = key.split(' ') as [string, string];
      for (const payload of garbage) {
        const res = await t.app.inject({
          method: method as 'POST',
          url: fill(url),
          headers: { ...bearer(tokens.get('admin') as string), 'content-type': 'application/json' },
          payload,
        });
        const body = res.json() as { error?: { code?: string; messageVi?: string } };
        if (res.statusCode < 400 || res.statusCode >= 500 || !body.error?.messageVi)
          problems.push(`${key} ${payload}: ${res.statusCode} ${body.error?.code}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('gives an administrator of ward A nothing of ward B', async () => {
    const snapshot = async () =>
      JSON.stringify(
        (
          await sql`SELECT t.*, c.staff_id AS c_staff, c.current_ticket_id FROM queue_tickets t, queue_counters c
            WHERE t.ward_id = ${wardB.wardId} AND c.ward_id = t.ward_id ORDER BY t.id, c.id`.execute(t.database.db)
        ).rows,
      );
    const before = await snapshot();
    const leaks: string[] = [];
    for (const key of Object.keys(queuePermissions).filter((k) => k.includes(':id'))) {
      const [method, url] = key.split(' ') as [string, string];
      for (const id of idsOfB) {
        for (const payload of method === 'GET' ? [undefined] : [{}, { type: 'finish' }, { ticketId: idsOfB[0] }]) {
          const res = await t.app.inject({
            method: method as 'GET',
            url: fill(url, id),
            headers: bearer(tokens.get('admin') as string),
            payload,
          });
          if (res.statusCode < 300 || res.statusCode >= 500) leaks.push(`${key} ${id}: ${res.statusCode}`);
          for (const secret of idsOfB) if (res.body.includes(secret)) leaks.push(`${key} leaked ${secret}`);
        }
      }
    }
    expect(leaks).toEqual([]);
    expect(await snapshot()).toBe(before);
  });
});

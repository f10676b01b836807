/** Walks every registered /api route × every role and checks the answer against the permission matrix. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_ROLES, isAllowed, type Role } from '../kernel/http.ts';
import { aTokenFor, aWard } from '../modules/identity/testing/builders.ts';
import { PERMISSIONS } from './permissions.ts';
import { bearer, createTestApp, fillPath, type TestApp } from './testing/test-app.ts';

let t: TestApp;
const tokens = new Map<Role, string>();

beforeAll(async () => {
  t = await createTestApp();
  const ward = await aWard(t.database.db);
  for (const role of ALL_ROLES) tokens.set(role, (await aTokenFor(t.database.db, ward.id, role)).token);
});
afterAll(() => t.close());

describe('permission matrix', () => {
  it('lists exactly the registered routes', () => {
    const registered = new Set(t.routes.map((r) => `${r.method} ${r.url}`));
    expect([...registered].sort()).toEqual(Object.keys(PERMISSIONS).sort());
    expect(registered.size).toBeGreaterThan(20);
  });

  it('answers every route × role as the table says', async () => {
    const mismatches: string[] = [];
    for (const { method, url } of t.routes) {
      const access = PERMISSIONS[`${method} ${url}`];
      if (!access) throw new Error(`no row for ${method} ${url}`);
      const anonymous = await t.app.inject({
        method: method as 'GET',
        url: fillPath(url),
        payload: method === 'GET' ? undefined : {},
      });
      if (access !== 'public' && anonymous.json().error?.code !== 'AUTH_REQUIRED')
        mismatches.push(`${method} ${url} anonymous → ${anonymous.statusCode}`);
      for (const role of ALL_ROLES) {
        const res = await t.app.inject({
          method: method as 'GET',
          url: fillPath(url),
          headers: bearer(tokens.get(role) as string),
          payload: method === 'GET' ? undefined : {},
        });
        const code = res.statusCode >= 400 ? res.json().error?.code : undefined;
        const kind = ['kiosk', 'display', 'robot'].includes(role) ? 'device' : 'staff';
        const expected = isAllowed(access, kind, [role]);
        const refused = code === 'FORBIDDEN' || code === 'AUTH_REQUIRED';
        if (expected === refused)
          mismatches.push(
            `${method} ${url} as ${role}: ${res.statusCode} ${code ?? ''} (expected ${expected ? 'allowed' : 'refused'})`,
          );
        if (res.statusCode >= 500) mismatches.push(`${method} ${url} as ${role}: ${res.statusCode}`);
      }
    }
    expect(mismatches).toEqual([]);
  });
});

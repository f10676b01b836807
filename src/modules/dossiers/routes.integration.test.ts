/**
 * Every dossier route, as the server-wide walks will check it once wired: each role gets what the permission
 * table says, garbage gets a coded 4xx (never 5xx), and staff of another ward reach nothing of this ward.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../kernel/db.ts';
import { type App, isAllowed } from '../../kernel/http.ts';
import { createTestApp, type TestApp } from '../../server/testing/test-app.ts';
import { dossierPermissions } from './http/permissions.ts';
import { aBearerFor, anIntake, aWorld, ROLES, type TestRole, type World } from './testing/builders.ts';

let t: TestApp;
let database: Database;
let w: World;
let app: App;
const tokens = {} as Record<TestRole, string>;
let foreignAdmin: string;
let code: string;
let secret: string;

const fill = (url: string, c: string) => url.replace(':code', c).replace(':form', '06.pdf');

beforeAll(async () => {
  t = await createTestApp();
  ({ database, app } = t);
  w = await aWorld(database.db, { clock: t.clock });
  for (const role of ROLES) tokens[role] = await aBearerFor(database.db, w.wardId, w.as[role].actor.id!);
  const other = await aWorld(database.db);
  foreignAdmin = await aBearerFor(database.db, other.wardId, other.as.leader.actor.id!);
  const res = await app.inject({
    method: 'POST',
    url: '/api/dossiers',
    headers: { authorization: `Bearer ${tokens.receiver}` },
    payload: anIntake(w.procedures.restart) as object,
  });
  ({ code, lookupSecret: secret } = res.json());
});
afterAll(() => t.close());

const routes = Object.keys(dossierPermissions).map((k) => k.split(' ') as ['GET' | 'POST', string]);

describe('dossier routes', () => {
  it('answer each role as the permission table says', async () => {
    const mismatches: string[] = [];
    for (const [method, url] of routes) {
      const access = dossierPermissions[`${method} ${url}` as keyof typeof dossierPermissions];
      for (const role of ROLES) {
        const res = await app.inject({
          method,
          url: fill(url, code),
          headers: { authorization: `Bearer ${tokens[role]}` },
          payload: method === 'GET' ? undefined : {},
        });
        const refused = res.statusCode === 403 && res.json().error.code === 'FORBIDDEN';
        if (isAllowed(access, 'staff', [role]) === refused)
          mismatches.push(`${method} ${url} ${role}: ${res.statusCode}`);
        if (res.statusCode >= 500) mismatches.push(`${method} ${url} ${role}: ${res.statusCode}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('answer garbage with coded 4xx', async () => {
    const problems: string[] = [];
    const payloads = [
      '{"a": ',
      '[1,2]',
      '{"type": 42, "procedureCode": [], "version": "x"}',
      '{"evil": true}',
      '\u0000\u00ff',
    ];
    for (const [method, url] of routes.filter(([m]) => m === 'POST')) {
      for (const payload of payloads) {
        const res = await app.inject({
          method,
          url: fill(url, code),
          headers: { authorization: `Bearer ${tokens.director}`, 'content-type': 'application/json' },
          payload,
        });
        const body = res.json();
        if (res.statusCode < 400 || res.statusCode >= 500 || !body.error?.code || !body.error?.messageVi)
          problems.push(`${method} ${url} ${JSON.stringify(payload)}: ${res.statusCode}`);
      }
    }
    for (const [method, url] of routes.filter(([m]) => m === 'GET')) {
      const res = await app.inject({
        method,
        url: `${fill(url, 'not a code')}?from=x&to=y&page=-1&secret=`,
        headers: { authorization: `Bearer ${tokens.director}` },
      });
      if (res.statusCode >= 500) problems.push(`${method} ${url}: ${res.statusCode}`);
    }
    expect(problems).toEqual([]);
  });

  it('give staff of another ward nothing of this ward', async () => {
    const leaks: string[] = [];
    for (const [method, url] of routes) {
      const res = await app.inject({
        method,
        url: fill(url, code),
        headers: { authorization: `Bearer ${foreignAdmin}` },
        payload: method === 'GET' ? undefined : { type: 'approve', version: 2 },
      });
      if (res.statusCode < 300 && url.includes(':code')) leaks.push(`${method} ${url}: ${res.statusCode}`);
      if (res.body.includes('Nguyễn Văn An') || res.body.includes(code)) leaks.push(`${method} ${url} leaked`);
    }
    const list = await app.inject({
      method: 'GET',
      url: '/api/dossiers',
      headers: { authorization: `Bearer ${foreignAdmin}` },
    });
    expect(list.json().total).toBe(0);
    expect(leaks).toEqual([]);
    const lookup = await app.inject({ method: 'GET', url: `/api/public/dossiers/${code}?secret=${secret}` });
    expect(lookup.statusCode).toBe(200);
    const byMk = await app.inject({ method: 'GET', url: `/api/public/dossiers/${code}?mk=${secret}` });
    expect(byMk.statusCode).toBe(200);
    expect(byMk.json().code).toBe(code);
    const none = await app.inject({ method: 'GET', url: `/api/public/dossiers/${code}` });
    expect(none.statusCode).toBe(400);
  });
});

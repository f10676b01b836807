/** Sign-in, cookies, CSRF, lockout, password change, sessions and idempotent mutations over HTTP. */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createTestApp, type TestApp } from '../../server/testing/test-app.ts';
import { AUTH_POLICY } from './application/auth.ts';
import { aStaff, aTokenFor, aWard } from './testing/builders.ts';

let t: TestApp;
let wardId: string;
const PASSWORD = 'correct horse battery';

beforeAll(async () => {
  t = await createTestApp();
  wardId = (await aWard(t.database.db)).id;
});
afterAll(() => t.close());

async function signIn(username: string, password = PASSWORD) {
  const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  const cookie = res.cookies.find((c) => c.name === 'motcua_session');
  return {
    res,
    cookie: cookie ? `motcua_session=${cookie.value}` : '',
    csrf: res.statusCode === 200 ? (res.json().csrfToken as string) : '',
  };
}

describe('sign-in and sessions', () => {
  it('signs in with an HttpOnly SameSite cookie and needs the CSRF token for mutations', async () => {
    await aStaff(t.database.db, wardId, { username: 'lan', roles: ['admin'] });
    const { res, cookie, csrf } = await signIn('LAN');
    expect(res.statusCode).toBe(200);
    const set = res.cookies.find((c) => c.name === 'motcua_session');
    expect(set).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    expect(res.json()).toMatchObject({ username: 'lan', roles: ['admin'], kind: 'staff' });

    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
    expect(me.json().csrfToken).toBe(csrf);
    const payload = { code: 'kt', name: 'Phòng Kinh tế', nameEn: 'Economy' };
    const noCsrf = await t.app.inject({ method: 'POST', url: '/api/departments', headers: { cookie }, payload });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json().error.code).toBe('CSRF_FAILED');
    const withCsrf = await t.app.inject({
      method: 'POST',
      url: '/api/departments',
      headers: { cookie, 'x-csrf-token': csrf },
      payload,
    });
    expect(withCsrf.statusCode).toBe(201);

    const out = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie, 'x-csrf-token': csrf },
    });
    expect(out.statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })).statusCode).toBe(401);
  });

  it('gives the same answer for a wrong password and an unknown user', async () => {
    await aStaff(t.database.db, wardId, { username: 'hoa' });
    const wrong = await signIn('hoa', 'wrong password!');
    const unknown = await signIn('nobody-here', 'wrong password!');
    expect(wrong.res.statusCode).toBe(401);
    expect(unknown.res.json()).toEqual(wrong.res.json());
    expect(wrong.res.json().error.code).toBe('LOGIN_FAILED');
  });

  it('locks an account after repeated failures, then lets it in after the lock', async () => {
    await aStaff(t.database.db, wardId, { username: 'minh' });
    for (let i = 1; i < AUTH_POLICY.maxFailuresBeforeLock; i++)
      expect((await signIn('minh', 'nope-nope-nope')).res.statusCode).toBe(401);
    const locked = await signIn('minh', 'nope-nope-nope');
    expect(locked.res.statusCode).toBe(429);
    expect(locked.res.json().error.code).toBe('ACCOUNT_LOCKED');
    expect((await signIn('minh')).res.json().error.code).toBe('ACCOUNT_LOCKED'); // even the right password
    t.clock.advance((AUTH_POLICY.lockMinutes + 1) * 60_000);
    expect((await signIn('minh')).res.statusCode).toBe(200);
  });

  it('changes a password, ends the other sessions, lists and revokes sessions', async () => {
    await aStaff(t.database.db, wardId, { username: 'son' });
    const first = await signIn('son');
    const second = await signIn('son');
    const list = await t.app.inject({ method: 'GET', url: '/api/auth/sessions', headers: { cookie: first.cookie } });
    expect(list.json()).toHaveLength(2);
    expect(list.json().filter((s: { current: boolean }) => s.current)).toHaveLength(1);

    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: { cookie: first.cookie, 'x-csrf-token': first.csrf },
      payload: { currentPassword: 'wrong', newPassword: 'a much better password' },
    });
    expect(bad.json().error.code).toBe('WRONG_PASSWORD');
    const short = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: { cookie: first.cookie, 'x-csrf-token': first.csrf },
      payload: { currentPassword: PASSWORD, newPassword: 'short' },
    });
    expect(short.json().error.code).toBe('VALIDATION_FAILED');
    const ok = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: { cookie: first.cookie, 'x-csrf-token': first.csrf },
      payload: { currentPassword: PASSWORD, newPassword: 'a much better password' },
    });
    expect(ok.statusCode).toBe(200);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: second.cookie } })).statusCode,
    ).toBe(401);
    expect((await signIn('son')).res.statusCode).toBe(401);
    const third = await signIn('son', 'a much better password');
    const mine = await t.app.inject({ method: 'GET', url: '/api/auth/sessions', headers: { cookie: first.cookie } });
    const other = mine.json().find((s: { current: boolean }) => !s.current);
    const revoke = await t.app.inject({
      method: 'DELETE',
      url: `/api/auth/sessions/${other.id}`,
      headers: { cookie: first.cookie, 'x-csrf-token': first.csrf },
    });
    expect(revoke.statusCode).toBe(200);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: third.cookie } })).statusCode,
    ).toBe(401);
  });

  it('accepts bearer tokens without CSRF and refuses revoked ones', async () => {
    const admin = await aTokenFor(t.database.db, wardId, 'admin');
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/devices',
      headers: bearer(admin.token),
      payload: { name: 'kiosk-sanh', role: 'kiosk' },
    });
    expect(created.statusCode).toBe(201);
    const token = await t.app.inject({
      method: 'POST',
      url: '/api/tokens',
      headers: bearer(admin.token),
      payload: { label: 'kiosk', deviceId: created.json().id },
    });
    const kiosk = token.json().token as string;
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: bearer(kiosk) });
    expect(me.json()).toMatchObject({ kind: 'device', roles: ['kiosk'], username: 'kiosk-sanh' });
    await t.app.inject({
      method: 'DELETE',
      url: `/api/tokens/${token.json().apiToken.id}`,
      headers: bearer(admin.token),
    });
    const after = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: bearer(kiosk) });
    expect(after.statusCode).toBe(401);
  });

  it('replays a retried mutation with the same Idempotency-Key and refuses the key for another request', async () => {
    const admin = await aTokenFor(t.database.db, wardId, 'admin');
    const headers = { ...bearer(admin.token), 'idempotency-key': 'create-dept-1' };
    const payload = { code: 'vhxh', name: 'Phòng Văn hóa – Xã hội', nameEn: 'Culture' };
    const first = await t.app.inject({ method: 'POST', url: '/api/departments', headers, payload });
    const retry = await t.app.inject({ method: 'POST', url: '/api/departments', headers, payload });
    expect(first.statusCode).toBe(201);
    expect(retry.statusCode).toBe(201);
    expect(retry.json()).toEqual(first.json());
    expect(retry.headers['idempotent-replayed']).toBe('true');
    const other = await t.app.inject({
      method: 'POST',
      url: '/api/departments',
      headers,
      payload: { ...payload, code: 'other' },
    });
    expect(other.json().error.code).toBe('IDEMPOTENCY_KEY_REUSED');
    const list = await t.app.inject({ method: 'GET', url: '/api/departments', headers: bearer(admin.token) });
    expect(list.json().filter((d: { code: string }) => d.code === 'vhxh')).toHaveLength(1);
  });

  it('answers 409 while the first request with a key runs, and lets a retry take over a claim left by a crash', async () => {
    const admin = await aTokenFor(t.database.db, wardId, 'admin');
    const headers = { ...bearer(admin.token), 'idempotency-key': 'create-dept-crash' };
    const payload = { code: 'tnmt', name: 'Phòng Tài nguyên – Môi trường', nameEn: 'Environment' };
    // What a process that died after claiming the key leaves behind: the claim, with the same request hash.
    const first = await t.app.inject({ method: 'POST', url: '/api/departments', headers, payload });
    expect(first.statusCode).toBe(201);
    await sql`UPDATE idempotency_keys SET status_code = 0, response = NULL WHERE key = 'create-dept-crash'`.execute(
      t.database.db,
    );
    await sql`DELETE FROM departments WHERE ward_id = ${wardId} AND code = 'tnmt'`.execute(t.database.db);
    const running = await t.app.inject({ method: 'POST', url: '/api/departments', headers, payload });
    expect(running.statusCode).toBe(409);
    await sql`UPDATE idempotency_keys SET created_at = now() - interval '11 minutes' WHERE key = 'create-dept-crash'`.execute(
      t.database.db,
    );
    const retried = await t.app.inject({ method: 'POST', url: '/api/departments', headers, payload });
    expect(retried.statusCode).toBe(201);
    const replay = await t.app.inject({ method: 'POST', url: '/api/departments', headers, payload });
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.json()).toEqual(retried.json());
  });

  it('refuses a stale version when two admins edit the same person', async () => {
    const admin = await aTokenFor(t.database.db, wardId, 'admin');
    const person = await aStaff(t.database.db, wardId, { username: 'thu' });
    const url = `/api/staff/${person.id}`;
    const a = await t.app.inject({
      method: 'PATCH',
      url,
      headers: bearer(admin.token),
      payload: { fullName: 'Nguyễn Thu', version: 1 },
    });
    const b = await t.app.inject({
      method: 'PATCH',
      url,
      headers: bearer(admin.token),
      payload: { fullName: 'Trần Thu', version: 1 },
    });
    expect(a.statusCode).toBe(200);
    expect(b.statusCode).toBe(409);
    expect(b.json().error.code).toBe('VERSION_CONFLICT');
    const now = await t.app.inject({ method: 'GET', url, headers: bearer(admin.token) });
    expect(now.json()).toMatchObject({ fullName: 'Nguyễn Thu', version: 2 });
  });
});

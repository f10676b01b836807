/**
 * Sign-in with username + password (argon2id), browser sessions (HttpOnly cookie + CSRF token), bearer API
 * tokens, lockout after repeated failures and a per-address rate limit. Everything is stored in the database,
 * so several API processes share one view of sessions and lockouts.
 */
import { sql } from 'kysely';
import type { Actor } from '../../../kernel/actor.ts';
import { recordAudit } from '../../../kernel/audit.ts';
import type { Clock } from '../../../kernel/clock.ts';
import { type AnyDb, inTransaction, tablesOf } from '../../../kernel/db.ts';
import type { RequestActor } from '../../../kernel/http.ts';
import type { LoginRequest, PasswordChange, SessionInfo } from '../contracts.ts';
import { hashPassword, newSecret, sha256, verifyPassword } from '../domain/secrets.ts';
import { identityError } from '../identity.errors.ts';
import type { IdentityTables } from '../infra/tables.ts';

export const AUTH_POLICY = {
  sessionHours: 12,
  maxFailuresBeforeLock: 5,
  lockMinutes: 15,
  ipWindowMinutes: 15,
  ipMaxFailures: 30,
} as const;

export type AuthenticatedActor = RequestActor;

// A real argon2 hash of a random string: verifying against it costs the same as a real account, so response
// time does not reveal whether a username exists.
let dummyHash: Promise<string> | undefined;

export async function login(
  db: AnyDb,
  clock: Clock,
  input: LoginRequest,
  client: { ip: string | null; userAgent: string | null; requestId: string | null },
): Promise<{ token: string; sessionId: string; csrfToken: string; wardId: string }> {
  const t = tablesOf<IdentityTables>(db);
  const now = clock.now();
  const ipKey = `ip:${client.ip ?? 'unknown'}`;
  const throttle = await t.selectFrom('login_throttle').selectAll().where('key', '=', ipKey).executeTakeFirst();
  const windowStart = new Date(now.getTime() - AUTH_POLICY.ipWindowMinutes * 60_000);
  if (
    throttle &&
    new Date(throttle.window_started_at) > windowStart &&
    throttle.failures >= AUTH_POLICY.ipMaxFailures
  ) {
    throw identityError('LOGIN_RATE_LIMITED');
  }
  const user = await t.selectFrom('staff').selectAll().where('username', '=', input.username).executeTakeFirst();
  if (!user?.active) {
    dummyHash ??= hashPassword(newSecret());
    await verifyPassword(await dummyHash, input.password);
    await countIpFailure(db, ipKey, now, windowStart);
    throw identityError('LOGIN_FAILED');
  }
  if (user.locked_until && user.locked_until > now)
    throw identityError('ACCOUNT_LOCKED', { until: user.locked_until.toISOString() });
  const actor: Actor = { kind: 'staff', id: user.id, name: user.username, wardId: user.ward_id, roles: user.roles };
  if (!(await verifyPassword(user.password_hash, input.password))) {
    const failures = user.failed_logins + 1;
    const lock = failures >= AUTH_POLICY.maxFailuresBeforeLock;
    await inTransaction(db, async (tx) => {
      await tablesOf<IdentityTables>(tx)
        .updateTable('staff')
        .set({
          failed_logins: lock ? 0 : failures,
          locked_until: lock ? new Date(now.getTime() + AUTH_POLICY.lockMinutes * 60_000) : user.locked_until,
        })
        .where('ward_id', '=', user.ward_id)
        .where('id', '=', user.id)
        .execute();
      await recordAudit(
        tx,
        actor,
        client.requestId,
        { action: lock ? 'auth.locked' : 'auth.login-failed', targetType: 'staff', targetId: user.id },
        now,
      );
    });
    await countIpFailure(db, ipKey, now, windowStart);
    throw identityError(lock ? 'ACCOUNT_LOCKED' : 'LOGIN_FAILED');
  }
  const token = newSecret();
  const csrfToken = newSecret(24);
  const sessionId = await inTransaction(db, async (tx) => {
    const tt = tablesOf<IdentityTables>(tx);
    await tt
      .updateTable('staff')
      .set({ failed_logins: 0, locked_until: null })
      .where('ward_id', '=', user.ward_id)
      .where('id', '=', user.id)
      .execute();
    const row = await tt
      .insertInto('sessions')
      .values({
        ward_id: user.ward_id,
        token_hash: sha256(token),
        staff_ward_id: user.ward_id,
        staff_id: user.id,
        csrf_token: csrfToken,
        user_agent: client.userAgent?.slice(0, 300) ?? null,
        ip: client.ip,
        created_at: now,
        last_seen_at: now,
        expires_at: new Date(now.getTime() + AUTH_POLICY.sessionHours * 3_600_000),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(
      tx,
      actor,
      client.requestId,
      { action: 'auth.login', targetType: 'session', targetId: row.id },
      now,
    );
    return row.id;
  });
  return { token, sessionId, csrfToken, wardId: user.ward_id };
}

async function countIpFailure(db: AnyDb, key: string, now: Date, windowStart: Date): Promise<void> {
  await sql`
    INSERT INTO login_throttle (key, failures, window_started_at) VALUES (${key}, 1, ${now})
    ON CONFLICT (key) DO UPDATE SET
      failures = CASE WHEN login_throttle.window_started_at < ${windowStart} THEN 1 ELSE login_throttle.failures + 1 END,
      window_started_at = CASE WHEN login_throttle.window_started_at < ${windowStart} THEN ${now} ELSE login_throttle.window_started_at END
  `.execute(db);
}

export async function authenticateSession(
  db: AnyDb,
  clock: Clock,
  token: string,
): Promise<AuthenticatedActor | undefined> {
  const t = tablesOf<IdentityTables>(db);
  const now = clock.now();
  const row = await t
    .selectFrom('sessions as s')
    .innerJoin('staff as u', (j) => j.onRef('u.ward_id', '=', 's.staff_ward_id').onRef('u.id', '=', 's.staff_id'))
    .select(['s.ward_id', 's.id as session_id', 's.csrf_token', 's.expires_at', 's.revoked_at', 's.last_seen_at'])
    .select(['u.id', 'u.username', 'u.roles', 'u.active', 'u.ward_id as home_ward_id', 'u.city_admin'])
    .where('s.token_hash', '=', sha256(token))
    .executeTakeFirst();
  if (!row || row.revoked_at || row.expires_at <= now || !row.active) return undefined;
  if (now.getTime() - new Date(row.last_seen_at).getTime() > 60_000) {
    await t
      .updateTable('sessions')
      .set({ last_seen_at: now })
      .where('ward_id', '=', row.ward_id)
      .where('id', '=', row.session_id)
      .execute();
  }
  return {
    kind: 'staff',
    id: row.id,
    name: row.username,
    wardId: row.ward_id,
    roles: row.roles,
    via: 'session',
    sessionId: row.session_id,
    csrfToken: row.csrf_token,
    homeWardId: row.home_ward_id,
    cityAdmin: row.city_admin,
  };
}

export async function authenticateToken(
  db: AnyDb,
  clock: Clock,
  token: string,
): Promise<AuthenticatedActor | undefined> {
  return authenticateTokenHash(db, clock, sha256(token));
}

/** The actor of the token whose SHA-256 is `hash` (see token-cache.ts, which keeps them for a while). */
export async function authenticateTokenHash(
  db: AnyDb,
  clock: Clock,
  hash: string,
): Promise<AuthenticatedActor | undefined> {
  const t = tablesOf<IdentityTables>(db);
  const row = await t
    .selectFrom('api_tokens as k')
    .leftJoin('staff as u', (j) => j.onRef('u.ward_id', '=', 'k.ward_id').onRef('u.id', '=', 'k.staff_id'))
    .leftJoin('devices as d', (j) => j.onRef('d.ward_id', '=', 'k.ward_id').onRef('d.id', '=', 'k.device_id'))
    .select(['k.ward_id', 'k.id as token_id', 'k.revoked_at', 'k.last_used_at'])
    .select(['u.id as staff_id', 'u.username', 'u.roles', 'u.active', 'u.city_admin'])
    .select([
      'd.id as device_id',
      'd.name as device_name',
      'd.role as device_role',
      'd.revoked_at as device_revoked_at',
    ])
    .where('k.token_hash', '=', hash)
    .executeTakeFirst();
  if (!row || row.revoked_at) return undefined;
  const now = clock.now();
  if (!row.last_used_at || now.getTime() - new Date(row.last_used_at).getTime() > 60_000) {
    await t
      .updateTable('api_tokens')
      .set({ last_used_at: now })
      .where('ward_id', '=', row.ward_id)
      .where('id', '=', row.token_id)
      .execute();
  }
  const base = {
    wardId: row.ward_id,
    via: 'token' as const,
    sessionId: null,
    csrfToken: null,
    homeWardId: row.ward_id,
  };
  if (row.staff_id && row.username && row.roles && row.active) {
    return {
      ...base,
      kind: 'staff',
      id: row.staff_id,
      name: row.username,
      roles: row.roles,
      cityAdmin: row.city_admin ?? false,
    };
  }
  if (row.device_id && row.device_name && row.device_role && !row.device_revoked_at) {
    return {
      ...base,
      kind: 'device',
      id: row.device_id,
      name: row.device_name,
      roles: [row.device_role],
      cityAdmin: false,
    };
  }
  return undefined;
}

export async function logout(
  db: AnyDb,
  clock: Clock,
  actor: AuthenticatedActor,
  requestId: string | null,
): Promise<void> {
  if (!actor.sessionId) return;
  await inTransaction(db, async (tx) => {
    await tablesOf<IdentityTables>(tx)
      .updateTable('sessions')
      .set({ revoked_at: clock.now() })
      .where('ward_id', '=', actor.wardId)
      .where('id', '=', actor.sessionId as string)
      .execute();
    await recordAudit(tx, actor, requestId, {
      action: 'auth.logout',
      targetType: 'session',
      targetId: actor.sessionId,
    });
  });
}

export async function changePassword(
  db: AnyDb,
  clock: Clock,
  actor: AuthenticatedActor,
  input: PasswordChange,
  requestId: string | null,
): Promise<void> {
  const t = tablesOf<IdentityTables>(db);
  const user = await t
    .selectFrom('staff')
    .select(['password_hash'])
    .where('ward_id', '=', actor.homeWardId)
    .where('id', '=', actor.id as string)
    .executeTakeFirst();
  if (!user) throw identityError('STAFF_NOT_FOUND');
  if (!(await verifyPassword(user.password_hash, input.currentPassword))) throw identityError('WRONG_PASSWORD');
  const passwordHash = await hashPassword(input.newPassword);
  await inTransaction(db, async (tx) => {
    const tt = tablesOf<IdentityTables>(tx);
    await tt
      .updateTable('staff')
      .set({
        password_hash: passwordHash,
        password_changed_at: clock.now(),
        updated_at: clock.now(),
        version: sql`version + 1`,
      })
      .where('ward_id', '=', actor.homeWardId)
      .where('id', '=', actor.id as string)
      .execute();
    // Other sessions end: whoever knew the old password is signed out.
    let q = tt
      .updateTable('sessions')
      .set({ revoked_at: clock.now() })
      .where('staff_id', '=', actor.id as string)
      .where('revoked_at', 'is', null);
    if (actor.sessionId) q = q.where('id', '!=', actor.sessionId);
    await q.execute();
    await recordAudit(tx, actor, requestId, {
      action: 'auth.password-changed',
      targetType: 'staff',
      targetId: actor.id,
    });
  });
}

export async function listSessions(db: AnyDb, clock: Clock, actor: AuthenticatedActor): Promise<SessionInfo[]> {
  const rows = await tablesOf<IdentityTables>(db)
    .selectFrom('sessions')
    .selectAll()
    .where('staff_ward_id', '=', actor.homeWardId)
    .where('staff_id', '=', actor.id as string)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', clock.now())
    .orderBy('created_at', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    userAgent: r.user_agent,
    ip: r.ip,
    createdAt: new Date(r.created_at).toISOString(),
    lastSeenAt: new Date(r.last_seen_at).toISOString(),
    current: r.id === actor.sessionId,
  }));
}

export async function revokeSession(
  db: AnyDb,
  clock: Clock,
  actor: AuthenticatedActor,
  sessionId: string,
  requestId: string | null,
): Promise<void> {
  await inTransaction(db, async (tx) => {
    const r = await tablesOf<IdentityTables>(tx)
      .updateTable('sessions')
      .set({ revoked_at: clock.now() })
      .where('staff_ward_id', '=', actor.homeWardId)
      .where('staff_id', '=', actor.id as string)
      .where('id', '=', sessionId)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    if (Number(r.numUpdatedRows) === 0) throw identityError('SESSION_NOT_FOUND');
    await recordAudit(tx, actor, requestId, {
      action: 'auth.session-revoked',
      targetType: 'session',
      targetId: sessionId,
    });
  });
}

/** A city administrator switches the ward the session acts in (only to wards granted to them). */
export async function switchWard(
  db: AnyDb,
  actor: AuthenticatedActor,
  wardId: string,
  requestId: string | null,
): Promise<void> {
  if (!actor.sessionId) throw identityError('WARD_NOT_GRANTED');
  if (wardId !== actor.homeWardId) {
    const grant = await tablesOf<IdentityTables>(db)
      .selectFrom('staff_ward_grants')
      .select('ward_id')
      .where('ward_id', '=', wardId)
      .where('staff_ward_id', '=', actor.homeWardId)
      .where('staff_id', '=', actor.id as string)
      .executeTakeFirst();
    if (!grant || !actor.cityAdmin) throw identityError('WARD_NOT_GRANTED');
  }
  await inTransaction(db, async (tx) => {
    const tt = tablesOf<IdentityTables>(tx);
    // sessions are keyed by the acting ward: move the row.
    await tt
      .updateTable('sessions')
      .set({ ward_id: wardId })
      .where('ward_id', '=', actor.wardId)
      .where('id', '=', actor.sessionId as string)
      .execute();
    await recordAudit(tx, { ...actor, wardId }, requestId, {
      action: 'auth.ward-switched',
      targetType: 'ward',
      targetId: wardId,
      details: { from: actor.wardId },
    });
  });
}

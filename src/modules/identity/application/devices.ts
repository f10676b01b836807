/** Devices (kiosk, display board, robot) and API tokens bound to one ward. */
import type { RequestContext } from '../../../kernel/actor.ts';
import { recordAudit } from '../../../kernel/audit.ts';
import { type AnyDb, inTransaction, tablesOf } from '../../../kernel/db.ts';
import type { ApiToken, CreatedToken, Device, DeviceCreate, TokenCreate } from '../contracts.ts';
import { newApiToken } from '../domain/secrets.ts';
import { identityError } from '../identity.errors.ts';
import type { IdentityTables } from '../infra/tables.ts';
import { identityChanged } from './token-cache.ts';

type DeviceRow = {
  id: string;
  name: string;
  role: Device['role'];
  location: string | null;
  created_at: Date | string;
  revoked_at: Date | null;
};
const toDevice = (d: DeviceRow): Device => ({
  id: d.id,
  name: d.name,
  role: d.role,
  location: d.location,
  createdAt: new Date(d.created_at).toISOString(),
  revoked: d.revoked_at !== null,
});

export async function listDevices(db: AnyDb, wardId: string): Promise<Device[]> {
  const rows = await tablesOf<IdentityTables>(db)
    .selectFrom('devices')
    .selectAll()
    .where('ward_id', '=', wardId)
    .orderBy('name')
    .execute();
  return rows.map(toDevice);
}

export async function createDevice(db: AnyDb, ctx: RequestContext, input: DeviceCreate): Promise<Device> {
  return inTransaction(db, async (tx) => {
    const row = await tablesOf<IdentityTables>(tx)
      .insertInto('devices')
      .values({
        ward_id: ctx.actor.wardId,
        name: input.name,
        role: input.role,
        location: input.location ?? null,
        revoked_at: null,
      })
      .onConflict((oc) => oc.columns(['ward_id', 'name']).doNothing())
      .returningAll()
      .executeTakeFirst();
    if (!row) throw identityError('DEVICE_NAME_TAKEN', { name: input.name });
    await recordAudit(tx, ctx.actor, ctx.requestId, {
      action: 'device.create',
      targetType: 'device',
      targetId: row.id,
      details: { role: input.role },
    });
    return toDevice(row);
  });
}

export async function revokeDevice(db: AnyDb, ctx: RequestContext, id: string): Promise<Device> {
  return inTransaction(db, async (tx) => {
    const t = tablesOf<IdentityTables>(tx);
    const now = new Date();
    const row = await t
      .updateTable('devices')
      .set({ revoked_at: now })
      .where('ward_id', '=', ctx.actor.wardId)
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirst();
    if (!row) throw identityError('DEVICE_NOT_FOUND');
    await t
      .updateTable('api_tokens')
      .set({ revoked_at: now })
      .where('ward_id', '=', ctx.actor.wardId)
      .where('device_id', '=', id)
      .where('revoked_at', 'is', null)
      .execute();
    await identityChanged(tx);
    await recordAudit(tx, ctx.actor, ctx.requestId, { action: 'device.revoke', targetType: 'device', targetId: id });
    return toDevice(row);
  });
}

type TokenRow = {
  id: string;
  prefix: string;
  label: string;
  staff_id: string | null;
  device_id: string | null;
  created_at: Date | string;
  last_used_at: Date | null;
  revoked_at: Date | null;
};
const toToken = (r: TokenRow): ApiToken => ({
  id: r.id,
  prefix: r.prefix,
  label: r.label,
  staffId: r.staff_id,
  deviceId: r.device_id,
  createdAt: new Date(r.created_at).toISOString(),
  lastUsedAt: r.last_used_at ? new Date(r.last_used_at).toISOString() : null,
  revoked: r.revoked_at !== null,
});

export async function listTokens(db: AnyDb, wardId: string): Promise<ApiToken[]> {
  const rows = await tablesOf<IdentityTables>(db)
    .selectFrom('api_tokens')
    .selectAll()
    .where('ward_id', '=', wardId)
    .orderBy('created_at', 'desc')
    .execute();
  return rows.map(toToken);
}

/** Creates a bearer token for a person or a device of the acting ward; the secret is returned once. */
export async function createToken(db: AnyDb, ctx: RequestContext, input: TokenCreate): Promise<CreatedToken> {
  const wardId = ctx.actor.wardId;
  return inTransaction(db, async (tx) => {
    const t = tablesOf<IdentityTables>(tx);
    const staffId = 'staffId' in input ? input.staffId : null;
    const deviceId = 'deviceId' in input ? input.deviceId : null;
    if (staffId) {
      const s = await t
        .selectFrom('staff')
        .select('id')
        .where('ward_id', '=', wardId)
        .where('id', '=', staffId)
        .where('active', '=', true)
        .executeTakeFirst();
      if (!s) throw identityError('STAFF_NOT_FOUND');
    }
    if (deviceId) {
      const d = await t
        .selectFrom('devices')
        .select('id')
        .where('ward_id', '=', wardId)
        .where('id', '=', deviceId)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      if (!d) throw identityError('DEVICE_NOT_FOUND');
    }
    const secret = newApiToken();
    const row = await t
      .insertInto('api_tokens')
      .values({
        ward_id: wardId,
        token_hash: secret.hash,
        prefix: secret.prefix,
        label: input.label,
        staff_id: staffId,
        device_id: deviceId,
        created_by: ctx.actor.kind === 'staff' ? ctx.actor.id : null,
        last_used_at: null,
        revoked_at: null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(tx, ctx.actor, ctx.requestId, {
      action: 'token.create',
      targetType: 'token',
      targetId: row.id,
      details: { staffId, deviceId },
    });
    return { token: secret.token, apiToken: toToken(row) };
  });
}

export async function revokeToken(db: AnyDb, ctx: RequestContext, id: string): Promise<ApiToken> {
  return inTransaction(db, async (tx) => {
    const row = await tablesOf<IdentityTables>(tx)
      .updateTable('api_tokens')
      .set({ revoked_at: new Date() })
      .where('ward_id', '=', ctx.actor.wardId)
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirst();
    if (!row) throw identityError('TOKEN_NOT_FOUND');
    await identityChanged(tx);
    await recordAudit(tx, ctx.actor, ctx.requestId, { action: 'token.revoke', targetType: 'token', targetId: id });
    return toToken(row);
  });
}

/** CLI helper: the device of that name in the ward, created if missing. */
export async function ensureDevice(
  db: AnyDb,
  ctx: RequestContext,
  name: string,
  role: Device['role'],
): Promise<Device> {
  const existing = await tablesOf<IdentityTables>(db)
    .selectFrom('devices')
    .selectAll()
    .where('ward_id', '=', ctx.actor.wardId)
    .where('name', '=', name)
    .executeTakeFirst();
  if (existing) {
    if (existing.revoked_at) throw identityError('DEVICE_NOT_FOUND', { name, revoked: true });
    return toDevice(existing);
  }
  return createDevice(db, ctx, { name, role, location: null });
}

export async function findStaffIdByUsername(db: AnyDb, wardId: string, username: string): Promise<string | undefined> {
  const r = await tablesOf<IdentityTables>(db)
    .selectFrom('staff')
    .select('id')
    .where('ward_id', '=', wardId)
    .where('username', '=', username)
    .executeTakeFirst();
  return r?.id;
}

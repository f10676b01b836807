/** Staff accounts of a ward, managed by its administrators. */

import type { Selectable } from 'kysely';
import { sql } from 'kysely';
import type { RequestContext } from '../../../kernel/actor.ts';
import { recordAudit } from '../../../kernel/audit.ts';
import { type AnyDb, inTransaction, tablesOf } from '../../../kernel/db.ts';
import { commonError } from '../../../kernel/errors.ts';
import type { StaffCreate, StaffDetail, StaffRole, StaffSummary, StaffUpdate } from '../contracts.ts';
import { hashPassword } from '../domain/secrets.ts';
import { identityError } from '../identity.errors.ts';
import type { IdentityTables } from '../infra/tables.ts';
import { identityChanged } from './token-cache.ts';

type StaffRow = Selectable<IdentityTables['staff']>;

function toSummary(r: StaffRow, now: Date): StaffSummary {
  return {
    id: r.id,
    username: r.username,
    fullName: r.full_name,
    roles: r.roles as StaffRole[],
    departmentId: r.department_id,
    active: r.active,
    locked: !!r.locked_until && r.locked_until > now,
    version: r.version,
  };
}

export async function listStaff(db: AnyDb, wardId: string, now: Date): Promise<StaffSummary[]> {
  const rows = await tablesOf<IdentityTables>(db)
    .selectFrom('staff')
    .selectAll()
    .where('ward_id', '=', wardId)
    .orderBy('username')
    .execute();
  return rows.map((r) => toSummary(r, now));
}

/** Staff detail includes personal contact data, so reading it is audited. */
export async function getStaff(db: AnyDb, ctx: RequestContext, id: string, now: Date): Promise<StaffDetail> {
  const r = await tablesOf<IdentityTables>(db)
    .selectFrom('staff')
    .selectAll()
    .where('ward_id', '=', ctx.actor.wardId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!r) throw identityError('STAFF_NOT_FOUND');
  await recordAudit(db, ctx.actor, ctx.requestId, { action: 'staff.read-personal', targetType: 'staff', targetId: id });
  return {
    ...toSummary(r, now),
    email: r.email,
    phone: r.phone,
    cityAdmin: r.city_admin,
    createdAt: new Date(r.created_at).toISOString(),
  };
}

export async function createStaff(db: AnyDb, ctx: RequestContext, input: StaffCreate, now: Date): Promise<StaffDetail> {
  const passwordHash = await hashPassword(input.password);
  const id = await inTransaction(db, async (tx) => {
    const t = tablesOf<IdentityTables>(tx);
    if (input.departmentId) await ensureDepartment(tx, ctx.actor.wardId, input.departmentId);
    const row = await t
      .insertInto('staff')
      .values({
        ward_id: ctx.actor.wardId,
        username: input.username,
        full_name: input.fullName,
        email: input.email ?? null,
        phone: input.phone ?? null,
        department_id: input.departmentId ?? null,
        roles: [...new Set(input.roles)],
        password_hash: passwordHash,
        locked_until: null,
      })
      .onConflict((oc) => oc.column('username').doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!row) throw identityError('USERNAME_TAKEN', { username: input.username });
    await recordAudit(tx, ctx.actor, ctx.requestId, {
      action: 'staff.create',
      targetType: 'staff',
      targetId: row.id,
      details: { username: input.username, roles: input.roles },
    });
    return row.id;
  });
  return getStaff(db, ctx, id, now);
}

export async function updateStaff(
  db: AnyDb,
  ctx: RequestContext,
  id: string,
  input: StaffUpdate,
  now: Date,
): Promise<StaffDetail> {
  if (id === ctx.actor.id && (input.active === false || (input.roles && !input.roles.includes('admin')))) {
    throw identityError('CANNOT_DISABLE_SELF');
  }
  const passwordHash = input.password ? await hashPassword(input.password) : undefined;
  await inTransaction(db, async (tx) => {
    const t = tablesOf<IdentityTables>(tx);
    if (input.departmentId) await ensureDepartment(tx, ctx.actor.wardId, input.departmentId);
    const set: Record<string, unknown> = { updated_at: now, version: sql`version + 1` };
    if (input.fullName !== undefined) set.full_name = input.fullName;
    if (input.email !== undefined) set.email = input.email;
    if (input.phone !== undefined) set.phone = input.phone;
    if (input.departmentId !== undefined) set.department_id = input.departmentId;
    if (input.roles !== undefined) set.roles = [...new Set(input.roles)];
    if (input.active !== undefined) set.active = input.active;
    if (passwordHash)
      Object.assign(set, {
        password_hash: passwordHash,
        password_changed_at: now,
        failed_logins: 0,
        locked_until: null,
      });
    const r = await t
      .updateTable('staff')
      .set(set)
      .where('ward_id', '=', ctx.actor.wardId)
      .where('id', '=', id)
      .where('version', '=', input.version)
      .executeTakeFirst();
    if (Number(r.numUpdatedRows) === 0) {
      const exists = await t
        .selectFrom('staff')
        .select('id')
        .where('ward_id', '=', ctx.actor.wardId)
        .where('id', '=', id)
        .executeTakeFirst();
      throw exists ? commonError('VERSION_CONFLICT') : identityError('STAFF_NOT_FOUND');
    }
    if (input.roles !== undefined || input.active !== undefined) await identityChanged(tx);
    if (input.active === false || passwordHash) {
      await t
        .updateTable('sessions')
        .set({ revoked_at: now })
        .where('staff_ward_id', '=', ctx.actor.wardId)
        .where('staff_id', '=', id)
        .where('revoked_at', 'is', null)
        .execute();
    }
    const fields = Object.keys(input).filter((k) => k !== 'version' && k !== 'password');
    if (passwordHash) fields.push('password(reset)');
    await recordAudit(tx, ctx.actor, ctx.requestId, {
      action: 'staff.update',
      targetType: 'staff',
      targetId: id,
      details: { fields },
    });
  });
  return getStaff(db, ctx, id, now);
}

async function ensureDepartment(db: AnyDb, wardId: string, departmentId: string): Promise<void> {
  const d = await tablesOf<IdentityTables>(db)
    .selectFrom('departments')
    .select('id')
    .where('ward_id', '=', wardId)
    .where('id', '=', departmentId)
    .executeTakeFirst();
  if (!d) throw identityError('DEPARTMENT_NOT_FOUND');
}

/** Test builders for identity: wards, staff and tokens, written through the real application functions. */
import { randomBytes } from 'node:crypto';
import { systemActor } from '../../../kernel/actor.ts';
import { type AnyDb, tablesOf } from '../../../kernel/db.ts';
import { createToken, ensureDevice } from '../application/devices.ts';
import type { DeviceRole, StaffRole } from '../contracts.ts';
import { hashPassword } from '../domain/secrets.ts';
import type { IdentityTables } from '../infra/tables.ts';

let cachedHash: { password: string; hash: Promise<string> } | undefined;
function passwordHash(password: string): Promise<string> {
  if (cachedHash?.password !== password) cachedHash = { password, hash: hashPassword(password) };
  return cachedHash.hash;
}

export async function aWard(db: AnyDb, overrides: { code?: string; name?: string; agencyEid?: string } = {}) {
  const suffix = randomBytes(3).toString('hex');
  const t = tablesOf<IdentityTables>(db);
  const ward = await t
    .insertInto('wards')
    .values({
      code: overrides.code ?? `ward-${suffix}`,
      name: overrides.name ?? `Phường Thử ${suffix}`,
      name_en: `Test Ward ${suffix}`,
      agency_eid: overrides.agencyEid ?? `000.00.${suffix}.H29`,
      province: 'Thành phố Hồ Chí Minh',
      address: 'Test address',
      area_km2: 3.5,
      population: 1000,
      planned_population: 2000,
      phone: null,
      email: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  const dept = await t
    .insertInto('departments')
    .values({
      ward_id: ward.id,
      code: 'ttpvhcc',
      name: 'Trung tâm phục vụ hành chính công',
      name_en: 'Service Center',
      external: false,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await t
    .insertInto('predecessor_units')
    .values({ ward_id: ward.id, name: `Phường Cũ ${suffix}`, part: 'whole', former_district: null, sort_order: 1 })
    .execute();
  return { ...ward, departmentId: dept.id };
}

export async function aStaff(
  db: AnyDb,
  wardId: string,
  opts: { username?: string; roles?: StaffRole[]; password?: string; cityAdmin?: boolean } = {},
) {
  const username = opts.username ?? `user-${randomBytes(4).toString('hex')}`;
  return tablesOf<IdentityTables>(db)
    .insertInto('staff')
    .values({
      ward_id: wardId,
      username,
      full_name: `Cán bộ ${username}`,
      email: `${username}@example.test`,
      phone: '0900000000',
      department_id: null,
      roles: opts.roles ?? ['viewer'],
      city_admin: opts.cityAdmin ?? false,
      password_hash: await passwordHash(opts.password ?? 'correct horse battery'),
      locked_until: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** A bearer token acting as a new person with `role` (or a device for kiosk/display/robot). */
export async function aTokenFor(
  db: AnyDb,
  wardId: string,
  role: StaffRole | DeviceRole,
): Promise<{ token: string; actorId: string }> {
  const ctx = { actor: systemActor(wardId), requestId: null };
  if (role === 'kiosk' || role === 'display' || role === 'robot') {
    const device = await ensureDevice(db, ctx, `${role}-${randomBytes(3).toString('hex')}`, role);
    const created = await createToken(db, ctx, { label: 'test', deviceId: device.id });
    return { token: created.token, actorId: device.id };
  }
  const person = await aStaff(db, wardId, { roles: [role] });
  const created = await createToken(db, ctx, { label: 'test', staffId: person.id });
  return { token: created.token, actorId: person.id };
}

/** The id of a new test ward (for modules' tests that only need a tenant). */
export async function insertTestWard(db: AnyDb): Promise<string> {
  return (await aWard(db)).id;
}

/** A bearer token acting as a new staff member with `role`, or as a device for kiosk/display/robot. */
export async function tokenFor(db: AnyDb, wardId: string, role: StaffRole | DeviceRole): Promise<string> {
  return (await aTokenFor(db, wardId, role)).token;
}

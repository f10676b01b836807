/**
 * Wards and bearer tokens for this module's integration tests, made through identity's public surface
 * (modules may not import identity's testing builders).
 */
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { systemActor } from '../../../kernel/actor.ts';
import type { AnyDb } from '../../../kernel/db.ts';
import type { Role } from '../../../kernel/http.ts';
import { createStaff, createToken, ensureDevice } from '../../identity/index.ts';

export async function insertTestWard(db: AnyDb): Promise<string> {
  const code = `files-${randomBytes(4).toString('hex')}`;
  const result = await sql<{ id: string }>`
    INSERT INTO wards (code, name, name_en, agency_eid, province, address)
    VALUES (${code}, ${`Phường ${code}`}, ${`${code} Ward`}, ${`000.00.${code}`}, 'Thành phố Hồ Chí Minh', 'test')
    RETURNING id`.execute(db);
  return (result.rows[0] as { id: string }).id;
}

/** A bearer token acting as a new staff member with `role`, or as a device for kiosk/display/robot. */
export async function tokenFor(db: AnyDb, wardId: string, role: Role): Promise<string> {
  const ctx = { actor: systemActor(wardId), requestId: null };
  const suffix = randomBytes(4).toString('hex');
  if (role === 'kiosk' || role === 'display' || role === 'robot') {
    const device = await ensureDevice(db, ctx, `${role}-${suffix}`, role);
    return (await createToken(db, ctx, { label: 'test', deviceId: device.id })).token;
  }
  const staff = await createStaff(
    db,
    ctx,
    { username: `${role}-${suffix}`, fullName: `Cán bộ ${suffix}`, roles: [role], password: 'correct horse battery' },
    new Date(),
  );
  return (await createToken(db, ctx, { label: 'test', staffId: staff.id })).token;
}

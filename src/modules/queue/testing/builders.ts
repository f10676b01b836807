/**
 * Test builders for the queue. Identity is reached only through its index (module boundary); a bare ward
 * row is inserted with SQL because identity exposes no ward factory besides the demo seed.
 */
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { type RequestContext, systemActor } from '../../../kernel/actor.ts';
import type { AnyDb, Database } from '../../../kernel/db.ts';
import type { Role } from '../../../kernel/http.ts';
import { createStaff, createToken, ensureDevice, type StaffRole } from '../../identity/index.ts';
import { seedQueueDemo } from '../application/seed-demo.ts';

export async function aBareWard(db: AnyDb, name = 'Phường Thử'): Promise<string> {
  const suffix = randomBytes(4).toString('hex');
  const r = await sql<{ id: string }>`
    INSERT INTO wards (code, name, name_en, agency_eid, province, address)
    VALUES (${`ward-${suffix}`}, ${`${name} ${suffix}`}, ${`Test Ward ${suffix}`}, ${`000.00.${suffix}.H29`},
      'Thành phố Hồ Chí Minh', 'Test address')
    RETURNING id`.execute(db);
  return r.rows[0]?.id as string;
}

export async function wardCodeOf(db: AnyDb, wardId: string): Promise<string> {
  const r = await sql<{ code: string }>`SELECT code FROM wards WHERE id = ${wardId}`.execute(db);
  return r.rows[0]?.code as string;
}

/** A ward with the An Khánh demo groups (A–E) and counters (1–8). */
export async function aQueueWard(database: Database) {
  const wardId = await aBareWard(database.db);
  await seedQueueDemo(database.db, wardId);
  const counters = await sql<{ id: string; number: number }>`
    SELECT id, number FROM queue_counters WHERE ward_id = ${wardId}`.execute(database.db);
  const counterId = (n: number) => counters.rows.find((c) => c.number === n)?.id as string;
  return { wardId, counterId };
}

/** A person with `role` (or a device for kiosk/display/robot) and a bearer token acting as them. */
export async function aTokenFor(
  db: AnyDb,
  wardId: string,
  role: Role,
): Promise<{ token: string; actorId: string; username: string }> {
  const ctx = { actor: systemActor(wardId), requestId: null };
  const name = `${role}-${randomBytes(4).toString('hex')}`;
  if (role === 'kiosk' || role === 'display' || role === 'robot') {
    const device = await ensureDevice(db, ctx, name, role);
    const created = await createToken(db, ctx, { label: 'test', deviceId: device.id });
    return { token: created.token, actorId: device.id, username: name };
  }
  const person = await createStaff(
    db,
    ctx,
    { username: name, fullName: `Cán bộ ${name}`, roles: [role], password: 'correct horse battery' },
    new Date(),
  );
  const created = await createToken(db, ctx, { label: 'test', staffId: person.id });
  return { token: created.token, actorId: person.id, username: name };
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** A command context for commands called directly (not over HTTP): a new staff member with `role`. */
export async function aStaffContext(db: AnyDb, wardId: string, role: StaffRole): Promise<RequestContext> {
  const who = await aTokenFor(db, wardId, role);
  return { actor: { kind: 'staff', id: who.actorId, name: who.username, wardId, roles: [role] }, requestId: null };
}

/** A command context for a kiosk of the ward (issuing tickets). */
export function aKioskContext(wardId: string, name = 'kiosk'): RequestContext {
  return { actor: { kind: 'device', id: null, name, wardId, roles: ['kiosk'] }, requestId: null };
}

/**
 * Staff of ward A can neither read nor change anything of ward B through any endpoint: every route is called
 * by an admin of A with B's ids in the path and in the body; no answer mentions B and B's rows stay the same.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aStaff, aTokenFor, aWard } from '../modules/identity/testing/builders.ts';
import { PERMISSIONS } from './permissions.ts';
import { bearer, createTestApp, fillPath, type TestApp } from './testing/test-app.ts';

let t: TestApp;
let adminA: string;
let wardB: Awaited<ReturnType<typeof aWard>>;
const secretsOfB: string[] = [];

async function snapshotOfWard(wardId: string): Promise<string> {
  const tables = (
    await sql<{ table_name: string }>`
    SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'ward_id' ORDER BY table_name`.execute(
      t.database.db,
    )
  ).rows;
  const parts: string[] = [];
  for (const { table_name } of tables) {
    const rows = await sql<{
      j: string;
    }>`SELECT row_to_json(x)::text AS j FROM ${sql.table(table_name)} x WHERE ward_id = ${wardId} ORDER BY 1`.execute(
      t.database.db,
    );
    parts.push(`${table_name}:${rows.rows.map((r) => r.j).join('|')}`);
  }
  const ward = await sql<{ j: string }>`SELECT row_to_json(w)::text AS j FROM wards w WHERE id = ${wardId}`.execute(
    t.database.db,
  );
  return `${ward.rows[0]?.j}\n${parts.join('\n')}`;
}

beforeAll(async () => {
  t = await createTestApp();
  const wardA = await aWard(t.database.db, { name: 'Phường Alpha' });
  wardB = await aWard(t.database.db, { name: 'Phường Bravo-secret' });
  adminA = (await aTokenFor(t.database.db, wardA.id, 'admin')).token;
  const staffB = await aStaff(t.database.db, wardB.id, { username: 'bravo-officer', roles: ['receiver'] });
  const tokenB = await aTokenFor(t.database.db, wardB.id, 'kiosk');
  // B's session and token ids are targets too.
  const idsB = [wardB.id, staffB.id, tokenB.actorId, wardB.departmentId];
  const tokenRow = await t.database.db
    .selectFrom('api_tokens')
    .select('id')
    .where('ward_id', '=', wardB.id)
    .executeTakeFirstOrThrow();
  idsB.push(tokenRow.id as string);
  secretsOfB.push(...idsB, 'Bravo-secret', 'bravo-officer');
});
afterAll(() => t.close());

describe('tenant isolation', () => {
  it('admin of ward A reaches nothing of ward B on any route', async () => {
    const before = await snapshotOfWard(wardB.id);
    const leaks: string[] = [];
    const idsB = secretsOfB.slice(0, 5);
    for (const key of Object.keys(PERMISSIONS)) {
      const [method, url] = key.split(' ') as [string, string];
      if (url === '/api/auth/logout') continue; // would end the session the rest of the walk uses
      for (const id of idsB) {
        const payloads =
          method === 'GET'
            ? [undefined]
            : [
                {
                  id,
                  wardId: id,
                  staffId: id,
                  deviceId: id,
                  departmentId: id,
                  version: 1,
                  label: 'x',
                  active: false,
                  name: 'Hacked',
                  roles: ['admin'],
                },
                {},
              ];
        for (const payload of payloads) {
          const res = await t.app.inject({
            method: method as 'GET',
            url: fillPath(url, { id }),
            headers: bearer(adminA),
            payload,
          });
          const body = res.body;
          for (const s of secretsOfB)
            if (body.includes(s)) leaks.push(`${method} ${url} (${id}) leaked ${s}: ${res.statusCode}`);
          if (res.statusCode >= 500) leaks.push(`${method} ${url}: ${res.statusCode}`);
          if (res.statusCode < 300 && fillPath(url, { id }).includes(id))
            leaks.push(`${method} ${url} accepted B's id ${id}: ${res.statusCode}`);
        }
      }
    }
    expect(leaks).toEqual([]);
    expect(await snapshotOfWard(wardB.id)).toEqual(before);
  });
});

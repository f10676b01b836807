/**
 * Staff of ward A can neither read nor change anything of ward B through any endpoint: every route is called
 * by an admin of A with B's ids in the path and in the body; no answer mentions B and B's rows stay the same.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../kernel/actor.ts';
import { createLocalBlobStore, storeFile } from '../modules/files/index.ts';
import { aStaff, aTokenFor, aWard } from '../modules/identity/testing/builders.ts';
import { enqueueNotification } from '../modules/notify/index.ts';
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
  // Rows of the other modules: an uploaded file and a queued notification of ward B.
  const file = await storeFile(t.database.db, createLocalBlobStore(t.filesDir), {
    wardId: wardB.id,
    bytes: new TextEncoder().encode('%PDF-1.4\n% Bravo-secret scan\n'),
    name: 'scan.pdf',
    mediaType: 'application/pdf',
    kind: 'scan',
    actor: systemActor(wardB.id),
  });
  const note = await enqueueNotification(t.database.db, {
    wardId: wardB.id,
    channel: 'sms',
    to: '0912345678',
    template: 'ticket-near',
    data: { wardName: 'Phường Bravo-secret', ticketNumber: 'A001', ahead: 3 },
    lang: 'vi',
  });
  idsB.push(file.id, note.id);
  secretsOfB.push(...idsB, 'Bravo-secret', 'bravo-officer');
});
afterAll(() => t.close());

describe('tenant isolation', () => {
  it('admin of ward A reaches nothing of ward B on any route', async () => {
    const before = await snapshotOfWard(wardB.id);
    const leaks: string[] = [];
    const idsB = secretsOfB.slice(0, 7);
    for (const key of Object.keys(PERMISSIONS)) {
      const [method, url] = key.split(' ') as [string, string];
      if (url === '/api/auth/logout') continue; // would end the session the rest of the walk uses
      for (const id of idsB) {
        // The answer for B's id must be exactly the answer for an id that exists nowhere: no oracle.
        const nowhere = randomUUID();
        const body = (x: string) =>
          method === 'GET'
            ? undefined
            : {
                id: x,
                wardId: x,
                staffId: x,
                deviceId: x,
                departmentId: x,
                version: 1,
                label: 'x',
                active: false,
                name: 'Hacked',
                roles: ['admin'],
              };
        const ask = (x: string) =>
          t.app.inject({
            method: method as 'GET',
            url: fillPath(url, { id: x }),
            headers: bearer(adminA),
            payload: body(x),
          });
        const [withB, withNothing] = [await ask(id), await ask(nowhere)];
        const seen = withB.body.replaceAll(id, '<id>');
        if (withB.statusCode >= 500) leaks.push(`${method} ${url}: ${withB.statusCode}`);
        if (withB.statusCode !== withNothing.statusCode || seen !== withNothing.body.replaceAll(nowhere, '<id>')) {
          leaks.push(`${method} ${url} answers B's ${id} differently: ${withB.statusCode} ${withB.body.slice(0, 200)}`);
        }
        for (const s of secretsOfB.slice(7)) if (withB.body.includes(s)) leaks.push(`${method} ${url} leaked ${s}`);
        for (const other of idsB)
          if (withNothing.body.includes(other)) leaks.push(`${method} ${url} shows B's ${other}`);
      }
    }
    expect(leaks).toEqual([]);
    expect(await snapshotOfWard(wardB.id)).toEqual(before);
  });
});

/**
 * Integration fixtures: the committed catalog (all curated procedures and a slice of the national catalog)
 * imported through the catalog's public import, a ward with the demo counter groups, and bearer tokens.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { sql } from 'kysely';
import { systemActor } from '../../../kernel/actor.ts';
import type { AnyDb, Database } from '../../../kernel/db.ts';
import type { Role } from '../../../kernel/http.ts';
import { importCatalog } from '../../catalog/index.ts';
import { createStaff, createToken, ensureDevice } from '../../identity/index.ts';
import { seedQueueDemo } from '../../queue/index.ts';

const SEEDS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../db/seeds/catalog');

/** Imports the 72 curated procedures and every `step`-th national entry (plus the passport entry). */
export async function importCatalogSlice(db: AnyDb, step = 4): Promise<void> {
  const curated = gunzipSync(await readFile(path.join(SEEDS, 'ward-procedures.jsonl.gz'))).toString('utf8');
  const national = gunzipSync(await readFile(path.join(SEEDS, 'national.jsonl.gz')))
    .toString('utf8')
    .split('\n')
    .filter((l, i) => l.trim() && !l.startsWith('//') && (i % step === 0 || l.includes('"1.001456"')));
  const dir = await mkdtemp(path.join(os.tmpdir(), 'assistant-catalog-'));
  try {
    const a = path.join(dir, 'curated.jsonl');
    const b = path.join(dir, 'national.jsonl');
    await writeFile(a, curated);
    await writeFile(b, `${national.join('\n')}\n`);
    await importCatalog(db, { files: [a, b] });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** A ward with the An Khánh demo groups (A: hộ tịch – chứng thực … E: tiếp nhận chung). */
export async function aWardWithGroups(database: Database): Promise<{ wardId: string; code: string }> {
  const suffix = randomBytes(4).toString('hex');
  const code = `ward-${suffix}`;
  const r = await sql<{ id: string }>`
    INSERT INTO wards (code, name, name_en, agency_eid, province, address)
    VALUES (${code}, ${`Phường Thử ${suffix}`}, ${`Test Ward ${suffix}`}, ${`000.00.${suffix}.H29`},
      'Thành phố Hồ Chí Minh', 'Test address')
    RETURNING id`.execute(database.db);
  const wardId = r.rows[0]?.id as string;
  await seedQueueDemo(database.db, wardId);
  return { wardId, code };
}

/** A bearer token for a new person with `role`, or for a device (kiosk, display, robot). */
export async function aTokenFor(db: AnyDb, wardId: string, role: Role): Promise<string> {
  const ctx = { actor: systemActor(wardId), requestId: null };
  const name = `${role}-${randomBytes(4).toString('hex')}`;
  if (role === 'kiosk' || role === 'display' || role === 'robot') {
    const device = await ensureDevice(db, ctx, name, role);
    return (await createToken(db, ctx, { label: 'test', deviceId: device.id })).token;
  }
  const person = await createStaff(
    db,
    ctx,
    { username: name, fullName: `Cán bộ ${name}`, roles: [role], password: 'correct horse battery' },
    new Date(),
  );
  return (await createToken(db, ctx, { label: 'test', staffId: person.id })).token;
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

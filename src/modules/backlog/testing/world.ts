/**
 * A ward for backlog integration tests: the shipped catalog imported, a leader acting, a fixed clock
 * (Thursday 10 July 2025, 09:00 in Vietnam), a local file store and a working directory in /tmp.
 * The ward and staff rows are inserted with plain SQL (other modules' testing helpers are off limits).
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { type RequestContext, systemActor } from '../../../kernel/actor.ts';
import { fixedClock } from '../../../kernel/clock.ts';
import type { AnyDb, Database } from '../../../kernel/db.ts';
import { importCatalog } from '../../catalog/index.ts';
import { createLocalBlobStore } from '../../files/index.ts';
import { createToken } from '../../identity/index.ts';
import type { BacklogServices } from '../application/support.ts';
import { loadLpSolver } from '../infra/highs-solver.ts';

export const NOW = '2025-07-10T09:00:00+07:00';

export interface BacklogWorld {
  db: AnyDb;
  wardId: string;
  ctx: RequestContext;
  clock: ReturnType<typeof fixedClock>;
  services: BacklogServices;
  dir: string;
  close(): Promise<void>;
}

export async function aStaffRow(db: AnyDb, wardId: string, roles: string[] = ['specialist']): Promise<string> {
  const username = `bl-${randomBytes(4).toString('hex')}`;
  const r = await sql<{ id: string }>`
    INSERT INTO staff (ward_id, username, full_name, roles, password_hash)
    VALUES (${wardId}, ${username}, ${`Cán bộ ${username}`}, ${roles}, 'x') RETURNING id`.execute(db);
  return r.rows[0]!.id;
}

/** A ward with a leader and the catalog; pass the app's clock when the world is used behind an HTTP app. */
export async function aBacklogWorld(
  db: AnyDb,
  opts: { catalog?: boolean; clock?: ReturnType<typeof fixedClock> } = {},
): Promise<BacklogWorld> {
  const code = `bl-${randomBytes(3).toString('hex')}`;
  const ward = await sql<{ id: string }>`
    INSERT INTO wards (code, name, name_en, agency_eid, province, address)
    VALUES (${code}, ${`Phường ${code}`}, ${`${code} Ward`}, ${`000.00.${code}.H29`}, 'Thành phố Hồ Chí Minh', 'test')
    RETURNING id`.execute(db);
  const wardId = ward.rows[0]!.id;
  const leaderId = await aStaffRow(db, wardId, ['leader']);
  if (opts.catalog !== false) await importCatalog(db);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'backlog-test-'));
  const clock = opts.clock ?? fixedClock(NOW);
  clock.set(NOW);
  return {
    db,
    wardId,
    ctx: { actor: { kind: 'staff', id: leaderId, name: 'lanh-dao', wardId, roles: ['leader'] }, requestId: null },
    clock,
    dir,
    services: {
      clock,
      store: createLocalBlobStore(path.join(dir, 'files')),
      workDir: path.join(dir, 'work'),
      solver: loadLpSolver,
    },
    close: () => rm(dir, { recursive: true, force: true }),
  };
}

/** A bearer token for a staff member (HTTP tests). */
export async function aBearerFor(database: Database, wardId: string, staffId: string): Promise<string> {
  const created = await createToken(
    database.db,
    { actor: systemActor(wardId), requestId: null },
    { label: 'test', staffId },
  );
  return created.token;
}

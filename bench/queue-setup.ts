/**
 * The city the queue load runs against: a throwaway PostgreSQL database with `wards` wards, each with the demo
 * service groups, `counters` counters (the eight demo ones, then extra pooled ones), `kiosks` kiosk devices,
 * one receiver per counter, and display devices spread over the wards — all with bearer tokens.
 */
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import pg from 'pg';
import { systemActor } from '../src/kernel/actor.ts';
import { openDatabase } from '../src/kernel/db.ts';
import { migrate } from '../src/kernel/migrations.ts';
import { createToken, ensureDevice } from '../src/modules/identity/index.ts';
import { aStaff, aWard } from '../src/modules/identity/testing/builders.ts';
import { createCounter, DEMO_COUNTERS, seedQueueDemo } from '../src/modules/queue/index.ts';

export interface CityCounter {
  wardId: string;
  counterId: string;
  number: number;
  /** The first group of its work profile: the kiosk issues there so this counter has someone to call. */
  group: string;
  token: string;
}
export interface CityWard {
  id: string;
  kiosks: string[];
  displays: string[];
  counters: CityCounter[];
}

/** Creates `name` on the server of `adminUrl` and returns its URL; `drop` removes it (forcing connections off). */
export async function createScratchDatabase(adminUrl: string, prefix: string) {
  const name = `${prefix}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`);
      await c.end();
    },
  };
}

async function inParallel<T>(n: number, limit: number, one: (i: number) => Promise<T>): Promise<T[]> {
  const out: T[] = new Array(n);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, n) }, async () => {
      while (next < n) {
        const i = next++;
        out[i] = await one(i);
      }
    }),
  );
  return out;
}

const EXTRA_PROFILES = [['A', 'E'], ['B', 'C'], ['D', 'E'], ['A']] as const;

export async function buildCity(
  databaseUrl: string,
  opts: { wards: number; counters: number; kiosks: number; displays: number },
): Promise<CityWard[]> {
  const database = await openDatabase({ dataDir: '', databaseUrl, poolSize: 8 });
  try {
    await migrate(database);
    const db = database.db;
    const wards = await inParallel(opts.wards, 8, async (i) => {
      const ward = await aWard(db);
      const ctx = { actor: systemActor(ward.id), requestId: null };
      await seedQueueDemo(db, ward.id);
      for (let n = DEMO_COUNTERS.length + 1; n <= opts.counters; n++)
        await createCounter(db, ctx, {
          number: n,
          name: `Quầy ${n}`,
          groups: [...(EXTRA_PROFILES[n % EXTRA_PROFILES.length] ?? ['A'])],
        });
      const rows = (
        await sql<{ id: string; number: number }>`
          SELECT id, number FROM queue_counters WHERE ward_id = ${ward.id} ORDER BY number`.execute(db)
      ).rows;
      const profile = (n: number) =>
        n <= DEMO_COUNTERS.length
          ? (DEMO_COUNTERS[n - 1]?.groups[0] ?? 'A')
          : (EXTRA_PROFILES[n % EXTRA_PROFILES.length]?.[0] ?? 'A');
      const counters: CityCounter[] = [];
      for (const c of rows.slice(0, opts.counters)) {
        const person = await aStaff(db, ward.id, { roles: ['receiver'] });
        const { token } = await createToken(db, ctx, { label: 'bench', staffId: person.id });
        counters.push({ wardId: ward.id, counterId: c.id, number: c.number, group: profile(c.number), token });
      }
      const device = async (role: 'kiosk' | 'display', k: number) => {
        const d = await ensureDevice(db, ctx, `${role}-${i}-${k}`, role);
        return (await createToken(db, ctx, { label: 'bench', deviceId: d.id })).token;
      };
      const kiosks: string[] = [];
      for (let k = 0; k < opts.kiosks; k++) kiosks.push(await device('kiosk', k));
      const displays: string[] = [];
      const mine = Math.floor(opts.displays / opts.wards) + (i < opts.displays % opts.wards ? 1 : 0);
      for (let k = 0; k < mine; k++) displays.push(await device('display', k));
      return { id: ward.id, kiosks, displays, counters };
    });
    return wards;
  } finally {
    await database.close();
  }
}

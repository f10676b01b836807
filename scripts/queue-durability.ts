/**
 * Crash check for ticket issuing: runs `motcua serve` as a child process (PostgreSQL or embedded PGlite),
 * lets several kiosk clients issue tickets over HTTP, SIGKILLs the server mid-load, restarts it on the same
 * database, issues some more, then reads the tickets table directly and checks:
 * - every acknowledged ticket (a 201 received) exists with the same id, group and number;
 * - no two acknowledged tickets carry the same number of a group's day;
 * - the stored numbers of each group's day are unique and consecutive from 1: the series row is advanced in
 *   the ticket's own transaction, so a transaction cut by the crash takes its number back with it.
 * Requests cut by the crash have no known outcome (they may or may not have committed); they are counted.
 *
 * `npm run queue:durability [-- --engine pglite|postgres --clients 6 --seconds 3]`; the integration test
 * src/modules/queue/durability.integration.test.ts runs it on both engines.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import pg from 'pg';
import { systemActor } from '../src/kernel/actor.ts';
import { openDatabase } from '../src/kernel/db.ts';
import { migrate } from '../src/kernel/migrations.ts';
import { createToken, ensureDevice } from '../src/modules/identity/index.ts';
import { aWard } from '../src/modules/identity/testing/builders.ts';
import { DEMO_GROUPS, seedQueueDemo } from '../src/modules/queue/index.ts';
import { freePort, type ServerProcess, startServer } from './queue-server.ts';

export interface DurabilityOptions {
  engine: 'postgres' | 'pglite';
  /** Server to create the scratch database on (postgres only). */
  adminUrl?: string;
  clients: number;
  /** Seconds of load before the kill, and again after the restart. */
  seconds: number;
}

export interface DurabilityReport {
  engine: string;
  acknowledged: number;
  /** Requests cut by the crash: outcome unknown. */
  unknown: number;
  stored: number;
  missing: string[];
  duplicateNumbers: string[];
  gaps: string[];
  killedAtMs: number;
  restartMs: number;
}

interface Ack {
  id: string;
  number: string;
  group: string;
}

async function prepare(o: DurabilityOptions) {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'motcua-durability-'));
  let databaseUrl: string | undefined;
  let dbName: string | undefined;
  const adminUrl = o.adminUrl ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  if (o.engine === 'postgres') {
    dbName = `motcua_durability_${Date.now().toString(36)}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(dbName)}`);
    await admin.end();
    const u = new URL(adminUrl);
    u.pathname = `/${dbName}`;
    databaseUrl = u.toString();
  }
  const open = () => openDatabase({ dataDir, databaseUrl, poolSize: 2 });
  const database = await open();
  let kiosks: string[];
  try {
    await migrate(database);
    const ward = await aWard(database.db);
    await seedQueueDemo(database.db, ward.id);
    const ctx = { actor: systemActor(ward.id), requestId: null };
    kiosks = [];
    for (let k = 0; k < o.clients; k++) {
      const device = await ensureDevice(database.db, ctx, `kiosk-${k}`, 'kiosk');
      kiosks.push((await createToken(database.db, ctx, { label: 'durability', deviceId: device.id })).token);
    }
  } finally {
    await database.close();
  }
  return {
    dataDir,
    databaseUrl,
    kiosks,
    open,
    async cleanup() {
      await rm(dataDir, { recursive: true, force: true });
      if (!dbName) return;
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(dbName)} WITH (FORCE)`);
      await admin.end();
    },
  };
}

export async function runDurability(o: DurabilityOptions): Promise<DurabilityReport> {
  const env = await prepare(o);
  const port = await freePort();
  const start = () => startServer({ databaseUrl: env.databaseUrl, dataDir: env.dataDir, port, poolSize: 4 });
  let server: ServerProcess | undefined;
  const acks: Ack[] = [];
  let unknown = 0;
  let stop = false;
  let up = false;
  try {
    server = await start();
    up = true;
    const base = server.url;
    const clients = env.kiosks.map(async (token, c) => {
      for (let i = 0; !stop; i++) {
        if (!up) {
          await new Promise((r) => setTimeout(r, 20));
          continue;
        }
        const group = DEMO_GROUPS[(c + i) % DEMO_GROUPS.length]?.letter as string;
        try {
          const res = await fetch(`${base}/api/queue/tickets`, {
            method: 'POST',
            headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
            body: JSON.stringify({ group, lang: 'vi' }),
          });
          const body = (await res.json()) as Ack;
          if (res.status === 201) acks.push({ id: body.id, number: body.number, group: body.group });
          else unknown++;
        } catch {
          unknown++; // the connection died with the server: committed or not, nobody knows
        }
      }
    });
    const started = performance.now();
    await new Promise((r) => setTimeout(r, o.seconds * 1000));
    up = false;
    const killedAtMs = performance.now() - started;
    await server.kill('SIGKILL');
    const restartStarted = performance.now();
    server = await start();
    const restartMs = performance.now() - restartStarted;
    up = true;
    await new Promise((r) => setTimeout(r, o.seconds * 1000));
    stop = true;
    await Promise.all(clients);
    await server.kill('SIGTERM');
    server = undefined;
    return { engine: o.engine, ...(await check(env, acks)), unknown, killedAtMs, restartMs };
  } finally {
    stop = true;
    if (server) await server.kill('SIGKILL');
    await env.cleanup();
  }
}

async function check(env: Awaited<ReturnType<typeof prepare>>, acks: Ack[]) {
  const database = await env.open();
  try {
    const rows = (
      await sql<{ id: string; number: string; letter: string; local_date: string; seq: number }>`
        SELECT t.id, t.number, g.letter, t.local_date::text AS local_date, t.seq
        FROM queue_tickets t JOIN queue_groups g ON g.ward_id = t.ward_id AND g.id = t.issued_group_id`.execute(
        database.db,
      )
    ).rows;
    const byId = new Map(rows.map((r) => [r.id, r]));
    const missing = acks
      .filter((a) => {
        const r = byId.get(a.id);
        return !r || r.number !== a.number || r.letter !== a.group;
      })
      .map((a) => `${a.number} (${a.id})`);
    const seen = new Map<string, number>();
    for (const a of acks) seen.set(a.number, (seen.get(a.number) ?? 0) + 1);
    const duplicateNumbers = [...seen].filter(([, n]) => n > 1).map(([k]) => `acknowledged twice: ${k}`);
    const series = new Map<string, number[]>();
    for (const r of rows) {
      const key = `${r.local_date} ${r.letter}`;
      series.set(key, [...(series.get(key) ?? []), Number(r.seq)]);
    }
    const gaps: string[] = [];
    for (const [key, seqs] of series) {
      seqs.sort((a, b) => a - b);
      seqs.forEach((s, i) => {
        if (s !== i + 1) gaps.push(`${key}: expected ${i + 1}, found ${s}`);
      });
      for (let i = 1; i < seqs.length; i++)
        if (seqs[i] === seqs[i - 1]) duplicateNumbers.push(`stored twice: ${key} ${seqs[i]}`);
    }
    return { acknowledged: acks.length, stored: rows.length, missing, duplicateNumbers, gaps };
  } finally {
    await database.close();
  }
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      engine: { type: 'string', default: process.env.DATABASE_URL ? 'postgres' : 'pglite' },
      'database-url': { type: 'string' },
      clients: { type: 'string', default: '6' },
      seconds: { type: 'string', default: '3' },
    },
  });
  const engine = values.engine === 'postgres' ? 'postgres' : 'pglite';
  const report = await runDurability({
    engine,
    adminUrl: values['database-url'] ?? process.env.DATABASE_URL,
    clients: Number(values.clients),
    seconds: Number(values.seconds),
  });
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  const ok = !report.missing.length && !report.duplicateNumbers.length && !report.gaps.length;
  process.stdout.write(ok ? 'OK: no acknowledged ticket lost, no number duplicated or skipped\n' : 'FAILED\n');
  process.exit(ok ? 0 : 1);
}

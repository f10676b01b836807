/**
 * Dossiers at scale: seeds `count` dossiers (with two log rows each) into one ward, then measures
 * - intake throughput (createDossier: catalog + calendar + code sequence + dossier + documents + log + outbox + audit)
 *   against raw single-row INSERTs into a bare table, same concurrency, same server;
 * - public status lookup latency p50/p99 (lookupDossierStatus with the right secret) against a bare SELECT by the
 *   (ward_id, code) unique key, same server.
 * Defaults: 1,000,000 seeded dossiers on PostgreSQL (BENCH_DATABASE_URL), 50,000 on in-memory PGlite.
 */
import { sql } from 'kysely';
import { systemClock } from '../src/kernel/clock.ts';
import { openDatabase } from '../src/kernel/db.ts';
import { migrate } from '../src/kernel/migrations.ts';
import { createDossier, lookupDossierStatus } from '../src/modules/dossiers/index.ts';
import { anIntake, aWorld } from '../src/modules/dossiers/testing/builders.ts';

export interface DossierBenchOptions {
  databaseUrl?: string;
  /** Dossiers seeded before measuring (default 1,000,000 on PostgreSQL, 50,000 on PGlite). */
  count?: number;
  intakes?: number;
  lookups?: number;
  concurrency?: number;
}

const SECRET = 'BENCHSECRT';

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function timed<T>(
  n: number,
  concurrency: number,
  one: (i: number) => Promise<T>,
): Promise<{ perSecond: number; p50: number; p99: number }> {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < n) {
        const i = next++;
        const t0 = performance.now();
        await one(i);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { perSecond: n / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

const f = (r: { perSecond: number; p50: number; p99: number }) =>
  `${r.perSecond.toFixed(0).padStart(6)} /s  p50 ${r.p50.toFixed(2)} ms  p99 ${r.p99.toFixed(2)} ms`;

export async function benchDossiers(opts: DossierBenchOptions = {}): Promise<string[]> {
  const database = await openDatabase({
    dataDir: '',
    inMemory: !opts.databaseUrl,
    databaseUrl: opts.databaseUrl,
    poolSize: 10,
  });
  const engine = database.engine;
  const count = opts.count ?? (engine === 'postgres' ? 1_000_000 : 50_000);
  const intakes = opts.intakes ?? 1000;
  const lookups = opts.lookups ?? 2000;
  const concurrency = opts.concurrency ?? (engine === 'postgres' ? 8 : 1);
  try {
    await migrate(database);
    const db = database.db;
    const w = await aWorld(db);
    const services = { ...w.services, clock: systemClock };
    const hash = (await import('../src/modules/dossiers/domain/codes.ts')).hashLookupSecret(SECRET);
    const seedStarted = performance.now();
    const batch = 100_000;
    for (let from = 1; from <= count; from += batch) {
      const to = Math.min(count, from + batch - 1);
      await sql`
        WITH ins AS (
          INSERT INTO dossiers (ward_id, code, procedure_id, procedure_name, channel, applicant_name, applicant_id_number,
            applicant_phone, applicant_address, lookup_secret_hash, status, portal_status, version, registered_at, received_at,
            appointment_at, statutory_due_at, clock, created_by, updated_at)
          SELECT ${w.wardId}, ${`${w.agencyEid}-`} || to_char(date '2025-01-01' + (i / 2000), 'YYMMDD') || '-' || lpad((i % 2000 + 1)::text, 4, '0'),
            ${w.procedures.restart}, 'Thủ tục thử nghiệm', 'counter', 'Nguyễn Văn An', '079123456789', '0912345678', 'Phường An Khánh',
            ${hash}, 'received', 2, 2, ts, ts, ts + interval '7 days', ts + interval '7 days', '{"steps":[]}'::jsonb, 'bench', ts
          FROM (SELECT i, timestamptz '2025-01-01 01:00Z' + (i / 2000) * interval '1 day' + (i % 2000) * interval '10 seconds' AS ts
                FROM generate_series(${from}::int, ${to}::int) AS i) s
          RETURNING ward_id, id, registered_at)
        INSERT INTO dossier_actions (ward_id, dossier_id, seq, type, at, actor_kind, actor_name, from_status, to_status, payload)
        SELECT ins.ward_id, ins.id, a.seq, a.type, ins.registered_at, 'staff', 'bench', a.from_status, a.to_status,
          jsonb_build_object('details', '{}'::jsonb, 'effects', jsonb_build_object('status', a.to_status))
        FROM ins CROSS JOIN (VALUES (1, 'submit', NULL, 'submitted'), (2, 'receive', 'submitted', 'received'))
          AS a(seq, type, from_status, to_status)`.execute(db);
    }
    await sql`ANALYZE dossiers`.execute(db);
    await sql`ANALYZE dossier_actions`.execute(db);
    const seedSeconds = (performance.now() - seedStarted) / 1000;
    const codes = (
      await sql<{ code: string }>`SELECT code FROM dossiers WHERE ward_id = ${w.wardId} AND created_by = 'bench'
        ORDER BY random() LIMIT ${Math.min(lookups, count)}`.execute(db)
    ).rows.map((r) => r.code);

    await sql`CREATE TABLE IF NOT EXISTS bench_raw_dossiers (id bigserial PRIMARY KEY, ward_id uuid NOT NULL, code text NOT NULL, payload text NOT NULL)`.execute(
      db,
    );
    const raw = await timed(intakes, concurrency, (i) =>
      sql`INSERT INTO bench_raw_dossiers (ward_id, code, payload) VALUES (${w.wardId}, ${`raw-${i}`}, 'Nguyễn Văn An 079123456789')`.execute(
        db,
      ),
    );
    const intake = await timed(intakes, concurrency, () =>
      createDossier(db, w.as.receiver, anIntake(w.procedures.restart), services),
    );
    const select = await timed(lookups, concurrency, (i) =>
      sql`SELECT * FROM dossiers WHERE ward_id = ${w.wardId} AND code = ${codes[i % codes.length]}`.execute(db),
    );
    const lookup = await timed(lookups, concurrency, (i) =>
      lookupDossierStatus(db, { code: codes[i % codes.length]!, secret: SECRET, clientKey: `bench-${i}` }, new Date()),
    );
    await sql`DROP TABLE bench_raw_dossiers`.execute(db);
    return [
      `dossiers (${engine}) seeded ${count.toLocaleString('en')} dossiers + ${(2 * count).toLocaleString('en')} log rows in ${seedSeconds.toFixed(1)} s; concurrency ${concurrency}`,
      `dossiers  baseline: raw single-row INSERT        ${f(raw)}`,
      `dossiers  intake createDossier (${engine})        ${f(intake)}  ratio ${(intake.perSecond / raw.perSecond).toFixed(3)}`,
      `dossiers  baseline: SELECT by (ward_id, code)    ${f(select)}`,
      `dossiers  public lookup (${engine})               ${f(lookup)}  ratio ${(lookup.perSecond / select.perSecond).toFixed(3)}`,
    ];
  } finally {
    await database.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const lines = await benchDossiers({
    databaseUrl: process.env.BENCH_DATABASE_URL,
    ...(process.env.BENCH_DOSSIERS ? { count: Number(process.env.BENCH_DOSSIERS) } : {}),
  });
  process.stdout.write(`${lines.join('\n')}\n`);
}

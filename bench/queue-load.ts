/**
 * Queue under a city's load, through the real HTTP API of a spawned `motcua serve` on PostgreSQL:
 * `wards` wards × `counters` counters × `kiosks` kiosks (default 168 × 10 × 4). `concurrency` closed-loop
 * workers each own a slice of the counters and repeat: a kiosk of the counter's ward issues a ticket
 * (device token), the counter's receiver (signed in, bearer token) calls next, starts and finishes. Each of
 * these four requests is one ticket operation. Beside it, in the same run and on the same server: a raw `pg`
 * baseline (INSERT … RETURNING + UPDATE by id, same concurrency and pool size), and the SSE delivery delay to
 * `displays` connected display streams (call response received → `call` event received by each display of
 * the ward; an event that arrives before the response counts as 0 ms).
 *
 * `npm run bench -- queue`, or `node bench/queue-load.ts --seconds 10 --wards 20`; env BENCH_QUEUE_* too.
 */
import http from 'node:http';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { startServer } from '../scripts/queue-server.ts';
import { buildCity, type CityWard, createScratchDatabase } from './queue-setup.ts';
import { readSse, type SseDisplay } from './queue-sse.ts';

export interface QueueLoadOptions {
  /** A PostgreSQL server to create the scratch database on (default postgres://postgres@127.0.0.1:5432/postgres). */
  adminUrl: string;
  wards: number;
  counters: number;
  kiosks: number;
  displays: number;
  seconds: number;
  concurrency: number;
  poolSize: number;
}

export function queueLoadOptions(argv: string[] = [], env: NodeJS.ProcessEnv = process.env): QueueLoadOptions {
  const { values } = parseArgs({
    args: argv,
    strict: false,
    options: Object.fromEntries(
      ['wards', 'counters', 'kiosks', 'displays', 'seconds', 'concurrency', 'pool', 'database-url'].map((k) => [
        k,
        { type: 'string' as const },
      ]),
    ),
  });
  const num = (flag: string, name: string, dflt: number) => Number(values[flag] ?? env[`BENCH_QUEUE_${name}`] ?? dflt);
  return {
    adminUrl: String(
      values['database-url'] ??
        env.BENCH_DATABASE_URL ??
        env.DATABASE_URL ??
        'postgres://postgres@127.0.0.1:5432/postgres',
    ),
    wards: num('wards', 'WARDS', 168),
    counters: num('counters', 'COUNTERS', 10),
    kiosks: num('kiosks', 'KIOSKS', 4),
    displays: num('displays', 'DISPLAYS', 1000),
    seconds: num('seconds', 'SECONDS', 60),
    concurrency: num('concurrency', 'CONCURRENCY', 32),
    poolSize: num('pool', 'POOL', 10),
  };
}

const pct = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
interface Figures {
  ops: number;
  perSecond: number;
  p50: number;
  p99: number;
}
function figures(latencies: number[], seconds: number): Figures {
  latencies.sort((a, b) => a - b);
  return {
    ops: latencies.length,
    perSecond: latencies.length / seconds,
    p50: pct(latencies, 0.5),
    p99: pct(latencies, 0.99),
  };
}
const fmt = (f: Figures) =>
  `${f.perSecond.toFixed(0).padStart(6)} ops/s  p50 ${f.p50.toFixed(1)} ms  p99 ${f.p99.toFixed(1)} ms`;

/** INSERT … RETURNING then UPDATE by id, each statement one operation, on a pool like the server's. */
async function rawBaseline(url: string, o: QueueLoadOptions): Promise<Figures> {
  const pool = new pg.Pool({ connectionString: url, max: o.poolSize });
  await pool.query(`CREATE TABLE bench_raw_tickets (id bigserial PRIMARY KEY, ward int NOT NULL, n int NOT NULL,
    status text NOT NULL, at timestamptz NOT NULL DEFAULT now())`);
  const latencies: number[] = [];
  const seconds = Math.min(o.seconds, 15);
  const deadline = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: o.concurrency }, async (_, w) => {
      for (let n = 0; performance.now() < deadline; n++) {
        let t0 = performance.now();
        const r = await pool.query('INSERT INTO bench_raw_tickets (ward, n, status) VALUES ($1, $2, $3) RETURNING id', [
          w,
          n,
          'waiting',
        ]);
        latencies.push(performance.now() - t0);
        t0 = performance.now();
        await pool.query('UPDATE bench_raw_tickets SET status = $2, at = now() WHERE id = $1', [r.rows[0].id, 'done']);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const f = figures(latencies, (performance.now() - started) / 1000);
  await pool.query('DROP TABLE bench_raw_tickets');
  await pool.end();
  return f;
}

function client(base: string, concurrency: number) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  return {
    agent,
    post(path: string, token: string, body: unknown) {
      const payload = JSON.stringify(body);
      return new Promise<{ status: number; body: Record<string, unknown> | null }>((resolve, reject) => {
        const req = http.request(
          `${base}${path}`,
          {
            method: 'POST',
            agent,
            headers: {
              authorization: `Bearer ${token}`,
              'content-type': 'application/json',
              'content-length': Buffer.byteLength(payload),
            },
          },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () => {
              const text = Buffer.concat(chunks).toString();
              resolve({ status: res.statusCode ?? 0, body: text ? JSON.parse(text) : null });
            });
          },
        );
        req.on('error', reject);
        req.end(payload);
      });
    },
  };
}

export async function benchQueueLoad(o: QueueLoadOptions): Promise<string[]> {
  const scratch = await createScratchDatabase(o.adminUrl, 'motcua_bench_queue');
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  const displays: SseDisplay[] = [];
  try {
    const setupStarted = performance.now();
    const city = await buildCity(scratch.url, o);
    const setupSeconds = (performance.now() - setupStarted) / 1000;
    const baseline = await rawBaseline(scratch.url, o);
    server = await startServer({
      databaseUrl: scratch.url,
      poolSize: o.poolSize,
      ...(process.env.BENCH_QUEUE_PROFILE
        ? { nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_QUEUE_PROFILE}`] }
        : {}),
    });
    const api = client(server.url, o.concurrency);
    const counters = city.flatMap((w) => w.counters);
    const wardOf = new Map(city.map((w) => [w.id, w] as const));
    for (const c of counters) {
      const r = await api.post(`/api/queue/counters/${c.counterId}/sign-in`, c.token, {});
      if (r.status !== 200) throw new Error(`sign-in failed: ${r.status} ${JSON.stringify(r.body)}`);
    }
    displays.push(...(await openDisplays(server.url, city)));

    const called = new Map<string, Called>(); // `${wardId}|${number}` → when call-next was sent and answered
    const latency: Record<'issue' | 'call' | 'start' | 'finish', number[]> = {
      issue: [],
      call: [],
      start: [],
      finish: [],
    };
    let errors = 0;
    let empty = 0;
    const timed = async (kind: keyof typeof latency, path: string, token: string, body: unknown) => {
      const t0 = performance.now();
      const r = await api.post(path, token, body);
      const t1 = performance.now();
      if (r.status >= 300) errors++;
      else latency[kind].push(t1 - t0);
      return { ...r, sent: t0, at: t1 };
    };
    const deadline = performance.now() + o.seconds * 1000;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: o.concurrency }, async (_, w) => {
        const mine = counters.filter((_, i) => i % o.concurrency === w);
        for (let round = 0; performance.now() < deadline; round++) {
          const c = mine[round % mine.length] as (typeof counters)[number];
          const ward = wardOf.get(c.wardId) as CityWard;
          const kiosk = ward.kiosks[Math.floor(round / mine.length) % ward.kiosks.length] as string;
          await timed('issue', '/api/queue/tickets', kiosk, { group: c.group, lang: 'vi' });
          const call = await timed('call', `/api/queue/counters/${c.counterId}/call-next`, c.token, {});
          if (call.status === 204) {
            empty++;
            continue;
          }
          if (call.status !== 200 || !call.body) continue;
          called.set(`${c.wardId}|${call.body.number}`, { sent: call.sent, answered: call.at });
          const path = `/api/queue/tickets/${call.body.id}/actions`;
          await timed('start', path, c.token, { type: 'start' });
          await timed('finish', path, c.token, { type: 'finish' });
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    await new Promise((r) => setTimeout(r, 1000)); // let the last events arrive
    if (process.env.BENCH_QUEUE_STATS) await printTableStats(scratch.url);
    const all = figures(Object.values(latency).flat(), seconds);
    const per = (k: keyof typeof latency) => figures(latency[k], seconds);
    const sse = sseDelays(displays, called, wardOf);
    api.agent.destroy();
    return [
      `queue load: ${o.wards} wards × ${o.counters} counters × ${o.kiosks} kiosks, ${displays.length} displays, ` +
        `${o.concurrency} workers, ${seconds.toFixed(0)} s, pool ${o.poolSize} (setup ${setupSeconds.toFixed(0)} s)`,
      `queue  baseline: raw pg INSERT+UPDATE          ${fmt(baseline)}`,
      `queue  ticket operations (HTTP)                ${fmt(all)}  ratio ${(all.perSecond / baseline.perSecond).toFixed(3)}` +
        `${errors ? `  (${errors} errors)` : ''}${empty ? `  (${empty} call-next found nobody)` : ''}`,
      ...(['issue', 'call', 'start', 'finish'] as const).map((k) => `queue    ${k.padEnd(8)}${fmt(per(k))}`),
      `queue  tickets finished                        ${(per('finish').ops / seconds).toFixed(0).padStart(6)} /s`,
      `queue  SSE call delivery to displays           p50 ${sse.p50.toFixed(1)} ms  p99 ${sse.p99.toFixed(1)} ms  ` +
        `(${sse.delivered} of ${sse.expected} deliveries; ${(sse.early * 100).toFixed(0)} % before the response; ` +
        `from the request p99 ${sse.requestP99.toFixed(1)} ms)`,
    ];
  } finally {
    for (const d of displays) d.close();
    if (server) await server.kill('SIGTERM');
    await scratch.drop();
  }
}

/** Diagnostics (BENCH_QUEUE_STATS=1): which tables the load read and wrote, from pg_stat_user_tables. */
async function printTableStats(url: string) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const r =
    await c.query(`SELECT relname, seq_scan, seq_tup_read, idx_scan, n_tup_ins, n_tup_upd FROM pg_stat_user_tables
    WHERE seq_scan + coalesce(idx_scan, 0) + n_tup_ins + n_tup_upd > 0 ORDER BY seq_scan + coalesce(idx_scan, 0) DESC`);
  const x = await c.query('SELECT xact_commit, xact_rollback FROM pg_stat_database WHERE datname = current_database()');
  await c.end();
  console.table(r.rows);
  console.table(x.rows);
}

async function openDisplays(base: string, city: CityWard[]): Promise<SseDisplay[]> {
  const tokens = city.flatMap((w) => w.displays.map((token) => ({ wardId: w.id, token })));
  const agent = new http.Agent({ keepAlive: true, maxSockets: Number.POSITIVE_INFINITY });
  const out: SseDisplay[] = [];
  for (let i = 0; i < tokens.length; i += 50)
    out.push(...(await Promise.all(tokens.slice(i, i + 50).map((t) => readSse(base, t.wardId, t.token, agent)))));
  return out;
}

interface Called {
  sent: number;
  answered: number;
}

/** Delay from the call's HTTP response (0 when the event came first) and, as an upper bound, from its request. */
function sseDelays(displays: SseDisplay[], called: Map<string, Called>, wards: Map<string, CityWard>) {
  const delays: number[] = [];
  const fromRequest: number[] = [];
  let early = 0;
  for (const d of displays)
    for (const [number, at] of d.calls) {
      const c = called.get(`${d.wardId}|${number}`);
      if (c === undefined) continue;
      if (at < c.answered) early++;
      delays.push(Math.max(0, at - c.answered));
      fromRequest.push(at - c.sent);
    }
  let expected = 0;
  for (const key of called.keys()) expected += wards.get(key.split('|')[0] as string)?.displays.length ?? 0;
  delays.sort((a, b) => a - b);
  fromRequest.sort((a, b) => a - b);
  return {
    p50: pct(delays, 0.5),
    p99: pct(delays, 0.99),
    requestP99: pct(fromRequest, 0.99),
    early: delays.length ? early / delays.length : 0,
    delivered: delays.length,
    expected,
  };
}

if (import.meta.main) {
  const lines = await benchQueueLoad(queueLoadOptions(process.argv.slice(2)));
  process.stdout.write(`${lines.join('\n')}\n`);
}

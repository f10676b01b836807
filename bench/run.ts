/**
 * `npm run bench`: every benchmark prints its figure and the ratio to a baseline measured in the same run.
 * BENCH_SECONDS (default 5) sets the duration of each HTTP load; BENCH_DATABASE_URL adds a PostgreSQL run.
 * Sections: http, reference, dossiers, backlog, queue; `npm run bench -- queue http` runs only those (all
 * without arguments). The queue load always runs on PostgreSQL (BENCH_DATABASE_URL, DATABASE_URL or
 * 127.0.0.1:5432) and takes its own BENCH_QUEUE_* settings (bench/queue-load.ts).
 */
import { benchBacklog } from './backlog.bench.ts';
import { benchDossiers } from './dossiers.bench.ts';
import { benchHttp } from './http.bench.ts';
import { benchQueueLoad, queueLoadOptions } from './queue-load.ts';
import { benchReference } from './reference.bench.ts';

const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const chosen = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const wanted = (section: string) => chosen.length === 0 || chosen.includes(section);
const lines: string[] = [];
if (wanted('http')) {
  lines.push(...(await benchHttp({ seconds })));
  if (process.env.BENCH_DATABASE_URL)
    lines.push(...(await benchHttp({ seconds, databaseUrl: process.env.BENCH_DATABASE_URL })));
}
if (wanted('reference'))
  lines.push(...(await benchReference({ iterations: Number(process.env.BENCH_ITERATIONS ?? 200_000) })));
if (wanted('dossiers')) {
  lines.push(...(await benchDossiers({})));
  if (process.env.BENCH_DATABASE_URL)
    lines.push(...(await benchDossiers({ databaseUrl: process.env.BENCH_DATABASE_URL })));
}
if (wanted('backlog'))
  lines.push(...(await benchBacklog({ importRows: Number(process.env.BENCH_BACKLOG_ROWS ?? 200_000) })));
if (wanted('queue')) lines.push(...(await benchQueueLoad(queueLoadOptions([]))));
process.stdout.write(`${lines.join('\n')}\n`);

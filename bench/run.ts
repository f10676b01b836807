/**
 * `npm run bench`: every benchmark prints its figure and the ratio to a baseline measured in the same run.
 * BENCH_SECONDS (default 5) sets the duration of each HTTP load; BENCH_DATABASE_URL adds a PostgreSQL run.
 */
import { benchBacklog } from './backlog.bench.ts';
import { benchDossiers } from './dossiers.bench.ts';
import { benchHttp } from './http.bench.ts';
import { benchReference } from './reference.bench.ts';

const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const lines: string[] = [];
lines.push(...(await benchHttp({ seconds })));
if (process.env.BENCH_DATABASE_URL)
  lines.push(...(await benchHttp({ seconds, databaseUrl: process.env.BENCH_DATABASE_URL })));
lines.push(...(await benchReference({ iterations: Number(process.env.BENCH_ITERATIONS ?? 200_000) })));
lines.push(...(await benchDossiers({})));
if (process.env.BENCH_DATABASE_URL)
  lines.push(...(await benchDossiers({ databaseUrl: process.env.BENCH_DATABASE_URL })));
lines.push(...(await benchBacklog({ importRows: Number(process.env.BENCH_BACKLOG_ROWS ?? 200_000) })));
process.stdout.write(`${lines.join('\n')}\n`);

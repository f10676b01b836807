/**
 * The import half of the backlog benchmark: writes a `rows`-row file (TCVN3 CSV, or XLSX typed in a VNI font)
 * in chunks, imports it into an in-memory PGlite ward with the shipped catalog, and reports the time and the
 * peak memory seen while importing (RSS sampled every 20 ms; the V8 heap alongside).
 */
import { createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { openDatabase } from '../../../kernel/db.ts';
import { migrate } from '../../../kernel/migrations.ts';
import { importBacklogFile } from '../application/import-file.ts';
import { backlogRows, csvBytes, HEADERS, writeXlsx } from './files.ts';
import { aBacklogWorld } from './world.ts';

const MB = 1024 * 1024;

async function writeBigCsv(file: string, rows: number): Promise<void> {
  const out = createWriteStream(file);
  const chunk = 10_000;
  for (let start = 0; start < rows; start += chunk) {
    const part = backlogRows(Math.min(chunk, rows - start), { seed: start + 1, prefix: `B${start / chunk}` });
    const bytes = csvBytes(HEADERS, part, { encoding: 'tcvn3' });
    // every chunk carries a header line: keep only the first one
    const body = start === 0 ? bytes : bytes.subarray(bytes.indexOf(0x0a) + 1);
    if (!out.write(body)) await new Promise<void>((r) => out.once('drain', () => r()));
  }
  await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
}

function* bigRows(rows: number) {
  const chunk = 10_000;
  for (let start = 0; start < rows; start += chunk)
    yield* backlogRows(Math.min(chunk, rows - start), {
      seed: start + 1,
      prefix: `X${start / chunk}`,
      plainDates: true,
    });
}

export async function benchImport(o: { rows: number; dir: string; xlsx?: boolean }): Promise<string[]> {
  const lines: string[] = [];
  for (const format of o.xlsx ? (['csv', 'xlsx'] as const) : (['csv'] as const)) {
    const file = path.join(o.dir, `backlog-${o.rows}.${format}`);
    const writeStarted = performance.now();
    if (format === 'csv') await writeBigCsv(file, o.rows);
    else await writeXlsx(file, HEADERS, bigRows(o.rows), { legacy: 'vni', realDates: true });
    const writeMs = performance.now() - writeStarted;
    const { size } = await stat(file);
    const database = await openDatabase({ dataDir: '', inMemory: true });
    try {
      await migrate(database);
      const w = await aBacklogWorld(database.db);
      global.gc?.();
      const baseline = process.memoryUsage();
      let peakRss = baseline.rss;
      let peakHeap = baseline.heapUsed;
      const timer = setInterval(() => {
        const m = process.memoryUsage();
        peakRss = Math.max(peakRss, m.rss);
        peakHeap = Math.max(peakHeap, m.heapUsed);
      }, 20);
      const started = performance.now();
      const summary = await importBacklogFile(w.db, w.ctx, file, { sourceUnit: `Bench ${format}` }, w.services);
      const ms = performance.now() - started;
      clearInterval(timer);
      await w.close();
      lines.push(
        `backlog import (${format}, ${format === 'csv' ? 'TCVN3' : 'VNI font'}): ${summary.rowsRead} rows, ` +
          `${(size / MB).toFixed(1)} MB in ${(ms / 1000).toFixed(1)} s (${Math.round(summary.rowsRead / (ms / 1000))} rows/s; ` +
          `file written in ${(writeMs / 1000).toFixed(1)} s); inserted ${summary.inserted}, rejected ${summary.rejected}; ` +
          `peak RSS ${(peakRss / MB).toFixed(0)} MB (baseline ${(baseline.rss / MB).toFixed(0)} MB, +${((peakRss - baseline.rss) / MB).toFixed(0)} MB), ` +
          `peak heap ${(peakHeap / MB).toFixed(0)} MB (baseline ${(baseline.heapUsed / MB).toFixed(0)} MB)`,
      );
    } finally {
      await database.close();
    }
  }
  return lines;
}

/**
 * Calendar and catalog: due-date computations per second (vs plain Date arithmetic that only skips weekends)
 * and catalog search p50/p99 over the full seeded catalog (vs a substring scan of normalised names).
 */
import { openDatabase } from '../src/kernel/db.ts';
import { migrate } from '../src/kernel/migrations.ts';
import { computeDue, loadWardCalendar, seedCalendar } from '../src/modules/calendar/index.ts';
import {
  foldDiacritics,
  importCatalog,
  listProcedures,
  loadSearchIndex,
  searchCatalog,
} from '../src/modules/catalog/index.ts';
import { aWard } from '../src/modules/identity/testing/builders.ts';

const QUERIES = [
  'khai sinh',
  'dang ky ket hon',
  'CCCD',
  'chứng thực bản sao',
  'GPXD',
  'hộ kinh doanh',
  'xac nhan tinh trang hon nhan',
  'trợ cấp xã hội',
  'đất đai',
  'khai tử',
  'giấy phép xây dựng nhà ở',
  'người có công',
  'GKS',
  'tạm trú',
  'HKD',
  'chuyển mục đích sử dụng đất',
  'khiếu nại',
  'nghĩa vụ quân sự',
  'trích lục',
  'cải chính hộ tịch',
];

function percentile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

export async function benchReference(opts: { iterations: number }): Promise<string[]> {
  const database = await openDatabase({ dataDir: '', inMemory: true });
  try {
    await migrate(database);
    await seedCalendar(database.db);
    await importCatalog(database.db);
    const ward = await aWard(database.db);
    const calendar = await loadWardCalendar(database.db, ward.id);

    // Receipt moments spread over 2025–2026 office hours, 1–20 working days.
    const inputs = Array.from({ length: 10_000 }, (_, i) => ({
      at: new Date(Date.UTC(2025, 0, 2) + ((i * 7_919_000_123) % (700 * 86_400_000))),
      days: 1 + (i % 20),
    }));
    for (const x of inputs.slice(0, 1000)) computeDue(calendar, x.at, { workingDays: x.days }); // warm up
    const n = opts.iterations;
    let t = performance.now();
    for (let i = 0; i < n; i++) {
      const x = inputs[i % inputs.length] as (typeof inputs)[number];
      computeDue(calendar, x.at, { workingDays: x.days });
    }
    const duePerSecond = n / ((performance.now() - t) / 1000);
    t = performance.now();
    let sink = 0;
    for (let i = 0; i < n; i++) {
      const x = inputs[i % inputs.length] as (typeof inputs)[number];
      const d = new Date(x.at);
      for (let left = x.days; left > 0; ) {
        d.setUTCDate(d.getUTCDate() + 1);
        const dow = d.getUTCDay();
        if (dow !== 0 && dow !== 6) left--;
      }
      sink += d.getTime() & 1;
    }
    const plainPerSecond = n / ((performance.now() - t) / 1000);

    await loadSearchIndex(database.db);
    const names = [
      ...(await listProcedures(database.db, { limit: 500 })).map((p) => p.nameVi),
      ...(
        (await database.db.selectFrom('catalog_national_procedures').select('name').execute()) as Array<{
          name: string;
        }>
      ).map((r) => r.name),
    ].map((s) => foldDiacritics(s).toLowerCase());
    const rounds = Math.max(5, Math.round(opts.iterations / 20_000));
    const searchTimes: number[] = [];
    const scanTimes: number[] = [];
    for (let r = 0; r < rounds; r++) {
      for (const q of QUERIES) {
        let s = performance.now();
        await searchCatalog(database.db, { q, limit: 10 });
        searchTimes.push(performance.now() - s);
        s = performance.now();
        const needle = foldDiacritics(q).toLowerCase();
        sink += names.filter((name) => name.includes(needle)).length;
        scanTimes.push(performance.now() - s);
      }
    }
    searchTimes.sort((a, b) => a - b);
    scanTimes.sort((a, b) => a - b);
    const f = (x: number) => x.toFixed(2);
    return [
      `calendar  computeDue (working days, announced + lunar holidays)  ${duePerSecond.toFixed(0)} /s   baseline plain Date weekend-skip ${plainPerSecond.toFixed(0)} /s   ratio ${(duePerSecond / plainPerSecond).toFixed(3)}`,
      `catalog   search over ${names.length} procedures  p50 ${f(percentile(searchTimes, 0.5))} ms  p99 ${f(percentile(searchTimes, 0.99))} ms   baseline substring scan p50 ${f(percentile(scanTimes, 0.5))} ms  p99 ${f(percentile(scanTimes, 0.99))} ms   ratio p50 ${(percentile(searchTimes, 0.5) / Math.max(1e-6, percentile(scanTimes, 0.5))).toFixed(2)}${sink < 0 ? '' : ''}`,
    ];
  } finally {
    await database.close();
  }
}

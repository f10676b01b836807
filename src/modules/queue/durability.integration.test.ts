/**
 * SIGKILL during ticket issuing loses no acknowledged ticket and duplicates or skips no number: a real
 * `motcua serve` child process on PostgreSQL (scripts/queue-durability.ts). The PGlite run takes over a minute
 * on the shared CI machine, so it is a documented script: `npm run queue:durability -- --engine pglite`.
 */
import { describe, expect, inject, it } from 'vitest';
import { runDurability } from '../../../scripts/queue-durability.ts';

describe.runIf(process.env.TEST_ENGINE === 'postgres')('queue durability', () => {
  it('keeps every acknowledged ticket and a gapless series across a crash', { timeout: 240_000 }, async () => {
    const report = await runDurability({
      engine: 'postgres',
      adminUrl: inject('pgAdminUrl'),
      clients: 4,
      seconds: 2,
    });
    expect(report.acknowledged).toBeGreaterThan(0);
    expect(report.missing).toEqual([]);
    expect(report.duplicateNumbers).toEqual([]);
    expect(report.gaps).toEqual([]);
    expect(report.stored).toBeGreaterThanOrEqual(report.acknowledged);
  });
});

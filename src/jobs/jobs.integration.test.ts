/** Periodic jobs across runners: once per period, retries, one run at a time, graceful stop; and startJobs. */
import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../kernel/clock.ts';
import type { Database } from '../kernel/db.ts';
import { createTestDatabase } from '../kernel/testing/test-database.ts';
import { insertTestWard } from '../modules/identity/testing/builders.ts';
import { createHttpGatewayProvider, loadNotifyConfig } from '../modules/notify/index.ts';
import { aNotification } from '../modules/notify/testing/builders.ts';
import { startFakeGateway } from '../modules/notify/testing/fake-gateway.ts';
import { createJobRunner, type JobDefinition } from './runner.ts';
import { startJobs } from './start-jobs.ts';

let database: Database;
const clock = fixedClock('2026-11-26T03:01:00Z');
let suffix = 0;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());
beforeEach(() => {
  suffix++;
});

const runsOf = async (name: string) =>
  (
    await sql<{ period_key: string; status: string; attempts: number; last_error: string | null }>`
      SELECT period_key, status, attempts, last_error FROM job_runs WHERE job_name = ${name} ORDER BY period_key`.execute(
      database.db,
    )
  ).rows;

const deferred = () => {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
};

describe('job runner', () => {
  it('runs a scheduled job once per period even with two runners ticking at once', async () => {
    const name = `test.sweep-${suffix}`;
    const periods: string[] = [];
    const job: JobDefinition = {
      name,
      schedule: { everyMinutes: 5 },
      run: async ({ periodStart }) => {
        periods.push(periodStart.toISOString());
        await new Promise((r) => setTimeout(r, 20));
      },
    };
    const a = createJobRunner({ database, clock, jobs: [job], runnerId: 'a' });
    const b = createJobRunner({ database, clock, jobs: [job], runnerId: 'b' });
    for (let i = 0; i < 3; i++) await Promise.all([a.tick(), b.tick(), a.tick(), b.tick()]);
    clock.advance(60_000); // same period
    await Promise.all([a.tick(), b.tick()]);
    expect(periods).toEqual(['2026-11-26T03:00:00.000Z']);
    clock.advance(4 * 60_000); // 03:06: the next period
    for (let i = 0; i < 3; i++) await Promise.all([b.tick(), a.tick()]);
    expect(periods).toEqual(['2026-11-26T03:00:00.000Z', '2026-11-26T03:05:00.000Z']);
    expect((await runsOf(name)).map((r) => [r.status, r.attempts])).toEqual([
      ['succeeded', 1],
      ['succeeded', 1],
    ]);
  });

  it('retries a failing job with backoff and marks it failed after maxAttempts', async () => {
    const flaky = `test.flaky-${suffix}`;
    const broken = `test.broken-${suffix}`;
    let calls = 0;
    const runner = createJobRunner({
      database,
      clock,
      jobs: [
        {
          name: flaky,
          schedule: { dailyAt: '02:00' },
          retryDelayMs: 60_000,
          run: async () => {
            calls++;
            if (calls === 1) throw new Error('database of the ministry is down');
          },
        },
        {
          name: broken,
          schedule: { dailyAt: '02:00' },
          maxAttempts: 2,
          retryDelayMs: 1000,
          run: async () => {
            throw new Error('always');
          },
        },
      ],
    });
    const first = await runner.tick();
    expect(first.failed.sort()).toEqual([broken, flaky].sort());
    expect(await runsOf(flaky)).toEqual([
      expect.objectContaining({
        status: 'pending',
        attempts: 1,
        last_error: 'Error: database of the ministry is down',
      }),
    ]);
    expect((await runner.tick()).succeeded).toEqual([]); // not due yet
    clock.advance(60_000);
    const second = await runner.tick();
    expect(second.succeeded).toEqual([flaky]);
    expect(await runsOf(flaky)).toEqual([expect.objectContaining({ status: 'succeeded', attempts: 2 })]);
    expect(await runsOf(broken)).toEqual([expect.objectContaining({ status: 'failed', attempts: 2 })]);
    expect(calls).toBe(2);
  });

  it('runs one run of a job at a time across runners', async () => {
    const name = `test.long-${suffix}`;
    const gate = deferred();
    const started: string[] = [];
    const job: JobDefinition = {
      name,
      schedule: { everyMinutes: 1 },
      run: async ({ periodStart }) => {
        started.push(periodStart.toISOString());
        if (started.length === 1) await gate.promise;
      },
    };
    const a = createJobRunner({ database, clock, jobs: [job], runnerId: 'a' });
    const b = createJobRunner({ database, clock, jobs: [job], runnerId: 'b' });
    const slow = a.tick();
    while (started.length === 0) await new Promise((r) => setTimeout(r, 5));
    clock.advance(60_000); // the next period is due while the first still runs
    await b.tick();
    expect(started).toHaveLength(1);
    gate.resolve();
    await slow;
    await b.tick();
    expect(started).toHaveLength(2);
  });

  it('takes over a run whose runner died (lease expired)', async () => {
    const name = `test.orphan-${suffix}`;
    let ran = 0;
    const runner = createJobRunner({
      database,
      clock,
      jobs: [{ name, schedule: { everyMinutes: 60 }, run: async () => void ran++ }],
    });
    const key = new Date(Math.floor(clock.now().getTime() / 3_600_000) * 3_600_000).toISOString();
    await sql`INSERT INTO job_runs (job_name, period_key, status, attempts, max_attempts, run_at, locked_by, locked_until, created_at)
      VALUES (${name}, ${key}, 'running', 1, 3, ${clock.now()}, 'dead', ${new Date(clock.now().getTime() - 1)}, ${clock.now()})`.execute(
      database.db,
    );
    await runner.tick();
    expect(ran).toBe(1);
    expect(await runsOf(name)).toEqual([expect.objectContaining({ status: 'succeeded', attempts: 2 })]);
  });

  it('stop() waits for the running job to finish, then claims nothing more', async () => {
    const name = `test.stop-${suffix}`;
    const gate = deferred();
    let running = false;
    const runner = createJobRunner({
      database,
      clock,
      jobs: [
        {
          name,
          schedule: { everyMinutes: 5 },
          run: async () => {
            running = true;
            await gate.promise;
          },
        },
      ],
    });
    const tick = runner.tick();
    while (!running) await new Promise((r) => setTimeout(r, 5));
    let stopped = false;
    const stop = runner.stop().then(() => {
      stopped = true;
    });
    await new Promise((r) => setTimeout(r, 50));
    expect(stopped).toBe(false);
    gate.resolve();
    await stop;
    await tick;
    expect(await runsOf(name)).toEqual([expect.objectContaining({ status: 'succeeded' })]);
    clock.advance(5 * 60_000);
    expect(await runner.tick()).toEqual({ scheduled: [], succeeded: [], failed: [] });
  });
});

describe('startJobs', () => {
  it('delivers outbox messages and runs periodic jobs until stopped', async () => {
    const gateway = await startFakeGateway();
    try {
      const wardId = await insertTestWard(database.db);
      let swept = 0;
      const handle = await startJobs({
        database,
        clock,
        config: { notify: { ...loadNotifyConfig({}), pollMs: 100 }, jobsPollMs: 100 },
        providers: { sms: createHttpGatewayProvider({ channel: 'sms', url: gateway.url }) },
        jobs: [{ name: `test.e2e-${suffix}`, schedule: { everyMinutes: 5 }, run: async () => void swept++ }],
      });
      await aNotification(database.db, wardId, { now: clock.now() });
      const deadline = Date.now() + 10_000;
      while ((gateway.requests.length === 0 || swept === 0) && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 20));
      await handle.stop();
      expect(gateway.requests).toHaveLength(1);
      expect(swept).toBe(1);
    } finally {
      await gateway.close();
    }
  });
});

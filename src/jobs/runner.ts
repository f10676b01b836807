/**
 * The periodic-job runner. Each tick: give back runs whose runner died, schedule the current period of every
 * job (a no-op when another runner already did), then claim and execute due runs one at a time. A failed run
 * is retried with exponential backoff up to maxAttempts. While a job runs, its lease is renewed.
 */

import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { Clock } from '../kernel/clock.ts';
import type { Database } from '../kernel/db.ts';
import { claimDue, finishRun, type JobRun, releaseExpired, renewLease, schedulePeriod } from './runs.ts';
import { periodAt, Schedule } from './schedule.ts';

export interface JobContext {
  database: Database;
  clock: Clock;
  /** Start of the period this run covers (e.g. the 5 minutes, the day or the week). */
  periodStart: Date;
  attempt: number;
}

/** What a module registers: a named job, when it runs and what it does (it must walk the wards itself). */
export interface JobDefinition {
  /** Lower-case, dotted by module: `dossiers.deadline-sweep`. */
  name: string;
  schedule: Schedule;
  run(ctx: JobContext): Promise<void>;
  /** Attempts per period before the run is marked failed (default 3). */
  maxAttempts?: number;
  /** Delay before the first retry, doubled for each further one (default 1 min). */
  retryDelayMs?: number;
  /** How long the run may go without renewing its lease before another runner takes over (default 10 min). */
  leaseMs?: number;
}

export interface JobsLogger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export const silentLogger: JobsLogger = { info: () => undefined, warn: () => undefined, error: () => undefined };

export interface TickReport {
  scheduled: string[];
  succeeded: string[];
  failed: string[];
}

export interface JobRunner {
  readonly id: string;
  /** One pass (schedule + run everything due); concurrent calls share the pass in progress. */
  tick(): Promise<TickReport>;
  /** Stops claiming; resolves when the run in progress has finished. */
  stop(): Promise<void>;
}

const NAME = /^[a-z0-9][a-z0-9.-]{1,62}$/;

export function createJobRunner(options: {
  database: Database;
  clock: Clock;
  jobs: readonly JobDefinition[];
  runnerId?: string;
  logger?: JobsLogger;
}): JobRunner {
  const { database, clock } = options;
  const db = database.db;
  const log = options.logger ?? silentLogger;
  const id = options.runnerId ?? `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  const byName = new Map<string, JobDefinition>();
  for (const job of options.jobs) {
    if (!NAME.test(job.name)) throw new Error(`job name ${job.name} must match ${NAME}`);
    if (byName.has(job.name)) throw new Error(`job ${job.name} is registered twice`);
    Schedule.parse(job.schedule);
    byName.set(job.name, job);
  }
  const names = [...byName.keys()];
  let stopping = false;
  let active: Promise<TickReport> | undefined;

  async function execute(run: JobRun, job: JobDefinition, report: TickReport): Promise<void> {
    const leaseMs = job.leaseMs ?? 10 * 60_000;
    const heartbeat = setInterval(() => {
      renewLease(db, run, id, new Date(clock.now().getTime() + leaseMs)).catch((e) =>
        log.warn({ err: e, job: run.job_name }, 'could not renew the job lease'),
      );
    }, leaseMs / 3);
    heartbeat.unref();
    const started = Date.now();
    try {
      await job.run({ database, clock, periodStart: new Date(run.period_key), attempt: run.attempts });
      await finishRun(db, run, id, { ok: true, now: clock.now() });
      report.succeeded.push(run.job_name);
      log.info({ job: run.job_name, period: run.period_key, ms: Date.now() - started }, 'job done');
    } catch (e) {
      const now = clock.now();
      const delay = (job.retryDelayMs ?? 60_000) * 2 ** (run.attempts - 1);
      const error = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
      const status = await finishRun(db, run, id, { ok: false, now, error, retryAt: new Date(now.getTime() + delay) });
      report.failed.push(run.job_name);
      log.error({ err: e, job: run.job_name, period: run.period_key, attempt: run.attempts, status }, 'job failed');
    } finally {
      clearInterval(heartbeat);
    }
  }

  async function pass(): Promise<TickReport> {
    const report: TickReport = { scheduled: [], succeeded: [], failed: [] };
    const now = clock.now();
    await releaseExpired(db, now);
    for (const job of byName.values()) {
      const periodKey = periodAt(job.schedule, now).start.toISOString();
      if (await schedulePeriod(db, { name: job.name, periodKey, maxAttempts: job.maxAttempts ?? 3, now }))
        report.scheduled.push(job.name);
    }
    while (!stopping) {
      const run = await claimDue(db, { names, runner: id, now: clock.now(), leaseMs: 10 * 60_000 });
      if (!run) break;
      const job = byName.get(run.job_name) as JobDefinition;
      if (job.leaseMs) await renewLease(db, run, id, new Date(clock.now().getTime() + job.leaseMs));
      await execute(run, job, report);
    }
    return report;
  }

  return {
    id,
    tick() {
      if (stopping) return Promise.resolve({ scheduled: [], succeeded: [], failed: [] });
      active ??= pass().finally(() => {
        active = undefined;
      });
      return active;
    },
    async stop() {
      stopping = true;
      await active?.catch(() => undefined);
    },
  };
}

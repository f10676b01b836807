/**
 * Everything the server runs in the background: the notification delivery loop (woken at once by the
 * outbox's NOTIFY, polling as a fallback) and the periodic-job runner. `stop()` finishes what is running first.
 */
import type { Clock } from '../kernel/clock.ts';
import type { Database } from '../kernel/db.ts';
import {
  closeProviders,
  createDeliveryWorker,
  createProviders,
  type NotifyConfig,
  OUTBOX_CHANNEL,
  type Providers,
} from '../modules/notify/index.ts';
import { startLoop } from './loop.ts';
import { createJobRunner, type JobDefinition, type JobsLogger, silentLogger } from './runner.ts';

export interface JobsConfig {
  notify: NotifyConfig;
  /** How often the runner looks for due periodic jobs (default 30 s). */
  jobsPollMs?: number;
}

export interface StartJobsOptions {
  database: Database;
  clock: Clock;
  config: JobsConfig;
  /** Periodic jobs registered by modules. */
  jobs?: readonly JobDefinition[];
  logger?: JobsLogger;
  /** Replace the providers built from config (tests). */
  providers?: Providers;
}

export interface JobsHandle {
  /** Wakes the delivery loop now (after an enqueue in this process; NOTIFY does it across processes). */
  wakeDelivery(): void;
  stop(): Promise<void>;
}

const BATCH = 20;

export async function startJobs(options: StartJobsOptions): Promise<JobsHandle> {
  const { database, clock, config } = options;
  const log = options.logger ?? silentLogger;
  const providers = options.providers ?? createProviders(config.notify);
  const missing = (['email', 'sms', 'zalo'] as const).filter((c) => !providers[c]);
  if (missing.length > 0)
    log.warn(
      { channels: missing, unconfigured: config.notify.unconfigured },
      'notification channels not configured: their messages wait in the outbox',
    );

  const worker = createDeliveryWorker(database.db, clock, {
    providers,
    unconfigured: config.notify.unconfigured,
    batchSize: BATCH,
  });
  const delivery = startLoop(
    async () => {
      for (;;) {
        const report = await worker.runOnce();
        if (report.claimed > 0) log.info({ ...report }, 'notifications delivered');
        if (report.claimed < BATCH) return;
      }
    },
    config.notify.pollMs,
    (e) => log.error({ err: e }, 'notification delivery pass failed'),
  );
  let unlisten: (() => Promise<void>) | undefined;
  try {
    unlisten = await database.listen(OUTBOX_CHANNEL, () => delivery.wake());
  } catch (e) {
    log.warn({ err: e }, 'cannot LISTEN for the outbox; polling only');
  }

  const runner = createJobRunner({ database, clock, jobs: options.jobs ?? [], logger: log });
  const periodic = startLoop(
    async () => {
      await runner.tick();
    },
    config.jobsPollMs ?? 30_000,
    (e) => log.error({ err: e }, 'job runner pass failed'),
  );

  let stopped: Promise<void> | undefined;
  return {
    wakeDelivery: () => delivery.wake(),
    stop() {
      stopped ??= (async () => {
        await unlisten?.().catch(() => undefined);
        await Promise.all([delivery.stop(), periodic.stop(), runner.stop()]);
        await closeProviders(providers);
      })();
      return stopped;
    },
  };
}

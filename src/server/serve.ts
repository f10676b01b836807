/** `motcua serve` / `npm start`: the whole platform in one process, with graceful shutdown on Ctrl-C. */
import pino from 'pino';
import { startJobs } from '../jobs/index.ts';
import { systemClock } from '../kernel/clock.ts';
import { DEMO_ACCOUNTS } from '../modules/identity/index.ts';
import { buildApp } from './app.ts';
import { openPlatformDatabase, prepareDatabase, readDemoPasswordHint } from './bootstrap.ts';
import type { Config } from './config.ts';
import { JOBS } from './jobs.ts';

export async function serve(config: Config): Promise<void> {
  const logger = pino({ level: config.logLevel });
  const started = Date.now();
  const database = await openPlatformDatabase(config);
  let closing = false;
  try {
    const prepared = await prepareDatabase(database, config, { seed: config.seed });
    const app = await buildApp({ database, clock: systemClock }, config, { logger });
    await app.listen({ port: config.port, host: config.host });
    const jobs = await startJobs({
      database,
      clock: systemClock,
      config: { notify: config.notify },
      jobs: JOBS,
      logger,
    });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const url = config.publicUrl ?? `http://localhost:${port}`;
    const password = prepared.demo?.password ?? (await readDemoPasswordHint(config));
    const lines = [
      '',
      `  Một Cửa is running at ${url}  (database: ${database.engine}${database.engine === 'pglite' ? `, ${config.dataDir}` : ''}; ready in ${((Date.now() - started) / 1000).toFixed(1)} s)`,
      `  API docs: ${url}/api/docs   health: ${url}/api/health   metrics: ${url}/metrics`,
      prepared.demo
        ? `  Demo ward Phường An Khánh — logins: ${DEMO_ACCOUNTS.map((a) => a.username).join(', ')}\n  Password: ${password}`
        : '',
      '  Press Ctrl-C to stop.',
      '',
    ];
    process.stdout.write(`${lines.filter(Boolean).join('\n')}\n`);

    const shutdown = async (signal: string) => {
      if (closing) return;
      closing = true;
      logger.info({ signal }, 'shutting down: finishing in-flight requests');
      const force = setTimeout(() => {
        logger.error('forced exit after 15 s');
        process.exit(1);
      }, 15_000);
      force.unref();
      try {
        await app.close();
        await jobs.stop();
      } finally {
        await database.close();
        logger.info('stopped cleanly');
        process.exit(0);
      }
    };
    process.once('SIGINT', () => void shutdown('SIGINT'));
    process.once('SIGTERM', () => void shutdown('SIGTERM'));
  } catch (e) {
    await database.close();
    throw e;
  }
}

/**
 * HTTP overhead of the platform: GET /api/health and an authenticated read (GET /api/auth/me with a bearer
 * token: token lookup + permission check + zod serialisation) against a bare Fastify route in the same process.
 */
import Fastify from 'fastify';
import { systemClock } from '../src/kernel/clock.ts';
import { openDatabase } from '../src/kernel/db.ts';
import { migrate } from '../src/kernel/migrations.ts';
import { aTokenFor, aWard } from '../src/modules/identity/testing/builders.ts';
import { buildApp } from '../src/server/app.ts';
import { fmt, load } from './load.ts';

export async function benchHttp(opts: { seconds: number; databaseUrl?: string }): Promise<string[]> {
  const bare = Fastify({ logger: false });
  bare.get('/bare', async () => ({ status: 'ok' }));
  await bare.listen({ port: 0, host: '127.0.0.1' });
  const database = await openDatabase({ dataDir: '', inMemory: !opts.databaseUrl, databaseUrl: opts.databaseUrl });
  await migrate(database);
  const ward = await aWard(database.db);
  const { token } = await aTokenFor(database.db, ward.id, 'receiver');
  const app = await buildApp(
    { database, clock: systemClock },
    {
      bodyLimit: 1_048_576,
      cookieSecure: 'false',
      files: { filesDir: '/tmp/motcua-bench-files', uploadLimitBytes: 1_048_576 },
    },
  );
  await app.listen({ port: 0, host: '127.0.0.1' });
  const port = (s: { server: { address(): unknown } }) => (s.server.address() as { port: number }).port;
  const c = { seconds: opts.seconds, concurrency: 16 };
  try {
    const baseline = await load(`http://127.0.0.1:${port(bare)}/bare`, c);
    const health = await load(`http://127.0.0.1:${port(app)}/api/health`, c);
    const me = await load(`http://127.0.0.1:${port(app)}/api/auth/me`, {
      ...c,
      headers: { authorization: `Bearer ${token}` },
    });
    const engine = database.engine;
    return [
      `http  baseline: bare Fastify route          ${fmt(baseline)}`,
      `http  GET /api/health (${engine})            ${fmt(health)}  ratio ${(health.perSecond / baseline.perSecond).toFixed(3)}`,
      `http  GET /api/auth/me bearer (${engine})    ${fmt(me)}  ratio ${(me.perSecond / baseline.perSecond).toFixed(3)}`,
    ];
  } finally {
    await app.close();
    await bare.close();
    await database.close();
  }
}

/** An app on a fresh test database, with every registered route recorded, for HTTP-level tests. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import pino from 'pino';
import { fixedClock } from '../../kernel/clock.ts';
import type { Database } from '../../kernel/db.ts';
import type { App } from '../../kernel/http.ts';
import { createTestDatabase } from '../../kernel/testing/test-database.ts';
import { buildApp } from '../app.ts';

export interface TestApp {
  app: App;
  database: Database;
  clock: ReturnType<typeof fixedClock>;
  routes: Array<{ method: string; url: string }>;
  /** The app's file store directory. */
  filesDir: string;
  close(): Promise<void>;
}

/** `publicUrl`: the citizen site's base in QR codes and SMS links (PUBLIC_URL). */
export async function createTestApp(opts: { bodyLimit?: number; publicUrl?: string } = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const clock = fixedClock(new Date());
  const routes: Array<{ method: string; url: string }> = [];
  const filesDir = await mkdtemp(path.join(tmpdir(), 'motcua-files-'));
  const app = await buildApp(
    { database, clock },
    {
      bodyLimit: opts.bodyLimit ?? 1_048_576,
      cookieSecure: 'false',
      files: { filesDir, uploadLimitBytes: 20 * 1024 * 1024 },
      ...(opts.publicUrl ? { publicUrl: opts.publicUrl } : {}),
    },
    {
      onRouteSeen: (method, url) => routes.push({ method, url }),
      // TEST_LOG=1 prints the server's logs (e.g. the cause of a 500) while debugging a test.
      ...(process.env.TEST_LOG ? { logger: pino({ level: 'info' }) } : {}),
    },
  );
  await app.ready();
  return {
    app,
    database,
    clock,
    routes,
    filesDir,
    async close() {
      await (app as unknown as FastifyInstance).close();
      await database.close();
      await rm(filesDir, { recursive: true, force: true });
    },
  };
}

/** Replaces `:param` segments with the given values (default: a random UUID that exists nowhere). */
export function fillPath(url: string, values: Record<string, string> = {}): string {
  return url.replace(/:([A-Za-z]+)/g, (_m, name: string) => values[name] ?? '00000000-0000-4000-8000-000000000000');
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/**
 * Vitest global setup for the PostgreSQL integration run: finds a server (TEST_DATABASE_URL, default the
 * machine's 127.0.0.1:5432), or starts a throwaway one from installed binaries; migrates a template database
 * once; each test file then clones it. Every database this run created is dropped at the end.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../db.ts';
import { migrate } from '../migrations.ts';
import { startThrowawayPostgres } from './throwaway-postgres.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
    pgTemplate: string;
    pgRunId: string;
  }
}

export default async function setup(project: TestProject) {
  let adminUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  let stopServer: (() => Promise<void>) | undefined;
  if (!(await answers(adminUrl))) {
    const started = await startThrowawayPostgres();
    adminUrl = started.url;
    stopServer = started.stop;
  }
  const runId = `${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const template = `motcua_tpl_${runId}`;
  await adminQuery(adminUrl, `CREATE DATABASE ${template}`);
  const database = await openDatabase({ databaseUrl: withDatabase(adminUrl, template), dataDir: '', poolSize: 2 });
  try {
    await migrate(database);
  } finally {
    await database.close();
  }
  project.provide('pgAdminUrl', adminUrl);
  project.provide('pgTemplate', template);
  project.provide('pgRunId', runId);

  return async () => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ datname: string }>(
        `SELECT datname FROM pg_database WHERE datname LIKE $1 OR datname = $2`,
        [`motcua_t_${runId}_%`, template],
      );
      for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    } finally {
      await client.end();
    }
    await stopServer?.();
  };
}

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function adminQuery(adminUrl: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

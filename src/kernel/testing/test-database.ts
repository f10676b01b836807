/**
 * A fresh, migrated database for one integration test file, on the engine the Vitest project chose
 * (TEST_ENGINE=pglite: in-memory PGlite; TEST_ENGINE=postgres: a clone of the run's migrated template).
 */
import { inject } from 'vitest';
import type { Database } from '../db.ts';
import { openDatabase } from '../db.ts';
import { migrate } from '../migrations.ts';
import { adminQuery, withDatabase } from './postgres-global-setup.ts';

let counter = 0;

export async function createTestDatabase(): Promise<Database> {
  if (process.env.TEST_ENGINE === 'postgres') {
    const adminUrl = inject('pgAdminUrl');
    const name = `motcua_t_${inject('pgRunId')}_${process.pid}_${++counter}_${Math.random().toString(36).slice(2, 8)}`;
    await adminQuery(adminUrl, `CREATE DATABASE ${name} TEMPLATE ${inject('pgTemplate')}`);
    const database = await openDatabase({ databaseUrl: withDatabase(adminUrl, name), dataDir: '', poolSize: 5 });
    return {
      ...database,
      async close() {
        await database.close();
        await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      },
    };
  }
  const database = await openDatabase({ dataDir: '', inMemory: true });
  await migrate(database);
  return database;
}

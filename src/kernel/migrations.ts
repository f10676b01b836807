/**
 * Plain-SQL migrations: every `db/migrations/*.sql` file runs once, in name order, inside its own
 * transaction, and is recorded in `schema_migrations` with its checksum. A file edited after it ran is
 * reported (migrations are never edited once committed). Several processes may call `migrate` at once
 * against a server: an advisory lock serialises them.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import type { Database } from './db.ts';

export const MIGRATIONS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../db/migrations');
const LOCK_KEY = 7_281_001;

export interface MigrationResult {
  applied: string[];
  alreadyApplied: number;
}

export async function migrate(database: Database, dir = MIGRATIONS_DIR): Promise<MigrationResult> {
  const { db } = database;
  await sql`CREATE TABLE IF NOT EXISTS schema_migrations (
    name text PRIMARY KEY,
    checksum text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`.execute(db);
  const files = (await readdir(dir)).filter((f) => f.endsWith('.sql')).sort();
  return db.connection().execute(async (conn) => {
    if (database.engine === 'postgres') await sql`SELECT pg_advisory_lock(${LOCK_KEY})`.execute(conn);
    try {
      const done = await sql<{ name: string; checksum: string }>`SELECT name, checksum FROM schema_migrations`.execute(
        conn,
      );
      const known = new Map(done.rows.map((r) => [r.name, r.checksum]));
      const applied: string[] = [];
      for (const file of files) {
        const text = await readFile(path.join(dir, file), 'utf8');
        const checksum = createHash('sha256').update(text).digest('hex');
        const previous = known.get(file);
        if (previous !== undefined) {
          if (previous !== checksum) process.emitWarning(`Migration ${file} changed after it was applied`);
          continue;
        }
        await database.runScript(text, {
          sql: 'INSERT INTO schema_migrations (name, checksum) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING',
          params: [file, checksum],
        });
        applied.push(file);
      }
      return { applied, alreadyApplied: known.size };
    } finally {
      if (database.engine === 'postgres') await sql`SELECT pg_advisory_unlock(${LOCK_KEY})`.execute(conn);
    }
  });
}

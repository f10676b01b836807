/** Shared plumbing for CLI commands: open the platform database, run, always close, print JSON or text. */
import type { Database } from '../kernel/db.ts';
import { openPlatformDatabase, prepareDatabase } from '../server/bootstrap.ts';
import type { Config } from '../server/config.ts';

export type ConfigFrom = (overrides?: Record<string, string | undefined>) => Config;

/** Opens the database, migrates it and (by default) makes sure the demo ward and reference data exist. */
export async function withDatabase<T>(
  config: Config,
  work: (database: Database) => Promise<T>,
  opts: { prepare?: boolean; seed?: boolean } = {},
): Promise<T> {
  const database = await openPlatformDatabase(config);
  try {
    if (opts.prepare !== false) await prepareDatabase(database, config, { seed: opts.seed ?? config.seed });
    return await work(database);
  } finally {
    await database.close();
  }
}

export function print(value: unknown, json: boolean | undefined, text?: (v: never) => string): void {
  if (json || !text) process.stdout.write(`${JSON.stringify(value, null, json ? 0 : 2)}\n`);
  else process.stdout.write(`${text(value as never)}\n`);
}

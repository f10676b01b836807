/**
 * Opening the platform's database the same way for the server and the CLI: open (PGlite or server),
 * migrate, load reference data (calendar, catalog) and the demo ward when asked.
 */
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type Database, openDatabase } from '../kernel/db.ts';
import { migrate } from '../kernel/migrations.ts';
import { loadKnowledge } from '../modules/assistant/index.ts';
import { seedCalendar } from '../modules/calendar/index.ts';
import { importCatalog } from '../modules/catalog/index.ts';
import { DEMO_ACCOUNTS, seedDemoWard } from '../modules/identity/index.ts';
import { seedQueueDemo } from '../modules/queue/index.ts';
import type { Config } from './config.ts';

export async function openPlatformDatabase(config: Config): Promise<Database> {
  return openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    poolSize: config.dbPoolSize,
    prepare: config.dbPrepare,
  });
}

export interface PreparedDatabase {
  migrations: string[];
  demo: { wardId: string; created: boolean; password: string | null; credentialsFile: string } | null;
}

/** Migrates, loads reference data and (unless disabled) seeds the demo ward. Idempotent. */
export async function prepareDatabase(
  database: Database,
  config: Config,
  opts: { seed: boolean },
): Promise<PreparedDatabase> {
  const { applied } = await migrate(database);
  for (const load of referenceDataLoaders) await load(database);
  if (!opts.seed) return { migrations: applied, demo: null };
  const seeded = await seedDemoWard(database.db, { demoPassword: config.demoPassword });
  await seedQueueDemo(database.db, seeded.wardId);
  const credentialsFile = path.join(config.dataDir, 'demo-credentials.txt');
  if (seeded.generatedPassword) {
    await mkdir(config.dataDir, { recursive: true });
    const lines = DEMO_ACCOUNTS.map((a) => `${a.username}\t${seeded.generatedPassword}`).join('\n');
    await writeFile(credentialsFile, `# Demo accounts of Phường An Khánh (generated at first start)\n${lines}\n`, {
      mode: 0o600,
    });
    await chmod(credentialsFile, 0o600);
  }
  return {
    migrations: applied,
    demo: {
      wardId: seeded.wardId,
      created: seeded.created,
      password: seeded.generatedPassword ?? (seeded.created ? (config.demoPassword ?? null) : null),
      credentialsFile,
    },
  };
}

/** Reference data every start refreshes (idempotent and cheap on a second run). Filled by the modules. */
export const referenceDataLoaders: Array<(database: Database) => Promise<unknown>> = [
  (d) => seedCalendar(d.db),
  (d) => importCatalog(d.db),
  // Warm the assistant's index so the first question after a start does not wait for it.
  (d) => loadKnowledge(d.db),
];

export async function readDemoPasswordHint(config: Config): Promise<string> {
  if (config.demoPassword) return 'MOTCUA_DEMO_PASSWORD';
  try {
    await readFile(path.join(config.dataDir, 'demo-credentials.txt'), 'utf8');
    return `see ${path.join(config.dataDir, 'demo-credentials.txt')}`;
  } catch {
    return 'printed at first start';
  }
}

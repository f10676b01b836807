/** `motcua db migrate|seed|backup|restore`. */
import type { Command } from 'commander';
import { backupDatabase, restoreDatabase } from '../kernel/backup.ts';
import { migrate } from '../kernel/migrations.ts';
import { openPlatformDatabase, prepareDatabase } from '../server/bootstrap.ts';
import { type ConfigFrom, print, withDatabase } from './run.ts';

export function registerDbCommands(program: Command, configFrom: ConfigFrom): void {
  const db = program.command('db').description('database: migrate, seed, backup, restore');
  db.command('migrate')
    .description('apply pending SQL migrations')
    .option('--json', 'machine output')
    .action(async (o: { json?: boolean }) => {
      const result = await withDatabase(configFrom(), (d) => migrate(d), { prepare: false });
      print(result, o.json, (r: { applied: string[] }) =>
        r.applied.length ? `Applied: ${r.applied.join(', ')}` : 'Database is up to date.',
      );
    });
  db.command('seed')
    .description('load reference data and the demo ward Phường An Khánh (idempotent)')
    .option('--json', 'machine output')
    .action(async (o: { json?: boolean }) => {
      const config = configFrom();
      const database = await openPlatformDatabase(config);
      try {
        const r = await prepareDatabase(database, config, { seed: true });
        print(r, o.json, () =>
          r.demo?.created
            ? `Demo ward created. Password for every demo account: ${r.demo.password ?? '(MOTCUA_DEMO_PASSWORD)'}`
            : 'Demo ward already present; nothing changed.',
        );
      } finally {
        await database.close();
      }
    });
  db.command('backup')
    .description('write a logical backup (gzipped JSON lines) of every table')
    .requiredOption('--out <file>', 'backup file to write')
    .option('--json', 'machine output')
    .action(async (o: { out: string; json?: boolean }) => {
      const header = await withDatabase(configFrom(), (d) => backupDatabase(d, o.out), { prepare: false });
      print(
        header,
        o.json,
        () =>
          `Backed up ${header.tables.reduce((s, t) => s + t.rows, 0)} rows of ${header.tables.length} tables to ${o.out}`,
      );
    });
  db.command('restore')
    .description('restore a backup into an empty database')
    .requiredOption('--from <file>', 'backup file to read')
    .option('--json', 'machine output')
    .action(async (o: { from: string; json?: boolean }) => {
      const r = await withDatabase(configFrom(), (d) => restoreDatabase(d, o.from), { prepare: false });
      print(
        r,
        o.json,
        () => `Restored ${r.tables.reduce((s, t) => s + t.rows, 0)} rows into ${r.tables.length} tables.`,
      );
    });
}

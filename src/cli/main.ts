#!/usr/bin/env node
/** `motcua`: the command line of the platform (see `motcua --help`). */
import { Command, Option } from 'commander';
import { isDomainError } from '../kernel/errors.ts';
import { loadConfig } from '../server/config.ts';
import { registerAdminCommands } from './admin-commands.ts';
import { registerAssistantCommands } from './assistant-commands.ts';
import { registerBacklogCommands } from './backlog-commands.ts';
import { registerDbCommands } from './db-commands.ts';
import { registerQueueCommands } from './queue-commands.ts';
import { registerReferenceCommands } from './reference-commands.ts';

const program = new Command();
program
  .name('motcua')
  .description('Một Cửa — ward one-stop service center platform')
  .showHelpAfterError()
  .addOption(new Option('--data-dir <dir>', 'embedded database directory (DATA_DIR)').env('DATA_DIR'))
  .addOption(
    new Option('--database-url <url>', 'PostgreSQL server instead of the embedded database (DATABASE_URL)').env(
      'DATABASE_URL',
    ),
  );

program
  .command('serve')
  .description('start the whole platform (API, web app, jobs)')
  .option('-p, --port <port>', 'port (PORT)')
  .action(async (opts: { port?: string }) => {
    const { serve } = await import('../server/serve.ts');
    await serve(configFrom({ PORT: opts.port }));
  });

registerDbCommands(program, configFrom);
registerAdminCommands(program, configFrom);
registerReferenceCommands(program, configFrom);
registerQueueCommands(program);
registerAssistantCommands(program, configFrom);
registerBacklogCommands(program, configFrom);

export function configFrom(overrides: Record<string, string | undefined> = {}) {
  const g = program.opts<{ dataDir?: string; databaseUrl?: string }>();
  return loadConfig({
    ...process.env,
    ...(g.dataDir ? { DATA_DIR: g.dataDir } : {}),
    ...(g.databaseUrl ? { DATABASE_URL: g.databaseUrl } : {}),
    ...stripUndefined(overrides),
  });
}

function stripUndefined(o: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Record<string, string>;
}

try {
  await program.parseAsync(process.argv);
} catch (e) {
  if (isDomainError(e)) {
    const hint =
      e.code === 'DATABASE_BUSY'
        ? `\nThe embedded database in ${String(e.details?.dataDir ?? '')} is held by a running server (pid ${String(e.details?.pid ?? '?')}). Stop it first, or use DATABASE_URL with a PostgreSQL server.`
        : '';
    process.stderr.write(
      `motcua: ${e.code}: ${e.messageVi} / ${e.message}${e.details ? ` ${JSON.stringify(e.details)}` : ''}${hint}\n`,
    );
    process.exit(2);
  }
  throw e;
}

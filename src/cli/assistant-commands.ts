/** `motcua ask`: the procedure assistant from the command line (same answers as POST /api/assistant/ask). */
import type { Command } from 'commander';
import { askBatchCommand, askCommand, formatAnswer } from '../modules/assistant/index.ts';
import { findWardByCode, identityError } from '../modules/identity/index.ts';
import { type ConfigFrom, print, withDatabase } from './run.ts';

interface AskOptions {
  batch?: string;
  ward?: string;
  lang?: string;
  log?: boolean;
  json?: boolean;
}

export function registerAssistantCommands(program: Command, configFrom: ConfigFrom): void {
  program
    .command('ask [question]')
    .description('ask the procedure assistant (same answer as POST /api/assistant/ask)')
    .option('--batch <file>', 'JSON Lines, one {"q": "..."} per line; one answer per output line, in order')
    .option('--ward <code>', 'answer in this ward (counter groups, attached phrasings)')
    .option('--lang <lang>', 'vi or en (detected when absent)')
    .option('--log', 'log the questions (needs --ward)')
    .option('--json', 'machine output')
    .action(async (question: string | undefined, o: AskOptions) => {
      if (!question && !o.batch) program.error('give a question or --batch FILE');
      if (o.lang && o.lang !== 'vi' && o.lang !== 'en') program.error('--lang must be vi or en');
      await withDatabase(configFrom(), async (database) => {
        let wardId: string | undefined;
        if (o.ward) {
          const w = await findWardByCode(database.db, o.ward);
          if (!w) throw identityError('WARD_NOT_FOUND', { code: o.ward });
          wardId = w.id;
        }
        const opts = { wardId, lang: o.lang as 'vi' | 'en' | undefined, log: o.log ?? false };
        if (o.batch) {
          const { answers, problems } = await askBatchCommand(database, o.batch, opts);
          for (const p of problems) process.stderr.write(`motcua ask: line ${p.line}: ${p.reason}\n`);
          for (const a of answers) print(a, o.json, formatAnswer);
        } else print(await askCommand(database, question as string, opts), o.json, formatAnswer);
      });
    });
}

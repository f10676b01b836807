/** `motcua calendar due|holidays|import` and `motcua catalog import|search`. */
import type { Command } from 'commander';
import { migrate } from '../kernel/migrations.ts';
import {
  calendarDueCommand,
  calendarHolidaysCommand,
  calendarImportCommand,
  type HolidayEntry,
} from '../modules/calendar/index.ts';
import { catalogImportCommand, catalogReviewCommand, catalogSearchCommand } from '../modules/catalog/index.ts';
import { findWardByCode, identityError } from '../modules/identity/index.ts';
import { type ConfigFrom, print, withDatabase } from './run.ts';

export function registerReferenceCommands(program: Command, configFrom: ConfigFrom): void {
  const calendar = program
    .command('calendar')
    .description('working-day calendar: deadlines, holidays, announced schedules');
  calendar
    .command('due')
    .description('deadline of a dossier received at a moment, in the ward’s working time')
    .requiredOption('--ward <code>', 'ward code, e.g. an-khanh')
    .requiredOption('--received <iso>', 'receipt moment, e.g. 2026-02-12T10:00:00+07:00')
    .option('--working-days <n>', 'processing time in working days')
    .option('--working-hours <n>', 'processing time in working hours')
    .option('--same-day', 'same-day procedure (15:00 cut-off)')
    .option('--json', 'machine output')
    .action(
      async (o: {
        ward: string;
        received: string;
        workingDays?: string;
        workingHours?: string;
        sameDay?: boolean;
        json?: boolean;
      }) => {
        const result = await withDatabase(configFrom(), async (database) => {
          const ward = await findWardByCode(database.db, o.ward);
          if (!ward) throw identityError('WARD_NOT_FOUND', { code: o.ward });
          return calendarDueCommand(database, ward.id, {
            received: o.received,
            workingDays: o.workingDays,
            workingHours: o.workingHours,
            sameDay: o.sameDay,
          });
        });
        print(
          result,
          o.json,
          (r: typeof result) =>
            `Received ${r.receivedAt}, counting from ${r.countingStartsAt}\nDue ${r.due}${r.provisional ? ' (provisional calendar)' : ''}`,
        );
      },
    );
  calendar
    .command('holidays')
    .description('every day off and make-up working day of a year (1900–2100)')
    .requiredOption('--year <yyyy>', 'year')
    .option('--all', 'include disabled entries (e.g. the unconfirmed 24/11)')
    .option('--json', 'machine output')
    .action(async (o: { year: string; all?: boolean; json?: boolean }) => {
      const year = Number(o.year);
      if (!Number.isInteger(year)) program.error('--year must be a year, e.g. 2026');
      const entries = await withDatabase(
        configFrom(),
        (d) => calendarHolidaysCommand(d, year, { includeDisabled: o.all }),
        { seed: false },
      );
      print(entries, o.json, (list: HolidayEntry[]) =>
        list
          .map(
            (e) => `${e.date}  ${e.kind.padEnd(15)} ${e.source.padEnd(9)} ${e.name}${e.enabled ? '' : ' (disabled)'}`,
          )
          .join('\n'),
      );
    });
  calendar
    .command('import <file>')
    .description('import an announced year schedule (JSON); a bad file is rejected whole')
    .option('--json', 'machine output')
    .action(async (file: string, o: { json?: boolean }) => {
      const r = await withDatabase(configFrom(), (d) => calendarImportCommand(d, file), { seed: false });
      print(
        r,
        o.json,
        () => `Imported ${r.entries} entries for ${r.year}${r.replaced ? ' (replaced the previous schedule)' : ''}.`,
      );
    });

  const catalog = program.command('catalog').description('procedure catalog: import, search, review');
  catalog
    .command('import')
    .description('load or refresh the procedure catalog seed (idempotent)')
    .option('--file <path>', 'import this catalog file instead of the shipped seed')
    .option('--force', 're-import even when the seed is unchanged')
    .option('--json', 'machine output')
    .action(async (o: { file?: string; force?: boolean; json?: boolean }) => {
      const r = await withDatabase(
        configFrom(),
        async (d) => {
          await migrate(d);
          return catalogImportCommand(d, { file: o.file, force: o.force });
        },
        { prepare: false },
      );
      print(r, o.json, () =>
        r.skipped
          ? 'Catalog unchanged.'
          : `Imported: ${JSON.stringify(r.procedures)} national: ${JSON.stringify(r.national)} in ${r.ms} ms`,
      );
    });
  catalog
    .command('search <query>')
    .description('search procedures (diacritics optional, abbreviations such as CCCD, GKS, GPXD understood)')
    .option('--limit <n>', 'number of results', '10')
    .option('--json', 'machine output')
    .action(async (query: string, o: { limit: string; json?: boolean }) => {
      const r = await withDatabase(configFrom(), (d) => catalogSearchCommand(d, query, { limit: Number(o.limit) }), {
        seed: false,
      });
      print(o.json ? r.hits : r, o.json, () => r.lines.join('\n'));
    });
  catalog
    .command('review')
    .description('procedures with unverified values or unparsed processing times')
    .option('--json', 'machine output')
    .action(async (o: { json?: boolean }) => {
      const r = await withDatabase(configFrom(), (d) => catalogReviewCommand(d), { seed: false });
      print(o.json ? r.items : r, o.json, () => r.lines.join('\n'));
    });
}

/** `motcua backlog plan|import`: plan the clearance phases; import an inherited spreadsheet or CSV. */
import path from 'node:path';
import type { Command } from 'commander';
import { systemActor } from '../kernel/actor.ts';
import { systemClock } from '../kernel/clock.ts';
import { backlogImportCommand, backlogPlanCommand } from '../modules/backlog/index.ts';
import { createLocalBlobStore } from '../modules/files/index.ts';
import { findWardByCode, identityError } from '../modules/identity/index.ts';
import { type ConfigFrom, print, withDatabase } from './run.ts';

interface PlanOptions {
  dossiers: string;
  staff: string;
  milestones: string;
  start: string;
  ward: string;
  horizonEnd?: string;
  priority?: string;
  json?: boolean;
}
interface ImportOptions {
  source: string;
  ward: string;
  map?: string[];
  keepUnknown?: boolean;
  json?: boolean;
}

export function registerBacklogCommands(program: Command, configFrom: ConfigFrom): void {
  const backlog = program.command('backlog').description('backlog clearance: import, plan');
  backlog
    .command('plan')
    .description('assign backlog items to officers and working days to meet the milestones (HiGHS)')
    .requiredOption('--dossiers <csv>', 'id,field,effort_hours,received,original_due,competent')
    .requiredOption('--staff <csv>', 'id,name,fields,hours_per_day (fields separated by |)')
    .requiredOption('--milestones <json>', '[{"date":"2025-07-31","share":0.5},…]')
    .requiredOption('--start <date>', 'first planning day, YYYY-MM-DD')
    .requiredOption('--ward <code>', 'ward whose calendar gives the working days')
    .option('--horizon-end <date>', 'last planning day')
    .option('--priority <p>', 'oldest-first | simplest-first')
    .option('--json', 'machine output')
    .action(async (o: PlanOptions) => {
      const r = await withDatabase(configFrom(), async (d) => {
        const ward = await findWardByCode(d.db, o.ward);
        if (!ward) throw identityError('WARD_NOT_FOUND', { code: o.ward });
        return backlogPlanCommand(d, ward.id, {
          dossiers: o.dossiers,
          staff: o.staff,
          milestones: o.milestones,
          start: o.start,
          horizonEnd: o.horizonEnd,
          priority: o.priority,
        } as Parameters<typeof backlogPlanCommand>[2]);
      });
      print(
        r,
        o.json,
        (p: typeof r) =>
          `feasible ${p.feasible}\n${p.milestones.map((m) => `${m.date}: ${m.planned}/${m.target}`).join('\n')}`,
      );
    });
  backlog
    .command('import <file>')
    .description('import a backlog spreadsheet or CSV from a predecessor unit (legacy encodings repaired)')
    .requiredOption('--source <unit>', 'predecessor unit, e.g. "Phường Thảo Điền"')
    .requiredOption('--ward <code>', 'ward code')
    .option('--map <pair...>', 'Header=field for unknown headers')
    .option('--keep-unknown', 'keep unknown columns as notes')
    .option('--json', 'machine output')
    .action(async (file: string, o: ImportOptions) => {
      const config = configFrom();
      const r = await withDatabase(config, async (d) => {
        const ward = await findWardByCode(d.db, o.ward);
        if (!ward) throw identityError('WARD_NOT_FOUND', { code: o.ward });
        return backlogImportCommand(
          d,
          { actor: systemActor(ward.id), requestId: null },
          file,
          { source: o.source, map: o.map ?? [], keepUnknown: !!o.keepUnknown },
          {
            clock: systemClock,
            store: createLocalBlobStore(config.files.filesDir),
            workDir: path.join(config.dataDir, 'backlog-work'),
          },
          {
            onProgress: (f: number, n: number) =>
              process.stderr.write(
                `\r[${'#'.repeat(Math.round(f * 30)).padEnd(30)}] ${Math.round(f * 100)}% ${n} rows`,
              ),
          },
        );
      });
      process.stderr.write('\n');
      print(
        r,
        o.json,
        (s: typeof r) => `${s.outcome}: ${s.inserted} new, ${s.alreadyPresent} already present, ${s.rejected} rejected`,
      );
    });
}

/**
 * What the `motcua backlog …` commands run. The CLI (src/cli) resolves the ward code, parses flags with
 * commander and prints; these take plain values and return JSON-able results.
 *
 * `motcua backlog plan --dossiers D.csv --staff S.csv --milestones M.json --start 2025-07-14 --ward an-khanh --json`
 *   D.csv: id,field,effort_hours,received,original_due,competent (competent = ward|other)
 *   S.csv: id,name,fields,hours_per_day (fields separated by |)
 *   M.json: [{"date":"2025-07-31","share":0.5},…]
 * `motcua backlog import FILE --source "Phường Thảo Điền" [--map "Header=field"…] [--keep-unknown]`
 */
import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import type { RequestContext } from '../../kernel/actor.ts';
import type { AnyDb } from '../../kernel/db.ts';
import type { PlainDate } from '../../kernel/plain-date.ts';
import { PlainDateString } from '../calendar/index.ts';
import { importBacklogFile } from './application/import-file.ts';
import { solvePlan } from './application/solve-plan.ts';
import type { BacklogServices } from './application/support.ts';
import { backlogError } from './backlog.errors.ts';
import { ColumnTarget, type ImportPreview, type ImportSummary, Milestone, type PlanOutput } from './contracts.ts';
import type { PlanItem, PlanStaff } from './domain/planner/model.ts';
import { parseLegacyDate } from './domain/repair.ts';
import { loadLpSolver } from './infra/highs-solver.ts';

interface HasDb {
  readonly db: AnyDb;
}

const DossierLine = z.object({
  id: z.string().trim().min(1),
  field: z.string().trim().min(1),
  effort_hours: z.coerce.number().positive().max(400),
  received: z.string().trim().min(1),
  original_due: z.string().trim().optional().default(''),
  competent: z.enum(['ward', 'other']),
});
const StaffLine = z.object({
  id: z.string().trim().min(1),
  name: z.string().optional().default(''),
  fields: z.string().trim().min(1),
  hours_per_day: z.coerce.number().min(0).max(24),
});

export const PlanCommandOptions = z.strictObject({
  dossiers: z.string().min(1),
  staff: z.string().min(1),
  milestones: z.string().min(1),
  start: PlainDateString,
  horizonEnd: PlainDateString.optional(),
  priority: z.enum(['oldest-first', 'simplest-first']).default('oldest-first'),
});
export type PlanCommandOptions = z.input<typeof PlanCommandOptions>;

function invalid(file: string, issues: unknown): never {
  throw backlogError('BACKLOG_PLAN_INPUT_INVALID', { file, issues });
}

async function readCsv(file: string): Promise<Record<string, string>[]> {
  try {
    return parse(await readFile(file, 'utf8'), { columns: true, bom: true, skip_empty_lines: true, trim: true });
  } catch (e) {
    return invalid(file, e instanceof Error ? e.message : String(e));
  }
}

function dateOf(file: string, line: number, value: string): PlainDate {
  const r = parseLegacyDate(value);
  return r.ok ? r.value : invalid(file, { line, value, reason: r.reason });
}

/** Reads the three input files of `backlog plan`; any bad line refuses the whole input with its line number. */
export async function readPlanInput(o: { dossiers: string; staff: string; milestones: string }) {
  const items: PlanItem[] = (await readCsv(o.dossiers)).map((raw, i) => {
    const r = DossierLine.safeParse(raw);
    if (!r.success) invalid(o.dossiers, { line: i + 2, issues: r.error.issues });
    const d = r.data;
    return {
      id: d.id,
      field: d.field,
      effort: d.effort_hours,
      received: dateOf(o.dossiers, i + 2, d.received),
      due: d.original_due ? dateOf(o.dossiers, i + 2, d.original_due) : null,
      competent: d.competent === 'ward',
    };
  });
  if (new Set(items.map((i) => i.id)).size !== items.length) invalid(o.dossiers, 'duplicate id');
  const staff: PlanStaff[] = (await readCsv(o.staff)).map((raw, i) => {
    const r = StaffLine.safeParse(raw);
    if (!r.success) invalid(o.staff, { line: i + 2, issues: r.error.issues });
    const fields = r.data.fields
      .split('|')
      .map((f) => f.trim())
      .filter(Boolean);
    return { id: r.data.id, fields, hoursPerDay: r.data.hours_per_day };
  });
  let json: unknown;
  try {
    json = JSON.parse(await readFile(o.milestones, 'utf8'));
  } catch (e) {
    invalid(o.milestones, e instanceof Error ? e.message : String(e));
  }
  const milestones = z.array(Milestone).min(1).safeParse(json);
  if (!milestones.success) invalid(o.milestones, milestones.error.issues);
  return { items, staff, milestones: milestones.data };
}

export async function backlogPlanCommand(
  database: HasDb,
  wardId: string,
  options: PlanCommandOptions,
): Promise<PlanOutput> {
  const o = PlanCommandOptions.safeParse(options);
  if (!o.success) throw backlogError('BACKLOG_PLAN_INPUT_INVALID', { issues: o.error.issues });
  const started = performance.now();
  const input = await readPlanInput(o.data);
  const { plan, summary } = await solvePlan(
    database.db,
    wardId,
    { ...input, priority: o.data.priority },
    { start: o.data.start, horizonEnd: o.data.horizonEnd, started },
    loadLpSolver,
  );
  const { feasible, ...rest } = summary;
  const assignments = plan.assignments.map((a) => ({ dossier: a.itemId, staff: a.staffId, day: a.day }));
  return { feasible, assignments, ...rest };
}

export const ImportCommandOptions = z.strictObject({
  source: z.string().trim().min(1).max(200),
  /** "Header=field" pairs (field, extra or ignore). */
  map: z.array(z.string()).default([]),
  keepUnknown: z.boolean().default(false),
});
export type ImportCommandOptions = z.input<typeof ImportCommandOptions>;

/** `motcua backlog import FILE --source …`: preview, confirm per the flags, import; progress through callbacks. */
export async function backlogImportCommand(
  database: HasDb,
  ctx: RequestContext,
  file: string,
  options: ImportCommandOptions,
  services: Pick<BacklogServices, 'clock' | 'store' | 'workDir'>,
  hooks: { onPreview?: (p: ImportPreview) => void; onProgress?: (fraction: number, rows: number) => void } = {},
): Promise<ImportSummary> {
  const o = ImportCommandOptions.parse(options);
  const mapping: Record<string, ColumnTarget> = {};
  for (const pair of o.map) {
    const at = pair.lastIndexOf('=');
    const target = ColumnTarget.safeParse(pair.slice(at + 1).trim());
    if (at <= 0 || !target.success) throw backlogError('BACKLOG_PLAN_INPUT_INVALID', { map: pair });
    mapping[pair.slice(0, at).trim()] = target.data;
  }
  return importBacklogFile(
    database.db,
    ctx,
    file,
    { sourceUnit: o.source, mapping, keepUnknown: o.keepUnknown, ...hooks },
    services,
  );
}

/**
 * Backlog clearance at scale.
 * - Planning: a 20,000-item, 40-officer, 8-week (40 working days) instance, milestones 50 % at week 4 and 100 % at
 *   week 8. Prints the planning time and the items done by each milestone for the plan, beside the greedy
 *   earliest-deadline baseline and the LP upper bound, all from the same run; target ≥ 99 % of the bound < 30 s.
 * - Import: a generated 200,000-row CSV (TCVN3 names, mixed date formats) imported into in-memory PGlite, with
 *   the time and the peak memory (RSS sampled every 20 ms, and the V8 heap) printed.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { doneByMilestones, earliestDeadlinePlan } from '../src/modules/backlog/domain/planner/baseline.ts';
import { planPhases } from '../src/modules/backlog/domain/planner/plan.ts';
import { loadLpSolver } from '../src/modules/backlog/infra/highs-solver.ts';
import { benchImport } from '../src/modules/backlog/testing/import-bench.ts';
import { anInstance } from '../src/modules/backlog/testing/plan-instances.ts';
import { violationsOf } from '../src/modules/backlog/testing/plan-validator.ts';

export interface BacklogBenchOptions {
  items?: number;
  staff?: number;
  days?: number;
  seed?: number;
  /** Rows of the import benchmark (default 200,000; 0 skips it). */
  xlsx?: boolean;
  importRows?: number;
}

const pct = (a: number, b: number) => (b > 0 ? `${((100 * a) / b).toFixed(2)} %` : 'n/a');

export async function benchBacklog(opts: BacklogBenchOptions = {}): Promise<string[]> {
  const lines: string[] = [];
  const items = opts.items ?? 20_000;
  const staff = opts.staff ?? 40;
  const days = opts.days ?? 40;
  const problem = anInstance({
    seed: opts.seed ?? 2025,
    items,
    staff,
    days,
    efforts: [0.25, 0.5, 1, 1.5, 2, 4],
    hoursScale: 1.2,
  });
  const loadStarted = performance.now();
  const solve = await loadLpSolver();
  const loadMs = performance.now() - loadStarted;
  const started = performance.now();
  const plan = planPhases(problem, solve);
  const planMs = performance.now() - started;
  const greedyStarted = performance.now();
  const greedy = doneByMilestones(problem, earliestDeadlinePlan(problem));
  const greedyMs = performance.now() - greedyStarted;
  const violations = violationsOf(problem, plan);
  lines.push(
    `backlog plan: ${items} items, ${staff} officers, ${days} working days — ${(planMs / 1000).toFixed(2)} s ` +
      `(HiGHS load ${loadMs.toFixed(0)} ms, method ${plan.method}, ${violations.length} rule violations, ` +
      `feasible ${plan.feasible}); greedy EDF ${greedyMs.toFixed(0)} ms`,
  );
  plan.milestones.forEach((m, k) => {
    const bound = plan.bounds[k]!.items;
    lines.push(
      `  by ${m.date} (target ${m.target}): plan ${m.planned} = ${pct(m.planned, bound)} of LP bound ${bound}; ` +
        `greedy EDF ${greedy[k]} = ${pct(greedy[k]!, bound)}; plan/greedy ×${(m.planned / Math.max(1, greedy[k]!)).toFixed(2)}`,
    );
  });
  const worst = Math.min(...plan.milestones.map((m, k) => m.planned / Math.max(1, plan.bounds[k]!.items)));
  lines.push(
    `  target ≥ 99 % of the bound in < 30 s: ${worst >= 0.99 && planMs < 30_000 ? 'met' : 'NOT met'} ` +
      `(worst ${pct(worst, 1)}, ${(planMs / 1000).toFixed(2)} s)`,
  );
  if ((opts.importRows ?? 200_000) > 0) {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'backlog-bench-'));
    try {
      lines.push(...(await benchImport({ rows: opts.importRows ?? 200_000, dir, xlsx: opts.xlsx ?? true })));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  return lines;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = process.env.BENCH_IMPORT_ROWS;
  process.stdout.write(`${(await benchBacklog(rows ? { importRows: Number(rows) } : {})).join('\n')}\n`);
}

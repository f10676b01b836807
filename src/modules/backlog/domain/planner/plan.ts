/**
 * Phase planning: meet every milestone, then finish as many items as early as possible, oldest (or simplest)
 * first, never over an officer's capacity, only in their fields. HiGHS solves the class LP; whole items come
 * from rounding down and a greedy fill. Above `maxLpColumns` the greedy fill alone runs (smallest effort first:
 * on one officer it maximises the items done by every date). When a milestone is missed the plan says how many
 * officer-hours per field, or how much later, would meet it. Same input, same plan.
 */

import { buildClasses, countLp, type Frame, planLp, shortfallLp } from './formulation.ts';
import { levelLoad } from './level.ts';
import {
  type Assignment,
  cmp as compare,
  daysUpTo,
  EPS,
  type LpSolver,
  type PlanItem,
  type PlanProblem,
  type PlanSolution,
  priorityOrder,
  targetsOf,
} from './model.ts';
import { emptyBook, fillGreedy, layOut, repairByMoves, roundLp } from './schedule.ts';

const DEFAULT_MAX_LP_COLUMNS = 400_000;

export function planPhases(problem: PlanProblem, solve?: LpSolver): PlanSolution {
  const priority = problem.priority ?? 'oldest-first';
  const milestones = [...problem.milestones].sort((a, b) => compare(a.date, b.date));
  const sorted = { ...problem, milestones };
  const horizonEnd = problem.horizonEnd ?? milestones.at(-1)?.date ?? problem.days.at(-1);
  const nH = horizonEnd ? daysUpTo(problem.days, horizonEnd) : problem.days.length;
  const planDays = problem.days.slice(0, nH);
  const mDays = milestones.map((m) => Math.min(daysUpTo(problem.days, m.date), nH));
  const checkpoints = [...new Set([...mDays, nH])].sort((a, b) => a - b);
  const staffIndex = new Map(problem.staff.map((s, i) => [s.id, i]));

  const competent = problem.items.filter((i) => i.competent);
  const pinnedTo = new Map<string, number>();
  for (const p of problem.pinned ?? []) {
    const s = staffIndex.get(p.staffId);
    if (s !== undefined && (problem.staff[s]?.hoursPerDay ?? 0) > 0) pinnedTo.set(p.itemId, s);
  }
  const pinned: PlanItem[][] = problem.staff.map(() => []);
  for (const item of [...competent].sort(priorityOrder(priority))) {
    const s = pinnedTo.get(item.id);
    if (s !== undefined) pinned[s]!.push(item);
  }
  const frame: Frame = {
    checkpoints,
    milestoneAt: mDays.map((d) => checkpoints.indexOf(d)),
    hours: problem.staff.map((s) => Math.max(0, s.hoursPerDay)),
    pinnedLoad: pinned.map((list) => list.reduce((h, i) => h + i.effort, 0)),
  };
  const free = competent.filter((i) => !pinnedTo.has(i.id));
  const { targets } = targetsOf(sorted);
  const doneBefore = problem.doneBefore ?? 0;
  const pinnedDone = mDays.map((d) => {
    let done = 0;
    pinned.forEach((list, s) => {
      let hours = 0;
      for (const i of list) {
        hours += i.effort;
        if (hours <= frame.hours[s]! * d + EPS) done++;
      }
    });
    return done;
  });
  const need = targets.map((t, k) => Math.max(0, t - doneBefore - pinnedDone[k]!));
  const classes = buildClasses(free, problem.staff, priority);
  const columns = classes.reduce((n, c) => n + c.staff.length, 0) * checkpoints.length;

  let method: PlanSolution['method'] = 'heuristic';
  let book = emptyBook(frame);
  let left: PlanItem[] = free;
  if (solve && columns <= (problem.maxLpColumns ?? DEFAULT_MAX_LP_COLUMNS)) {
    const { lp, cols } = planLp(classes, frame, need, problem.timeLimitSec);
    const solution = solve(lp);
    if (solution.status === 'optimal' || solution.status === 'limit') {
      ({ book, left } = roundLp(classes, cols, solution.colValue, frame));
      method = 'lp';
    }
  }
  const unplaced = fillGreedy(left, problem.staff, frame, book, priority);
  repairByMoves(unplaced, problem.staff, frame, book);
  levelLoad(problem.staff, frame, book);
  const assignments = layOut(book, problem.staff, planDays, pinned, priority);

  const finishDays = assignments.map((a) => a.day).sort(compare);
  const planned = milestones.map((m) => doneBefore + daysUpTo(finishDays, m.date));
  const results = milestones.map((m, k) => ({ date: m.date, target: targets[k]!, planned: planned[k]! }));
  const feasible = results.every((r) => r.planned >= r.target);
  const scheduled = new Set(assignments.map((a) => a.itemId));
  const unscheduled = competent.filter((i) => !scheduled.has(i.id)).map((i) => i.id);

  const allClasses = buildClasses(competent, problem.staff, priority);
  const bounds = milestones.map((m, k) => {
    const items = solve
      ? Math.min(
          competent.length,
          Math.floor(solve(countLp(allClasses, frame.hours, mDays[k]!, 'boundEffort')).objective + EPS),
        )
      : competent.length;
    return { date: m.date, items: items + doneBefore };
  });

  const fixes = feasible
    ? { shortfallHours: {}, extraHoursPerDay: {}, laterDates: [] }
    : explainShortfall(sorted, { classes, frame, need, results, assignments, competent, allClasses }, solve);
  return {
    feasible,
    assignments,
    milestones: results,
    ...fixes,
    bounds,
    objective: planned.reduce((a, b) => a + b, 0),
    method,
    unscheduled,
  };
}

interface Context {
  classes: ReturnType<typeof buildClasses>;
  allClasses: ReturnType<typeof buildClasses>;
  frame: Frame;
  need: number[];
  results: { date: string; target: number; planned: number }[];
  assignments: Assignment[];
  competent: PlanItem[];
}

const quarter = (h: number) => Math.ceil(h * 4 - EPS) / 4;

function explainShortfall(problem: PlanProblem, ctx: Context, solve?: LpSolver) {
  const { frame, classes } = ctx;
  const shortfallHours: Record<string, number> = {};
  const extraHoursPerDay: Record<string, number> = {};
  // Whole items leave up to one item's worth of unused hours per officer: the proposal carries that margin.
  const margin = new Map<string, number>();
  for (const c of classes) margin.set(c.field, Math.max(margin.get(c.field) ?? 0, c.planEffort * (c.staff.length + 2)));
  const lp = solve ? shortfallLp(classes, frame, ctx.need) : undefined;
  const solution = lp && solve ? solve(lp.lp) : undefined;
  if (lp && solution?.status === 'optimal') {
    for (const f of lp.fields) {
      const v = lp.vCols.get(f)!.map((j) => solution.colValue[j] ?? 0);
      const total = Math.max(0, ...frame.milestoneAt.map((p) => v[p]!));
      if (total <= EPS) continue;
      shortfallHours[f] = Math.round(total * 100) / 100;
      const perDay = frame.milestoneAt
        .filter((p) => frame.checkpoints[p]! > 0 && v[p]! > EPS)
        .map((p) => (v[p]! + (margin.get(f) ?? 0)) / frame.checkpoints[p]!);
      if (perDay.length > 0) extraHoursPerDay[f] = quarter(Math.max(...perDay));
    }
  } else {
    // No LP: the smallest items each missed milestone still lacks, by field.
    const done = new Set(ctx.assignments.map((a) => a.itemId));
    ctx.results.forEach((r) => {
      if (r.planned >= r.target) return;
      const missing = ctx.competent.filter((i) => !done.has(i.id)).sort((a, b) => a.effort - b.effort);
      for (const i of missing.slice(0, r.target - r.planned))
        shortfallHours[i.field] = (shortfallHours[i.field] ?? 0) + i.effort;
    });
  }
  const laterDates = ctx.results
    .filter((r) => r.planned < r.target)
    .map((r) => ({
      date: r.date as PlanProblem['days'][number],
      earliest: solve ? earliestDate(problem, ctx, r.target, solve) : null,
    }));
  return { shortfallHours, extraHoursPerDay, laterDates };
}

/** The first working day by which the current staff could finish `target` items (LP bound, planning efforts). */
function earliestDate(problem: PlanProblem, ctx: Context, target: number, solve: LpSolver) {
  const doneBefore = problem.doneBefore ?? 0;
  const reach = (n: number) =>
    Math.floor(solve(countLp(ctx.allClasses, ctx.frame.hours, n, 'planEffort')).objective + EPS) + doneBefore >= target;
  let lo = 1;
  let hi = problem.days.length;
  if (hi === 0 || !reach(hi)) return null;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (reach(mid)) hi = mid;
    else lo = mid + 1;
  }
  return problem.days[lo - 1]!;
}

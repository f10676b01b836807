/**
 * Solving a phase plan on the ward's working days, and its summary as stored (plan-backlog) and printed
 * (`motcua backlog plan`): the same for the ward's items and for the files of the CLI.
 */
import type { AnyDb } from '../../../kernel/db.ts';
import type { PlainDate } from '../../../kernel/plain-date.ts';
import type { PlanOutput } from '../contracts.ts';
import { laterOf } from '../domain/burndown.ts';
import type { LpSolver, PlanProblem, PlanSolution } from '../domain/planner/model.ts';
import { planPhases } from '../domain/planner/plan.ts';
import { workingDaysFrom } from './working-days.ts';

/** Everything of the plan but the assignments, with the milliseconds it took. */
export type PlanSummary = Omit<PlanOutput, 'assignments'>;

/**
 * Plans `problem` from `start` up to `horizonEnd` (default: the last milestone; the working days run past it to
 * propose later dates). `problem.milestones` must not be empty; `started` is the caller's `performance.now()`.
 */
export async function solvePlan(
  db: AnyDb,
  wardId: string,
  problem: Omit<PlanProblem, 'days' | 'horizonEnd'>,
  when: { start: PlainDate; horizonEnd?: PlainDate | undefined; started: number },
  solver: () => Promise<LpSolver>,
): Promise<{ plan: PlanSolution; horizonEnd: PlainDate; summary: PlanSummary }> {
  const last = problem.milestones
    .map((m) => m.date)
    .sort()
    .at(-1)!;
  const horizonEnd = when.horizonEnd ?? last;
  const days = await workingDaysFrom(db, wardId, when.start, laterOf(horizonEnd, last));
  const plan = planPhases({ ...problem, days, horizonEnd }, await solver());
  const summary: PlanSummary = {
    feasible: plan.feasible,
    milestones: plan.milestones,
    shortfallHours: plan.shortfallHours,
    objective: plan.objective,
    method: plan.method,
    bounds: plan.bounds,
    fixes: { extraHoursPerDay: plan.extraHoursPerDay, laterDates: plan.laterDates },
    unscheduled: plan.unscheduled,
    ms: Math.round(performance.now() - when.started),
  };
  return { plan, horizonEnd, summary };
}

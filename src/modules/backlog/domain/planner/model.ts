/**
 * The phase-planning problem, independent of the database: items with a field and an effort, officers with
 * fields and hours per day for the backlog, milestones (date, share of the competent backlog) and the ward's
 * working days. An officer works through a queue: an item is finished on `day` and its work may start on an
 * earlier day; "never over capacity" means that, for every officer and every day d, the effort of the items
 * finished by d is at most hours-per-day × working days up to d.
 */
import type { PlainDate } from '../../../../kernel/plain-date.ts';

export interface PlanItem {
  readonly id: string;
  readonly field: string;
  readonly effort: number;
  readonly received: PlainDate;
  readonly due: PlainDate | null;
  /** Only items within the ward's competence are ever scheduled. */
  readonly competent: boolean;
}

export interface PlanStaff {
  readonly id: string;
  readonly fields: readonly string[];
  readonly hoursPerDay: number;
}

export interface PlanMilestone {
  readonly date: PlainDate;
  /** Share of the competent backlog (done before the start included) finished by `date`. */
  readonly share: number;
}

export type Priority = 'oldest-first' | 'simplest-first';

export interface PlanProblem {
  readonly items: readonly PlanItem[];
  readonly staff: readonly PlanStaff[];
  readonly milestones: readonly PlanMilestone[];
  /** Working days from the start, in order; they may run past `horizonEnd` (used to propose later dates). */
  readonly days: readonly PlainDate[];
  /** Last day work may be planned on; default the last milestone. */
  readonly horizonEnd?: PlainDate;
  readonly priority?: Priority;
  /** Items in progress: they stay with their officer, first in the queue (re-planning keeps them). */
  readonly pinned?: readonly { itemId: string; staffId: string }[];
  /** Competent items already finished before the start: they count toward every milestone. */
  readonly doneBefore?: number;
  /** Above this many LP columns the proven heuristic runs instead of the LP. */
  readonly maxLpColumns?: number;
  readonly timeLimitSec?: number;
}

export interface Assignment {
  readonly itemId: string;
  readonly staffId: string;
  /** The working day the item is finished. */
  readonly day: PlainDate;
  /** The working day its work starts. */
  readonly startDay: PlainDate;
  readonly effort: number;
}

export interface MilestoneResult {
  readonly date: PlainDate;
  readonly target: number;
  readonly planned: number;
}

export interface PlanSolution {
  readonly feasible: boolean;
  readonly assignments: Assignment[];
  readonly milestones: MilestoneResult[];
  readonly shortfallHours: Record<string, number>;
  readonly extraHoursPerDay: Record<string, number>;
  readonly laterDates: { date: PlainDate; earliest: PlainDate | null }[];
  /** LP upper bound of the items done by each milestone date. */
  readonly bounds: { date: PlainDate; items: number }[];
  /** Items done summed over the milestone dates (what the plan maximises once the milestones are met). */
  readonly objective: number;
  readonly method: 'lp' | 'heuristic';
  readonly unscheduled: string[];
}

/** A solved linear program, as the planner needs it (HiGHS in infra/, anything else in tests). */
export interface LpProblem {
  readonly maximize: boolean;
  readonly colCost: Float64Array;
  readonly colLower: Float64Array;
  readonly colUpper: Float64Array;
  readonly rowLower: Float64Array;
  readonly rowUpper: Float64Array;
  /** Compressed sparse columns. */
  readonly starts: Int32Array;
  readonly indices: Int32Array;
  readonly values: Float64Array;
  readonly timeLimitSec?: number;
}
export interface LpSolution {
  readonly status: 'optimal' | 'infeasible' | 'limit' | 'error';
  readonly colValue: Float64Array;
  readonly objective: number;
}
export type LpSolver = (problem: LpProblem) => LpSolution;

/** Number of planning days up to and including `date`. */
export function daysUpTo(days: readonly PlainDate[], date: PlainDate): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (days[mid]! <= date) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The competent backlog count and each milestone's target: ceil(share × count). */
export function targetsOf(problem: PlanProblem): { total: number; targets: number[] } {
  const total = problem.items.filter((i) => i.competent).length + (problem.doneBefore ?? 0);
  return { total, targets: problem.milestones.map((m) => Math.ceil(m.share * total - 1e-9)) };
}

/** Oldest first (then simplest), or simplest first (then oldest); ids break ties so plans are deterministic. */
export function priorityOrder(priority: Priority): (a: PlanItem, b: PlanItem) => number {
  return priority === 'simplest-first'
    ? (a, b) => a.effort - b.effort || cmp(a.received, b.received) || cmp(a.id, b.id)
    : (a, b) => cmp(a.received, b.received) || a.effort - b.effort || cmp(a.id, b.id);
}

export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export const EPS = 1e-6;

/**
 * An independent check of a plan, written without the planner's code: every rule a plan must keep, and the
 * milestone counts recomputed from the assignments. Returns the violations (empty when the plan is valid).
 */
import type { PlanProblem, PlanSolution } from '../domain/planner/model.ts';

export function violationsOf(
  problem: PlanProblem,
  solution: Pick<PlanSolution, 'assignments' | 'milestones'>,
): string[] {
  const errors: string[] = [];
  const items = new Map(problem.items.map((i) => [i.id, i]));
  const staff = new Map(problem.staff.map((s) => [s.id, s]));
  const horizon =
    problem.horizonEnd ??
    [...problem.milestones]
      .map((m) => m.date)
      .sort()
      .at(-1) ??
    '9999-12-31';
  const dayIndex = new Map(problem.days.map((d, i) => [d as string, i]));
  const seen = new Set<string>();
  const byStaff = new Map<string, { day: number; effort: number }[]>();

  for (const a of solution.assignments) {
    const item = items.get(a.itemId);
    const officer = staff.get(a.staffId);
    if (!item) errors.push(`${a.itemId}: not an item`);
    else if (!item.competent) errors.push(`${a.itemId}: outside the ward's competence but scheduled`);
    if (seen.has(a.itemId)) errors.push(`${a.itemId}: scheduled twice`);
    seen.add(a.itemId);
    if (!officer) {
      errors.push(`${a.itemId}: unknown officer ${a.staffId}`);
      continue;
    }
    const pinnedTo = problem.pinned?.find((p) => p.itemId === a.itemId)?.staffId;
    if (pinnedTo !== undefined && pinnedTo !== a.staffId) errors.push(`${a.itemId}: pinned to ${pinnedTo}`);
    else if (item && pinnedTo === undefined && !officer.fields.includes(item.field))
      errors.push(`${a.itemId}: ${a.staffId} does not handle ${item.field}`);
    const d = dayIndex.get(a.day);
    if (d === undefined) errors.push(`${a.itemId}: ${a.day} is not a working day of the plan`);
    else if (a.day > horizon) errors.push(`${a.itemId}: ${a.day} is after the horizon ${horizon}`);
    if (item && Math.abs(a.effort - item.effort) > 1e-9) errors.push(`${a.itemId}: effort changed`);
    if (d !== undefined && item) {
      const list = byStaff.get(a.staffId) ?? [];
      list.push({ day: d, effort: item.effort });
      byStaff.set(a.staffId, list);
    }
  }
  for (const [id, list] of byStaff) {
    const h = staff.get(id)!.hoursPerDay;
    list.sort((a, b) => a.day - b.day);
    let total = 0;
    for (let k = 0; k < list.length; k++) {
      total += list[k]!.effort;
      const last = k + 1 === list.length || list[k + 1]!.day !== list[k]!.day;
      if (last && total > h * (list[k]!.day + 1) + 1e-6)
        errors.push(`${id}: ${total} h due by day ${list[k]!.day + 1} exceeds ${h} h/day`);
    }
  }
  const done = problem.doneBefore ?? 0;
  for (const m of solution.milestones) {
    const count = solution.assignments.filter((a) => a.day <= m.date).length + done;
    if (count !== m.planned) errors.push(`milestone ${m.date}: reported ${m.planned}, counted ${count}`);
  }
  return errors;
}

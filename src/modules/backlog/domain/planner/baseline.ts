/**
 * The greedy earliest-deadline baseline the benchmark compares against: items in order of their original
 * appointment (then receipt), each to the qualified officer who would finish it first.
 */
import type { PlainDate } from '../../../../kernel/plain-date.ts';
import { type Assignment, cmp, daysUpTo, EPS, type PlanProblem } from './model.ts';

export function earliestDeadlinePlan(problem: PlanProblem): Assignment[] {
  const horizonEnd =
    problem.horizonEnd ??
    [...problem.milestones]
      .map((m) => m.date)
      .sort(cmp)
      .at(-1);
  const days = problem.days.slice(0, horizonEnd ? daysUpTo(problem.days, horizonEnd) : problem.days.length);
  const far = '9999-12-31' as PlainDate;
  const items = problem.items
    .filter((i) => i.competent)
    .sort((a, b) => cmp(a.due ?? far, b.due ?? far) || cmp(a.received, b.received) || cmp(a.id, b.id));
  const booked = problem.staff.map(() => 0);
  const out: Assignment[] = [];
  for (const item of items) {
    let best = -1;
    let bestEnd = Number.POSITIVE_INFINITY;
    problem.staff.forEach((s, idx) => {
      if (s.hoursPerDay <= 0 || !s.fields.includes(item.field)) return;
      const end = Math.ceil((booked[idx]! + item.effort) / s.hoursPerDay - EPS) - 1;
      if (end < days.length && end < bestEnd) {
        best = idx;
        bestEnd = end;
      }
    });
    if (best < 0) continue;
    const s = problem.staff[best]!;
    const start = Math.floor(booked[best]! / s.hoursPerDay + EPS);
    booked[best]! += item.effort;
    out.push({
      itemId: item.id,
      staffId: s.id,
      day: days[bestEnd]!,
      startDay: days[Math.min(start, bestEnd)]!,
      effort: item.effort,
    });
  }
  return out;
}

/** Items finished by each milestone date under an assignment (plus those done before the start). */
export function doneByMilestones(problem: PlanProblem, assignments: readonly Assignment[]): number[] {
  const days = assignments.map((a) => a.day).sort(cmp);
  return problem.milestones.map((m) => {
    let lo = 0;
    let hi = days.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (days[mid]! <= m.date) lo = mid + 1;
      else hi = mid;
    }
    return lo + (problem.doneBefore ?? 0);
  });
}

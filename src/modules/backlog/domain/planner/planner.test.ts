import { beforeAll, describe, expect, it } from 'vitest';
import { loadLpSolver } from '../../infra/highs-solver.ts';
import { anInstance, FIELDS, weekdays } from '../../testing/plan-instances.ts';
import { violationsOf } from '../../testing/plan-validator.ts';
import { doneByMilestones, earliestDeadlinePlan } from './baseline.ts';
import type { LpSolver, PlanItem, PlanProblem, PlanStaff } from './model.ts';
import { planPhases } from './plan.ts';

let solve: LpSolver;
beforeAll(async () => {
  solve = await loadLpSolver();
});

/**
 * A sufficient condition, computed without the planner: officers with one field each; per field, the smallest
 * items in order fill the field's officers (capacity minus one largest item each, for whole items). If the sum
 * over fields reaches every target, a plan meeting every milestone exists.
 */
function capacitySaysFeasible(p: PlanProblem): boolean {
  const total = p.items.filter((i) => i.competent).length + (p.doneBefore ?? 0);
  return p.milestones.every((m) => {
    const days = p.days.filter((d) => d <= m.date).length;
    let done = p.doneBefore ?? 0;
    for (const field of new Set(p.items.map((i) => i.field))) {
      const items = p.items.filter((i) => i.competent && i.field === field).map((i) => i.effort);
      items.sort((a, b) => a - b);
      const largest = items.at(-1) ?? 0;
      let hours = p.staff
        .filter((s) => s.fields.includes(field))
        .reduce((h, s) => h + Math.max(0, s.hoursPerDay * days - largest), 0);
      for (const e of items) {
        if (e > hours) break;
        hours -= e;
        done++;
      }
    }
    return done >= Math.ceil(m.share * total - 1e-9);
  });
}

const FOUR = FIELDS.slice(0, 4);
/** Near the edge of what the staff can do: one field per officer, every field covered. */
const tight = (seed: number) =>
  anInstance({
    seed,
    items: 300,
    staff: 8,
    days: 20,
    fields: FOUR,
    fieldsPerOfficer: 1,
    hoursScale: 1.3 + (seed % 3) * 0.2,
  });

describe('phase planner', () => {
  it.each([1, 2, 3, 4, 5, 6])('never breaks a rule on random instance %i (independent validator)', (seed) => {
    const p = anInstance({ seed, items: 600, staff: 8, days: 30, hoursScale: seed % 2 ? 0.5 : 1.5 });
    const plan = planPhases(p, solve);
    expect(violationsOf(p, plan)).toEqual([]);
    expect(plan.method).toBe('lp');
    const other = new Set(p.items.filter((i) => !i.competent).map((i) => i.id));
    expect(plan.assignments.some((a) => other.has(a.itemId))).toBe(false);
    plan.milestones.forEach((m, k) => {
      expect(m.planned).toBeLessThanOrEqual(plan.bounds[k]!.items);
      expect(m.planned).toBeGreaterThanOrEqual(0.99 * plan.bounds[k]!.items - 2);
    });
  });

  it('is deterministic for the same input', () => {
    const p = anInstance({ seed: 11, items: 400, staff: 6, days: 20 });
    expect(JSON.stringify(planPhases(p, solve))).toBe(JSON.stringify(planPhases(p, solve)));
  });

  it.each([21, 22, 23, 24, 25, 26, 27, 28])(
    'meets every milestone when a capacity bound says it can (seed %i)',
    (seed) => {
      const p = tight(seed);
      if (!capacitySaysFeasible(p)) return; // the bound makes no promise for this seed
      const plan = planPhases(p, solve);
      expect(plan.feasible).toBe(true);
      expect(violationsOf(p, plan)).toEqual([]);
    },
  );

  it('the sufficient condition does hold for some of those seeds (the test above is not vacuous)', () => {
    const held = [21, 22, 23, 24, 25, 26, 27, 28].filter((seed) => capacitySaysFeasible(tight(seed)));
    expect(held.length).toBeGreaterThanOrEqual(3);
  });

  it('explains an infeasible plan per field, and the proposed extra hours make it feasible', () => {
    const p = anInstance({ seed: 31, items: 800, staff: 6, days: 20, hoursScale: 0.5 });
    const plan = planPhases(p, solve);
    expect(plan.feasible).toBe(false);
    expect(violationsOf(p, plan)).toEqual([]);
    const fields = Object.keys(plan.shortfallHours);
    expect(fields.length).toBeGreaterThan(0);
    for (const f of fields) expect(plan.shortfallHours[f]).toBeGreaterThan(0);
    expect(plan.laterDates.length).toBeGreaterThan(0);
    const extra: PlanStaff[] = Object.entries(plan.extraHoursPerDay).map(([field, hours], i) => ({
      id: `EXTRA${i}`,
      fields: [field],
      hoursPerDay: hours,
    }));
    const fixed = planPhases({ ...p, staff: [...p.staff, ...extra] }, solve);
    expect(fixed.feasible).toBe(true);
    expect(violationsOf({ ...p, staff: [...p.staff, ...extra] }, fixed)).toEqual([]);
  });

  it('proposes the later date at which the current staff would reach a missed milestone', () => {
    const p = anInstance({ seed: 32, items: 300, staff: 4, days: 10, fields: FOUR, hoursScale: 1 });
    const plan = planPhases(p, solve);
    const missed = plan.milestones.filter((m) => m.planned < m.target);
    expect(missed.length).toBeGreaterThan(0);
    for (const later of plan.laterDates) {
      expect(later.earliest).not.toBeNull();
      const moved = p.milestones.map((m) => (m.date === later.date ? { ...m, date: later.earliest! } : m));
      const replanned = planPhases({ ...p, milestones: moved, horizonEnd: undefined }, solve);
      const m = replanned.milestones.find((x) => x.date === later.earliest)!;
      expect(m.planned).toBeGreaterThanOrEqual(m.target - 2);
    }
  });

  it('runs the heuristic when the model is too large, with the same rules kept', () => {
    const p = { ...anInstance({ seed: 41, items: 500, staff: 8, days: 20 }), maxLpColumns: 0 };
    const plan = planPhases(p, solve);
    expect(plan.method).toBe('heuristic');
    expect(violationsOf(p, plan)).toEqual([]);
  });

  it('keeps items in progress with their officer and counts work done before the start', () => {
    const p = anInstance({ seed: 51, items: 200, staff: 4, days: 15 });
    const item = p.items.find((i) => i.competent && !p.staff[1]!.fields.includes(i.field))!;
    const pinned = [{ itemId: item.id, staffId: p.staff[1]!.id }];
    const plan = planPhases({ ...p, pinned, doneBefore: 40 }, solve);
    expect(plan.assignments.find((a) => a.itemId === item.id)?.staffId).toBe(p.staff[1]!.id);
    expect(violationsOf({ ...p, pinned, doneBefore: 40 }, plan)).toEqual([]);
    expect(plan.milestones[0]!.target).toBe(Math.ceil(0.5 * (p.items.filter((i) => i.competent).length + 40)));
  });

  it('beats the greedy earliest-deadline baseline on a tight instance', () => {
    const p = anInstance({ seed: 61, items: 1500, staff: 10, days: 20 });
    const plan = planPhases(p, solve);
    const greedy = doneByMilestones(p, earliestDeadlinePlan(p));
    expect(violationsOf(p, { assignments: earliestDeadlinePlan(p), milestones: [] })).toEqual([]);
    expect(plan.milestones[0]!.planned).toBeGreaterThan(greedy[0]!);
  });
});

describe('sharing the work', () => {
  it('spreads items over officers with the same fields instead of loading one and idling the other', () => {
    const days = weekdays('2025-07-14', 30);
    const items: PlanItem[] = Array.from({ length: 24 }, (_, i) => ({
      id: `i${String(i).padStart(2, '0')}`,
      field: FIELDS[0]!,
      effort: 2,
      received: days[0]!,
      due: null,
      competent: true,
    }));
    const staff: PlanStaff[] = [
      { id: 'an', fields: [FIELDS[0]!], hoursPerDay: 4 },
      { id: 'binh', fields: [FIELDS[0]!, FIELDS[1]!], hoursPerDay: 4 },
      { id: 'chi', fields: [FIELDS[1]!], hoursPerDay: 4 },
    ];
    const p: PlanProblem = { items, staff, milestones: [{ date: days[29]!, share: 1 }], days };
    const plan = planPhases(p, solve);
    expect(violationsOf(p, plan)).toEqual([]);
    const per = (id: string) => plan.assignments.filter((a) => a.staffId === id).length;
    expect([per('an'), per('binh'), per('chi')]).toEqual([12, 12, 0]);
    // Two officers at 4 h/day finish 48 hours of work in 6 working days.
    expect(
      plan.assignments
        .map((a) => a.day)
        .sort()
        .at(-1),
    ).toBe(days[5]);
  });
});

describe('the independent validator', () => {
  const days = weekdays('2025-07-14', 5);
  const items: PlanItem[] = [
    { id: 'a', field: FIELDS[0]!, effort: 6, received: days[0]!, due: null, competent: true },
    { id: 'b', field: FIELDS[0]!, effort: 6, received: days[0]!, due: null, competent: true },
    { id: 'c', field: FIELDS[1]!, effort: 1, received: days[0]!, due: null, competent: false },
  ];
  const p: PlanProblem = {
    items,
    staff: [{ id: 's', fields: [FIELDS[0]!], hoursPerDay: 8 }],
    milestones: [{ date: days[4]!, share: 1 }],
    days,
  };
  const a = (itemId: string, day: number) => ({ itemId, staffId: 's', day: days[day]!, startDay: days[0]!, effort: 6 });
  it('catches overload, wrong field, out-of-competence items, double booking and miscounts', () => {
    expect(violationsOf(p, { assignments: [a('a', 0), a('b', 0)], milestones: [] }).join()).toMatch(/exceeds/);
    expect(violationsOf(p, { assignments: [a('a', 0), a('b', 1)], milestones: [] })).toEqual([]);
    expect(violationsOf(p, { assignments: [{ ...a('c', 1), effort: 1 }], milestones: [] }).join()).toMatch(
      /competence/,
    );
    expect(violationsOf(p, { assignments: [a('a', 1), a('a', 2)], milestones: [] }).join()).toMatch(/twice/);
    const counted = { assignments: [a('a', 1)], milestones: [{ date: days[4]!, target: 2, planned: 2 }] };
    expect(violationsOf(p, counted).join()).toMatch(/counted 1/);
  });
});

/**
 * The linear programs. Items are aggregated into classes (field × effort): items of a class are
 * interchangeable for capacity, so y[c,s,p] = how many items of class c officer s finishes in period p is an
 * exact LP relaxation of the item-level problem, with a few thousand columns instead of millions. Periods end
 * at the milestone checkpoints (and the horizon); capacity is cumulative per officer at every checkpoint.
 */
import { LpBuilder } from './lp-builder.ts';
import type { LpProblem, PlanItem, PlanStaff, Priority } from './model.ts';
import { cmp, priorityOrder } from './model.ts';

export interface ItemClass {
  readonly field: string;
  /** Largest effort in the class: planning with it never overloads an officer. */
  readonly planEffort: number;
  /** Smallest effort in the class: bounding with it never under-estimates what is possible. */
  readonly boundEffort: number;
  /** The class's items in priority order. */
  readonly items: PlanItem[];
  /** Indices of the officers who may take the class (field and hours > 0). */
  readonly staff: number[];
}

/** Distinct efforts per field become classes; beyond `maxPerField` distinct values, equal-count buckets. */
export function buildClasses(
  items: readonly PlanItem[],
  staff: readonly PlanStaff[],
  priority: Priority,
  maxPerField = 24,
): ItemClass[] {
  const byField = new Map<string, PlanItem[]>();
  for (const i of items) {
    const list = byField.get(i.field) ?? [];
    list.push(i);
    byField.set(i.field, list);
  }
  const order = priorityOrder(priority);
  const classes: ItemClass[] = [];
  for (const field of [...byField.keys()].sort(cmp)) {
    const list = byField.get(field)!.sort((a, b) => a.effort - b.effort || cmp(a.id, b.id));
    const who = staff.flatMap((s, idx) => (s.hoursPerDay > 0 && s.fields.includes(field) ? [idx] : []));
    const distinct = new Set(list.map((i) => i.effort)).size;
    const groups: PlanItem[][] = [];
    if (distinct <= maxPerField) {
      for (const i of list) {
        const last = groups.at(-1);
        if (last && last[0]!.effort === i.effort) last.push(i);
        else groups.push([i]);
      }
    } else {
      const size = Math.ceil(list.length / maxPerField);
      for (let k = 0; k < list.length; k += size) groups.push(list.slice(k, k + size));
    }
    for (const g of groups)
      classes.push({
        field,
        planEffort: g.at(-1)!.effort,
        boundEffort: g[0]!.effort,
        items: [...g].sort(order),
        staff: who,
      });
  }
  return classes;
}

export interface Frame {
  /** Planning days up to each checkpoint, ascending; the last one is the horizon. */
  readonly checkpoints: number[];
  /** Checkpoint index of each milestone (milestones sorted by date). */
  readonly milestoneAt: number[];
  /** Hours per day of each officer. */
  readonly hours: number[];
  /** Hours each officer already owes to pinned items (they come first in the queue). */
  readonly pinnedLoad: number[];
}

export const capacityAt = (frame: Frame, s: number, p: number) =>
  Math.max(0, frame.hours[s]! * frame.checkpoints[p]! - frame.pinnedLoad[s]!);

export interface Column {
  readonly c: number;
  readonly s: number;
  readonly p: number;
}

/** Weight of finishing in period p: one per milestone at or after it, and a little for the tail. */
function periodWeights(frame: Frame): number[] {
  return frame.checkpoints.map((_, p) => frame.milestoneAt.filter((m) => m >= p).length + 0.01);
}

/**
 * The plan: maximise items done summed over milestones; meeting each milestone (need[k] more items) is
 * enforced by a shortfall variable with a penalty larger than any gain elsewhere.
 */
export function planLp(classes: readonly ItemClass[], frame: Frame, need: readonly number[], timeLimitSec?: number) {
  const lp = new LpBuilder();
  const P = frame.checkpoints.length;
  const classRow = classes.map((c) => lp.row(0, c.items.length));
  const capRow = frame.hours.map((_, s) => frame.checkpoints.map((_, p) => lp.row(0, capacityAt(frame, s, p))));
  const mRow = need.map((n) => lp.row(n, Number.POSITIVE_INFINITY));
  const w = periodWeights(frame);
  const cols: Column[] = [];
  classes.forEach((cl, c) => {
    for (const s of cl.staff)
      for (let p = 0; p < P; p++) {
        const entries: [number, number][] = [[classRow[c]!, 1]];
        for (let q = p; q < P; q++) entries.push([capRow[s]![q]!, cl.planEffort]);
        need.forEach((_, k) => {
          if (frame.milestoneAt[k]! >= p) entries.push([mRow[k]!, 1]);
        });
        lp.column(w[p]!, 0, cl.items.length, entries);
        cols.push({ c, s, p });
      }
  });
  const penalty = 10 * (need.length + 1);
  need.forEach((_, k) => {
    lp.column(-penalty, 0, Number.POSITIVE_INFINITY, [[mRow[k]!, 1]]);
  });
  return { lp: lp.build(true, timeLimitSec), cols, shortfallCols: need.map((_, k) => cols.length + k) };
}

/** Upper bound of the items finishable within `days` planning days (smallest efforts, no pinning). */
export function countLp(
  classes: readonly ItemClass[],
  hours: readonly number[],
  days: number,
  effort: 'planEffort' | 'boundEffort',
): LpProblem {
  const lp = new LpBuilder();
  const classRow = classes.map((c) => lp.row(0, c.items.length));
  const capRow = hours.map((h) => lp.row(0, h * days));
  classes.forEach((cl, c) => {
    for (const s of cl.staff)
      lp.column(1, 0, cl.items.length, [
        [classRow[c]!, 1],
        [capRow[s]!, cl[effort]],
      ]);
  });
  return lp.build(true);
}

/**
 * The least extra capacity per field that meets every milestone: a virtual officer per field whose cumulative
 * hours V[f,p] are minimised. Returns the LP and where each field's V columns are.
 */
export function shortfallLp(classes: readonly ItemClass[], frame: Frame, need: readonly number[]) {
  const lp = new LpBuilder();
  const P = frame.checkpoints.length;
  const fields = [...new Set(classes.map((c) => c.field))].sort(cmp);
  const classRow = classes.map((c) => lp.row(0, c.items.length));
  const capRow = frame.hours.map((_, s) => frame.checkpoints.map((_, p) => lp.row(0, capacityAt(frame, s, p))));
  const virtRow = new Map(fields.map((f) => [f, frame.checkpoints.map(() => lp.row(Number.NEGATIVE_INFINITY, 0))]));
  const monoRow = new Map(
    fields.map((f) => [f, frame.checkpoints.slice(1).map(() => lp.row(0, Number.POSITIVE_INFINITY))]),
  );
  const mRow = need.map((n) => lp.row(n, Number.POSITIVE_INFINITY));
  const inMilestones = (p: number): [number, number][] =>
    need.flatMap((_, k) => (frame.milestoneAt[k]! >= p ? [[mRow[k]!, 1] as [number, number]] : []));
  classes.forEach((cl, c) => {
    for (let p = 0; p < P; p++) {
      for (const s of cl.staff) {
        const entries: [number, number][] = [[classRow[c]!, 1], ...inMilestones(p)];
        for (let q = p; q < P; q++) entries.push([capRow[s]![q]!, cl.planEffort]);
        lp.column(0, 0, cl.items.length, entries);
      }
      const entries: [number, number][] = [[classRow[c]!, 1], ...inMilestones(p)];
      for (let q = p; q < P; q++) entries.push([virtRow.get(cl.field)![q]!, cl.planEffort]);
      lp.column(0, 0, cl.items.length, entries);
    }
  });
  const lastMilestone = Math.max(...frame.milestoneAt);
  const vCols = new Map<string, number[]>();
  for (const f of fields) {
    const cols: number[] = [];
    for (let p = 0; p < P; p++) {
      const entries: [number, number][] = [[virtRow.get(f)![p]!, -1]];
      if (p > 0) entries.push([monoRow.get(f)![p - 1]!, 1]);
      if (p < P - 1) entries.push([monoRow.get(f)![p]!, -1]);
      // V grows monotonically; its value at the last milestone is the cost (plus a nudge to keep it tight).
      cols.push(lp.column(p === lastMilestone ? 1 : 1e-4, 0, Number.POSITIVE_INFINITY, entries));
    }
    vCols.set(f, cols);
  }
  return { lp: lp.build(false), fields, vCols };
}

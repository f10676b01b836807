/**
 * From period counts to a day-by-day schedule: whole items per (officer, period), a greedy fill of what is
 * left (smallest effort first: on one officer this maximises the items done by any date), then each officer's
 * queue is laid on the working days at their hours per day.
 */
import type { PlainDate } from '../../../../kernel/plain-date.ts';
import { capacityAt, type Frame, type ItemClass } from './formulation.ts';
import { type Assignment, cmp, EPS, type PlanItem, type PlanStaff, type Priority, priorityOrder } from './model.ts';

export interface Book {
  /** Per officer, per period: items (in the order they will be done). */
  readonly slots: PlanItem[][][];
  /** Per officer, per period: hours booked. */
  readonly load: number[][];
}

export function emptyBook(frame: Frame): Book {
  return {
    slots: frame.hours.map(() => frame.checkpoints.map(() => [])),
    load: frame.hours.map(() => frame.checkpoints.map(() => 0)),
  };
}

/** Hours officer s can still take in period p without breaking a later checkpoint. */
export function slackFrom(frame: Frame, book: Book, s: number, p: number): number {
  let booked = 0;
  let slack = Number.POSITIVE_INFINITY;
  for (let q = 0; q < frame.checkpoints.length; q++) {
    booked += book.load[s]![q]!;
    if (q >= p) slack = Math.min(slack, capacityAt(frame, s, q) - booked);
  }
  return slack;
}

function put(book: Book, s: number, p: number, item: PlanItem) {
  book.slots[s]![p]!.push(item);
  book.load[s]![p]! += item.effort;
}

/** Whole items from the LP's counts: floor each y, oldest (or simplest) items of a class to the earliest periods. */
export function roundLp(
  classes: readonly ItemClass[],
  cols: readonly { c: number; s: number; p: number }[],
  value: Float64Array,
  frame: Frame,
): { book: Book; left: PlanItem[] } {
  const book = emptyBook(frame);
  const byClass = classes.map(() => [] as { s: number; p: number; n: number }[]);
  cols.forEach((col, j) => {
    const n = Math.floor((value[j] ?? 0) + EPS);
    if (n > 0) byClass[col.c]!.push({ s: col.s, p: col.p, n });
  });
  const left: PlanItem[] = [];
  classes.forEach((cl, c) => {
    const takes = byClass[c]!.sort((a, b) => a.p - b.p || a.s - b.s);
    let next = 0;
    for (const t of takes)
      for (let k = 0; k < t.n && next < cl.items.length; k++) {
        const item = cl.items[next++]!;
        if (slackFrom(frame, book, t.s, t.p) + EPS >= item.effort) put(book, t.s, t.p, item);
        else left.push(item);
      }
    left.push(...cl.items.slice(next));
  });
  return { book, left };
}

/**
 * Fills remaining capacity period by period with the smallest remaining items, each to the qualified officer
 * with the most slack. Returns the items that fit nowhere.
 */
export function fillGreedy(
  items: readonly PlanItem[],
  staff: readonly PlanStaff[],
  frame: Frame,
  book: Book,
  priority: Priority,
): PlanItem[] {
  const order = priorityOrder(priority);
  let remaining = [...items].sort((a, b) => a.effort - b.effort || order(a, b));
  const who = new Map<string, number[]>();
  const staffFor = (field: string) => {
    let list = who.get(field);
    if (!list) {
      list = staff.flatMap((s, i) => (s.hoursPerDay > 0 && s.fields.includes(field) ? [i] : []));
      who.set(field, list);
    }
    return list;
  };
  for (let p = 0; p < frame.checkpoints.length && remaining.length > 0; p++) {
    const slack = frame.hours.map((_, s) => slackFrom(frame, book, s, p));
    const next: PlanItem[] = [];
    const fieldFull = new Map<string, number>(); // smallest effort that failed, per field
    for (const item of remaining) {
      const failed = fieldFull.get(item.field);
      if (failed !== undefined && item.effort >= failed) {
        next.push(item);
        continue;
      }
      let best = -1;
      for (const s of staffFor(item.field))
        if (slack[s]! + EPS >= item.effort && (best < 0 || slack[s]! > slack[best]! + EPS)) best = s;
      if (best < 0) {
        fieldFull.set(item.field, item.effort);
        next.push(item);
        continue;
      }
      put(book, best, p, item);
      slack[best]! -= item.effort;
    }
    remaining = next;
  }
  return remaining;
}

/**
 * Second chance for items the fill left out: make room on a qualified officer by moving one of their items
 * (same or earlier period) to another officer who has the room. Bounded work: at most `maxItems` items tried.
 */
export function repairByMoves(
  left: readonly PlanItem[],
  staff: readonly PlanStaff[],
  frame: Frame,
  book: Book,
  maxItems = 500,
): PlanItem[] {
  const out: PlanItem[] = [];
  const qualified = (field: string) =>
    staff.flatMap((s, i) => (s.hoursPerDay > 0 && s.fields.includes(field) ? [i] : []));
  const sorted = [...left].sort((a, b) => a.effort - b.effort || cmp(a.id, b.id));
  const failed = new Map<string, number>(); // smallest effort that found no room, per field
  let tried = 0;
  for (const item of sorted) {
    const f = failed.get(item.field);
    if ((f !== undefined && item.effort >= f) || tried++ >= maxItems) out.push(item);
    else if (!placeWithMove(item, qualified, frame, book)) {
      failed.set(item.field, item.effort);
      out.push(item);
    }
  }
  return out;
}

function placeWithMove(item: PlanItem, qualified: (f: string) => number[], frame: Frame, book: Book): boolean {
  const P = frame.checkpoints.length;
  for (let p = 0; p < P; p++)
    for (const s of qualified(item.field)) {
      const deficit = item.effort - slackFrom(frame, book, s, p);
      if (deficit <= EPS) {
        put(book, s, p, item);
        return true;
      }
      for (let q = 0; q <= p; q++) {
        const slot = book.slots[s]![q]!;
        for (let k = 0; k < slot.length; k++) {
          const other = slot[k]!;
          if (other.effort + EPS < deficit) continue;
          const to = qualified(other.field).find((t) => t !== s && slackFrom(frame, book, t, q) + EPS >= other.effort);
          if (to === undefined) continue;
          slot.splice(k, 1);
          book.load[s]![q]! -= other.effort;
          put(book, to, q, other);
          if (slackFrom(frame, book, s, p) + EPS >= item.effort) {
            put(book, s, p, item);
            return true;
          }
          return false;
        }
      }
    }
  return false;
}

/** Lays each officer's queue (pinned items, then period by period in priority order) on the working days. */
export function layOut(
  book: Book,
  staff: readonly PlanStaff[],
  days: readonly PlainDate[],
  pinned: readonly PlanItem[][],
  priority: Priority,
): Assignment[] {
  const order = priorityOrder(priority);
  const out: Assignment[] = [];
  staff.forEach((officer, s) => {
    const h = officer.hoursPerDay;
    if (h <= 0) return;
    const queue = [...(pinned[s] ?? []), ...book.slots[s]!.flatMap((items) => [...items].sort(order))];
    let hours = 0;
    for (const item of queue) {
      const startIdx = Math.floor(hours / h + EPS);
      hours += item.effort;
      const endIdx = Math.max(startIdx, Math.ceil(hours / h - EPS) - 1);
      if (endIdx >= days.length) break;
      out.push({
        itemId: item.id,
        staffId: officer.id,
        day: days[endIdx]!,
        startDay: days[Math.min(startIdx, endIdx)]!,
        effort: item.effort,
      });
    }
  });
  return out.sort((a, b) => cmp(a.day, b.day) || cmp(a.staffId, b.staffId) || cmp(a.itemId, b.itemId));
}

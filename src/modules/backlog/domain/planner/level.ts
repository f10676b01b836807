/**
 * Evening out the work: the LP is indifferent to who does an item as long as capacity and skills allow, so its
 * vertex often gives one officer everything while a colleague with the same fields idles. Period by period, the
 * items booked there are dealt again, hardest to place first (fewest qualified officers, then largest effort), each
 * to the qualified officer who would finish that period's work earliest. Items keep their period, so every
 * milestone count is unchanged; slackFrom keeps every later checkpoint within capacity. When a period cannot be
 * dealt completely the LP's booking of it is kept as it was.
 */
import type { Frame } from './formulation.ts';
import { cmp, EPS, type PlanStaff } from './model.ts';
import { type Book, slackFrom } from './schedule.ts';

export function levelLoad(staff: readonly PlanStaff[], frame: Frame, book: Book): void {
  const qualified = new Map<string, number[]>();
  const staffFor = (field: string) => {
    let list = qualified.get(field);
    if (!list) {
      list = staff.flatMap((s, i) => (s.hoursPerDay > 0 && s.fields.includes(field) ? [i] : []));
      qualified.set(field, list);
    }
    return list;
  };
  for (let p = 0; p < frame.checkpoints.length; p++) {
    const before = book.slots.map((periods) => periods[p]!);
    const items = before
      .flat()
      .sort((a, b) => staffFor(a.field).length - staffFor(b.field).length || b.effort - a.effort || cmp(a.id, b.id));
    if (items.length === 0) continue;
    const loadBefore = book.load.map((periods) => periods[p]!);
    book.slots.forEach((periods, s) => {
      periods[p] = [];
      book.load[s]![p] = 0;
    });
    // Hours each officer has booked up to the end of period p (pinned work first), in days at their pace.
    const booked = frame.hours.map((h, s) => {
      let hours = frame.pinnedLoad[s]!;
      for (let q = 0; q <= p; q++) hours += book.load[s]![q]!;
      return { hours, h };
    });
    let dealt = true;
    for (const item of items) {
      let best = -1;
      let bestFinish = Number.POSITIVE_INFINITY;
      for (const s of staffFor(item.field)) {
        if (slackFrom(frame, book, s, p) + EPS < item.effort) continue;
        const finish = (booked[s]!.hours + item.effort) / booked[s]!.h;
        if (finish < bestFinish - EPS) [best, bestFinish] = [s, finish];
      }
      if (best < 0) {
        dealt = false;
        break;
      }
      book.slots[best]![p]!.push(item);
      book.load[best]![p]! += item.effort;
      booked[best]!.hours += item.effort;
    }
    if (!dealt)
      book.slots.forEach((periods, s) => {
        periods[p] = before[s]!;
        book.load[s]![p] = loadBefore[s]!;
      });
  }
}

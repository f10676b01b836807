/**
 * Burn-down arithmetic, pure: remaining items at the end of each week per group, the weekly net reduction
 * (closed − newly discovered), and a completion forecast from recent weekly throughput with a band of one
 * standard deviation either side.
 */
import { addDays, dayOfWeek, type PlainDate } from '../../../kernel/plain-date.ts';

export interface TrackedItem {
  readonly group: string;
  readonly discoveredOn: PlainDate;
  /** Local date it left the backlog (done, cancelled, transferred), if it did. */
  readonly closedOn: PlainDate | null;
}

export const laterOf = (a: PlainDate, b: PlainDate): PlainDate => (a < b ? b : a);
export const earlierOf = (a: PlainDate, b: PlainDate): PlainDate => (a < b ? a : b);

export const mondayOf = (d: PlainDate): PlainDate => addDays(d, -((dayOfWeek(d) + 6) % 7));

/** Week ends (Sundays) from the week of `from` through the week of `to`. */
export function weekEnds(from: PlainDate, to: PlainDate): PlainDate[] {
  const out: PlainDate[] = [];
  for (let d = addDays(mondayOf(from), 6); d < addDays(mondayOf(to), 7); d = addDays(d, 7)) out.push(d);
  return out;
}

export function remainingAt(items: readonly TrackedItem[], date: PlainDate): number {
  let n = 0;
  for (const i of items) if (i.discoveredOn <= date && (i.closedOn === null || i.closedOn > date)) n++;
  return n;
}

export function burndownSeries(items: readonly TrackedItem[], ends: readonly PlainDate[]) {
  const groups = [...new Set(items.map((i) => i.group))].sort();
  return groups.map((group) => {
    const mine = items.filter((i) => i.group === group);
    return { group, points: ends.map((date) => ({ date, remaining: remainingAt(mine, date) })) };
  });
}

export function weeklyNet(items: readonly TrackedItem[], ends: readonly PlainDate[]) {
  return ends.map((end) => {
    const start = addDays(end, -6);
    const inWeek = (d: PlainDate | null) => d !== null && d >= start && d <= end;
    const closed = items.filter((i) => inWeek(i.closedOn)).length;
    const discovered = items.filter((i) => inWeek(i.discoveredOn)).length;
    return { weekStart: start, closed, discovered, netReduction: closed - discovered };
  });
}

export interface Throughput {
  mean: number;
  sd: number;
  weeks: number;
}

/** Mean and sample standard deviation of items closed per week over the last `window` full weeks. */
export function throughputOf(weekly: readonly { closed: number }[], window = 4): Throughput {
  const recent = weekly.slice(-window);
  const n = recent.length;
  if (n === 0) return { mean: 0, sd: 0, weeks: 0 };
  const mean = recent.reduce((a, w) => a + w.closed, 0) / n;
  const sd = n > 1 ? Math.sqrt(recent.reduce((a, w) => a + (w.closed - mean) ** 2, 0) / (n - 1)) : 0;
  return { mean, sd, weeks: n };
}

/** Working days needed at a weekly rate (5 working days a week); null when the rate cannot finish. */
export function workingDaysToFinish(remaining: number, perWeek: number): number | null {
  if (remaining <= 0) return 0;
  if (perWeek <= 1e-9) return null;
  return Math.ceil((remaining / perWeek) * 5);
}

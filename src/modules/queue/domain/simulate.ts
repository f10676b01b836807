/**
 * Deterministic discrete-event simulation of a counter hall. Pooled: every counter serves everyone, the
 * counter free longest takes the best waiting citizen (priority first, then arrival, then file line).
 * Dedicated: each group has its own counters and its own queue. Waits are exact; no randomness.
 */
import type { Arrival } from './arrivals-csv.ts';
import { round2 } from './time.ts';

export type Staffing = { counters: number } | { countersByGroup: Record<string, number> };

export interface SimulationSummary {
  served: number;
  meanWaitMinutes: number;
  p90WaitMinutes: number;
  maxWaitMinutes: number;
  /** Share of citizens who waited at most N minutes, keyed by N. */
  withinTarget: Record<string, number>;
}

export interface SimulationRun extends SimulationSummary {
  /** Wait in minutes per CSV line. */
  waitsByLine: Map<number, number>;
}

export class SimulationSetupError extends Error {}

export function simulate(arrivals: readonly Arrival[], staffing: Staffing, targetMinutes: readonly number[] = [15]) {
  const waits = new Map<number, number>();
  if ('counters' in staffing) {
    if (!Number.isInteger(staffing.counters) || staffing.counters < 1)
      throw new SimulationSetupError('counters must be a whole number of at least 1');
    simulatePool(arrivals, staffing.counters, waits);
  } else {
    const byGroup = new Map<string, Arrival[]>();
    for (const a of arrivals) byGroup.set(a.group, [...(byGroup.get(a.group) ?? []), a]);
    const missing = [...byGroup.keys()].filter((g) => !((staffing.countersByGroup[g] ?? 0) >= 1));
    if (missing.length > 0) throw new SimulationSetupError(`no counters for group(s) ${missing.sort().join(', ')}`);
    for (const [group, list] of byGroup) simulatePool(list, staffing.countersByGroup[group] as number, waits);
  }
  return { ...summarise([...waits.values()], targetMinutes), waitsByLine: waits } satisfies SimulationRun;
}

function better(a: Arrival, b: Arrival): boolean {
  if (a.priority !== b.priority) return a.priority;
  if (a.at !== b.at) return a.at < b.at;
  return a.line < b.line;
}

function simulatePool(arrivals: readonly Arrival[], counters: number, waits: Map<number, number>): void {
  const pending = [...arrivals].sort((a, b) => a.at - b.at || a.line - b.line);
  const freeAt: number[] = new Array(counters).fill(Number.NEGATIVE_INFINITY);
  const queue = new Heap<Arrival>(better);
  let next = 0;
  let now = Number.NEGATIVE_INFINITY;
  while (next < pending.length || queue.size > 0) {
    let s = 0;
    for (let i = 1; i < counters; i++) if ((freeAt[i] as number) < (freeAt[s] as number)) s = i;
    now = Math.max(now, freeAt[s] as number);
    if (queue.size === 0 && next < pending.length) now = Math.max(now, (pending[next] as Arrival).at);
    while (next < pending.length && (pending[next] as Arrival).at <= now) queue.push(pending[next++] as Arrival);
    const citizen = queue.pop() as Arrival;
    waits.set(citizen.line, (now - citizen.at) / 60_000);
    freeAt[s] = now + citizen.serviceMinutes * 60_000;
  }
}

export function summarise(waits: readonly number[], targetMinutes: readonly number[]): SimulationSummary {
  const sorted = [...waits].sort((a, b) => a - b);
  const n = sorted.length;
  const mean = n ? sorted.reduce((s, w) => s + w, 0) / n : 0;
  const p90 = n ? (sorted[Math.ceil(0.9 * n) - 1] as number) : 0;
  const withinTarget: Record<string, number> = {};
  for (const t of targetMinutes)
    withinTarget[String(t)] = n ? round2(sorted.filter((w) => w <= t + 1e-9).length / n) : 1;
  return {
    served: n,
    meanWaitMinutes: round2(mean),
    p90WaitMinutes: round2(p90),
    maxWaitMinutes: round2(n ? (sorted[n - 1] as number) : 0),
    withinTarget,
  };
}

/** A binary heap; `before(a, b)` says a comes out first. */
class Heap<T> {
  private readonly items: T[] = [];
  private readonly before: (a: T, b: T) => boolean;
  constructor(before: (a: T, b: T) => boolean) {
    this.before = before;
  }
  get size(): number {
    return this.items.length;
  }
  push(item: T): void {
    const h = this.items;
    h.push(item);
    let i = h.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.before(h[i] as T, h[p] as T)) break;
      [h[i], h[p]] = [h[p] as T, h[i] as T];
      i = p;
    }
  }
  pop(): T | undefined {
    const h = this.items;
    const top = h[0];
    const last = h.pop();
    if (h.length > 0 && last !== undefined) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && this.before(h[l] as T, h[m] as T)) m = l;
        if (r < h.length && this.before(h[r] as T, h[m] as T)) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m] as T, h[i] as T];
        i = m;
      }
    }
    return top;
  }
}

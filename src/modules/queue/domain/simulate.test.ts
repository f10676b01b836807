/** Hand-computed traces for the simulator (times in minutes after 08:00 +07:00). */
import { describe, expect, it } from 'vitest';
import { type Arrival, parseArrivalsCsv } from './arrivals-csv.ts';
import { SimulationSetupError, simulate } from './simulate.ts';

function trace(rows: Array<[minute: number, group: string, service: number, priority?: boolean]>): Arrival[] {
  const base = Date.parse('2026-03-02T08:00:00+07:00');
  return rows.map(([m, group, serviceMinutes, priority], i) => ({
    line: i + 2,
    at: base + m * 60_000,
    group,
    serviceMinutes,
    priority: priority ?? false,
  }));
}
const waits = (run: ReturnType<typeof simulate>) =>
  [...run.waitsByLine.entries()].sort((a, b) => a[0] - b[0]).map((e) => e[1]);

describe('simulate', () => {
  it('pooled, 2 counters: three at once and one 5 minutes later', () => {
    // 08:00 L2, L3 start at once; L4 waits for the first free counter at 08:10; L5 (08:05) starts 08:10 too.
    const run = simulate(
      trace([
        [0, 'A', 10],
        [0, 'A', 10],
        [0, 'A', 10],
        [5, 'A', 10],
      ]),
      { counters: 2 },
      [5, 15],
    );
    expect(waits(run)).toEqual([0, 0, 10, 5]);
    expect(run).toMatchObject({
      served: 4,
      meanWaitMinutes: 3.75,
      p90WaitMinutes: 10,
      maxWaitMinutes: 10,
      withinTarget: { '5': 0.75, '15': 1 },
    });
  });

  it('serves priority first among those waiting, but never interrupts a service', () => {
    // One counter: L2 at 0 (10 min); L3 walk-in at 1; L4 priority at 2 → L4 at 10 (waited 8), L3 at 15 (waited 14).
    const run = simulate(
      trace([
        [0, 'A', 10],
        [1, 'A', 5],
        [2, 'A', 5, true],
      ]),
      { counters: 1 },
    );
    expect(waits(run)).toEqual([0, 14, 8]);
    expect(run.meanWaitMinutes).toBe(7.33);
  });

  it('lets a counter idle until the next arrival and never serves someone before they arrive', () => {
    const run = simulate(
      trace([
        [0, 'A', 30],
        [0, 'A', 1],
        [10, 'A', 1],
        [10, 'A', 1],
        [40, 'A', 1],
      ]),
      { counters: 2 },
    );
    // c1 busy 0–30; c2 serves L3 0–1, idles, L4 10–11, L5 11–12 (waited 1); L6 at 40 finds both free.
    expect(waits(run)).toEqual([0, 0, 0, 1, 0]);
  });

  it('dedicated counters per group wait longer than the same counters pooled', () => {
    const arrivals = trace([
      [0, 'A', 10],
      [0, 'A', 10],
      [5, 'B', 10],
    ]);
    const split = simulate(arrivals, { countersByGroup: { A: 1, B: 1 } });
    expect(waits(split)).toEqual([0, 10, 0]);
    const pooled = simulate(arrivals, { counters: 2 });
    expect(waits(pooled)).toEqual([0, 0, 5]);
    expect(pooled.meanWaitMinutes).toBeLessThan(split.meanWaitMinutes);
  });

  it('refuses a group without counters', () => {
    expect(() => simulate(trace([[0, 'C', 5]]), { countersByGroup: { A: 4, B: 4 } })).toThrow(SimulationSetupError);
  });

  it('is deterministic: the same file gives the same answer', () => {
    const csv =
      'arrival,group,service_minutes,priority\n2026-03-02T08:00:00+07:00,A,7,\n2026-03-02T08:00:00+07:00,A,3,elderly\n';
    const parsed = parseArrivalsCsv(csv);
    if (!parsed.ok) throw new Error('parse');
    const a = simulate(parsed.arrivals, { counters: 1 });
    const b = simulate(parsed.arrivals, { counters: 1 });
    expect(waits(a)).toEqual([3, 0]);
    expect(waits(b)).toEqual(waits(a));
  });
});

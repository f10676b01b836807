import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArrivalsCsv } from './arrivals-csv.ts';
import { erlangC, performance, recommendCounters, staffingByHourOfWeek } from './erlang.ts';
import { simulate } from './simulate.ts';

const load = { arrivalsPerHour: 40, serviceMinutes: 10 };

describe('Erlang C', () => {
  it('matches a value computed by hand: c = 3, a = 2 Erlang → P(wait) = 4/9', () => {
    expect(erlangC(3, 2)).toBeCloseTo(4 / 9, 12);
    expect(erlangC(1, 0.5)).toBeCloseTo(0.5, 12); // M/M/1: P(wait) = ρ
  });

  it('reproduces the DOMAIN.md §8 table: 40 arrivals/h, 10 min service', () => {
    expect(performance(load, 7, 15).meanWaitMinutes).toBeCloseTo(25.8, 1); // "7 counters give a 26 min mean wait"
    expect(performance(load, 8, 15).meanWaitMinutes).toBeCloseTo(4.0, 1); // "8 give 4 min"
    const split = performance({ arrivalsPerHour: 20, serviceMinutes: 10 }, 4, 15);
    expect(split.meanWaitMinutes).toBeCloseTo(9.9, 1); // "4 + 4 split: 9.9 min"
    expect(performance(load, 6, 15).meanWaitMinutes).toBe(Infinity); // a = 6.67 > 6: the queue grows without end
  });

  it('recommends the least number of counters meeting the target', () => {
    const r = recommendCounters(load, { targetPercent: 90, targetMinutes: 15 });
    expect(r.counters).toBe(8);
    expect(r.serviceLevel).toBeCloseTo(0.928, 3);
    expect(
      recommendCounters({ arrivalsPerHour: 0, serviceMinutes: 10 }, { targetPercent: 90, targetMinutes: 15 }).counters,
    ).toBe(0);
  });

  it('property: the recommendation meets the target and one counter fewer does not', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.5, max: 200, noNaN: true }),
        fc.double({ min: 1, max: 60, noNaN: true }),
        fc.integer({ min: 50, max: 99 }),
        fc.integer({ min: 1, max: 60 }),
        (arrivalsPerHour, serviceMinutes, targetPercent, targetMinutes) => {
          const l = { arrivalsPerHour, serviceMinutes };
          const r = recommendCounters(l, { targetPercent, targetMinutes });
          expect(r.serviceLevel * 100).toBeGreaterThanOrEqual(targetPercent);
          expect(performance(l, r.counters - 1, targetMinutes).serviceLevel * 100).toBeLessThan(targetPercent);
          expect(performance(l, r.counters + 1, targetMinutes).meanWaitMinutes).toBeLessThanOrEqual(r.meanWaitMinutes);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('turns counted arrivals per hour of the week into counters per hour', () => {
    const rows = staffingByHourOfWeek(
      [
        { dayOfWeek: 1, hour: 8, count: 160 },
        { dayOfWeek: 1, hour: 7, count: 0 },
      ],
      4,
      10,
      { targetPercent: 90, targetMinutes: 15 },
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ dayOfWeek: 1, hour: 8, arrivalsPerHour: 40, counters: 8 });
  });

  it('agrees with the simulator on a long seeded Poisson run (M/M/8, 40/h, 10 min)', () => {
    let seed = 20_260_302;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return (seed + 0.5) / 2 ** 31;
    };
    const lines = ['arrival,group,service_minutes'];
    let at = Date.parse('2026-03-02T00:00:00Z');
    for (let i = 0; i < 60_000; i++) {
      at += (-Math.log(random()) / 40) * 3_600_000;
      lines.push(`${new Date(Math.round(at)).toISOString()},A,${(-Math.log(random()) * 10).toFixed(4)}`);
    }
    const parsed = parseArrivalsCsv(lines.join('\n'));
    if (!parsed.ok) throw new Error('bad trace');
    const run = simulate(parsed.arrivals, { counters: 8 }, [15]);
    expect(run.meanWaitMinutes).toBeGreaterThan(3.2);
    expect(run.meanWaitMinutes).toBeLessThan(4.8);
    expect(run.withinTarget['15']).toBeGreaterThan(0.9);
  });
});

/**
 * What the `motcua queue …` commands print with --json. The CLI (src/cli) parses flags with commander
 * (values may arrive as strings) and calls these; they return plain JSON-able values and throw coded
 * QUEUE_* errors for bad input.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { SimulationResult, StaffingResult } from './contracts.ts';
import { parseArrivalsCsv } from './domain/arrivals-csv.ts';
import { recommendCounters } from './domain/erlang.ts';
import { SimulationSetupError, simulate } from './domain/simulate.ts';
import { round1, round2 } from './domain/time.ts';
import { queueError } from './queue.errors.ts';

export const StaffingCommandOptions = z.strictObject({
  arrivalsPerHour: z.coerce.number().min(0).max(100_000),
  serviceMinutes: z.coerce
    .number()
    .positive()
    .max(24 * 60),
  targetPercent: z.coerce.number().gt(0).lt(100).default(90),
  targetMinutes: z.coerce
    .number()
    .min(0)
    .max(24 * 60)
    .default(15),
});
export type StaffingCommandOptions = z.input<typeof StaffingCommandOptions>;

/**
 * `motcua queue staffing --arrivals-per-hour 40 --service-minutes 10 --target-percent 90 --target-minutes 15 --json`
 * → {"counters":8,"serviceLevel":0.93,"meanWaitMinutes":4}: the least counters meeting the target (Erlang C).
 */
export function queueStaffingCommand(opts: StaffingCommandOptions): StaffingResult {
  const parsed = StaffingCommandOptions.safeParse(opts);
  if (!parsed.success) throw queueError('QUEUE_STAFFING_INVALID', { issues: parsed.error.issues });
  const o = parsed.data;
  const p = recommendCounters(
    { arrivalsPerHour: o.arrivalsPerHour, serviceMinutes: o.serviceMinutes },
    { targetPercent: o.targetPercent, targetMinutes: o.targetMinutes },
  );
  return { counters: p.counters, serviceLevel: round2(p.serviceLevel), meanWaitMinutes: round1(p.meanWaitMinutes) };
}

const CountersByGroup = z
  .string()
  .regex(/^\s*[A-Za-z0-9_-]+\s*=\s*\d+\s*(,\s*[A-Za-z0-9_-]+\s*=\s*\d+\s*)*$/, 'like A=4,B=4')
  .transform((s) =>
    Object.fromEntries(
      s.split(',').map((pair) => {
        const [g, n] = pair.split('=').map((x) => x.trim()) as [string, string];
        return [g.toUpperCase(), Number(n)];
      }),
    ),
  );
const TargetMinutes = z
  .union([z.number(), z.string(), z.array(z.union([z.number(), z.string()]))])
  .transform((v) => (Array.isArray(v) ? v : String(v).split(',')).map((x) => Number(String(x).trim())))
  .pipe(
    z
      .array(
        z
          .number()
          .min(0)
          .max(24 * 60),
      )
      .min(1)
      .max(10),
  );

export const SimulateCommandOptions = z
  .strictObject({
    counters: z.coerce.number().int().min(1).max(1000).optional(),
    countersByGroup: z.union([CountersByGroup, z.record(z.string(), z.number().int().min(0).max(1000))]).optional(),
    targetMinutes: TargetMinutes.default([15]),
  })
  .refine((o) => (o.counters === undefined) !== (o.countersByGroup === undefined), {
    message: 'give exactly one of --counters or --counters-by-group',
  });
export type SimulateCommandOptions = z.input<typeof SimulateCommandOptions>;

/**
 * `motcua queue simulate --arrivals FILE.csv --counters 8 [--counters-by-group A=4,B=4] [--target-minutes 15,30] --json`
 * → {"served":N,"meanWaitMinutes":…,"p90WaitMinutes":…,"maxWaitMinutes":…,"withinTarget":{"15":0.93}}.
 */
export async function queueSimulateCommand(csvPath: string, opts: SimulateCommandOptions): Promise<SimulationResult> {
  return simulateArrivalsCsv(await readFile(csvPath, 'utf8'), opts);
}

/** The same on CSV text (tests, uploads). */
export function simulateArrivalsCsv(csv: string, opts: SimulateCommandOptions): SimulationResult {
  const parsed = SimulateCommandOptions.safeParse(opts);
  if (!parsed.success) throw queueError('QUEUE_SIMULATION_INVALID', { issues: parsed.error.issues });
  const arrivals = parseArrivalsCsv(csv);
  if (!arrivals.ok) throw queueError('QUEUE_CSV_INVALID', { problems: arrivals.problems });
  const o = parsed.data;
  try {
    const run = simulate(
      arrivals.arrivals,
      o.counters !== undefined ? { counters: o.counters } : { countersByGroup: o.countersByGroup ?? {} },
      o.targetMinutes,
    );
    return {
      served: run.served,
      meanWaitMinutes: run.meanWaitMinutes,
      p90WaitMinutes: run.p90WaitMinutes,
      maxWaitMinutes: run.maxWaitMinutes,
      withinTarget: run.withinTarget,
    };
  } catch (e) {
    if (e instanceof SimulationSetupError) throw queueError('QUEUE_SIMULATION_INVALID', { reason: e.message });
    throw e;
  }
}

/**
 * Staffing by Erlang C (M/M/c): Poisson arrivals, exponential service, c pooled counters, FIFO.
 * Pure functions; `recommendCounters` is what `motcua queue staffing` prints.
 */

export interface QueueLoad {
  /** λ: citizens arriving per hour. */
  arrivalsPerHour: number;
  /** 1/μ: mean service time in minutes. */
  serviceMinutes: number;
}

export interface ServiceTarget {
  /** e.g. 90: at least this share of citizens… */
  targetPercent: number;
  /** …wait at most this many minutes. */
  targetMinutes: number;
}

export interface CounterPerformance {
  counters: number;
  /** P(wait ≤ target), 0…1. */
  serviceLevel: number;
  /** Mean time in queue (Wq), minutes; Infinity when the load is not sustainable. */
  meanWaitMinutes: number;
  /** Probability that an arrival has to wait at all. */
  probabilityOfWaiting: number;
}

/** Offered load a = λ/μ in Erlangs. */
export function offeredLoad({ arrivalsPerHour, serviceMinutes }: QueueLoad): number {
  return (arrivalsPerHour * serviceMinutes) / 60;
}

/** Erlang C: probability of waiting with c counters and offered load a (numerically stable via Erlang B). */
export function erlangC(counters: number, load: number): number {
  if (load <= 0) return 0;
  if (counters <= load) return 1;
  let b = 1;
  for (let k = 1; k <= counters; k++) b = (load * b) / (k + load * b);
  return (counters * b) / (counters - load * (1 - b));
}

export function performance(load: QueueLoad, counters: number, targetMinutes: number): CounterPerformance {
  const a = offeredLoad(load);
  if (a === 0) return { counters, serviceLevel: 1, meanWaitMinutes: 0, probabilityOfWaiting: 0 };
  if (counters <= a) return { counters, serviceLevel: 0, meanWaitMinutes: Infinity, probabilityOfWaiting: 1 };
  const pw = erlangC(counters, a);
  const mu = 60 / load.serviceMinutes; // per hour
  const drain = counters * mu - load.arrivalsPerHour; // per hour
  const meanWaitMinutes = (pw / drain) * 60;
  const serviceLevel = 1 - pw * Math.exp((-drain * targetMinutes) / 60);
  return { counters, serviceLevel, meanWaitMinutes, probabilityOfWaiting: pw };
}

/** The least number of counters whose service level meets the target (0 when nobody arrives). */
export function recommendCounters(load: QueueLoad, target: ServiceTarget, maxCounters = 1000): CounterPerformance {
  const a = offeredLoad(load);
  if (a === 0) return performance(load, 0, target.targetMinutes);
  for (let c = Math.max(1, Math.floor(a) + 1); c <= maxCounters; c++) {
    const p = performance(load, c, target.targetMinutes);
    if (p.serviceLevel * 100 >= target.targetPercent) return p;
  }
  return performance(load, maxCounters, target.targetMinutes);
}

export interface HourOfWeekArrivals {
  /** 0 = Sunday … 6 = Saturday (local time). */
  dayOfWeek: number;
  hour: number;
  /** Arrivals counted in that hour over all `weeks`. */
  count: number;
}

/** Counters needed per hour of the week from counted arrivals over `weeks` weeks (hours without arrivals omitted). */
export function staffingByHourOfWeek(
  counts: readonly HourOfWeekArrivals[],
  weeks: number,
  serviceMinutes: number,
  target: ServiceTarget,
) {
  return counts
    .filter((c) => c.count > 0)
    .sort((a, b) => a.dayOfWeek - b.dayOfWeek || a.hour - b.hour)
    .map((c) => {
      const arrivalsPerHour = c.count / weeks;
      const p = recommendCounters({ arrivalsPerHour, serviceMinutes }, target);
      return { dayOfWeek: c.dayOfWeek, hour: c.hour, arrivalsPerHour, ...p };
    });
}

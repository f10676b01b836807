/**
 * A made-up but realistic queue history for the demo ward, so the staffing view, the reports and the
 * satisfaction figures have something to show on a fresh start. Pure and deterministic: each date has its own
 * seeded generator (no Math.random), so a date always gets the same citizens whatever the window around it.
 * Arrivals follow the hour (morning peak 8–10 h, a smaller one 14–15 h) and the weekday; a small simulation of
 * the counters and their work profiles (groups in call order, as call-next does) decides who is called when,
 * and every action goes through the workflow table (domain/ticket-state.ts), so each log replays to its status.
 * Times are whole epoch seconds.
 */
import { addDays, dayOfWeek, type PlainDate } from '../../../kernel/plain-date.ts';
import { receivingIntervals, type WorkCalendar } from '../../calendar/index.ts';
import type { PriorityCategory, RatingScore, TicketChannel } from '../contracts.ts';
import { startOfLocalDay } from '../domain/time.ts';
import { normal, pick, poisson, seededRandom, uniform } from './demo-random.ts';
import { act, closed, type Draft, type HistoryTicket, issued } from './demo-ticket-draft.ts';

export type { HistoryAction, HistoryPeriod, HistoryTicket } from './demo-ticket-draft.ts';

export const HISTORY_WEEKS = 8;
/** Arrivals per hour on an ordinary day, by local hour (7 h counts from opening at 7:30: the morning rush). */
export const ARRIVALS_PER_HOUR: Readonly<Record<number, number>> = {
  7: 24,
  8: 30,
  9: 32,
  10: 24,
  11: 14,
  12: 6,
  13: 11,
  14: 22,
  15: 18,
  16: 11,
};
const OTHER_HOURS = 6;
/** By day of week (0 = Sunday): Monday is the busiest day, Saturday mornings the quietest. */
const WEEKDAY_FACTOR = [0.5, 1.25, 1.05, 0.95, 1, 0.9, 0.6];
/** Share of arrivals and mean service minutes by group letter; other letters get a small share and 10 min. */
const GROUP_PROFILE: Readonly<Record<string, { share: number; serviceMinutes: number }>> = {
  A: { share: 0.42, serviceMinutes: 8 },
  B: { share: 0.16, serviceMinutes: 15 },
  C: { share: 0.1, serviceMinutes: 12 },
  D: { share: 0.12, serviceMinutes: 11 },
  E: { share: 0.2, serviceMinutes: 9 },
};
const OTHER_GROUP = { share: 0.05, serviceMinutes: 10 };
/** Arrivals stop this many minutes before closing; counters keep calling up to this many minutes after. */
const LAST_ARRIVAL_MINUTES = 10;
const OVERTIME_MINUTES = 45;
const PRIORITIES: ReadonlyArray<[PriorityCategory, number]> = [
  ['elderly', 0.5],
  ['child_under_6', 0.2],
  ['pregnant', 0.1],
  ['disability', 0.1],
  ['merit', 0.1],
];
const CHANNELS: ReadonlyArray<[TicketChannel, number]> = [
  ['kiosk', 0.8],
  ['robot', 0.12],
  ['staff', 0.08],
];
const SCORES: ReadonlyArray<RatingScore> = ['very_satisfied', 'satisfied', 'neutral', 'dissatisfied'];

export interface OpenDay {
  date: PlainDate;
  /** Receiving hours, minutes since local midnight, [start, end). */
  intervals: ReadonlyArray<{ start: number; end: number }>;
}
export interface HistoryCounter {
  number: number;
  /** Group letters it serves, in the order call-next looks at them. */
  groups: readonly string[];
  /** Hours it is staffed (minutes since local midnight), within the receiving hours; default: all of them. */
  hours?: ReadonlyArray<{ start: number; end: number }>;
}
/** A counter staffed from `startedAt` to `endedAt` (sign-in and sign-out). */
export interface HistoryShift {
  date: PlainDate;
  counter: number;
  startedAt: number;
  endedAt: number;
}

/** The days the center received citizens in the `weeks` weeks before `today` (today excluded), with their hours. */
export function openDaysBefore(calendar: WorkCalendar, today: PlainDate, weeks = HISTORY_WEEKS): OpenDay[] {
  const days: OpenDay[] = [];
  for (let back = weeks * 7; back >= 1; back--) {
    const date = addDays(today, -back);
    const intervals = receivingIntervals(calendar, date);
    if (intervals.length > 0) days.push({ date, intervals });
  }
  return days;
}

export function generateDemoHistory(
  days: readonly OpenDay[],
  counters: readonly HistoryCounter[],
): { tickets: HistoryTicket[]; shifts: HistoryShift[] } {
  const tickets: HistoryTicket[] = [];
  const shifts: HistoryShift[] = [];
  if (counters.length === 0) return { tickets, shifts }; // nobody to call anyone
  for (const day of days) {
    const result = simulateDay(day, counters);
    tickets.push(...result.tickets);
    shifts.push(...result.shifts);
  }
  return { tickets, shifts };
}

type Fate = 'served' | 'late' | 'no-show' | 'transfer';
interface Waiting {
  ticket: Draft;
  /** Callable from (arrival, or the moment of a transfer). */
  since: number;
  /** The citizen gives up and is cancelled at this instant if not called before. */
  leaveAt: number | null;
  fate: Fate;
}
interface CounterSim extends HistoryCounter {
  freeAt: number;
  windows: Array<{ from: number; to: number; closes: number; lastBusy: number }>;
}

function simulateDay(day: OpenDay, counters: readonly HistoryCounter[]) {
  const rng = seededRandom(`motcua-demo-history:${day.date}`);
  const midnight = startOfLocalDay(day.date).getTime() / 1000;
  const letters = [...new Set(counters.flatMap((c) => c.groups))].sort();
  const profileOf = (g: string) => GROUP_PROFILE[g] ?? OTHER_GROUP;
  const mix = letters.map((g): [string, number] => [g, profileOf(g).share]);
  const seqs = new Map<string, number>();
  const pending: Waiting[] = arrivalsOf(day, rng).map((minute) => {
    const group = pick(rng, mix);
    const seq = (seqs.get(group) ?? 0) + 1;
    seqs.set(group, seq);
    const at = Math.round(midnight + minute * 60);
    const r = rng();
    const fate: Fate =
      r < 0.04 ? 'no-show' : r < 0.1 ? 'late' : r < 0.125 && letters.length > 1 ? 'transfer' : 'served';
    const ticket = issued(day.date, group, seq, at, {
      priority: rng() < 0.07 ? pick(rng, PRIORITIES) : null,
      channel: pick(rng, CHANNELS),
      lang: rng() < 0.01 ? 'en' : 'vi',
    });
    return { ticket, since: at, leaveAt: rng() < 0.015 ? at + Math.round(uniform(rng, 8, 35) * 60) : null, fate };
  });
  const all = pending.map((w) => w.ticket);
  const sims: CounterSim[] = counters.map((c) => ({
    ...c,
    freeAt: 0,
    windows: windowsOf(day, c, midnight),
  }));
  const dayEnd = Math.max(...sims.flatMap((c) => c.windows.map((w) => w.to)));
  while (pending.length > 0) {
    let counter: CounterSim | undefined;
    let at = Number.POSITIVE_INFINITY;
    for (const c of sims) {
      const e = earliestCall(c, pending);
      if (e < at) [counter, at] = [c, e];
    }
    for (const w of [...pending]) {
      const gaveUp = w.leaveAt !== null && w.leaveAt <= at;
      if (!gaveUp && counter) continue;
      act(w.ticket, 'cancel', gaveUp ? (w.leaveAt as number) : Math.max(dayEnd, w.since), null, {
        reason: 'Công dân không chờ nữa',
      });
      pending.splice(pending.indexOf(w), 1);
    }
    if (!counter) break;
    const c = counter;
    const order = (w: Waiting) => [c.groups.indexOf(w.ticket.group), w.ticket.priority ? 0 : 1, w.ticket.arrivedAt];
    const chosen = pending
      .filter((w) => c.groups.includes(w.ticket.group) && w.since <= at)
      .sort((a, b) => compareKeys(order(a), order(b)))[0];
    if (!chosen) continue;
    pending.splice(pending.indexOf(chosen), 1);
    c.freeAt = serve(chosen, c, at, rng, letters, pending);
    const window = c.windows.find((w) => w.from <= at && at < w.to);
    if (window) window.lastBusy = c.freeAt;
  }
  for (const t of all) if (t.status === 'finished' && rng() < 0.2) t.rating = ratingOf(t, rng);
  const shifts = sims.flatMap((c) =>
    c.windows.map((w) => ({
      date: day.date,
      counter: c.number,
      startedAt: w.from - Math.round(uniform(rng, 2, 8) * 60),
      endedAt: Math.max(w.closes, w.lastBusy) + Math.round(uniform(rng, 1, 4) * 60),
    })),
  );
  return { tickets: all.map(closed), shifts };
}

/**
 * When a counter may call, in epoch seconds: its hours within each receiving interval; at closing time it
 * keeps calling whoever is still waiting for a while (never into the next interval).
 */
function windowsOf(day: OpenDay, c: HistoryCounter, midnight: number): CounterSim['windows'] {
  return day.intervals.flatMap((iv, i) => {
    const overtime = Math.min(iv.end + OVERTIME_MINUTES, day.intervals[i + 1]?.start ?? 24 * 60);
    return (c.hours ?? [iv]).flatMap((h) => {
      const from = Math.max(h.start, iv.start);
      const closes = Math.min(h.end, iv.end);
      if (closes <= from) return [];
      const to = closes === iv.end ? overtime : closes;
      return [{ from: midnight + from * 60, to: midnight + to * 60, closes: midnight + closes * 60, lastBusy: 0 }];
    });
  });
}

/** Arrival minutes (since local midnight, sorted): a Poisson count per hour of the day, uniform inside it. */
function arrivalsOf(day: OpenDay, rng: () => number): number[] {
  const factor = (WEEKDAY_FACTOR[dayOfWeek(day.date)] ?? 1) * uniform(rng, 0.9, 1.1);
  const minutes: number[] = [];
  for (const iv of day.intervals) {
    const last = iv.end - LAST_ARRIVAL_MINUTES;
    for (let hour = Math.floor(iv.start / 60); hour * 60 < last; hour++) {
      const from = Math.max(iv.start, hour * 60);
      const to = Math.min(last, hour * 60 + 60);
      if (to <= from) continue;
      const n = poisson(rng, ((ARRIVALS_PER_HOUR[hour] ?? OTHER_HOURS) * factor * (to - from)) / 60);
      for (let i = 0; i < n; i++) minutes.push(uniform(rng, from, to));
    }
  }
  return minutes.sort((a, b) => a - b);
}

/** When counter `c` can call its next ticket: free, inside one of its windows and with someone to call. */
function earliestCall(c: CounterSim, pending: readonly Waiting[]): number {
  let t = c.freeAt;
  for (const w of c.windows) {
    if (w.to <= t) continue;
    t = Math.max(t, w.from);
    let first = Number.POSITIVE_INFINITY;
    for (const p of pending) {
      if (!c.groups.includes(p.ticket.group)) continue;
      const at = Math.max(t, p.since);
      if (p.leaveAt === null || p.leaveAt > at) first = Math.min(first, at);
    }
    if (first < w.to) return first;
  }
  return Number.POSITIVE_INFINITY;
}

/** Calls `w` to counter `c` at `at` and plays its fate out; returns when the counter is free again. */
function serve(w: Waiting, c: CounterSim, at: number, rng: () => number, letters: string[], pending: Waiting[]) {
  const t = w.ticket;
  let now = at;
  /** Moves the clock on by a random number of seconds in [from, to]. */
  const later = (from: number, to: number) => {
    now += Math.round(uniform(rng, from, to));
    return now;
  };
  act(t, 'call', now, c.number);
  if (w.fate === 'no-show') {
    act(t, 'recall', later(50, 80), c.number);
    act(t, 'recall', later(50, 80), c.number);
    act(t, 'no-show', later(30, 60), c.number);
    return now + 5;
  }
  if (w.fate === 'late') act(t, 'recall', later(60, 120), c.number);
  act(t, 'start', later(20, 90), c.number);
  if (w.fate === 'transfer') {
    const others = letters.filter((g) => g !== t.group).map((g): [string, number] => [g, 1]);
    const to = pick(rng, others);
    act(t, 'transfer', later(120, 300), c.number, {
      fromGroup: t.group,
      toGroup: to,
      reason: 'Hồ sơ thuộc lĩnh vực khác',
    });
    pending.push({ ticket: t, since: now, leaveAt: null, fate: 'served' });
    return later(10, 30);
  }
  const mean = (GROUP_PROFILE[t.group] ?? OTHER_GROUP).serviceMinutes;
  const minutes = Math.min(45, Math.max(1.5, mean * Math.exp(0.45 * normal(rng) - 0.45 ** 2 / 2)));
  act(t, 'finish', later(minutes * 60, minutes * 60), c.number, { dossierRefs: [] });
  return later(30, 150); // notes, the dossier in the system
}

function ratingOf(t: Draft, rng: () => number): { score: RatingScore; at: number } {
  const wait = t.periods.filter((p) => p.kind === 'waiting').reduce((s, p) => s + ((p.endedAt ?? 0) - p.startedAt), 0);
  const weights = wait > 20 * 60 ? [0.2, 0.35, 0.25, 0.2] : [0.55, 0.33, 0.09, 0.03];
  return {
    score: pick(
      rng,
      SCORES.map((s, i): [RatingScore, number] => [s, weights[i] ?? 0]),
    ),
    at: t.finishedAt + Math.round(uniform(rng, 15, 90)),
  };
}

function compareKeys(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return (a[i] as number) - (b[i] as number);
  return 0;
}

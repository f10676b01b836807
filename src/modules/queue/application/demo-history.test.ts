import { describe, expect, it } from 'vitest';
import { addDays, dayOfWeek, type PlainDate, plainDate } from '../../../kernel/plain-date.ts';
import { aCalendar } from '../../calendar/testing/builders.ts';
import { replayStatus } from '../domain/ticket-state.ts';
import { generateDemoHistory, type HistoryCounter, type HistoryTicket, openDaysBefore } from './demo-history.ts';
import { DEMO_COUNTER_HOURS, DEMO_COUNTERS } from './seed-demo.ts';

const COUNTERS: HistoryCounter[] = DEMO_COUNTERS.map((c) => ({
  number: c.number,
  groups: [...c.groups],
  ...(DEMO_COUNTER_HOURS[c.number] ? { hours: DEMO_COUNTER_HOURS[c.number] } : {}),
}));
/** Thursday 10 September 2026: the eight weeks before hold a make-up Saturday (22/8) and Quốc khánh (29/8–2/9). */
const TODAY = plainDate('2026-09-10');
const calendar = aCalendar().withShippedSchedules(2026).build();
const days = openDaysBefore(calendar, TODAY);
const history = generateDemoHistory(days, COUNTERS);
const tickets = history.tickets;

const localHour = (at: number) => new Date((at + 7 * 3600) * 1000).getUTCHours();
const localMinute = (at: number) => {
  const d = new Date((at + 7 * 3600) * 1000);
  return d.getUTCHours() * 60 + d.getUTCMinutes();
};
const countBy = <T>(items: readonly T[], key: (x: T) => string | number) => {
  const m = new Map<string | number, number>();
  for (const x of items) m.set(key(x), (m.get(key(x)) ?? 0) + 1);
  return m;
};

describe('demo queue history', () => {
  it('covers the open days of the eight weeks before today, never today, weekends or holidays', () => {
    const dates = days.map((d) => d.date);
    expect(dates[0]).toBe(addDays(TODAY, -56));
    expect(dates.at(-1)).toBe(addDays(TODAY, -1));
    expect(dates).not.toContain(TODAY);
    for (const off of ['2026-08-31', '2026-09-01', '2026-09-02', '2026-08-23', '2026-08-30'])
      expect(dates).not.toContain(off);
    // Saturdays only when the government swapped one for a working day; never a Sunday.
    expect(dates.filter((d) => dayOfWeek(d) === 6)).toEqual(['2026-08-22']);
    expect(dates.filter((d) => dayOfWeek(d) === 0)).toEqual([]);
    const ticketDays = new Set(tickets.map((t) => t.date));
    expect([...ticketDays].sort()).toEqual(dates);
    expect(tickets.every((t) => t.date < TODAY)).toBe(true);
  });

  it('is the same every time, and a date gets the same citizens whatever window it is generated in', () => {
    expect(generateDemoHistory(days, COUNTERS)).toEqual(history);
    const oneDay = days.find((d) => d.date === '2026-09-07') as (typeof days)[number];
    expect(generateDemoHistory([oneDay], COUNTERS).tickets).toEqual(tickets.filter((t) => t.date === oneDay.date));
    const other = generateDemoHistory(
      days.filter((d) => d.date === '2026-09-08'),
      COUNTERS,
    );
    expect(other.tickets.map((t) => t.arrivedAt - 86_400)).not.toEqual(
      tickets.filter((t) => t.date === oneDay.date).map((t) => t.arrivedAt),
    );
  });

  it('peaks at 8–10 h in the morning and 14–15 h in the afternoon, with a realistic daily volume', () => {
    const byHour = countBy(tickets, (t) => localHour(t.arrivedAt));
    const n = (h: number) => byHour.get(h) ?? 0;
    const busiest = [...byHour.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
    expect([8, 9]).toContain(busiest);
    expect(n(10)).toBeGreaterThan(n(11));
    expect(n(14)).toBeGreaterThan(n(13));
    expect(n(14)).toBeGreaterThan(n(16));
    expect(n(8) + n(9)).toBeGreaterThan(n(14) + n(15));
    expect([...byHour.keys()].every((h) => [7, 8, 9, 10, 11, 13, 14, 15, 16].includes(Number(h)))).toBe(true);
    const perDay = tickets.length / days.length;
    expect(perDay).toBeGreaterThan(100);
    expect(perDay).toBeLessThan(250);
    const byGroup = countBy(tickets, (t) => t.issuedGroup);
    expect([...byGroup.keys()].sort()).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(byGroup.get('A')).toBeGreaterThan(byGroup.get('B') as number);
  });

  it('arrives inside the receiving hours only; on a Saturday-receiving ward, Saturday mornings too', () => {
    const hours = (t: HistoryTicket) => localMinute(t.arrivedAt);
    expect(tickets.every((t) => (hours(t) >= 450 && hours(t) < 690) || (hours(t) >= 780 && hours(t) < 1020))).toBe(
      true,
    );
    const saturdays = aCalendar().withSaturdayReceiving().build();
    const open = openDaysBefore(saturdays, plainDate('2026-11-27'), 2);
    const weekend = generateDemoHistory(open, COUNTERS).tickets.filter((t) => dayOfWeek(t.date) % 6 === 0);
    expect(weekend.length).toBeGreaterThan(20);
    expect(weekend.every((t) => dayOfWeek(t.date) === 6 && localMinute(t.arrivedAt) < 11 * 60 + 30)).toBe(true);
  });

  it('writes logs that replay to the status, with contiguous periods from arrival to leaving the queue', () => {
    for (const t of tickets) {
      const types = t.actions.map((a) => a.type);
      expect(replayStatus(types)).toBe(t.status);
      expect(t.actions.map((a) => a.seq)).toEqual(types.map((_, i) => i + 1));
      expect(t.actions.every((a, i) => i === 0 || a.at >= (t.actions[i - 1]?.at as number))).toBe(true);
      expect(t.periods[0]?.startedAt).toBe(t.arrivedAt);
      expect(t.periods.at(-1)?.endedAt).toBe(t.finishedAt);
      expect(t.actions.at(-1)?.at).toBe(t.finishedAt);
      for (const [i, p] of t.periods.entries()) {
        expect(p.endedAt).toBeGreaterThanOrEqual(p.startedAt);
        if (i > 0) expect(p.startedAt).toBe(t.periods[i - 1]?.endedAt);
        expect(p.counter === null).toBe(p.kind === 'waiting');
        expect(t.actions[p.seq - 1]?.at).toBe(p.startedAt);
      }
      expect(['finished', 'no_show', 'cancelled']).toContain(t.status);
      expect(t.number).toBe(`${t.issuedGroup}${String(t.seq).padStart(3, '0')}`);
    }
  });

  it('numbers each group gaplessly per day and never serves two citizens at one counter at once', () => {
    const series = new Map<string, number[]>();
    for (const t of tickets)
      series.set(`${t.date} ${t.issuedGroup}`, [...(series.get(`${t.date} ${t.issuedGroup}`) ?? []), t.seq]);
    for (const seqs of series.values()) expect(seqs.sort((a, b) => a - b)).toEqual(seqs.map((_, i) => i + 1));
    const busy = new Map<string, Array<[number, number]>>();
    for (const t of tickets)
      for (const p of t.periods)
        if (p.kind !== 'waiting')
          busy.set(`${t.date} ${p.counter}`, [...(busy.get(`${t.date} ${p.counter}`) ?? []), [p.startedAt, p.endedAt]]);
    for (const spans of busy.values()) {
      spans.sort((a, b) => a[0] - b[0]);
      for (let i = 1; i < spans.length; i++) expect(spans[i]?.[0]).toBeGreaterThanOrEqual(spans[i - 1]?.[1] as number);
    }
    for (const t of tickets) {
      const served = t.periods.filter((p) => p.kind !== 'waiting');
      for (const p of served) expect(COUNTERS.find((c) => c.number === p.counter)?.groups).toContain(p.group);
    }
  });

  it('has no-shows after two recalls, transfers, some citizens who left and ratings of finished tickets only', () => {
    const byStatus = countBy(tickets, (t) => t.status);
    expect((byStatus.get('no_show') ?? 0) / tickets.length).toBeGreaterThan(0.02);
    expect(tickets.filter((t) => t.status === 'no_show').every((t) => t.recalls === 2)).toBe(true);
    const transferred = tickets.filter((t) => t.actions.some((a) => a.type === 'transfer'));
    expect(transferred.length).toBeGreaterThan(0);
    expect(transferred.every((t) => t.group !== t.issuedGroup && t.number.startsWith(t.issuedGroup))).toBe(true);
    expect(byStatus.get('cancelled') ?? 0).toBeGreaterThan(0);
    const rated = tickets.filter((t) => t.rating);
    expect(rated.length / tickets.length).toBeGreaterThan(0.1);
    expect(rated.every((t) => t.status === 'finished' && (t.rating?.at as number) > t.finishedAt)).toBe(true);
    expect(new Set(rated.map((t) => t.rating?.score)).size).toBe(4);
    expect(tickets.filter((t) => t.priority).length).toBeGreaterThan(0);
  });

  it('staffs each counter in its hours (the support counter at the peaks only), signed in before calling', () => {
    const monday = '2026-09-07' as PlainDate;
    const shifts = history.shifts.filter((s) => s.date === monday);
    expect(shifts).toHaveLength(COUNTERS.length * 2);
    for (const s of shifts) expect(s.endedAt).toBeGreaterThan(s.startedAt);
    expect(Math.min(...shifts.map((s) => localMinute(s.startedAt)))).toBeLessThan(450);
    const periods = tickets.filter((t) => t.date === monday).flatMap((t) => t.periods);
    for (const p of periods.filter((x) => x.counter !== null)) {
      const shift = shifts.find((s) => s.counter === p.counter && s.startedAt <= p.startedAt && p.endedAt <= s.endedAt);
      expect(shift).toBeDefined();
    }
    const support = tickets.flatMap((t) => t.actions).filter((a) => a.type === 'call' && a.counter === 8);
    expect(support.length).toBeGreaterThan(0);
    const peak = (m: number) => (m >= 480 && m < 630) || (m >= 840 && m < 930);
    expect(support.every((a) => peak(localMinute(a.at)))).toBe(true);
  });
});

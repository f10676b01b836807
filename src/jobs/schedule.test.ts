import { describe, expect, it } from 'vitest';
import { periodAt } from './schedule.ts';

const at = (iso: string) => new Date(iso);
const start = (s: Parameters<typeof periodAt>[0], now: string) => periodAt(s, at(now)).start.toISOString();

describe('periodAt (Asia/Ho_Chi_Minh)', () => {
  it('cuts every-N-minutes periods on the local clock', () => {
    expect(start({ everyMinutes: 5 }, '2026-11-26T03:07:59Z')).toBe('2026-11-26T03:05:00.000Z');
    expect(start({ everyMinutes: 5 }, '2026-11-26T03:10:00Z')).toBe('2026-11-26T03:10:00.000Z');
    // 120-minute periods start at local even hours: 00:00, 02:00… (UTC+7 → 17:00, 19:00… UTC)
    expect(start({ everyMinutes: 120 }, '2026-11-26T18:30:00Z')).toBe('2026-11-26T17:00:00.000Z');
  });

  it('runs daily jobs at HH:MM local time, the previous day before that time', () => {
    // 02:00 local = 19:00 UTC the day before
    expect(start({ dailyAt: '02:00' }, '2026-11-26T19:00:00Z')).toBe('2026-11-26T19:00:00.000Z');
    expect(start({ dailyAt: '02:00' }, '2026-11-26T18:59:59Z')).toBe('2026-11-25T19:00:00.000Z');
    expect(start({ dailyAt: '17:30' }, '2026-11-26T10:31:00Z')).toBe('2026-11-26T10:30:00.000Z');
    const p = periodAt({ dailyAt: '17:30' }, at('2026-11-26T10:31:00Z'));
    expect(p.end.getTime() - p.start.getTime()).toBe(86_400_000);
  });

  it('runs weekly jobs on the local weekday', () => {
    // Monday 2026-11-30 07:00 local = 2026-11-30T00:00Z; Sunday 2026-11-29 23:00 UTC is already Monday 06:00 local
    expect(start({ weeklyAt: { weekday: 1, time: '07:00' } }, '2026-11-30T00:00:00Z')).toBe('2026-11-30T00:00:00.000Z');
    expect(start({ weeklyAt: { weekday: 1, time: '07:00' } }, '2026-11-29T23:59:00Z')).toBe('2026-11-23T00:00:00.000Z');
    expect(start({ weeklyAt: { weekday: 5, time: '16:00' } }, '2026-11-26T10:00:00Z')).toBe('2026-11-20T09:00:00.000Z');
  });
});

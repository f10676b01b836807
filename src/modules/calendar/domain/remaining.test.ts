import { describe, expect, it } from 'vitest';
import { aCalendar, vn } from '../testing/builders.ts';
import { formatInstantVn } from './instants.ts';
import { formatRemaining, remainingWorkingTime, splitMinutes } from './remaining.ts';
import { pauseDeadline, resumeDeadline } from './suspension.ts';

const cal = aCalendar().withShippedSchedules().build();

describe('remaining working time', () => {
  it('counts only working time, in 8-hour days', () => {
    expect(remainingWorkingTime(cal, vn('2026-02-12 10:00'), vn('2026-02-24 10:00'))).toEqual({
      days: 3,
      hours: 0,
      minutes: 0,
      overdue: false,
      totalMinutes: 24 * 60,
    });
    expect(remainingWorkingTime(cal, vn('2026-03-02 13:00'), vn('2026-03-03 17:00'))).toMatchObject({
      days: 1,
      hours: 4,
    });
  });
  it('reports overdue working time after the deadline', () => {
    expect(remainingWorkingTime(cal, vn('2026-03-03 09:30'), vn('2026-03-02 17:00'))).toMatchObject({
      overdue: true,
      days: 0,
      hours: 2,
      totalMinutes: 120,
    });
    // a weekend after a Friday deadline: overdue, by no working time yet
    expect(remainingWorkingTime(cal, vn('2026-03-07 10:00'), vn('2026-03-06 17:00'))).toMatchObject({
      overdue: true,
      totalMinutes: 0,
    });
  });
  it('formats in Vietnamese and English', () => {
    expect(formatRemaining(splitMinutes(11 * 60, false), 'vi')).toBe('còn 1 ngày 3 giờ');
    expect(formatRemaining(splitMinutes(11 * 60, false), 'en')).toBe('1 day 3 hours left');
    expect(formatRemaining(splitMinutes(120, true), 'vi')).toBe('quá hạn 2 giờ');
    expect(formatRemaining(splitMinutes(120, true), 'en')).toBe('2 hours overdue');
    expect(formatRemaining(splitMinutes(45, false), 'vi')).toBe('còn 45 phút');
    expect(formatRemaining(splitMinutes(61, false), 'en')).toBe('1 hour 1 minute left');
    expect(formatRemaining(splitMinutes(8 * 60 + 59, false), 'vi')).toBe('còn 1 ngày');
    expect(formatRemaining(splitMinutes(0, false), 'vi')).toBe('đến hạn');
    expect(formatRemaining(splitMinutes(0, true), 'en')).toBe('overdue');
  });
});

describe('supplement requests: pause and restart', () => {
  const received = vn('2026-03-02 09:00'); // Monday
  const budget = { workingDays: 5 };
  const due = vn('2026-03-09 09:00');
  const pausedAt = vn('2026-03-04 09:00'); // Wednesday, 2 working days used
  const resumedAt = vn('2026-03-11 09:00'); // next Wednesday, 5 working days later

  it('pause adds the time the clock stood still', () => {
    const paused = pauseDeadline(cal, due, pausedAt);
    expect(paused.remaining).toMatchObject({ days: 3, hours: 0 });
    const resumed = resumeDeadline(cal, paused, { resumedAt, mode: 'pause', budget });
    expect(resumed.pausedWorkingMinutes).toBe(5 * 8 * 60);
    expect(formatInstantVn(resumed.due)).toBe('2026-03-16T09:00:00+07:00');
  });
  it('restart gives the full time again from the resumption', () => {
    const resumed = resumeDeadline(cal, pauseDeadline(cal, due, pausedAt), { resumedAt, mode: 'restart', budget });
    expect(formatInstantVn(resumed.due)).toBe('2026-03-18T09:00:00+07:00');
    expect(received.getTime()).toBeLessThan(resumed.due.getTime());
  });
  it('refuses to resume before the pause', () => {
    expect(() =>
      resumeDeadline(cal, pauseDeadline(cal, due, pausedAt), { resumedAt: received, mode: 'pause', budget }),
    ).toThrow(expect.objectContaining({ code: 'CALENDAR_RESUME_BEFORE_PAUSE' }));
  });
});

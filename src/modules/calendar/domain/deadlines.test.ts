import { describe, expect, it } from 'vitest';
import { plainDate } from '../../../kernel/plain-date.ts';
import { aCalendar, vn } from '../testing/builders.ts';
import {
  addWorkingDays,
  addWorkingDaysToDate,
  addWorkingHours,
  countingStartOf,
  isOpenForReceiving,
  sameDayDue,
  workingDaysBetween,
} from './deadlines.ts';
import { computeDue } from './due.ts';
import { formatFormDateTimeVn, formatInstantVn, parseInstant } from './instants.ts';

const cal = aCalendar().withShippedSchedules().build();
const iso = formatInstantVn;

describe('adding working time', () => {
  it('3 working days from Thursday 12/2/2026 10:00 jump over Tết to Tuesday 24/2 10:00', () => {
    expect(iso(addWorkingDays(cal, vn('2026-02-12 10:00'), 3))).toBe('2026-02-24T10:00:00+07:00');
  });
  it('ends at the exact instant the last working hour ends (17:00, not the next morning)', () => {
    expect(iso(addWorkingDays(cal, vn('2026-03-02 07:30'), 1))).toBe('2026-03-02T17:00:00+07:00');
    expect(iso(addWorkingHours(cal, vn('2026-03-02 07:30'), 4))).toBe('2026-03-02T11:30:00+07:00');
  });
  it('receipt after closing counts from the next opening', () => {
    expect(iso(addWorkingHours(cal, vn('2026-03-02 18:45'), 2))).toBe('2026-03-03T09:30:00+07:00');
    expect(iso(countingStartOf(cal, vn('2026-03-06 17:30')))).toBe('2026-03-09T07:30:00+07:00');
  });
  it('receipt at lunch counts from 13:00', () => {
    expect(iso(addWorkingHours(cal, vn('2026-03-02 12:10'), 1))).toBe('2026-03-02T14:00:00+07:00');
  });
  it('7 working days = 56 working hours; fractional days are quarter days', () => {
    const from = vn('2026-03-02 09:00');
    expect(addWorkingDays(cal, from, 7)).toEqual(addWorkingHours(cal, from, 56));
    expect(iso(addWorkingDays(cal, from, 0.25))).toBe('2026-03-02T11:00:00+07:00');
  });
  it('works on a make-up Saturday (10/1/2026) and skips the swapped Friday', () => {
    expect(iso(addWorkingDays(cal, vn('2025-12-31 17:00'), 1))).toBe('2026-01-05T17:00:00+07:00');
    expect(iso(addWorkingDays(cal, vn('2026-01-09 17:00'), 1))).toBe('2026-01-10T17:00:00+07:00');
  });
  it('skips the compensatory Monday 27/4/2026', () => {
    expect(iso(addWorkingDays(cal, vn('2026-04-24 17:00'), 1))).toBe('2026-04-28T17:00:00+07:00');
  });
  it('Saturday receiving does not count unless configured', () => {
    const receiving = aCalendar().withShippedSchedules().withSaturdayReceiving(false).build();
    const counting = aCalendar().withShippedSchedules().withSaturdayReceiving(true).build();
    expect(isOpenForReceiving(receiving, vn('2026-03-07 09:00'))).toBe(true);
    expect(isOpenForReceiving(cal, vn('2026-03-07 09:00'))).toBe(false);
    expect(iso(addWorkingHours(receiving, vn('2026-03-07 09:00'), 2))).toBe('2026-03-09T09:30:00+07:00');
    expect(iso(addWorkingHours(counting, vn('2026-03-07 09:00'), 2))).toBe('2026-03-07T11:00:00+07:00');
    expect(iso(addWorkingHours(counting, vn('2026-03-07 09:00'), 3))).toBe('2026-03-09T08:00:00+07:00');
    // a Saturday inside Tết is closed even for receiving
    expect(isOpenForReceiving(receiving, vn('2026-02-14 09:00'))).toBe(false);
  });
  it('does not depend on the process time zone: instants are UTC, rules are UTC+7', () => {
    expect(process.env.TZ).toBe('UTC');
    expect(addWorkingHours(cal, new Date('2026-03-02T00:30:00Z'), 1).toISOString()).toBe('2026-03-02T01:30:00.000Z');
  });
});

describe('same-day procedures', () => {
  it('before the 15:00 cut-off → closing time that day', () => {
    expect(iso(sameDayDue(cal, vn('2026-03-02 14:59')))).toBe('2026-03-02T17:00:00+07:00');
    expect(iso(sameDayDue(cal, vn('2026-03-02 06:00')))).toBe('2026-03-02T17:00:00+07:00');
  });
  it('at or after the cut-off → closing time of the next working day', () => {
    expect(iso(sameDayDue(cal, vn('2026-03-02 15:00')))).toBe('2026-03-03T17:00:00+07:00');
    expect(iso(sameDayDue(cal, vn('2026-02-13 16:00')))).toBe('2026-02-23T17:00:00+07:00');
  });
  it('the cut-off is configurable', () => {
    const late = aCalendar().withSettings({ sameDayCutoff: '16:30' }).build();
    expect(iso(sameDayDue(late, vn('2026-03-02 16:00')))).toBe('2026-03-02T17:00:00+07:00');
  });
  it('received on a Saturday morning (receiving only) → Monday closing', () => {
    const receiving = aCalendar().withShippedSchedules().withSaturdayReceiving().build();
    expect(iso(sameDayDue(receiving, vn('2026-03-07 09:00')))).toBe('2026-03-09T17:00:00+07:00');
  });
});

describe('working days between plain dates', () => {
  it('counts working days after the first date up to and including the second', () => {
    expect(workingDaysBetween(cal, plainDate('2026-03-06'), plainDate('2026-03-09'))).toBe(1);
    expect(workingDaysBetween(cal, plainDate('2026-02-12'), plainDate('2026-02-24'))).toBe(3);
    expect(workingDaysBetween(cal, plainDate('2026-02-24'), plainDate('2026-02-12'))).toBe(-3);
    expect(workingDaysBetween(cal, plainDate('2026-03-02'), plainDate('2026-03-02'))).toBe(0);
  });
  it('adds working days to a date (Civil Code: counting starts the next day)', () => {
    expect(addWorkingDaysToDate(cal, plainDate('2026-02-12'), 3)).toBe('2026-02-24');
    expect(addWorkingDaysToDate(cal, plainDate('2026-01-09'), 1)).toBe('2026-01-10');
  });
});

describe('computeDue and instant formats', () => {
  it('reports the rule, counting start and provisional years', () => {
    const r = computeDue(cal, vn('2026-12-30 16:00'), { workingDays: 3 });
    expect(iso(r.countingStartsAt)).toBe('2026-12-30T16:00:00+07:00');
    expect(r).toMatchObject({ rule: 'working-days', workingHours: 24, provisionalYears: [2027] });
    expect(computeDue(cal, vn('2026-03-02 09:00'), { sameDay: true })).toMatchObject({ provisionalYears: [] });
  });
  it('parses offsets and wall times, rejects nonsense', () => {
    expect(parseInstant('2026-02-12T10:00:00+07:00').toISOString()).toBe('2026-02-12T03:00:00.000Z');
    expect(parseInstant('2026-02-12T03:00:00Z').toISOString()).toBe('2026-02-12T03:00:00.000Z');
    expect(parseInstant('2026-02-12 10:00').toISOString()).toBe('2026-02-12T03:00:00.000Z');
    expect(() => parseInstant('2026-02-30 10:00')).toThrow(
      expect.objectContaining({ code: 'CALENDAR_INVALID_INSTANT' }),
    );
    expect(() => parseInstant('2026-02-30T10:00:00+07:00')).toThrow(
      expect.objectContaining({ code: 'CALENDAR_INVALID_INSTANT' }),
    );
    expect(() => parseInstant('tomorrow')).toThrow(expect.objectContaining({ code: 'CALENDAR_INVALID_INSTANT' }));
    expect(formatFormDateTimeVn(vn('2026-02-24 10:00'))).toBe('10:00 24/02/2026');
  });
});

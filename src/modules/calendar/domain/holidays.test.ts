import { describe, expect, it } from 'vitest';
import { addDays, type PlainDate, plainDate } from '../../../kernel/plain-date.ts';
import { aCalendar } from '../testing/builders.ts';
import { computedHolidays } from './holidays.ts';
import { isWorkingDay } from './office-hours.ts';

const cal = aCalendar().withShippedSchedules(2025, 2026).build();
const d = plainDate;
const range = (from: string, to: string): PlainDate[] => {
  const out: PlainDate[] = [];
  for (let day = d(from); day <= to; day = addDays(day, 1)) out.push(day);
  return out;
};
const offDays = (year: number) =>
  cal
    .holidaysOf(year)
    .filter((e) => e.enabled && e.kind !== 'makeup-workday')
    .map((e) => e.date);

describe('announced schedule 2025', () => {
  it('Tết: 25/1–2/2 off, the Friday before and the Monday after are working days', () => {
    for (const day of range('2025-01-25', '2025-02-02')) expect(isWorkingDay(cal, day), day).toBe(false);
    expect(isWorkingDay(cal, d('2025-01-24'))).toBe(true);
    expect(isWorkingDay(cal, d('2025-02-03'))).toBe(true);
  });
  it('Hùng Kings on Monday 7/4', () => {
    expect(cal.dayOf(d('2025-04-07')).status).toBe('day-off');
    expect(cal.dayOf(d('2025-04-07')).entries[0]?.name).toBe('Giỗ Tổ Hùng Vương');
  });
  it('30/4–4/5 off with Friday 2/5 swapped and made up on Saturday 26/4', () => {
    for (const day of range('2025-04-30', '2025-05-04')) expect(isWorkingDay(cal, day), day).toBe(false);
    expect(cal.dayOf(d('2025-05-02')).entries.map((e) => e.kind)).toEqual(['swapped']);
    expect(cal.dayOf(d('2025-04-26')).status).toBe('makeup-workday');
    expect(isWorkingDay(cal, d('2025-04-26'))).toBe(true);
  });
  it('Quốc khánh 30/8–2/9', () => {
    for (const day of range('2025-08-30', '2025-09-02')) expect(isWorkingDay(cal, day), day).toBe(false);
    expect(isWorkingDay(cal, d('2025-09-03'))).toBe(true);
  });
  it('the unconfirmed 24/11 is data, disabled: a working day', () => {
    const entry = cal.holidaysOf(2025).find((e) => e.date === '2025-11-24');
    expect(entry).toMatchObject({ enabled: false, name: 'Ngày Văn hóa Việt Nam', source: 'announced' });
    expect(isWorkingDay(cal, d('2025-11-24'))).toBe(true);
  });
  it('is announced, not provisional', () => {
    expect(cal.isProvisional(2025)).toBe(false);
    expect(cal.holidaysOf(2025).every((e) => e.source === 'announced')).toBe(true);
  });
});

describe('announced schedule 2026', () => {
  it('1/1–4/1 with Friday 2/1 swapped, made up on Saturday 10/1', () => {
    expect(offDays(2026).filter((x) => x < '2026-01-31')).toEqual(range('2026-01-01', '2026-01-04'));
    expect(cal.dayOf(d('2026-01-02')).entries[0]?.kind).toBe('swapped');
    expect(isWorkingDay(cal, d('2026-01-10'))).toBe(true);
    expect(isWorkingDay(cal, d('2026-01-05'))).toBe(true);
  });
  it('Tết 14/2–22/2', () => {
    for (const day of range('2026-02-14', '2026-02-22')) expect(isWorkingDay(cal, day), day).toBe(false);
    expect(isWorkingDay(cal, d('2026-02-13'))).toBe(true);
    expect(isWorkingDay(cal, d('2026-02-23'))).toBe(true);
  });
  it('Hùng Kings on Sunday 26/4 gives Monday 27/4 off (compensatory)', () => {
    expect(cal.dayOf(d('2026-04-27')).entries.map((e) => e.kind)).toEqual(['compensatory']);
    expect(isWorkingDay(cal, d('2026-04-27'))).toBe(false);
    expect(isWorkingDay(cal, d('2026-04-28'))).toBe(true);
  });
  it('30/4–1/5 off, Monday 4/5 a working day', () => {
    expect(isWorkingDay(cal, d('2026-04-30'))).toBe(false);
    expect(isWorkingDay(cal, d('2026-05-01'))).toBe(false);
    expect(isWorkingDay(cal, d('2026-04-29'))).toBe(true);
    expect(isWorkingDay(cal, d('2026-05-04'))).toBe(true);
  });
  it('Quốc khánh 29/8–2/9 with Monday 31/8 swapped, made up on Saturday 22/8', () => {
    for (const day of range('2026-08-29', '2026-09-02')) expect(isWorkingDay(cal, day), day).toBe(false);
    expect(cal.dayOf(d('2026-08-31')).entries[0]?.kind).toBe('swapped');
    expect(cal.dayOf(d('2026-08-22')).status).toBe('makeup-workday');
    expect(isWorkingDay(cal, d('2026-08-22'))).toBe(true);
    expect(isWorkingDay(cal, d('2026-09-03'))).toBe(true);
  });
  it('lists exactly the announced days off', () => {
    expect(offDays(2026)).toEqual([
      ...range('2026-01-01', '2026-01-04'),
      ...range('2026-02-14', '2026-02-22'),
      d('2026-04-26'),
      d('2026-04-27'),
      d('2026-04-30'),
      d('2026-05-01'),
      ...range('2026-08-29', '2026-09-02'),
    ]);
  });
});

describe('computed default for a year with no announced schedule', () => {
  const y2027 = computedHolidays(2027);
  it('is provisional and computed', () => {
    expect(cal.isProvisional(2027)).toBe(true);
    expect(y2027.every((e) => e.source === 'computed' && e.provisional)).toBe(true);
  });
  it('Tết is the last day of the lunar year and the first four of the new one, weekends compensated', () => {
    const tet = y2027.filter((e) => e.name === 'Tết Nguyên Đán');
    expect(tet.filter((e) => e.kind === 'holiday').map((e) => e.date)).toEqual(range('2027-02-05', '2027-02-09'));
    // 6/2 and 7/2 are a weekend: two weekdays off after the break
    expect(tet.filter((e) => e.kind === 'compensatory').map((e) => e.date)).toEqual(['2027-02-10', '2027-02-11']);
  });
  it.each([
    [2027, '2027-04-16'],
    [2028, '2028-04-04'],
    [2029, '2029-04-23'],
    [2030, '2030-04-12'],
    [2031, '2031-04-01'],
  ])('Giỗ Tổ %i on %s', (year, date) => {
    expect(computedHolidays(year).find((e) => e.name === 'Giỗ Tổ Hùng Vương' && e.kind === 'holiday')?.date).toBe(date);
  });
  it('fixed holidays, two National Days and a disabled 24/11', () => {
    const dates = (year: number) => computedHolidays(year).filter((e) => e.enabled);
    expect(dates(2028).map((e) => e.date)).toEqual(
      expect.arrayContaining(['2028-01-01', '2028-04-30', '2028-05-01', '2028-09-01', '2028-09-02']),
    );
    expect(computedHolidays(2028).find((e) => e.date === '2028-11-24')?.enabled).toBe(false);
    // 2028-04-30 is a Sunday and 5/1 a Monday holiday: the compensatory day is Tuesday 2/5
    expect(dates(2028).find((e) => e.kind === 'compensatory' && e.name === 'Ngày Chiến thắng')?.date).toBe(
      '2028-05-02',
    );
  });
  it('works for any year 1900–2100 and refuses others', () => {
    expect(computedHolidays(1900).length).toBeGreaterThan(10);
    expect(computedHolidays(2100).length).toBeGreaterThan(10);
    expect(() => cal.dayOf(d('2101-01-03'))).toThrow(expect.objectContaining({ code: 'CALENDAR_YEAR_OUT_OF_RANGE' }));
  });
});

describe('ward days off', () => {
  it('closes the ward on its own day off', () => {
    const ward = aCalendar().withShippedSchedules().withWardDayOff('2026-03-05').build();
    expect(ward.dayOf(d('2026-03-05')).status).toBe('day-off');
    expect(isWorkingDay(ward, d('2026-03-05'))).toBe(false);
    expect(isWorkingDay(cal, d('2026-03-05'))).toBe(true);
  });
});

/**
 * The days off of one year as data. An announced schedule (the Government's notice, imported per year)
 * wins; a year without one gets a computed default from the Labour Code 2019 art. 112, marked provisional.
 */
import { addDays, dayOfWeek, type PlainDate, plainDateOf } from '../../../kernel/plain-date.ts';
import type { HolidayEntry, YearSchedule } from '../contracts.ts';
import { ensureSupportedYear, hungKingsDayOf, tetHolidayDates } from './lunar.ts';

export const HOLIDAY_NAMES = {
  newYear: { name: 'Tết Dương lịch', nameEn: "New Year's Day" },
  tet: { name: 'Tết Nguyên Đán', nameEn: 'Lunar New Year (Tết)' },
  hungKings: { name: 'Giỗ Tổ Hùng Vương', nameEn: 'Hung Kings Commemoration Day' },
  reunification: { name: 'Ngày Chiến thắng', nameEn: 'Reunification Day' },
  labour: { name: 'Ngày Quốc tế Lao động', nameEn: 'International Labour Day' },
  national: { name: 'Quốc khánh', nameEn: 'National Day' },
  culture: { name: 'Ngày Văn hóa Việt Nam', nameEn: 'Vietnam Culture Day' },
} as const;

const isWeekend = (date: PlainDate) => {
  const dow = dayOfWeek(date);
  return dow === 0 || dow === 6;
};

/** The adjacent National Day: 1/9 by default, 3/9 when 2/9 is a Thursday (the Government picks one yearly). */
function adjacentNationalDay(year: number): PlainDate {
  const second = plainDateOf(year, 9, 2);
  return dayOfWeek(second) === 4 ? plainDateOf(year, 9, 3) : plainDateOf(year, 9, 1);
}

/** Computed default schedule for a year with no announced one (every entry provisional). */
export function computedHolidays(year: number): HolidayEntry[] {
  ensureSupportedYear(year);
  const base = { source: 'computed', enabled: true, provisional: true } as const;
  const holiday = (date: PlainDate, names: { name: string; nameEn: string }): HolidayEntry => ({
    date,
    kind: 'holiday',
    ...names,
    ...base,
  });
  const holidays: HolidayEntry[] = [
    holiday(plainDateOf(year, 1, 1), HOLIDAY_NAMES.newYear),
    ...tetHolidayDates(year).map((date) => holiday(date, HOLIDAY_NAMES.tet)),
    holiday(hungKingsDayOf(year), HOLIDAY_NAMES.hungKings),
    holiday(plainDateOf(year, 4, 30), HOLIDAY_NAMES.reunification),
    holiday(plainDateOf(year, 5, 1), HOLIDAY_NAMES.labour),
    holiday(adjacentNationalDay(year), HOLIDAY_NAMES.national),
    holiday(plainDateOf(year, 9, 2), HOLIDAY_NAMES.national),
  ].sort((a, b) => (a.date < b.date ? -1 : 1));
  const taken = new Set(holidays.map((h) => h.date));
  const compensatory: HolidayEntry[] = [];
  for (const h of holidays) {
    if (!isWeekend(h.date)) continue;
    let day = addDays(h.date, 1);
    while (isWeekend(day) || taken.has(day)) day = addDays(day, 1);
    taken.add(day);
    compensatory.push({ ...h, date: day, kind: 'compensatory', note: `Nghỉ bù ${h.name}` });
  }
  const culture: HolidayEntry = {
    ...holiday(plainDateOf(year, 11, 24), HOLIDAY_NAMES.culture),
    enabled: false,
    note: 'Đề xuất, chưa được xác nhận; tắt mặc định.',
  };
  return sortEntries([...holidays, ...compensatory, culture]);
}

/** The entries of an announced schedule as holiday entries. */
export function announcedHolidays(schedule: YearSchedule): HolidayEntry[] {
  return sortEntries(
    schedule.entries.map((e) => {
      const entry: HolidayEntry = {
        date: e.date,
        name: e.name,
        kind: e.kind,
        source: 'announced',
        enabled: e.enabled,
        provisional: false,
      };
      if (e.nameEn !== undefined) entry.nameEn = e.nameEn;
      if (e.replaces !== undefined) entry.replaces = e.replaces;
      if (e.note !== undefined) entry.note = e.note;
      return entry;
    }),
  );
}

export function sortEntries(entries: HolidayEntry[]): HolidayEntry[] {
  return entries.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.kind < b.kind ? -1 : 1));
}

import { describe, expect, it } from 'vitest';
import { plainDate } from '../../../kernel/plain-date.ts';
import { hungKingsDayOf, lunarToSolar, solarToLunar, tetHolidayDates, tetOf } from './lunar.ts';

/** Mùng 1 Tết in Vietnam (UTC+7), from published Vietnamese calendars. */
const KNOWN_TET: Record<number, string> = {
  1900: '1900-01-31',
  1950: '1950-02-17',
  1968: '1968-01-29', // North Vietnam switched to UTC+7: China had 30/1
  1985: '1985-01-21', // a whole month before China (20/2)
  1990: '1990-01-27',
  1995: '1995-01-31',
  2000: '2000-02-05',
  2001: '2001-01-24',
  2002: '2002-02-12',
  2003: '2003-02-01',
  2004: '2004-01-22',
  2005: '2005-02-09',
  2006: '2006-01-29',
  2007: '2007-02-17', // China: 18/2
  2008: '2008-02-07',
  2009: '2009-01-26',
  2010: '2010-02-14',
  2011: '2011-02-03',
  2012: '2012-01-23',
  2013: '2013-02-10',
  2014: '2014-01-31',
  2015: '2015-02-19',
  2016: '2016-02-08',
  2017: '2017-01-28',
  2018: '2018-02-16',
  2019: '2019-02-05',
  2020: '2020-01-25',
  2021: '2021-02-12',
  2022: '2022-02-01',
  2023: '2023-01-22',
  2024: '2024-02-10',
  2025: '2025-01-29',
  2026: '2026-02-17',
  2027: '2027-02-06',
  2028: '2028-01-26',
  2029: '2029-02-13',
  2030: '2030-02-02', // China: 3/2
  2031: '2031-01-23',
  2050: '2050-01-23',
  2100: '2100-02-09',
};

/** Giỗ Tổ Hùng Vương (10/3 lunar), incl. DOMAIN.md §5 for 2027–2031. */
const KNOWN_HUNG_KINGS: Record<number, string> = {
  2023: '2023-04-29',
  2024: '2024-04-18',
  2025: '2025-04-07',
  2026: '2026-04-26',
  2027: '2027-04-16',
  2028: '2028-04-04',
  2029: '2029-04-23',
  2030: '2030-04-12',
  2031: '2031-04-01',
};

describe('lunar calendar (UTC+7)', () => {
  it.each(Object.entries(KNOWN_TET))('Tết %s is %s', (year, date) => {
    expect(tetOf(Number(year))).toBe(date);
  });

  it.each(Object.entries(KNOWN_HUNG_KINGS))('Giỗ Tổ %s is %s', (year, date) => {
    expect(hungKingsDayOf(Number(year))).toBe(date);
  });

  it('differs from the Chinese (UTC+8) calendar where it should', () => {
    // Chinese New Year in those years: 3/2/2030, 18/2/2007, 20/2/1985; the same day in 2026.
    expect(tetOf(2030)).not.toBe('2030-02-03');
    expect(tetOf(2007)).not.toBe('2007-02-18');
    expect(tetOf(1985)).not.toBe('1985-02-20');
    expect(tetOf(2026)).toBe('2026-02-17');
  });

  it('gives the five Tết days: last day of the old year and the first four of the new', () => {
    expect(tetHolidayDates(2026)).toEqual(['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20']);
    expect(solarToLunar(plainDate('2026-02-16'))).toEqual({ day: 29, month: 12, year: 2025, leap: false });
  });

  it('round-trips every Tết of 1900–2100 and lands between 20 January and 21 February', () => {
    for (let year = 1900; year <= 2100; year++) {
      const tet = tetOf(year);
      expect(tet.slice(0, 4)).toBe(String(year));
      expect(tet >= `${year}-01-20` && tet <= `${year}-02-21`).toBe(true);
      expect(solarToLunar(tet)).toEqual({ day: 1, month: 1, year, leap: false });
      expect(lunarToSolar(solarToLunar(tet))).toBe(tet);
    }
  });

  it('refuses years outside 1900–2100', () => {
    expect(() => tetOf(1899)).toThrow(expect.objectContaining({ code: 'CALENDAR_YEAR_OUT_OF_RANGE' }));
    expect(() => hungKingsDayOf(2101)).toThrow(expect.objectContaining({ code: 'CALENDAR_YEAR_OUT_OF_RANGE' }));
  });
});

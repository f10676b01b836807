import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../kernel/db.ts';
import { plainDate } from '../../../kernel/plain-date.ts';
import { createTestDatabase } from '../../../kernel/testing/test-database.ts';
import { insertTestWard } from '../../identity/testing/builders.ts';
import { calendarDueCommand, calendarHolidaysCommand, calendarImportCommand } from '../cli.ts';
import { isWorkingDay } from '../domain/office-hours.ts';
import { removeScheduleEntry, setScheduleEntryEnabled, upsertScheduleEntry } from './edit-schedule.ts';
import { importYearSchedule } from './import-schedule.ts';
import { listHolidays, loadWardCalendar } from './load-ward-calendar.ts';
import { seedCalendar } from './seed-calendar.ts';
import { addWardDayOff, getWardCalendarSettings, updateWardCalendarSettings } from './ward-settings.ts';

let database: Database;
let wardId: string;
const count = async (table: string) =>
  Number(
    (await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.table(table)}`.execute(database.db)).rows[0]?.n,
  );

beforeAll(async () => {
  database = await createTestDatabase();
  wardId = await insertTestWard(database.db);
});
afterAll(async () => {
  await database?.close();
});

const schedule2027 = {
  year: 2027,
  source: 'Thông báo thử',
  entries: [
    { date: '2027-01-01', kind: 'holiday', name: 'Tết Dương lịch' },
    { date: '2027-02-05', kind: 'holiday', name: 'Tết Nguyên Đán' },
    { date: '2027-02-12', kind: 'swapped', name: 'Nghỉ hoán đổi' },
    { date: '2027-02-20', kind: 'makeup-workday', name: 'Làm bù', replaces: '2027-02-12' },
  ],
};

describe('seeding the shipped schedules', () => {
  it('loads 2025 and 2026 once and is safe to call again, even concurrently', async () => {
    expect(await seedCalendar(database.db)).toEqual({ seeded: [2025, 2026], skipped: [] });
    const entries = await count('calendar_schedule_entries');
    expect(entries).toBeGreaterThan(40);
    const again = await Promise.all([seedCalendar(database.db), seedCalendar(database.db)]);
    expect(again).toEqual([
      { seeded: [], skipped: [2025, 2026] },
      { seeded: [], skipped: [2025, 2026] },
    ]);
    expect(await count('calendar_schedule_entries')).toBe(entries);
  });

  it('never overwrites an administrator edit', async () => {
    await setScheduleEntryEnabled(database.db, plainDate('2026-11-24'), true);
    await seedCalendar(database.db);
    const entry = (await listHolidays(database.db, 2026)).find((e) => e.date === '2026-11-24');
    expect(entry?.enabled).toBe(true);
    await setScheduleEntryEnabled(database.db, plainDate('2026-11-24'), false);
  });
});

describe('importing a year', () => {
  it('imports a valid file and lets it override the computed default', async () => {
    expect((await listHolidays(database.db, 2027))[0]?.source).toBe('computed');
    const dir = await mkdtemp(path.join(tmpdir(), 'motcua-cal-'));
    const file = path.join(dir, '2027.json');
    await writeFile(file, JSON.stringify(schedule2027, null, 2));
    expect(await calendarImportCommand(database, file)).toEqual({ year: 2027, entries: 4, replaced: false });
    const holidays = await calendarHolidaysCommand(database, 2027);
    expect(holidays.map((h) => [h.date, h.kind, h.source])).toEqual([
      ['2027-01-01', 'holiday', 'announced'],
      ['2027-02-05', 'holiday', 'announced'],
      ['2027-02-12', 'swapped', 'announced'],
      ['2027-02-20', 'makeup-workday', 'announced'],
    ]);
    expect((await importYearSchedule(database.db, schedule2027)).replaced).toBe(true);
  });

  it('rejects a malformed file whole, naming the entry, line and reason, and keeps the old data', async () => {
    const before = await listHolidays(database.db, 2027);
    const bad = {
      ...schedule2027,
      entries: [
        { date: '2027-03-01', kind: 'holiday', name: 'Mới' },
        ...schedule2027.entries,
        { date: '2027-13-01', kind: 'holiday', name: 'Sai ngày' },
      ],
    };
    const text = JSON.stringify(bad, null, 2);
    const error = await importYearSchedule(database.db, text).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'CALENDAR_SCHEDULE_INVALID' });
    const problems = (error as { details: { problems: { entry: number; line: number; reason: string }[] } }).details
      .problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ entry: 6, path: 'entries.5.date' });
    expect(text.split('\n')[problems[0]?.line ?? 0]).toContain('2027-13-01');
    expect(problems[0]?.reason).toMatch(/YYYY-MM-DD/);
    expect(await listHolidays(database.db, 2027)).toEqual(before);
  });

  it('edits and toggles single days of an announced year, and refuses years not announced', async () => {
    await upsertScheduleEntry(database.db, { date: '2027-03-01', kind: 'holiday', name: 'Ngày nghỉ thêm' });
    expect((await listHolidays(database.db, 2027)).map((h) => h.date)).toContain('2027-03-01');
    await removeScheduleEntry(database.db, plainDate('2027-03-01'));
    await expect(removeScheduleEntry(database.db, plainDate('2027-03-01'))).rejects.toMatchObject({
      code: 'CALENDAR_ENTRY_NOT_FOUND',
    });
    await expect(removeScheduleEntry(database.db, plainDate('2027-02-12'))).rejects.toMatchObject({
      code: 'CALENDAR_SCHEDULE_INVALID', // the make-up Saturday still points at it
    });
    await expect(
      upsertScheduleEntry(database.db, { date: '2028-01-01', kind: 'holiday', name: 'x' }),
    ).rejects.toMatchObject({ code: 'CALENDAR_YEAR_NOT_ANNOUNCED' });
  });
});

describe('loading a ward calendar', () => {
  it('uses the defaults for a ward without settings, and the announced schedules', async () => {
    expect(await getWardCalendarSettings(database.db, wardId)).toMatchObject({ sameDayCutoff: '15:00' });
    const calendar = await loadWardCalendar(database.db, wardId);
    expect(isWorkingDay(calendar, plainDate('2026-02-17'))).toBe(false);
    expect(isWorkingDay(calendar, plainDate('2026-01-10'))).toBe(true);
    expect(calendar.isProvisional(2026)).toBe(false);
    expect(calendar.isProvisional(2029)).toBe(true);
  });

  it('applies stored settings and ward days off; a year range limits what is loaded', async () => {
    await updateWardCalendarSettings(database.db, wardId, {
      saturdayReceiving: true,
      saturdayCountsAsProcessing: true,
    });
    await updateWardCalendarSettings(database.db, wardId, { sameDayCutoff: '16:00' });
    await addWardDayOff(database.db, wardId, { date: '2026-03-05', name: 'Đại hội' });
    const calendar = await loadWardCalendar(database.db, wardId, { from: 2026, to: 2026 });
    expect(calendar.settings).toMatchObject({ saturdayReceiving: true, sameDayCutoff: '16:00' });
    expect(isWorkingDay(calendar, plainDate('2026-03-05'))).toBe(false);
    expect(isWorkingDay(calendar, plainDate('2026-03-07'))).toBe(true);
    expect(() => calendar.dayOf(plainDate('2027-01-04'))).toThrow(
      expect.objectContaining({ code: 'CALENDAR_YEAR_OUT_OF_RANGE' }),
    );
  });

  it('rejects invalid settings and unknown wards', async () => {
    await expect(updateWardCalendarSettings(database.db, wardId, { sameDayCutoff: '25:00' })).rejects.toMatchObject({
      code: 'CALENDAR_SETTINGS_INVALID',
    });
    const unknown = '00000000-0000-4000-8000-000000000000';
    await expect(updateWardCalendarSettings(database.db, unknown, { sameDayCutoff: '14:00' })).rejects.toMatchObject({
      code: 'CALENDAR_WARD_NOT_FOUND',
    });
  });
});

describe('CLI JSON', () => {
  it('calendar due: 3 working days over Tết 2026', async () => {
    const other = await insertTestWard(database.db);
    expect(
      await calendarDueCommand(database, other, { received: '2026-02-12T10:00:00+07:00', workingDays: 3 }),
    ).toEqual({
      wardId: other,
      rule: 'working-days',
      receivedAt: '2026-02-12T10:00:00+07:00',
      countingStartsAt: '2026-02-12T10:00:00+07:00',
      due: '2026-02-24T10:00:00+07:00',
      workingHours: 24,
      provisional: false,
      provisionalYears: [],
    });
    const sameDay = await calendarDueCommand(database, other, { received: '2026-02-13T15:30:00+07:00', sameDay: true });
    expect(sameDay.due).toBe('2026-02-23T17:00:00+07:00');
    await expect(calendarDueCommand(database, other, { received: '2026-02-13T15:30:00+07:00' })).rejects.toMatchObject({
      code: 'CALENDAR_INVALID_DURATION',
    });
  });

  it('calendar holidays: announced 2026 and lunar-derived defaults for 2100', async () => {
    const y2026 = await calendarHolidaysCommand(database, 2026);
    expect(y2026).toContainEqual(
      expect.objectContaining({ date: '2026-02-17', name: 'Tết Nguyên Đán', kind: 'holiday', source: 'announced' }),
    );
    expect(y2026.some((h) => h.date === '2026-11-24')).toBe(false);
    expect(
      (await calendarHolidaysCommand(database, 2026, { includeDisabled: true })).some((h) => h.date === '2026-11-24'),
    ).toBe(true);
    const y2100 = await calendarHolidaysCommand(database, 2100);
    expect(y2100).toContainEqual(
      expect.objectContaining({ date: '2100-02-09', source: 'computed', provisional: true }),
    );
  });
});

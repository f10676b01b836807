import { describe, expect, it } from 'vitest';
import { checkYearSchedule, checkYearScheduleText, entryStartLines } from './schedule-file.ts';

const valid = {
  year: 2027,
  source: 'test',
  entries: [
    { date: '2027-01-01', kind: 'holiday', name: 'Tết Dương lịch' },
    { date: '2027-04-30', kind: 'swapped', name: 'Nghỉ hoán đổi' },
    { date: '2027-04-24', kind: 'makeup-workday', name: 'Làm bù', replaces: '2027-04-30' },
  ],
};

describe('checking a year schedule', () => {
  it('accepts a valid schedule and defaults enabled to true', () => {
    const check = checkYearSchedule(valid);
    expect(check.ok).toBe(true);
    if (check.ok) expect(check.value.entries.every((e) => e.enabled)).toBe(true);
  });

  it('reports the entry and line of a bad date in file text', () => {
    const text = JSON.stringify(
      { ...valid, entries: [...valid.entries, { date: '2027-02-30', kind: 'holiday', name: 'x' }] },
      null,
      2,
    );
    const check = checkYearScheduleText(text);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    const lines = text.split('\n');
    const problem = check.problems[0];
    expect(problem).toMatchObject({ entry: 4, path: 'entries.3.date' });
    expect(lines[(problem?.line ?? 0) - 1]?.trim()).toBe('{');
    expect(lines[problem?.line ?? 0]).toContain('2027-02-30');
  });

  it('reports the line and column of a JSON syntax error', () => {
    const check = checkYearScheduleText('{\n  "year": 2027,\n  "source": "x"\n  "entries": []\n}');
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.problems[0]).toMatchObject({ line: 4 });
  });

  it.each([
    [{ date: '2026-12-31', kind: 'holiday', name: 'x' }, 'is not in 2027'],
    [{ date: '2027-01-01', kind: 'holiday', name: 'again' }, 'listed twice'],
    [{ date: '2027-05-05', kind: 'makeup-workday', name: 'x' }, 'must be a Saturday or Sunday'],
    [{ date: '2027-05-08', kind: 'swapped', name: 'x' }, 'must be a weekday'],
    [{ date: '2027-05-08', kind: 'makeup-workday', name: 'x', replaces: '2027-01-01' }, 'is not a swapped day'],
    [{ date: '2027-05-05', kind: 'vacation', name: 'x' }, 'Invalid option'],
    [{ date: '2027-05-05', kind: 'holiday', name: 'x', colour: 'red' }, 'Unrecognized key'],
  ])('rejects %j (%s)', (entry, reason) => {
    const check = checkYearSchedule({ ...valid, entries: [...valid.entries, entry] });
    expect(check.ok).toBe(false);
    if (!check.ok) {
      expect(check.problems.some((p) => p.entry === 4 && p.reason.includes(reason))).toBe(true);
    }
  });

  it('finds the line of each entry, strings with brackets included', () => {
    const text = '{"year": 2027, "entries": [\n {"name": "a ] } ["},\n\n {"name": "b"}\n]}';
    expect(entryStartLines(text)).toEqual([2, 4]);
  });
});

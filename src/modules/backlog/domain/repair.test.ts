import { describe, expect, it } from 'vitest';
import { addDays, plainDate } from '../../../kernel/plain-date.ts';
import { mondayOf, remainingAt, throughputOf, weekEnds, weeklyNet, workingDaysToFinish } from './burndown.ts';
import { fieldOfHeader, proposeMapping } from './columns.ts';
import { normaliseIdNumber, normalisePhone, parseLegacyDate } from './repair.ts';
import { classify, competenceOf, DEFAULT_TRIAGE, flagsOf } from './triage.ts';

const date = (v: unknown) => {
  const r = parseLegacyDate(v);
  return r.ok ? r.value : `!${r.reason}`;
};

describe('legacy dates', () => {
  it.each([
    ['05/07/2025', '2025-07-05'],
    ['5/7/25', '2025-07-05'],
    ['05-07-2025 14:30', '2025-07-05'],
    ['14:30 05/07/2025', '2025-07-05'],
    ['2025-07-05', '2025-07-05'],
    ['ngày 5 tháng 7 năm 2025', '2025-07-05'],
    ['Ngày 05 tháng 07 năm 2025', '2025-07-05'],
    ['45843', '2025-07-05'],
    [45843, '2025-07-05'],
    [45843.6, '2025-07-05'],
    [new Date(Date.UTC(2025, 6, 5)), '2025-07-05'],
    [new Date(Date.UTC(2025, 6, 5, 14, 30)), '2025-07-05'],
  ])('reads %s', (input, expected) => {
    expect(date(input)).toBe(expected);
  });
  it.each(['31/02/2025', '2025-13-01', 'hôm qua', '', '05/07/1899'])('refuses %s with a reason', (input) => {
    expect(date(input)).toMatch(/^!/);
  });
});

describe('phones and ID numbers', () => {
  it.each([
    ['0903 123 456', '0903123456'],
    ['+84 903.123.456', '0903123456'],
    ['903123456', '0903123456'],
    ['01683 123 456', '0383123456'],
    ['028 3899 1234', '02838991234'],
  ])('normalises phone %s', (input, expected) => {
    expect(normalisePhone(input)).toEqual({ ok: true, value: expected });
  });
  it('refuses a phone that cannot be Vietnamese and accepts an empty one', () => {
    expect(normalisePhone('12345').ok).toBe(false);
    expect(normalisePhone('')).toEqual({ ok: true, value: null });
  });
  it.each([
    ['079 090 123 456', '079090123456'],
    ['79090123456', '079090123456'],
    ['025123456', '025123456'],
    ['b1234567', 'B1234567'],
  ])('normalises ID %s', (input, expected) => {
    expect(normaliseIdNumber(input)).toEqual({ ok: true, value: expected });
  });
  it('refuses IDs of the wrong length', () => {
    expect(normaliseIdNumber('1234').ok).toBe(false);
  });
});

describe('columns', () => {
  it('maps Vietnamese header aliases whatever the case, marks or punctuation', () => {
    expect(fieldOfHeader('MÃ HỒ SƠ')).toBe('originalCode');
    expect(fieldOfHeader('Ma_ho_so')).toBe('originalCode');
    expect(fieldOfHeader('Ngày hẹn trả kết quả')).toBe('dueOn');
    expect(fieldOfHeader('Cán bộ thụ lý')).toBe('officer');
    expect(fieldOfHeader('Mã vạch')).toBeUndefined();
  });
  it('lists unknown headers and missing required fields', () => {
    const m = proposeMapping(['Mã hồ sơ', 'Mã vạch', 'Tên thủ tục']);
    expect(m.unknownHeaders).toEqual(['Mã vạch']);
    expect(m.missingRequired).toEqual(['receivedOn']);
    expect(proposeMapping(['Mã hồ sơ', 'Mã vạch', 'Tên thủ tục'], { 'Mã vạch': 'receivedOn' }).missingRequired).toEqual(
      [],
    );
  });
});

describe('triage rules', () => {
  const today = plainDate('2025-07-10');
  it('reads flags from the old status and weighs field, flags and age', () => {
    const flags = flagsOf({
      field: 'Hộ tịch',
      legacyStatus: 'Chờ bổ sung hồ sơ; lấy ý kiến Công an',
      missingDocumentsText: null,
      notes: null,
    });
    expect(flags).toEqual({ missingDocuments: true, siteVerification: false, multiAgency: true });
    const simple = classify(
      { field: 'Chứng thực', receivedOn: today, missingDocuments: false, siteVerification: false, multiAgency: false },
      today,
      DEFAULT_TRIAGE,
    );
    expect(simple).toEqual({ complexity: 'simple', score: 0, effortHours: 1 });
    const land = classify(
      {
        field: 'Đất đai',
        receivedOn: addDays(today, -400),
        missingDocuments: true,
        siteVerification: true,
        multiAgency: false,
      },
      today,
      DEFAULT_TRIAGE,
    );
    expect(land.complexity).toBe('very_complex');
    expect(land.score).toBe(3 + 2 + 2 + 3);
  });
  it('sends another body’s procedures to the transfer list', () => {
    const match = {
      procedureId: 'x',
      code: '1',
      name: 'Đăng ký thường trú',
      field: 'Cư trú',
      level: 'ward' as const,
      handledAtCenter: false,
      handlingBody: 'Công an cấp xã',
      whereToGo: 'Công an phường',
      method: 'name' as const,
      confidence: 1,
    };
    expect(competenceOf(match)).toEqual({ competence: 'other', receivingBody: 'Công an phường' });
    expect(competenceOf({ ...match, handledAtCenter: true })).toEqual({ competence: 'ward', receivingBody: null });
    expect(competenceOf(null).competence).toBe('unknown');
  });
});

describe('burn-down arithmetic', () => {
  const d = (s: string) => plainDate(s);
  const items = [
    { group: 'A', discoveredOn: d('2025-07-01'), closedOn: d('2025-07-08') },
    { group: 'A', discoveredOn: d('2025-07-01'), closedOn: null },
    { group: 'B', discoveredOn: d('2025-07-09'), closedOn: d('2025-07-16') },
  ];
  it('counts remaining items, weekly closures and discoveries', () => {
    expect(mondayOf(d('2025-07-13'))).toBe('2025-07-07');
    const ends = weekEnds(d('2025-07-01'), d('2025-07-16'));
    expect(ends).toEqual(['2025-07-06', '2025-07-13', '2025-07-20']);
    expect(remainingAt(items, d('2025-07-13'))).toBe(2);
    expect(weeklyNet(items, ends).map((w) => w.netReduction)).toEqual([-2, 0, 1]);
  });
  it('forecasts from the mean weekly throughput, with no date when nothing gets done', () => {
    expect(throughputOf([{ closed: 10 }, { closed: 20 }, { closed: 30 }])).toEqual({ mean: 20, sd: 10, weeks: 3 });
    expect(workingDaysToFinish(100, 20)).toBe(25);
    expect(workingDaysToFinish(100, 0)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { aNationalEntry, aSeedProcedure, seedText } from '../testing/builders.ts';
import { defaultClockRules, stepBudgets } from './clock-rules.ts';
import { documentFromText } from './documents.ts';
import { isHandledAtCenter, levelOfBodies } from './levels.ts';
import { emptySeed, parseSeedLines } from './seed-records.ts';

describe('parseSeedLines', () => {
  it('reads procedures and national entries, skipping blank and comment lines', () => {
    const seed = emptySeed();
    const text = `// header\n\n${seedText([aSeedProcedure(), aNationalEntry()])}`;
    expect(parseSeedLines('f.jsonl', text, seed)).toBeUndefined();
    expect(seed.procedures).toHaveLength(1);
    expect(seed.national).toHaveLength(1);
  });

  it('reports the line and the reason of the first bad record', () => {
    const bad = `${seedText([aSeedProcedure()])}{"kind":"procedure","id":"x"\n`;
    expect(parseSeedLines('f.jsonl', bad, emptySeed())).toMatchObject({
      file: 'f.jsonl',
      line: 2,
      reason: expect.stringContaining('not valid JSON'),
    });
    const invalid = seedText([aNationalEntry(), { ...aSeedProcedure(), level: 'district' }]);
    expect(parseSeedLines('f.jsonl', invalid, emptySeed())).toMatchObject({
      line: 2,
      reason: expect.stringContaining('level'),
    });
  });

  it('refuses duplicate ids and codes across files', () => {
    const seed = emptySeed();
    expect(parseSeedLines('a', seedText([aSeedProcedure()]), seed)).toBeUndefined();
    expect(parseSeedLines('b', seedText([aSeedProcedure({ id: 'other-id' })]), seed)).toMatchObject({
      file: 'b',
      line: 1,
      reason: 'duplicate procedure code 1.001193',
    });
  });
});

describe('documents, levels, clock rules', () => {
  it('reads a leading case as the condition of a document', () => {
    expect(documentFromText('Trẻ bị bỏ rơi: biên bản về việc trẻ bị bỏ rơi')).toEqual({
      name: 'biên bản về việc trẻ bị bỏ rơi',
      originals: null,
      copies: null,
      required: false,
      condition: 'Trẻ bị bỏ rơi',
    });
    expect(documentFromText('Tờ khai đăng ký khai sinh')).toMatchObject({ required: true, condition: null });
  });

  it('derives the level and whether the center receives the dossier', () => {
    expect(levelOfBodies(['Ủy ban nhân dân cấp xã'])).toBe('ward');
    expect(levelOfBodies(['Sở Tư Pháp'])).toBe('province');
    expect(levelOfBodies(['Bộ Công an'])).toBe('central');
    expect(levelOfBodies(['Cảng vụ hàng hải'])).toBe('other');
    expect(isHandledAtCenter('ward', 'Công an cấp xã (không phải UBND/TTPVHCC phường)')).toBe(false);
    expect(isHandledAtCenter('ward', 'UBND cấp xã (tiếp nhận), Công an cấp xã, cơ quan BHXH')).toBe(true);
    expect(isHandledAtCenter('province', 'Sở Tư pháp')).toBe(false);
  });

  it('gives step plans whose shares sum to one', () => {
    for (const d of [
      { kind: 'working_days', value: 5 },
      { kind: 'same_day', cutoff: '15:00' },
    ] as const) {
      const sum = defaultClockRules(d).stepPlan.reduce((s, x) => s + x.share, 0);
      expect(sum).toBeCloseTo(1, 6);
    }
    expect(stepBudgets(defaultClockRules({ kind: 'working_days', value: 5 }), 40)).toContainEqual({
      step: 'appraise',
      hours: 20,
    });
  });
});

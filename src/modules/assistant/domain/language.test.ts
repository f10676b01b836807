import { describe, expect, it } from 'vitest';
import { detectLanguage, scriptOf } from './language.ts';

describe('detectLanguage', () => {
  it.each([
    ['làm giấy khai sinh', 'vi'],
    ['lam giay khai sinh', 'vi'],
    ['dk ket hon can gi', 'vi'],
    ['mat so do', 'vi'],
    ['dk kh can j ad', 'vi'],
    ['I just had a baby, how do I register the birth?', 'en'],
    ['certified copy of my degree', 'en'],
    ['where is the passport office', 'en'],
  ] as const)('%s → %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });
  it('tells Latin text from other scripts and from symbols only', () => {
    expect(scriptOf('xin chào')).toBe('latin');
    expect(scriptOf('你好')).toBe('other');
    expect(scriptOf('Здравствуйте')).toBe('other');
    expect(scriptOf('😀 ???')).toBe('none');
  });
});

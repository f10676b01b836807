import { describe, expect, it } from 'vitest';
import { numbersInWords, questionSyllables, repairTyping, syllables, words } from './fold.ts';

describe('folding Vietnamese as it is typed', () => {
  it('makes both tone placements and text without diacritics equal', () => {
    expect(syllables('hoà giải')).toEqual(syllables('hòa giải'));
    expect(syllables('thuỷ')).toEqual(syllables('thủy'));
    expect(syllables('Đăng Ký Khai Sinh')).toEqual(syllables('dang ky khai sinh'));
    expect(syllables('kí')).toEqual(syllables('ký'));
  });
  it('keeps procedure codes whole and drops punctuation', () => {
    expect(words('mã 1.001193, OK?')).toEqual(['ma', '1.001193', 'ok']);
  });
  it('repairs Telex and VNI leftovers but not abbreviations', () => {
    expect(repairTyping('ddawng')).toBe('dang');
    expect(repairTyping('kys')).toBe('ky');
    expect(repairTyping('sinhf')).toBe('sinh');
    expect(repairTyping('d9a8ng1')).toBe('dang');
    expect(repairTyping('gks')).toBe('gks');
    expect(repairTyping('ct07')).toBe('ct07');
  });
  it('spells out chat shorthand', () => {
    expect(questionSyllables('dk ket hon can j')).toEqual(['dang', 'ki', 'ket', 'hon', 'can', 'gi']);
    expect(questionSyllables('ko bik lm sao')).toEqual(['khong', 'biet', 'lam', 'sao']);
    expect(questionSyllables('dk kh can j')).toEqual(['dang', 'ki', 'ket', 'hon', 'can', 'gi']);
    expect(questionSyllables('kh co')).toEqual(['khong', 'co']);
  });
  it('reads numbers said in words before a unit or in a date, and leaves other words alone', () => {
    expect(numbersInWords(['muoi', 'bay', 'tuoi'])).toEqual(['17', 'tuoi']);
    expect(numbersInWords(['hai', 'muoi', 'lam', 'tuoi'])).toEqual(['25', 'tuoi']);
    expect(numbersInWords(['ba', 'tang'])).toEqual(['3', 'tang']);
    expect(numbersInWords(['ngay', 'muoi', 'lam', 'thang', 'tam'])).toEqual(['ngay', '15', 'thang', '8']);
    expect(numbersInWords(['ba', 'toi', 'mat'])).toEqual(['ba', 'toi', 'mat']);
    expect(numbersInWords(['tam', 'tru'])).toEqual(['tam', 'tru']);
  });
});

import { describe, expect, it } from 'vitest';
import { queryVariants, withExpansions } from './abbreviations.ts';
import { looksLikeCode, normalise, tokens } from './normalise.ts';

describe('normalise', () => {
  it('folds diacritics, đ and case', () => {
    expect(normalise('Đăng ký khai sinh')).toBe('dang ky khai sinh');
    expect(normalise('ĐĂNG KÝ KẾT HÔN')).toBe('dang ky ket hon');
    expect(normalise('Xác nhận tình trạng hôn nhân')).toBe('xac nhan tinh trang hon nhan');
  });
  it('treats precomposed (NFC) and decomposed (NFD) input alike', () => {
    const nfc = 'Giấy phép xây dựng'.normalize('NFC');
    const nfd = 'Giấy phép xây dựng'.normalize('NFD');
    expect(nfc).not.toBe(nfd);
    expect(normalise(nfd)).toBe(normalise(nfc));
  });
  it('turns punctuation into spaces but keeps procedure codes', () => {
    expect(normalise('Cấp bản sao (trích lục), 1.001193.')).toBe('cap ban sao trich luc 1.001193');
    expect(tokens('  khai   sinh ')).toEqual(['khai', 'sinh']);
  });
  it('recognises codes and code prefixes', () => {
    expect(looksLikeCode('1.001193')).toBe(true);
    expect(looksLikeCode('2.0008')).toBe(true);
    expect(looksLikeCode('khai sinh')).toBe(false);
  });
});

describe('abbreviations', () => {
  it('expands abbreviations in queries, keeping the original', () => {
    expect(queryVariants('CCCD')).toEqual(['cccd', 'can cuoc cong dan', 'the can cuoc', 'can cuoc']);
    expect(queryVariants('xin GPXD')).toContain('xin giay phep xay dung');
    expect(queryVariants('HKD')).toContain('ho kinh doanh');
    expect(queryVariants('XNTTHN')).toContain('xac nhan tinh trang hon nhan');
    expect(queryVariants('CT07')).toContain('xac nhan thong tin ve cu tru');
    expect(queryVariants('GKS')).toContain('giay khai sinh');
  });
  it('maps everyday phrases to official wording', () => {
    expect(queryVariants('cấp lại sổ đỏ')).toContain('cap lai giay chung nhan quyen su dung dat');
  });
  it('indexes text with the expansions of the abbreviations it contains', () => {
    expect(withExpansions('ban sao cccd')).toBe('ban sao cccd can cuoc cong dan the can cuoc can cuoc');
    expect(withExpansions('khai sinh')).toBe('khai sinh');
  });
});

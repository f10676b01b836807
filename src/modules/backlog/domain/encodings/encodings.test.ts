import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { encodeLegacy, legacyCell, toCp1258Form } from '../../testing/legacy-text.ts';
import { cellText } from '../repair.ts';
import { convertCell, detectEncoding } from './detect.ts';
import { bytesOfLegacyString, legacyStringOfBytes, VIETNAMESE_LETTERS } from './letters.ts';
import { decodeTcvn3, encodeTcvn3 } from './tcvn3.ts';
import { decodeVni, encodeVni } from './vni.ts';

const LOWER = VIETNAMESE_LETTERS.filter((l) => !l.upper).map((l) => l.char);
const UPPER = VIETNAMESE_LETTERS.filter((l) => l.upper).map((l) => l.char);

describe('the letter list', () => {
  it('has the 134 distinct Vietnamese letters with diacritics', () => {
    expect(VIETNAMESE_LETTERS).toHaveLength(134);
    expect(new Set(VIETNAMESE_LETTERS.map((l) => l.char)).size).toBe(134);
    expect(LOWER).toContain('ỵ');
    expect(UPPER).toContain('Ữ');
  });
});

describe('VNI-Windows', () => {
  it.each(VIETNAMESE_LETTERS.map((l) => l.char))('round-trips %s alone and inside a word', (ch) => {
    expect(decodeVni(encodeVni(ch))).toBe(ch);
    expect(decodeVni(encodeVni(`x${ch}n`))).toBe(`x${ch}n`);
  });
  it('writes the known VNI bytes', () => {
    expect(legacyStringOfBytes(encodeVni('phường'))).toBe('phöôøng');
    expect(legacyStringOfBytes(encodeVni('Xin chào các bạn'))).toBe('Xin chaøo caùc baïn');
    expect(legacyStringOfBytes(encodeVni('ĐIỀN'))).toBe('ÑIEÀN');
    expect(legacyStringOfBytes(encodeVni('ỵ Ỵ'))).toBe('î Î');
  });
});

describe('TCVN3 (ABC)', () => {
  it.each(LOWER)('round-trips lower-case %s', (ch) => {
    expect(decodeTcvn3(encodeTcvn3(ch))).toBe(ch);
  });
  it.each(UPPER)('restores capital %s in a word in capitals and in a Title Case name', (ch) => {
    expect(decodeTcvn3(encodeTcvn3(`PH${ch}NG`))).toBe(`PH${ch}NG`);
    expect(decodeTcvn3(encodeTcvn3(`Nguyễn Văn ${ch}n`))).toBe(`Nguyễn Văn ${ch}n`);
    expect(decodeTcvn3(encodeTcvn3(`ỦY BAN ${ch}`))).toBe(`ỦY BAN ${ch}`);
  });
  it('stores capitals without a byte as the lower-case byte, like the .VnTimeH fonts', () => {
    expect(encodeTcvn3('Ờ')).toEqual(encodeTcvn3('ờ'));
    expect(encodeTcvn3('Ư')).not.toEqual(encodeTcvn3('ư'));
    expect(legacyStringOfBytes(encodeTcvn3('Thảo Điền'))).toBe('Th¶o §iÒn');
  });
  it('tells a Title Case name from one in capitals', () => {
    for (const s of ['Võ Ngọc Phường', 'VÕ VĂN ẤN', 'Lê Thị Ỷ', 'LÊ THỊ Ỷ'])
      expect(decodeTcvn3(encodeTcvn3(s))).toBe(s);
  });
  it('keeps lower case inside ordinary sentences', () => {
    const s = 'Cấp giấy chứng nhận quyền sử dụng đất lần đầu';
    expect(decodeTcvn3(encodeTcvn3(s))).toBe(s);
  });
});

describe('Windows-1258 and NFD', () => {
  it.each([...LOWER, ...UPPER])('round-trips %s through Windows-1258', (ch) => {
    expect(iconv.decode(Buffer.from(encodeLegacy(ch, 'cp1258')), 'cp1258').normalize('NFC')).toBe(ch);
  });
  it('uses combining tones the way Windows writes them', () => {
    expect(toCp1258Form('ố')).toBe('ô\u0301');
  });
  it('converts NFD cells to NFC', () => {
    const nfd = 'Phường Thảo Điền'.normalize('NFD');
    expect(convertCell(nfd, 'nfd')).toBe('Phường Thảo Điền');
    expect(detectEncoding([nfd]).encoding).toBe('nfd');
  });
});

const SAMPLE = [
  'Nguyễn Văn Ấn',
  'Trần Thị Thúy Hằng',
  'Phường Thảo Điền',
  'Đăng ký khai sinh',
  'Cấp giấy chứng nhận quyền sử dụng đất',
  'Chứng thực bản sao từ bản chính',
  'LÊ THỊ HỒNG NGỌC',
  '12 đường Quốc Hương, khu phố 3',
  'Lường Ưng Ỷ',
];

describe('detecting the encoding of a column', () => {
  it.each(['tcvn3', 'vni', 'viscii', 'cp1258'] as const)('recognises %s and converts every cell', (enc) => {
    const cells = SAMPLE.map((s) => legacyCell(s, enc));
    const found = detectEncoding(cells);
    expect(found.encoding).toBe(enc);
    expect(cells.map((c) => convertCell(c, found.encoding))).toEqual(SAMPLE);
    expect(found.example?.after).toBeDefined();
  });
  it('leaves Unicode alone, even when some cells hold only Latin-1 letters', () => {
    const cells = [...SAMPLE, 'Bé Tí', 'Hồ Thị Mén'];
    expect(detectEncoding(cells).encoding).toBe('unicode');
  });
  it('repairs UTF-8 read as Windows-1252', () => {
    const mojibake = SAMPLE.map((s) => legacyStringOfBytes(new TextEncoder().encode(s)));
    const found = detectEncoding(mojibake);
    expect(found.encoding).toBe('utf8-mojibake');
    expect(convertCell(mojibake[2]!, found.encoding)).toBe('Phường Thảo Điền');
  });
  it('keeps the 0xA0 byte of UTF-8 read as Latin-1 ("à" is C3 A0) until it is decoded', () => {
    const latin1 = (s: string) => Buffer.from(s, 'utf8').toString('latin1');
    const cells = ['Ngày nhận', 'Ngày hẹn trả', 'Chờ bổ sung hồ sơ'].map((s) => cellText(latin1(` ${s}  `)));
    const found = detectEncoding(cells);
    expect(found.encoding).toBe('utf8-mojibake');
    expect(cells.map((c) => convertCell(c, found.encoding))).toEqual([
      'Ngày nhận',
      'Ngày hẹn trả',
      'Chờ bổ sung hồ sơ',
    ]);
    // a real no-break space in Unicode text still becomes one plain space
    expect(convertCell(cellText('Phường\u00a0 Thảo Điền\u00a0'), 'unicode')).toBe('Phường Thảo Điền');
  });
  it('maps Windows-1252 characters back to their bytes', () => {
    expect(bytesOfLegacyString('€‚')).toEqual(Uint8Array.from([0x80, 0x82]));
    expect(bytesOfLegacyString('Phường')).toBeUndefined();
  });
});

/**
 * Writes text the way the predecessor units' old systems did, for tests and benchmarks: TCVN3 (ABC), VNI,
 * VISCII, Windows-1258 (precomposed vowel marks, combining tones) and NFD. Returns bytes (a CSV file) or the
 * Windows-1252 string Excel shows for a legacy font.
 */
import iconv from 'iconv-lite';
import { legacyStringOfBytes } from '../domain/encodings/letters.ts';
import { encodeTcvn3 } from '../domain/encodings/tcvn3.ts';
import { encodeVni } from '../domain/encodings/vni.ts';

export type LegacyEncoding = 'tcvn3' | 'vni' | 'viscii' | 'cp1258';

const TONES = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);

/** Windows-1258 keeps â ă ê ô ơ ư đ precomposed and writes the five tones as combining marks. */
export function toCp1258Form(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const parts = [...ch.normalize('NFD')];
    const tones = parts.filter((c) => TONES.has(c)).join('');
    out += tones
      ? parts
          .filter((c) => !TONES.has(c))
          .join('')
          .normalize('NFC') + tones
      : ch;
  }
  return out;
}

export function encodeLegacy(text: string, encoding: LegacyEncoding): Uint8Array {
  switch (encoding) {
    case 'tcvn3':
      return encodeTcvn3(text);
    case 'vni':
      return encodeVni(text);
    case 'viscii':
      return iconv.encode(text.normalize('NFC'), 'viscii');
    case 'cp1258':
      return iconv.encode(toCp1258Form(text), 'cp1258');
  }
}

/** The string a spreadsheet cell holds when the text was typed in a legacy font. */
export function legacyCell(text: string, encoding: LegacyEncoding): string {
  return legacyStringOfBytes(encodeLegacy(text, encoding));
}

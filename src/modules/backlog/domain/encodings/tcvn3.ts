/**
 * TCVN3 (ABC, TCVN 5712 VN3). Lower case letters and Ă Â Ê Ô Ơ Ư Đ have their own bytes (iconv-lite's `tcvn`
 * decodes them, and also the extra upper-case positions of VN1). The other upper-case letters have no byte: the
 * ABC ".VnTimeH" fonts draw the lower-case byte as a capital, so "PHƯỜNG" is stored as P H 0xA6 0xEA N G.
 * Decoding restores those capitals from context: a word otherwise in capitals, a cell in capitals, or a name
 * in Title Case.
 */
import iconv from 'iconv-lite';
import { VIETNAMESE_LETTERS } from './letters.ts';

const ALL_BYTES = Uint8Array.from({ length: 256 }, (_, i) => i);
const TABLE = [...iconv.decode(Buffer.from(ALL_BYTES), 'tcvn')];

/** Unicode letter → its TCVN3 byte; capitals without a byte use the lower-case byte (ABC style). */
const ENCODE = new Map<string, number>();
for (let b = 0x80; b < 0x100; b++) {
  const ch = TABLE[b]!;
  if (ch === ch.toLowerCase() && ch !== ch.toUpperCase()) ENCODE.set(ch, b);
}
for (const b of [0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7]) ENCODE.set(TABLE[b]!, b); // Ă Â Ê Ô Ơ Ư Đ
ENCODE.set('ý', 0xfd);
ENCODE.set('Ý', 0xfd);
for (const l of VIETNAMESE_LETTERS) {
  if (!l.upper || ENCODE.has(l.char)) continue;
  const lower = ENCODE.get(l.char.toLowerCase());
  if (lower !== undefined) ENCODE.set(l.char, lower);
}

/** Encodes Unicode text as TCVN3 bytes the way ABC fonts store it (for test files and round trips). */
export function encodeTcvn3(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const code = ch.charCodeAt(0);
    out.push(code < 0x80 ? code : (ENCODE.get(ch) ?? 0x3f));
  }
  return Uint8Array.from(out);
}

const isUpperChar = (ch: string) => ch !== ch.toLowerCase() && ch === ch.toUpperCase();
const isLowerChar = (ch: string) => ch !== ch.toUpperCase() && ch === ch.toLowerCase();
/** Per byte: 0 not a letter, 1 upper case, 2 lower case, 3 lower case an ABC capital font draws as a capital. */
const KIND = Uint8Array.from(TABLE, (ch, b) =>
  !/\p{L}/u.test(ch) ? 0 : isUpperChar(ch) ? 1 : isLowerChar(ch) ? (b >= 0x80 ? 3 : 2) : 2,
);
const UPPER_OF = TABLE.map((ch) => ch.toUpperCase());

/** Decodes TCVN3 bytes to NFC Unicode, restoring capitals written with lower-case bytes. */
export function decodeTcvn3(bytes: Uint8Array): string {
  let out = '';
  let ambiguous = false;
  for (const b of bytes) {
    out += TABLE[b]!;
    if (KIND[b] === 3) ambiguous = true;
  }
  if (!ambiguous) return out.normalize('NFC');
  // Words: runs of letters. For each, count certain capitals and lower-case letters.
  const words: { start: number; end: number; upper: number; lower: boolean }[] = [];
  let allUpper = 0;
  let anyLower = false;
  for (let i = 0; i < bytes.length; ) {
    if (KIND[bytes[i]!] === 0) {
      i++;
      continue;
    }
    const w = { start: i, end: i, upper: 0, lower: false };
    for (; i < bytes.length && KIND[bytes[i]!] !== 0; i++) {
      const k = KIND[bytes[i]!];
      if (k === 1) w.upper++;
      else if (k === 2) w.lower = true;
    }
    w.end = i;
    allUpper += w.upper;
    anyLower ||= w.lower;
    words.push(w);
  }
  const cellInCapitals = allUpper >= 2 && !anyLower;
  const chars = Array.from(bytes, (b) => TABLE[b]!);
  const startsUpper = (w: (typeof words)[number]) => KIND[bytes[w.start]!] === 1;
  for (const w of words) {
    // "VÕ" or "Võ"? One capital alone decides nothing: the rest of the cell does.
    const capitals = !w.lower && (w.upper >= 2 || cellInCapitals);
    if (capitals) {
      for (let i = w.start; i < w.end; i++) if (KIND[bytes[i]!] === 3) chars[i] = UPPER_OF[bytes[i]!]!;
      continue;
    }
    if (KIND[bytes[w.start]!] !== 3 || words.length < 3) continue;
    if (words.every((o) => o === w || startsUpper(o))) chars[w.start] = UPPER_OF[bytes[w.start]!]!;
  }
  return chars.join('').normalize('NFC');
}

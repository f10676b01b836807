/**
 * VNI-Windows: an ASCII base letter followed by one or two bytes that the VNI fonts draw as marks
 * ("phường" = p h 0xF6 0xF8 n g, seen in Excel as "phöøng"). iconv-lite has no VNI and the npm converters get
 * ờ ớ ở ỡ ợ ừ ứ ử ữ ự ỹ wrong, so the table is written here from the letter list and round-trip tested.
 */
import { type Letter, VIETNAMESE_LETTERS } from './letters.ts';

/** Tone bytes after a base letter, lower case: none, sắc, huyền, hỏi, ngã, nặng (upper case = byte − 0x20). */
const TONE = [0, 0xf9, 0xf8, 0xfb, 0xf5, 0xef];
const CIRCUMFLEX = [0xe2, 0xe1, 0xe0, 0xe5, 0xe3, 0xe4]; // â ê ô and their tones
const BREVE = [0xea, 0xe9, 0xe8, 0xfa, 0xfc, 0xeb]; // ă and its tones
const I_SINGLE = [0x69, 0xed, 0xec, 0xe6, 0xf3, 0xf2]; // i í ì ỉ ĩ ị are single bytes
const HORN_O = 0xf4; // ơ
const HORN_U = 0xf6; // ư
const Y_DOT = 0xee; // ỵ is a single byte
const D_STROKE = 0xf1; // đ

function lowerBytes(l: Letter): number[] {
  const t = l.tone;
  switch (l.base) {
    case 'đ':
      return [D_STROKE];
    case 'i':
      return [I_SINGLE[t]!];
    case 'ă':
      return [0x61, BREVE[t]!];
    case 'â':
      return [0x61, CIRCUMFLEX[t]!];
    case 'ê':
      return [0x65, CIRCUMFLEX[t]!];
    case 'ô':
      return [0x6f, CIRCUMFLEX[t]!];
    case 'ơ':
      return t === 0 ? [HORN_O] : [HORN_O, TONE[t]!];
    case 'ư':
      return t === 0 ? [HORN_U] : [HORN_U, TONE[t]!];
    case 'y':
      return t === 5 ? [Y_DOT] : [0x79, TONE[t]!];
    default:
      return [l.base.charCodeAt(0), TONE[t]!];
  }
}

/** Upper case: ASCII letters upper-cased, mark bytes (0xE0–0xFF) moved down by 0x20. */
function bytesOf(l: Letter): number[] {
  const lower = lowerBytes(l);
  if (!l.upper) return lower;
  return lower.map((b) => (b >= 0x61 && b <= 0x7a ? b - 0x20 : b >= 0xe0 ? b - 0x20 : b));
}

const ENCODE = new Map<string, number[]>(VIETNAMESE_LETTERS.map((l) => [l.char, bytesOf(l)]));
/** Byte sequence (as a latin-1 key) → letter; two-byte sequences are tried before single bytes. */
const DECODE = new Map<string, string>(
  VIETNAMESE_LETTERS.map((l) => [String.fromCharCode(...bytesOf(l)), l.char] as const),
);

/** Decodes VNI bytes to NFC Unicode; bytes that start no VNI letter are read as Latin-1. */
export function decodeVni(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) {
    const one = String.fromCharCode(bytes[i]!);
    if (i + 1 < bytes.length) {
      const two = DECODE.get(one + String.fromCharCode(bytes[i + 1]!));
      if (two) {
        out += two;
        i++;
        continue;
      }
    }
    out += DECODE.get(one) ?? one;
  }
  return out.normalize('NFC');
}

/** Encodes Unicode text as VNI bytes (for test files and round trips); other non-ASCII characters become '?'. */
export function encodeVni(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const known = ENCODE.get(ch);
    if (known) out.push(...known);
    else out.push(ch.charCodeAt(0) < 0x80 ? ch.charCodeAt(0) : 0x3f);
  }
  return Uint8Array.from(out);
}

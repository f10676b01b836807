/**
 * The 134 Vietnamese letters with diacritics (67 lower case, 67 upper case): 12 vowel bases × 6 tones, minus
 * the 6 unmarked ASCII vowels, plus đ. Every legacy table is written from these and round-trip tested over them.
 */

/** Vowel bases (with their vowel marks), lower case. */
export const VOWEL_BASES = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'] as const;
export type VowelBase = (typeof VOWEL_BASES)[number];

/** Tones in the order legacy tables list them: none, sắc, huyền, hỏi, ngã, nặng. */
export const TONES = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'] as const;
export type ToneIndex = 0 | 1 | 2 | 3 | 4 | 5;

export interface Letter {
  readonly char: string;
  readonly base: VowelBase | 'đ';
  readonly tone: ToneIndex;
  readonly upper: boolean;
}

function buildLetters(): Letter[] {
  const out: Letter[] = [];
  for (const upper of [false, true]) {
    for (const base of VOWEL_BASES) {
      for (let tone = 0 as ToneIndex; tone < 6; tone = (tone + 1) as ToneIndex) {
        const lower = `${base}${TONES[tone]}`.normalize('NFC');
        if (lower.length === 1 && lower.charCodeAt(0) < 0x80) continue; // a e i o u y
        out.push({ char: upper ? lower.toUpperCase() : lower, base, tone, upper });
      }
    }
    out.push({ char: upper ? 'Đ' : 'đ', base: 'đ', tone: 0, upper });
  }
  return out;
}

export const VIETNAMESE_LETTERS: readonly Letter[] = buildLetters();

const BY_CHAR = new Map(VIETNAMESE_LETTERS.map((l) => [l.char, l]));

export function letterOf(char: string): Letter | undefined {
  return BY_CHAR.get(char);
}

/** Windows-1252 puts these characters at 0x80–0x9F; a cell read from a legacy file may hold them. */
const CP1252_HIGH: Record<number, number> = {
  8364: 0x80,
  8218: 0x82,
  402: 0x83,
  8222: 0x84,
  8230: 0x85,
  8224: 0x86,
  8225: 0x87,
  710: 0x88,
  8240: 0x89,
  352: 0x8a,
  8249: 0x8b,
  338: 0x8c,
  381: 0x8e,
  8216: 0x91,
  8217: 0x92,
  8220: 0x93,
  8221: 0x94,
  8226: 0x95,
  8211: 0x96,
  8212: 0x97,
  732: 0x98,
  8482: 0x99,
  353: 0x9a,
  8250: 0x9b,
  339: 0x9c,
  382: 0x9e,
  376: 0x9f,
};
const CP1252_BY_BYTE = new Map(Object.entries(CP1252_HIGH).map(([cp, b]) => [b, Number(cp)]));

/**
 * The bytes a legacy 8-bit string stood for, when it was read as Windows-1252 or Latin-1 (CSV bytes, or a
 * spreadsheet cell typed in a .VnTime / VNI font). Undefined when the string holds real Unicode beyond that.
 */
export function bytesOfLegacyString(text: string): Uint8Array | undefined {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const cp = text.charCodeAt(i);
    if (cp < 0x100) out[i] = cp;
    else {
      const b = CP1252_HIGH[cp];
      if (b === undefined) return undefined;
      out[i] = b;
    }
  }
  return out;
}

/** The inverse, for test files: bytes shown as a Windows-1252 string (what Excel holds for a legacy font). */
export function legacyStringOfBytes(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(CP1252_BY_BYTE.get(b) ?? b);
  return s;
}

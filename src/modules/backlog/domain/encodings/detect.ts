/**
 * Which legacy encoding a column was written in. Each candidate decodes a sample of the column's cells; the
 * one whose words look most like Vietnamese syllables wins (Unicode as-is wins ties). The chosen decoder then
 * converts every cell of the column, and the report shows a before/after example.
 */
import iconv from 'iconv-lite';
import { bytesOfLegacyString } from './letters.ts';
import { decodeTcvn3 } from './tcvn3.ts';
import { decodeVni } from './vni.ts';

export const ENCODINGS = ['unicode', 'nfd', 'tcvn3', 'vni', 'viscii', 'cp1258', 'utf8-mojibake'] as const;
export type Encoding = (typeof ENCODINGS)[number];

type Decoder = (text: string) => string | undefined;

function viaBytes(decode: (bytes: Uint8Array) => string): Decoder {
  return (text) => {
    if (!/[\u0080-\uffff]/.test(text)) return undefined; // plain ASCII: nothing to convert
    const bytes = bytesOfLegacyString(text);
    return bytes ? decode(bytes).normalize('NFC') : undefined;
  };
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

export const DECODERS: Record<Exclude<Encoding, 'unicode' | 'nfd'>, Decoder> = {
  tcvn3: viaBytes(decodeTcvn3),
  vni: viaBytes(decodeVni),
  viscii: viaBytes((b) => iconv.decode(Buffer.from(b), 'viscii')),
  cp1258: viaBytes((b) => iconv.decode(Buffer.from(b), 'cp1258')),
  'utf8-mojibake': viaBytes((b) => {
    try {
      return utf8.decode(b);
    } catch {
      return '\ufffd';
    }
  }),
};

/** Converts one cell with a column's encoding; always NFC, whitespace (NBSP included) collapsed and trimmed. */
export function convertCell(text: string, encoding: Encoding): string {
  const out =
    encoding === 'unicode' || encoding === 'nfd'
      ? text.normalize('NFC')
      : (DECODERS[encoding](text) ?? text.normalize('NFC'));
  return out.replace(/\s+/g, ' ').trim();
}

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
const VIETNAMESE_CHARS = /^[a-zàáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]+$/;
const SYLLABLE = /^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?([aăâeêioôơuưy]+)(ng|nh|ch|[cmnpt])?$/;
/** The vowel clusters (with vowel marks, without tones) Vietnamese syllables have. */
const NUCLEI = new Set(
  (
    'a ă â e ê i o ô ơ u ư y ai ao au ay âu ây eo êu ia iê iu oa oă oe oi ôi ơi oo ua uâ uê ui uô uơ uy ưa ưi ươ ưu yê ' +
    'iêu yêu oai oao oay oeo uây uôi ươi ươu uya uyê uyu'
  ).split(' '),
);

/** +2 a Vietnamese syllable with marks, 0 an ASCII word, −3 a word that cannot be Vietnamese. */
export function scoreWord(word: string): number {
  const lower = word.toLowerCase().normalize('NFC');
  if (!/[\u0080-\uffff]/.test(lower)) return 0;
  if (!VIETNAMESE_CHARS.test(lower)) return -3;
  const decomposed = lower.normalize('NFD');
  if ((decomposed.match(TONE_MARKS) ?? []).length > 1) return -3;
  const m = SYLLABLE.exec(decomposed.replace(TONE_MARKS, '').normalize('NFC'));
  return m && NUCLEI.has(m[2]!) ? 2 : -3;
}

/** Control characters, Latin-1 symbols, ×, ÷, replacement characters, general punctuation, €, ™. */
function isJunk(cp: number): boolean {
  return (
    (cp < 0x20 && cp !== 0x09 && cp !== 0x0a && cp !== 0x0d) ||
    (cp >= 0x7f && cp <= 0xbf) ||
    cp === 0xd7 ||
    cp === 0xf7 ||
    cp === 0xfffd ||
    (cp >= 0x2000 && cp <= 0x206f) ||
    cp === 0x20ac ||
    cp === 0x2122
  );
}

/** How Vietnamese a text looks: word scores, minus stray symbols and control characters. */
export function scoreText(text: string): number {
  let score = 0;
  for (const word of text.normalize('NFC').split(/[^\p{L}\p{M}]+/u)) if (word) score += scoreWord(word);
  let junk = 0;
  for (const ch of text) if (isJunk(ch.codePointAt(0)!)) junk++;
  return score - 3 * junk;
}

export interface Detection {
  encoding: Encoding;
  /** Score of each candidate over the sample (for the report). */
  scores: Partial<Record<Encoding, number>>;
  example?: { before: string; after: string } | undefined;
}

/** Picks the encoding of a column from a sample of its cells. */
export function detectEncoding(sample: readonly string[]): Detection {
  const cells = sample.filter((c) => c.trim() !== '');
  const hasNfd = cells.some((c) => c !== c.normalize('NFC'));
  const base: Encoding = hasNfd ? 'nfd' : 'unicode';
  const scores: Partial<Record<Encoding, number>> = { [base]: cells.reduce((s, c) => s + scoreText(c), 0) };
  let best: Encoding = base;
  for (const [name, decode] of Object.entries(DECODERS) as [Encoding, Decoder][]) {
    let total = 0;
    let converted = 0;
    for (const c of cells) {
      const out = decode(c);
      if (out !== undefined) converted++;
      total += scoreText(out ?? c);
    }
    if (converted === 0) continue;
    scores[name] = total;
    if (total > (scores[best] ?? Number.NEGATIVE_INFINITY)) best = name;
  }
  const changed = cells.find((c) => convertCell(c, best) !== c);
  return {
    encoding: best,
    scores,
    example: changed === undefined ? undefined : { before: changed, after: convertCell(changed, best) },
  };
}

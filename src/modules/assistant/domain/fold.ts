/**
 * Vietnamese text as citizens type it → comparable syllables. Folding removes tone and vowel marks
 * (so both tone placements, hoà/hòa and thuỷ/thủy, and text typed without diacritics compare equal),
 * lower-cases, turns đ into d and writes a lone final y as i (kỳ/kì, lý/lí, quy/qui). Then leftovers of
 * Telex and VNI typing are repaired, chat shorthand and abbreviations are spelled out, and numbers said in
 * words before a unit ("mười bảy tuổi") become digits.
 */
import { ABBREVIATIONS, SHORTHAND, SHORTHAND_PAIRS } from './lexicon.ts';

const MARKS = /[\u0300-\u036f]/g;
const LONE_Y = /^(b|c|d|g|h|k|l|m|n|p|qu|r|s|t|v|x|ch|gh|kh|ng|nh|ph|th|tr)y$/;

/** Diacritics and case folded: "Đăng Ký" → "dang ky". */
export function foldMarks(text: string): string {
  return text.normalize('NFD').replace(MARKS, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
}

/** "ky" → "ki", "quy" → "qui"; "giay", "y" and "yeu" are left alone. */
export function foldSyllable(word: string): string {
  return LONE_Y.test(word) ? `${word.slice(0, -1)}i` : word;
}

/** Folded words of a text (letters and digits; a dot inside a number such as 1.001193 is kept). */
export function words(text: string): string[] {
  return foldMarks(text)
    .replace(/_/g, ' ')
    .replace(/(\d)\.(?=\d)/g, '$1_')
    .replace(/[^a-z0-9_]+/g, ' ')
    .replace(/_/g, '.')
    .split(' ')
    .filter(Boolean);
}

/** Folded words with lone-y folding: the form both the index and questions use. */
export function syllables(text: string): string[] {
  return words(text).map(foldSyllable);
}

const VOWEL_END = /[aeiouy]$|(c|ch|m|n|ng|nh|p|t)$/;

/** Telex and VNI leftovers in one folded word ("ddawng" → "dang", "kys" → "ky", "d9a8ng1" → "dang"). */
export function repairTyping(word: string): string {
  if (ABBREVIATIONS[word] || SHORTHAND[word]) return word;
  let w = word;
  if (/[a-z]/.test(w) && /[a-z][1-9]|[1-9][a-z]/.test(w) && !/^\d/.test(w)) w = w.replace(/[1-9]/g, '');
  if (/\d/.test(w)) return w;
  if (w.startsWith('dd')) w = w.slice(1);
  if (w.length > 1 && w.includes('w')) w = w.replace(/w/g, '');
  w = w
    .replace(/aa/g, 'a')
    .replace(/ee/g, 'e')
    .replace(/oo(?!ng)/g, 'o');
  while (w.length > 2 && /[sfrxjz]$/.test(w) && VOWEL_END.test(w.slice(0, -1))) w = w.slice(0, -1);
  return w;
}

const UNITS = new Set([
  'tuoi',
  'tang',
  'ban',
  'thang',
  'ngay',
  'nam',
  'nguoi',
  'met',
  'm2',
  'trieu',
  'nghin',
  'ngan',
  'lan',
  'con',
  'chau',
  'phong',
  'can',
  'thua',
]);
const DIGITS: Readonly<Record<string, number>> = {
  mot: 1,
  hai: 2,
  ba: 3,
  bon: 4,
  nam: 5,
  sau: 6,
  bay: 7,
  tam: 8,
  chin: 9,
};
/** After "mươi"/"mười" a few digits change their name: mốt (1), tư (4), lăm (5). */
const AFTER_TEN: Readonly<Record<string, number>> = { ...DIGITS, mot: 1, tu: 4, lam: 5 };

/** Reads a number said in words (below 1000) starting at i: its value and how many words it took. */
function readNumber(ws: readonly string[], i: number): { value: number; used: number } | undefined {
  const at = (k: number) => ws[i + k] as string | undefined;
  const first = DIGITS[at(0) ?? ''];
  if (first !== undefined && at(1) === 'tram') {
    if ((at(2) === 'le' || at(2) === 'linh') && DIGITS[at(3) ?? ''] !== undefined)
      return { value: first * 100 + (DIGITS[at(3) as string] as number), used: 4 };
    const rest = readNumber(ws, i + 2);
    return rest ? { value: first * 100 + rest.value, used: 2 + rest.used } : { value: first * 100, used: 2 };
  }
  if (at(0) === 'muoi') {
    const unit = AFTER_TEN[at(1) ?? ''];
    return unit !== undefined ? { value: 10 + unit, used: 2 } : { value: 10, used: 1 };
  }
  if (first !== undefined && at(1) === 'muoi') {
    const unit = AFTER_TEN[at(2) ?? ''];
    return unit !== undefined ? { value: first * 10 + unit, used: 3 } : { value: first * 10, used: 2 };
  }
  return first !== undefined ? { value: first, used: 1 } : undefined;
}

/** "muoi bay tuoi" → "17 tuoi"; "ngay muoi lam thang tam" → "ngay 15 thang 8". Other words are untouched. */
export function numbersInWords(ws: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < ws.length; i++) {
    const n = readNumber(ws, i);
    if (n) {
      const next = ws[i + n.used];
      const prev = out[out.length - 1];
      const dateContext = prev === 'ngay' || prev === 'thang' || prev === 'nam' || prev === 'lop';
      if ((next !== undefined && UNITS.has(next)) || dateContext) {
        out.push(String(n.value));
        i += n.used - 1;
        continue;
      }
    }
    out.push(ws[i] as string);
  }
  return out;
}

/** Two-word shorthand read together ("dk kh" → "dang ki ket hon", where "kh" alone means "không"). */
function pairShorthand(ws: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < ws.length; i++) {
    const pair = SHORTHAND_PAIRS[`${ws[i]} ${ws[i + 1]}`];
    if (pair) {
      out.push(...pair.split(' '));
      i++;
    } else out.push(ws[i] as string);
  }
  return out;
}

/**
 * The Vietnamese reading of a question: folded syllables with typing leftovers repaired, shorthand spelled
 * out, numbers in words turned into digits. Abbreviations are kept (they are expanded as query terms).
 */
export function questionSyllables(text: string): string[] {
  const repaired = pairShorthand(words(text).map(repairTyping))
    .flatMap((w) => (SHORTHAND[w] ? SHORTHAND[w].split(' ') : [w]))
    .map(foldSyllable);
  return numbersInWords(repaired);
}

/**
 * Which language a question is in. Vietnamese typed without diacritics is ASCII too, so the test is not the
 * alphabet: a word is Vietnamese-like when it is a possible Vietnamese syllable, English-like when it is a
 * common English word or impossible in Vietnamese ("birth", "how"). Any Vietnamese diacritic settles it.
 */
import { foldMarks } from './fold.ts';
import { ABBREVIATIONS, EN_STOPWORDS, SHORTHAND } from './lexicon.ts';

export type Lang = 'vi' | 'en';
export type Script = 'latin' | 'other' | 'none';

const VI_MARKED = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;
const SYLLABLE =
  /^(b|c|ch|d|g|gh|gi|h|k|kh|l|m|n|ng|ngh|nh|p|ph|qu|r|s|t|th|tr|v|x)?(a|e|i|o|u|y|ai|ao|au|ay|eo|eu|ia|ie|iu|oa|oe|oi|ua|ue|ui|uo|uu|uy|ye|iai|ieu|oai|oao|oay|oeo|uay|uoi|uou|uya|uye|uyu|yeu)(c|ch|m|n|ng|nh|p|t)?$/;

/** Common English words that are also possible Vietnamese syllables ("to", "the", "an"). */
const EN_COMMON = new Set([
  ...EN_STOPWORDS,
  'get',
  'hi',
  'ok',
  'no',
  'yes',
  'not',
  'new',
  'lost',
  'house',
  'home',
  'land',
  'son',
  'man',
  'bus',
  'tax',
  'pay',
  'sim',
  'card',
  'best',
  'time',
  'die',
  'died',
]);

/** Common English words that are just as common in Vietnamese typed without marks. */
const BOTH = new Set(['so', 'do', 'to', 'can', 'me', 'an']);

/** Letters of any script other than Latin (CJK, Cyrillic, Thai, Arabic…). */
const OTHER_LETTER = /[^\p{Script=Latin}\P{L}]/u;

export function scriptOf(text: string): Script {
  if (/\p{Script=Latin}/u.test(text)) return 'latin';
  return OTHER_LETTER.test(text) ? 'other' : 'none';
}

export function isVietnameseSyllable(word: string): boolean {
  return SYLLABLE.test(word);
}

/** The language to answer in; `hint` (the caller's UI language) breaks ties. */
export function detectLanguage(text: string, hint: Lang = 'vi'): Lang {
  if (VI_MARKED.test(text.normalize('NFC'))) return 'vi';
  const ws = foldMarks(text)
    .replace(/[’']/g, '')
    .split(/[^a-z]+/)
    .filter(Boolean);
  let en = 0;
  let vi = 0;
  for (const w of ws) {
    // Chat shorthand and abbreviations are Vietnamese; English words that are just as common in
    // Vietnamese typed without marks ("sổ đỏ", "cần", "mẹ") count half for each.
    if (SHORTHAND[w] || ABBREVIATIONS[w]) vi++;
    else if (BOTH.has(w)) {
      en += 0.5;
      vi += 0.5;
    } else if (EN_COMMON.has(w)) en++;
    else if (isVietnameseSyllable(w)) vi++;
    else if (w.length > 1 && /[aeiouy]/.test(w)) en++;
  }
  if (en === vi) return hint;
  return en > vi ? 'en' : 'vi';
}

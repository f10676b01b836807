/** English questions: a small suffix-stripping stemmer and the glossary lookup into Vietnamese wording. */
import { EN_GLOSSARY } from './glossary.ts';
import { EN_STOPWORDS } from './lexicon.ts';

const SUFFIXES = ['ational', 'ization', 'ations', 'ation', 'ments', 'ment', 'ness', 'ings', 'ing', 'ies', 'ied'];
const SHORT_SUFFIXES = ['ers', 'er', 'ed', 'es', 's', 'ly'];

/** "marriages" → "marriag", "certified" → "certifi", "registration" → "registr". Deterministic, not linguistic. */
export function stemEn(word: string): string {
  let w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length <= 3) return w;
  const suffix = [...SUFFIXES, ...SHORT_SUFFIXES].find((s) => w.endsWith(s) && w.length - s.length >= 3);
  if (suffix) w = w.slice(0, -suffix.length) + (suffix === 'ies' || suffix === 'ied' ? 'i' : '');
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  if (w.endsWith('y')) w = `${w.slice(0, -1)}i`;
  if (w.endsWith('istr')) w = w.slice(0, -1); // register / registration / registered → regist
  return w;
}

/** Lower-case English words of a text, apostrophes dropped ("I'm" → "im"). */
export function englishWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Content stems of an English question (stop words dropped). */
export function englishStems(text: string): string[] {
  return englishWords(text)
    .filter((w) => !EN_STOPWORDS.has(w))
    .map(stemEn);
}

const GLOSSARY = EN_GLOSSARY.map(([en, vi]) => ({ stems: en.split(' ').map(stemEn), vi }));

/** Whether `stems` occur in order in `all`, with at most `gap` other words between two of them. */
function inOrder(all: readonly string[], stems: readonly string[], gap: number): boolean {
  for (let start = 0; start < all.length; start++) {
    if (all[start] !== stems[0]) continue;
    let at = start;
    let ok = true;
    for (const s of stems.slice(1)) {
      const next = all.slice(at + 1, at + 2 + gap).indexOf(s);
      if (next < 0) {
        ok = false;
        break;
      }
      at += next + 1;
    }
    if (ok) return true;
  }
  return false;
}

/** Vietnamese wording (folded) for the glossary phrases found in the question's stems ("change my son's name"). */
export function glossaryMatches(allStems: readonly string[]): string[] {
  return GLOSSARY.filter((g) => inOrder(allStems, g.stems, 2)).map((g) => g.vi);
}

/**
 * How much of a record's own description the question explains. BM25 rewards the words a question shares
 * with a record but hardly notices the record's words the question never mentioned: "làm khai sinh cho con"
 * shares "khai sinh" and "con" with "đăng ký khai sinh kết hợp nhận cha, mẹ, con" as much as with "đăng ký
 * khai sinh". A record's descriptions are its Vietnamese name (parentheses dropped), each citizen phrasing
 * from the catalog, and its English name; the specificity of a record for a question is the best share
 * (weighted by rarity) of one description's meaningful words that the question's terms contain. The
 * ranking multiplies the head of the list by a factor that grows with it, so the plain procedure wins over
 * its special cases unless the question names what makes them special.
 */
import { englishWords, stemEn } from './english.ts';
import { syllables } from './fold.ts';
import { ABBREVIATIONS, EN_STOPWORDS, stopMask } from './lexicon.ts';

export interface Description {
  readonly terms: readonly string[];
  readonly weights: Float32Array;
  readonly total: number;
}

export interface Describable {
  nameVi: string;
  nameEn: string | null;
  synonyms: readonly string[];
}

const unique = (xs: readonly string[]) => [...new Set(xs)];

function viWords(text: string): string[] {
  const ws = syllables(text.replace(/\([^)]*\)/g, ' ').replace(/\s[—–-]\s.*$/, ' ')).flatMap((w) => {
    const spelled = ABBREVIATIONS[w];
    return spelled ? syllables(spelled) : [w];
  });
  const stop = stopMask(ws);
  return unique(ws.filter((w, i) => !stop[i] && !/^\d/.test(w)));
}

function enWords(text: string): string[] {
  const stems = englishWords(text.replace(/\([^)]*\)/g, ' '))
    .filter((w) => !EN_STOPWORDS.has(w) && !/^\d/.test(w))
    .map((w) => `~${stemEn(w)}`);
  return unique(stems);
}

/** The descriptions of one record, weighted by `idf` (the index's rarity of each term). */
export function describe(doc: Describable, idf: (term: string) => number): Description[] {
  const lists = [
    viWords(doc.nameVi.replace(/^\s*thủ tục\s+/i, '')),
    ...doc.synonyms.map(viWords),
    ...(doc.nameEn ? [enWords(doc.nameEn)] : []),
  ].filter((l) => l.length > 0);
  return lists.map((terms) => {
    const weights = Float32Array.from(terms, idf);
    return { terms, weights, total: weights.reduce((s, w) => s + w, 0) };
  });
}

/** The best share of one description's words found among the question's terms (0 when none has any). */
export function specificity(descriptions: readonly Description[], asked: ReadonlySet<string>): number {
  let best = 0;
  for (const d of descriptions) {
    if (d.total <= 0) continue;
    let hit = 0;
    d.terms.forEach((t, i) => {
      if (asked.has(t)) hit += d.weights[i] as number;
    });
    best = Math.max(best, hit / d.total);
  }
  return best;
}

/**
 * Ranking a parsed question against the index, plus the ward's own phrasings (attached by its
 * administrators from the review list) as an overlay that needs no rebuild of the national index.
 */
import { englishWords, stemEn } from './english.ts';
import { questionSyllables } from './fold.ts';
import { EN_STOPWORDS, INTENT_ACTIONS } from './lexicon.ts';
import type { QueryTerm } from './query.ts';
import { docHasTerm, englishGrams, gramsOf, idfOfTerm, type RetrievalIndex } from './retrieval.ts';
import { specificity } from './specificity.ts';

export interface Phrasing {
  /** Answer code of the procedure (national code or curated id). */
  code: string;
  phrase: string;
}

export interface Overlay {
  readonly postings: ReadonlyMap<string, ReadonlyArray<readonly [number, number]>>;
  /** Normalised phrase → record: a question asked exactly like an attached phrasing. */
  readonly exact: ReadonlyMap<string, number>;
}

export interface Ranked {
  doc: number;
  score: number;
  /**
   * The lexical evidence (BM25F × prior × full-name bonus) before the specificity and intent factors: what
   * the confidence thresholds were set on. `score` (used for the order) is this times those factors.
   */
  evidence: number;
}

const OVERLAY_WEIGHT = 2.2;
const K1 = 1.2;
/** Added to a record when the question is exactly a phrasing attached to it. */
const EXACT_BONUS = 25;
/** A question that contains a record's whole name ("đăng ký khai sinh") favours that record. */
const FULL_NAME_BONUS = 1.15;
/** Share of a record's score that depends on how much of its description the question explains. */
const SPECIFICITY = 0.35;
/** A record that does not do what the question asks ("gia hạn", "cấp lại"…) keeps this share of its score. */
const INTENT_MISS = 0.85;

/** The key an exact phrasing match compares: folded, repaired syllables. */
export function phraseKey(text: string): string {
  return questionSyllables(text).join(' ');
}

export function buildOverlay(index: RetrievalIndex, phrasings: readonly Phrasing[]): Overlay {
  const tf = new Map<string, Map<number, number>>();
  const exact = new Map<string, number>();
  for (const p of phrasings) {
    const doc = index.byKey.get(p.code);
    if (doc === undefined) continue;
    exact.set(phraseKey(p.phrase), doc);
    const stems = englishWords(p.phrase)
      .filter((w) => !EN_STOPWORDS.has(w))
      .map(stemEn);
    for (const t of [...gramsOf(questionSyllables(p.phrase)), ...englishGrams(stems)]) {
      const m = tf.get(t) ?? new Map<number, number>();
      m.set(doc, (m.get(doc) ?? 0) + 1);
      tf.set(t, m);
    }
  }
  const postings = new Map<string, Array<readonly [number, number]>>();
  for (const [t, m] of tf) {
    const idf = idfOfTerm(index, t);
    postings.set(
      t,
      [...m].map(([doc, n]) => {
        const x = OVERLAY_WEIGHT * n;
        return [doc, ((x * (K1 + 1)) / (x + K1)) * idf] as const;
      }),
    );
  }
  return { postings, exact };
}

export const EMPTY_OVERLAY: Overlay = { postings: new Map(), exact: new Map() };

/** The best `limit` records for the terms, by BM25F score times the record's prior. */
export function rank(
  index: RetrievalIndex,
  terms: readonly QueryTerm[],
  overlay: Overlay = EMPTY_OVERLAY,
  key = '',
  limit = 10,
): Ranked[] {
  const termWeight = new Map(terms.map((t) => [t.term, t.weight]));
  const acc = new Float64Array(index.docs.length);
  const touched: number[] = [];
  const bump = (doc: number, v: number) => {
    if (acc[doc] === 0) touched.push(doc);
    acc[doc] = (acc[doc] as number) + v;
  };
  for (const { term, weight } of terms) {
    const p = index.postings.get(term);
    if (p) for (let i = 0; i < p.docs.length; i++) bump(p.docs[i] as number, weight * (p.weights[i] as number));
    for (const [doc, w] of overlay.postings.get(term) ?? []) bump(doc, weight * w);
  }
  const exact = key ? overlay.exact.get(key) : undefined;
  if (exact !== undefined) bump(exact, EXACT_BONUS);
  const byScore = (a: Ranked, b: Ranked) => b.score - a.score || a.doc - b.doc;
  const head = topOf(touched, (doc) => (acc[doc] as number) * (index.prior[doc] as number), Math.max(limit, 30));
  const asked = ` ${key} `;
  const askedTerms = new Set(terms.map((t) => t.term));
  const intents = INTENT_ACTIONS.filter((group) => group.some((a) => (termWeight.get(a) ?? 0) >= 0.6));
  for (const r of head) {
    if (key && asked.includes(index.nameKeys[r.doc] as string)) r.score *= FULL_NAME_BONUS;
    r.evidence = r.score;
    const s = specificity(index.descriptions[r.doc] ?? [], askedTerms);
    r.score *= 1 - SPECIFICITY + SPECIFICITY * s;
    for (const group of intents) if (!group.some((a) => docHasTerm(index, a, r.doc))) r.score *= INTENT_MISS;
  }
  return head.sort(byScore).slice(0, limit);
}

/** The `n` best documents by score without sorting all of them (a small sorted buffer). */
function topOf(docs: readonly number[], scoreOf: (doc: number) => number, n: number): Ranked[] {
  const out: Ranked[] = [];
  for (const doc of docs) {
    const score = scoreOf(doc);
    const last = out[out.length - 1];
    if (out.length >= n && last && (score < last.score || (score === last.score && doc > last.doc))) continue;
    let i = out.length;
    while (i > 0) {
      const prev = out[i - 1] as Ranked;
      if (prev.score > score || (prev.score === score && prev.doc < doc)) break;
      i--;
    }
    out.splice(i, 0, { doc, score, evidence: score });
    if (out.length > n) out.pop();
  }
  return out;
}

/** Share of the question's meaningful words (weighted by rarity) that the record satisfies. */
export function coverage(
  index: RetrievalIndex,
  content: ReadonlyArray<{ idf: number; alts: readonly string[] }>,
  doc: number,
  overlay: Overlay = EMPTY_OVERLAY,
): number {
  let total = 0;
  let hit = 0;
  const inOverlay = (t: string) => overlay.postings.get(t)?.some(([d]) => d === doc) ?? false;
  for (const c of content) {
    total += c.idf;
    if (c.alts.some((t) => docHasTerm(index, t, doc) || inOverlay(t))) hit += c.idf;
  }
  return total === 0 ? 0 : hit / total;
}

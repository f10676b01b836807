/**
 * Lexical retrieval over the whole catalog, in memory, pure. BM25F: each record has fields (name, citizen
 * phrasings, English name, field, handling body) with their own weights and length normalisation; terms
 * are folded syllables, syllable bigrams ("khai sinh") and English stems ("~marriag"). The weight of every
 * (term, record) pair is computed once at build time, so a question only adds up posting lists.
 * Curated procedures carry a prior over national entries, and lower levels over higher ones (the ward
 * before the province before central bodies), which breaks ties between the national duplicates.
 */
import type { ProcedureLevel } from '../../catalog/contracts.ts';
import { englishWords, stemEn } from './english.ts';
import { syllables } from './fold.ts';
import { ABBREVIATIONS, EN_STOPWORDS } from './lexicon.ts';
import { type Description, describe } from './specificity.ts';

export interface KnowledgeDoc {
  /** The answer code: the national procedure code, or the curated id when there is none. */
  key: string;
  kind: 'curated' | 'national';
  nameVi: string;
  nameEn: string | null;
  field: string;
  handlingBody: string;
  level: ProcedureLevel;
  handledAtCenter: boolean;
  synonyms: readonly string[];
}

/** `enx`: the explanations in parentheses of English names ("(when original register/certificate lost)"). */
type Field = 'name' | 'syn' | 'en' | 'enx' | 'field' | 'body';
const FIELDS: readonly Field[] = ['name', 'syn', 'en', 'enx', 'field', 'body'];
const WEIGHT: Record<Field, number> = { name: 3, syn: 2.2, en: 3, enx: 0.8, field: 0.6, body: 0.3 };
const B: Record<Field, number> = { name: 0.6, syn: 0.4, en: 0.5, enx: 0.3, field: 0.3, body: 0.3 };
const K1 = 1.2;
const PRIOR: Record<'curated' | ProcedureLevel, number> = {
  curated: 1.3,
  ward: 1,
  province: 0.94,
  central: 0.86,
  other: 0.86,
};

interface Posting {
  readonly docs: Int32Array;
  readonly weights: Float32Array;
  readonly idf: number;
}

export interface RetrievalIndex {
  readonly docs: readonly KnowledgeDoc[];
  readonly byKey: ReadonlyMap<string, number>;
  readonly postings: ReadonlyMap<string, Posting>;
  readonly prior: Float64Array;
  /** Each record's name as folded syllables (" dang ki khai sinh "), for the full-name bonus. */
  readonly nameKeys: readonly string[];
  /** Each record's descriptions (name, phrasings, English name) for the specificity factor. */
  readonly descriptions: ReadonlyArray<readonly Description[]>;
  /** Deletion variants (SymSpell, distance 1) of the Vietnamese vocabulary → its words. */
  readonly deletes: ReadonlyMap<string, readonly string[]>;
  readonly tag: string;
}

export const enTerm = (stem: string) => `~${stem}`;

/** English stems and their pairs, order-free ("register a marriage" ~ "marriage registration"). */
export function englishGrams(stems: readonly string[]): string[] {
  const out = stems.map(enTerm);
  for (let i = 1; i < stems.length; i++) out.push(enTerm([stems[i - 1], stems[i]].sort().join(' ')));
  return out;
}

/** Unigrams and bigrams of one run of syllables. */
export function gramsOf(ws: readonly string[]): string[] {
  const out = [...ws];
  for (let i = 1; i < ws.length; i++) out.push(`${ws[i - 1]} ${ws[i]}`);
  return out;
}

function viSegments(text: string): string[][] {
  const ws = syllables(text);
  const expansions = ws.filter((w) => ABBREVIATIONS[w]).map((w) => syllables(ABBREVIATIONS[w] as string));
  return [ws, ...expansions];
}

function fieldTerms(doc: KnowledgeDoc): Record<Field, string[]> {
  const name = doc.nameVi.replace(/^\s*thủ tục\s+/i, '');
  const english = doc.nameEn ?? '';
  const stemsOf = (text: string) =>
    englishWords(text)
      .filter((w) => !EN_STOPWORDS.has(w))
      .map(stemEn);
  const stems = stemsOf(english.replace(/\([^)]*\)/g, ' '));
  const explained = [...english.matchAll(/\(([^)]*)\)/g)].flatMap((m) => stemsOf(m[1] ?? ''));
  return {
    name: viSegments(name).flatMap(gramsOf),
    // Each phrasing says the same thing another way: a word repeated across them is not more relevant.
    syn: [...new Set(doc.synonyms.flatMap((s) => viSegments(s).flatMap(gramsOf)))],
    en: englishGrams(stems),
    enx: englishGrams(explained),
    field: gramsOf(syllables(doc.field)),
    body: gramsOf(syllables(doc.handlingBody)),
  };
}

const idfOf = (n: number, df: number) => Math.log(1 + (n - df + 0.5) / (df + 0.5));

/** Saturated BM25F weight of one term in one record, from its per-field counts and lengths. */
function saturate(tf: readonly number[], len: readonly number[], avg: readonly number[]): number {
  let t = 0;
  FIELDS.forEach((f, i) => {
    const c = tf[i] as number;
    if (c > 0) t += (WEIGHT[f] * c) / (1 - B[f] + (B[f] * (len[i] as number)) / ((avg[i] as number) || 1));
  });
  return (t * (K1 + 1)) / (t + K1);
}

function deletionsOf(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

export function buildRetrievalIndex(docs: readonly KnowledgeDoc[], tag = ''): RetrievalIndex {
  const counts: Array<Map<string, number[]>> = [];
  const lengths: number[][] = [];
  for (const doc of docs) {
    const terms = fieldTerms(doc);
    const m = new Map<string, number[]>();
    lengths.push(FIELDS.map((f) => terms[f].filter((t) => !t.includes(' ')).length));
    FIELDS.forEach((f, i) => {
      for (const t of terms[f]) {
        const tf = m.get(t) ?? FIELDS.map(() => 0);
        tf[i] = (tf[i] as number) + 1;
        m.set(t, tf);
      }
    });
    counts.push(m);
  }
  const avg = FIELDS.map((_, i) => {
    const nonEmpty = lengths.filter((l) => (l[i] as number) > 0);
    return nonEmpty.reduce((s, l) => s + (l[i] as number), 0) / Math.max(1, nonEmpty.length);
  });
  const lists = new Map<string, { docs: number[]; weights: number[] }>();
  counts.forEach((m, d) => {
    for (const [term, tf] of m) {
      const list = lists.get(term) ?? { docs: [], weights: [] };
      list.docs.push(d);
      list.weights.push(saturate(tf, lengths[d] as number[], avg));
      lists.set(term, list);
    }
  });
  const postings = new Map<string, Posting>();
  const deletes = new Map<string, string[]>();
  const add = (k: string, w: string) => {
    const l = deletes.get(k);
    if (l) l.push(w);
    else deletes.set(k, [w]);
  };
  for (const [term, list] of lists) {
    const idf = idfOf(docs.length, list.docs.length);
    postings.set(term, {
      docs: Int32Array.from(list.docs),
      weights: Float32Array.from(list.weights, (w) => w * idf),
      idf,
    });
    if (!term.includes(' ') && !term.startsWith('~') && /^[a-z]{3,}$/.test(term)) {
      add(term, term);
      for (const d of deletionsOf(term)) add(d, term);
    }
  }
  return {
    docs,
    byKey: new Map(docs.map((d, i) => [d.key, i])),
    postings,
    prior: Float64Array.from(docs, (d) => PRIOR[d.kind === 'curated' ? 'curated' : d.level]),
    descriptions: docs.map((d) => describe(d, (t) => postings.get(t)?.idf ?? 0)),
    nameKeys: docs.map((d) => ` ${syllables(d.nameVi.replace(/^\s*thủ tục\s+/i, '')).join(' ')} `),
    deletes,
    tag,
  };
}

/** Vocabulary words within one edit of `word`, most frequent first (SymSpell lookup at distance 1). */
export function neighboursOf(index: RetrievalIndex, word: string): string[] {
  const found = new Set<string>();
  for (const k of [word, ...deletionsOf(word)]) for (const w of index.deletes.get(k) ?? []) found.add(w);
  found.delete(word);
  const df = (w: string) => index.postings.get(w)?.docs.length ?? 0;
  return [...found].filter((w) => Math.abs(w.length - word.length) <= 1).sort((a, b) => df(b) - df(a));
}

export function hasTerm(index: RetrievalIndex, term: string): boolean {
  return index.postings.has(term);
}

export function idfOfTerm(index: RetrievalIndex, term: string): number {
  return index.postings.get(term)?.idf ?? idfOf(index.docs.length, 0.5);
}

/** Whether record `doc` contains `term` (posting lists are sorted by record). */
export function docHasTerm(index: RetrievalIndex, term: string, doc: number): boolean {
  const p = index.postings.get(term);
  if (!p) return false;
  let lo = 0;
  let hi = p.docs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = p.docs[mid] as number;
    if (v === doc) return true;
    if (v < doc) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

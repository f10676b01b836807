/**
 * In-memory search over the whole catalog for staff pickers. Pure: built from plain documents.
 *
 * Every text is normalised (no diacritics, đ → d, lower case) and indexed with the expansions of the
 * abbreviations it contains; a query is tried as each of its abbreviation variants. A code (or code
 * prefix) matches by code only. Ranking: results matching every query word come before partial ones;
 * within each tier curated procedures come before national entries, then by score (exact name >
 * name prefix > name phrase > synonym phrase > all words in name > all words anywhere), shorter names first.
 */
import type { ProcedureLevel, SearchHit } from '../contracts.ts';
import { queryVariants, withExpansions } from './abbreviations.ts';
import { looksLikeCode, normalise } from './normalise.ts';

export interface SearchDoc {
  kind: 'curated' | 'national';
  id: string;
  code: string | null;
  nameVi: string;
  nameEn: string | null;
  field: string;
  level: ProcedureLevel;
  handlingBody: string;
  handledAtCenter: boolean;
  synonyms: readonly string[];
}

/** Normalised texts are kept padded with spaces (" dang ky khai sinh ") so word tests are plain `includes`. */
interface Entry {
  doc: SearchDoc;
  name: string;
  nameWords: number;
  nameEn: string;
  synonyms: string[];
  all: string;
}

export interface SearchIndex {
  readonly entries: readonly Entry[];
  /** Word → positions of the entries whose texts contain it; the vocabulary sorted for prefix lookups. */
  readonly postings: ReadonlyMap<string, readonly number[]>;
  readonly vocabulary: readonly string[];
  /** Opaque tag of what the index was built from (the catalog revision). */
  readonly revision: number;
}

export interface SearchOptions {
  limit?: number;
  scope?: 'all' | 'curated' | 'national';
}

const LEADING_NOISE = /^(thu tuc )+/;
const CURATED_BONUS = 100;
const WARD_BONUS = 10;
const pad = (s: string) => ` ${s} `;

function prepare(doc: SearchDoc): Entry {
  const name = normalise(doc.nameVi).replace(LEADING_NOISE, '');
  const synonyms = doc.synonyms.map((s) => withExpansions(normalise(s)));
  const all = [
    withExpansions(name),
    normalise(doc.nameEn ?? ''),
    ...synonyms,
    normalise(doc.field),
    normalise(doc.handlingBody),
  ].join(' ');
  return {
    doc,
    name: pad(name),
    nameWords: name.split(' ').length,
    nameEn: pad(normalise(doc.nameEn ?? '')),
    synonyms: synonyms.map(pad),
    all: pad(all),
  };
}

/** National entries whose code is also curated are left out: the curated record stands for them. */
export function buildSearchIndex(docs: readonly SearchDoc[], revision = 0): SearchIndex {
  const curatedCodes = new Set(docs.filter((d) => d.kind === 'curated' && d.code).map((d) => d.code));
  const entries = docs.filter((d) => d.kind === 'curated' || !curatedCodes.has(d.code)).map(prepare);
  const postings = new Map<string, number[]>();
  entries.forEach((e, i) => {
    for (const w of new Set(e.all.trim().split(/ +/))) {
      const list = postings.get(w);
      if (list) list.push(i);
      else postings.set(w, [i]);
    }
  });
  return { entries, postings, vocabulary: [...postings.keys()].sort(), revision };
}

/** Entries containing the word (whole), or any word starting with it (prefix). */
function entriesWith(index: SearchIndex, word: string, prefix: boolean): Iterable<number> {
  if (!prefix) return index.postings.get(word) ?? [];
  const out = new Set<number>();
  let lo = 0;
  let hi = index.vocabulary.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((index.vocabulary[mid] as string) < word) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < index.vocabulary.length && (index.vocabulary[i] as string).startsWith(word); i++) {
    for (const e of index.postings.get(index.vocabulary[i] as string) ?? []) out.add(e);
  }
  return out;
}

/**
 * The entries a variant can match, from the postings: all its words for short queries, 60 % of them for
 * longer ones (the same rule scoreVariant applies), so scoring only looks at real candidates.
 */
function candidatesOf(index: SearchIndex, v: Variant): Set<number> {
  const hits = new Map<number, number>();
  v.words.forEach((test) => {
    const prefix = !test.endsWith(' ');
    for (const e of entriesWith(index, test.trim(), prefix)) hits.set(e, (hits.get(e) ?? 0) + 1);
  });
  const n = v.words.length;
  const needed = n < 3 ? n : Math.ceil(0.6 * n - 1e-9);
  const out = new Set<number>();
  for (const [e, count] of hits) if (count >= needed) out.add(e);
  return out;
}

/** A query variant, prepared once: the phrase with a leading space (word-start match) and its words. */
interface Variant {
  exact: string;
  phrase: string;
  words: string[];
}

function variantOf(v: string): Variant {
  const words = v.split(' ');
  // Every word but the last must match whole; the last may be a prefix (typing "khai si").
  const tests = words.map((w, i) => (i === words.length - 1 ? ` ${w}` : ` ${w} `));
  return { exact: pad(v), phrase: ` ${v}`, words: tests };
}

function coverage(text: string, tests: readonly string[]): number {
  let hit = 0;
  for (const t of tests) if (text.includes(t)) hit++;
  return hit / tests.length;
}

function scoreVariant(e: Entry, v: Variant): { score: number; full: boolean } {
  // Partial matches only for longer phrasings (3+ words, 60 % of them found): short queries must match fully.
  const c = coverage(e.all, v.words);
  if (c < 1 && (v.words.length < 3 || c < 0.6)) return { score: 0, full: false };
  if (e.name === v.exact) return { score: 600, full: true };
  if (e.name.startsWith(v.phrase)) return { score: 450, full: true };
  if (e.name.includes(v.phrase)) return { score: 400, full: true };
  if (e.synonyms.some((s) => s === v.exact)) return { score: 380, full: true };
  if (e.synonyms.some((s) => s.includes(v.phrase))) return { score: 300, full: true };
  if (e.nameEn.includes(v.phrase)) return { score: 250, full: true };
  if (coverage(e.name, v.words) === 1) return { score: 200, full: true };
  if (c === 1) return { score: 120, full: true };
  return { score: Math.round(100 * c), full: false };
}

function toHit(doc: SearchDoc, score: number): SearchHit {
  const { kind, id, code, nameVi, nameEn, field, level, handlingBody, handledAtCenter } = doc;
  return { kind, id, code, nameVi, nameEn, field, level, handlingBody, handledAtCenter, score };
}

function inScope(e: Entry, scope: SearchOptions['scope']): boolean {
  return !scope || scope === 'all' || e.doc.kind === scope;
}

export function searchIndex(index: SearchIndex, query: string, options: SearchOptions = {}): SearchHit[] {
  const limit = options.limit ?? 20;
  const q = query.trim();
  if (!q) return [];
  if (looksLikeCode(q)) {
    return index.entries
      .filter((e) => inScope(e, options.scope) && e.doc.code?.startsWith(q))
      .map((e) => ({ e, score: e.doc.code === q ? 1000 : 800 - (e.doc.code!.length - q.length) }))
      .sort((a, b) => b.score - a.score || byKind(a.e, b.e) || a.e.doc.code!.localeCompare(b.e.doc.code!))
      .slice(0, limit)
      .map(({ e, score }) => toHit(e.doc, score));
  }
  const variants = queryVariants(q).slice(0, 8).map(variantOf);
  const scored: { e: Entry; score: number; full: boolean }[] = [];
  const candidates = new Set<number>();
  for (const v of variants) for (const i of candidatesOf(index, v)) candidates.add(i);
  for (const i of candidates) {
    const e = index.entries[i] as Entry;
    if (!inScope(e, options.scope)) continue;
    let best = { score: 0, full: false };
    for (const v of variants) {
      const s = scoreVariant(e, v);
      if (s.full > best.full || (s.full === best.full && s.score > best.score)) best = s;
    }
    if (best.score <= 0) continue;
    const bonus = (e.doc.kind === 'curated' ? CURATED_BONUS : 0) + (e.doc.level === 'ward' ? WARD_BONUS : 0);
    const adjusted = best.score + bonus - e.nameWords * 2;
    scored.push({ e, score: adjusted, full: best.full });
  }
  scored.sort(
    (a, b) =>
      Number(b.full) - Number(a.full) || byKind(a.e, b.e) || b.score - a.score || a.e.name.localeCompare(b.e.name),
  );
  return scored.slice(0, limit).map(({ e, score }) => toHit(e.doc, score));
}

function byKind(a: Entry, b: Entry): number {
  return (a.doc.kind === 'curated' ? 0 : 1) - (b.doc.kind === 'curated' ? 0 : 1);
}

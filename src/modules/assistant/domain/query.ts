/**
 * A question becomes weighted index terms. Its own words count fully; what we infer (abbreviations spelled
 * out, everyday phrases → official wording, typo corrections, English → Vietnamese glossary) counts less.
 * `content` lists the question's meaningful words with the terms that would satisfy each one: the share of
 * them a record satisfies (weighted by rarity) is the coverage that confidence rests on.
 */
import { englishWords, glossaryMatches, stemEn } from './english.ts';
import { questionSyllables, syllables } from './fold.ts';
import type { Lang } from './language.ts';
import {
  ABBREVIATIONS,
  ALREADY_HAD,
  CERTIFY_CUES,
  CERTIFY_KINDS,
  DOCUMENT_NOUNS,
  EN_STOPWORDS,
  FLUFF,
  KIN,
  LOST_CUES,
  PHRASES,
  SMALL_TALK,
  STOPWORDS,
  stopMask,
} from './lexicon.ts';
import { englishGrams, enTerm, gramsOf, hasTerm, idfOfTerm, neighboursOf, type RetrievalIndex } from './retrieval.ts';

export interface QueryTerm {
  term: string;
  weight: number;
}

export interface ContentWord {
  word: string;
  idf: number;
  /** Index terms any of which satisfies this word. */
  alts: string[];
}

export interface ParsedQuestion {
  lang: Lang;
  /** Normalised text: the key for exact phrasing matches and for grouping questions in the review list. */
  key: string;
  terms: QueryTerm[];
  content: ContentWord[];
  /** Only greetings, thanks or small talk. */
  smallTalk: boolean;
}

const MAX_IDF = 7;
const EXPANSION_LENGTH = 1.4;
/** Words of a question that only say what it is about when the question asks for a certified copy or
 * signature ("chứng thực bản sao sổ hộ khẩu": the household book is the object, not the procedure). */
const OBJECT_SCALE = 0.6;

class Terms {
  readonly map = new Map<string, number>();
  add(term: string, weight: number): void {
    if (weight > (this.map.get(term) ?? 0)) this.map.set(term, weight);
  }
  addGrams(ws: readonly string[], uni: number, bi: number): void {
    for (const g of gramsOf(ws)) this.add(g, g.includes(' ') ? bi : uni);
  }
  list(): QueryTerm[] {
    return [...this.map].map(([term, weight]) => ({ term, weight }));
  }
}

/** Splits the folded words into runs separated where fluff phrases were ("mat bao lau", "o dau"). */
function segmentsOf(ws: readonly string[]): string[][] {
  let text = ` ${ws.join(' ')} `;
  for (const f of FLUFF) text = text.split(` ${f} `).join(' | ');
  return text
    .split('|')
    .map((s) => s.trim().split(' ').filter(Boolean))
    .filter((s) => s.length > 0);
}

const within = (text: string, phrase: string) => text.includes(` ${phrase} `);
const COPY_CUES = ['ban sao', 'trich luc', 'sao luc'];

/** "mất" after a relative means died; "mất/thất lạc/cháy" with a document means lost (→ re-issue). */
function senseExpansions(ws: readonly string[]): string[] {
  const text = ` ${ws.join(' ')} `;
  const out: string[] = [];
  const i = ws.indexOf('mat');
  if (i >= 0) {
    const before = ws.slice(Math.max(0, i - 3), i);
    const after = ws.slice(i + 1, i + 3).join(' ');
    const died = before.some((w) => KIN.includes(w)) && !DOCUMENT_NOUNS.some((d) => after.startsWith(d));
    if (died) out.push('dang ki khai tu');
  }
  // "mất giấy khai sinh, xin bản sao": the citizen already names what they want.
  const lost =
    LOST_CUES.some((c) => within(text, c)) &&
    DOCUMENT_NOUNS.some((d) => within(text, d)) &&
    !COPY_CUES.some((c) => within(text, c));
  if (lost && !out.length) out.push('cap lai', 'dang ki lai', 'do bi mat');
  return out;
}

function parseVietnamese(index: RetrievalIndex, text: string): Omit<ParsedQuestion, 'lang'> {
  const ws = questionSyllables(text);
  const terms = new Terms();
  const content: ContentWord[] = [];
  const segments = segmentsOf(ws);
  const flat = ` ${segments.flat().join(' ')} `;
  const expansions = [
    ...PHRASES.filter(([p]) => within(flat, p)).map(([p, e, w]) => ({
      words: p.split(' '),
      grams: syllables(e),
      // A long official wording for a short everyday phrase would outweigh the question's own words.
      weight: (w ?? 0.6) * Math.min(1, Math.sqrt(p.split(' ').length / syllables(e).length) * EXPANSION_LENGTH),
    })),
    ...senseExpansions(segments.flat()).map((e) => ({ words: [] as string[], grams: syllables(e), weight: 1 })),
  ];
  const certifying = CERTIFY_CUES.some((c) => within(flat, c));
  const cueWords = new Set([
    ...CERTIFY_CUES.filter((c) => within(flat, c)).flatMap((c) => c.split(' ')),
    ...CERTIFY_KINDS,
  ]);
  for (const e of expansions) {
    const scale = certifying && !e.words.every((w) => cueWords.has(w)) ? OBJECT_SCALE : 1;
    terms.addGrams(e.grams, e.weight * scale, e.weight * scale * 0.8);
  }
  for (const seg of segments) {
    const had = alreadyHad(seg);
    const stop = stopMask(seg);
    seg.forEach((w, i) => {
      const prev = seg[i - 1];
      const next = seg[i + 1];
      // "đã có giấy khai sinh": the question is not about the birth certificate it already has.
      const scale = (had[i] ? ALREADY_SCALE : 1) * (certifying && !cueWords.has(w) ? OBJECT_SCALE : 1);
      if (prev) terms.add(`${prev} ${w}`, (stop[i - 1] || stop[i] ? 0.4 : 0.8) * scale);
      if (stop[i] || SMALL_TALK.has(w)) return;
      const alts = [w];
      const abbreviation = ABBREVIATIONS[w];
      if (abbreviation) {
        const spelled = syllables(abbreviation);
        terms.add(w, 0.5 * scale);
        terms.addGrams(spelled, scale, 0.8 * scale);
        alts.push(...spelled);
      } else terms.add(w, scale);
      if (had[i]) return;
      for (const fix of corrections(index, w, prev, next)) {
        terms.add(fix, 0.7 * scale);
        if (prev) terms.add(`${prev} ${fix}`, 0.6 * scale);
        if (next) terms.add(`${fix} ${next}`, 0.6 * scale);
        alts.push(fix);
      }
      for (const e of expansions) if (e.words.includes(w)) alts.push(...e.grams);
      const basis = hasTerm(index, w) ? w : (alts[1] ?? w);
      content.push({ word: w, idf: Math.min(MAX_IDF, idfOfTerm(index, basis)), alts });
    });
  }
  const key = segments.flat().join(' ');
  const smallTalk = content.length === 0 && ws.some((w) => SMALL_TALK.has(w));
  return { key, terms: terms.list(), content, smallTalk };
}

const ALREADY_SCALE = 0.25;
/** A vocabulary word in at least this many records is taken as typed, not as a typo of a neighbour. */
const KNOWN_ENOUGH = 30;

/** Positions of the words naming what the citizen says they already have ("con đã có khai sinh"). */
function alreadyHad(seg: readonly string[]): boolean[] {
  const out = seg.map(() => false);
  const text = seg.join(' ');
  if (LOST_CUES.some((c) => within(` ${text} `, c))) return out;
  for (const [cue, object] of ALREADY_HAD) {
    const at = ` ${text} `.indexOf(` ${cue} ${object} `);
    if (at < 0) continue;
    const start = text.slice(0, at).split(' ').filter(Boolean).length + cue.split(' ').length;
    for (let i = start; i < start + object.split(' ').length; i++) out[i] = true;
  }
  return out;
}

/** Typo fixes for one word: unknown words get their nearest vocabulary word; known ones only when context says so. */
function corrections(index: RetrievalIndex, w: string, prev?: string, next?: string): string[] {
  if (w.length < 3 || /\d/.test(w) || ABBREVIATIONS[w]) return [];
  const known = hasTerm(index, w);
  const contextFits = (x: string) =>
    (prev !== undefined && hasTerm(index, `${prev} ${x}`)) || (next !== undefined && hasTerm(index, `${x} ${next}`));
  if (known && (contextFits(w) || (index.postings.get(w)?.docs.length ?? 0) >= KNOWN_ENOUGH)) return [];
  const near = neighboursOf(index, w);
  const inContext = near.filter((x) => !STOPWORDS.has(x) && contextFits(x));
  if (inContext.length) return inContext.slice(0, 1);
  return known ? [] : near.filter((x) => !STOPWORDS.has(x)).slice(0, 1);
}

function parseEnglish(index: RetrievalIndex, text: string): Omit<ParsedQuestion, 'lang'> {
  const all = englishWords(text);
  const stems = all.map(stemEn);
  const terms = new Terms();
  const contentStems = all.filter((w) => !EN_STOPWORDS.has(w) && !/^\d+$/.test(w)).map(stemEn);
  for (const g of englishGrams(contentStems)) terms.add(g, g.includes(' ') ? 0.8 : 1);
  const glossary = glossaryMatches(stems).map((vi) => syllables(vi));
  for (const g of glossary) terms.addGrams(g, 0.7, 0.6);
  for (const w of all) {
    const abbreviation = ABBREVIATIONS[w];
    if (abbreviation) terms.addGrams(syllables(abbreviation), 0.8, 0.6);
  }
  const content = contentStems.map((s) => {
    const alts = [enTerm(s), ...glossaryMatches([s]).flatMap((vi) => syllables(vi))];
    const known = hasTerm(index, enTerm(s));
    return {
      word: s,
      idf: Math.min(MAX_IDF, known ? idfOfTerm(index, enTerm(s)) : alts.length > 1 ? 4 : MAX_IDF),
      alts,
    };
  });
  for (const g of glossary)
    if (!content.some((c) => c.alts.length > 1)) content.push({ word: g.join(' '), idf: 3, alts: g });
  const smallTalk = content.length === 0 && all.some((w) => SMALL_TALK.has(w));
  return { key: contentStems.join(' '), terms: terms.list(), content, smallTalk };
}

export function parseQuestion(index: RetrievalIndex, text: string, lang: Lang): ParsedQuestion {
  return { lang, ...(lang === 'en' ? parseEnglish(index, text) : parseVietnamese(index, text)) };
}

/**
 * Question → answer, pure: language, retrieval, the decision to answer or ask, the card and the speech.
 * Everything the HTTP route, the CLI and the evaluation measure goes through `answerQuestion`.
 */
import type { NationalEntry, PublicProcedure } from '../../catalog/contracts.ts';
import type { AnswerGroup, AskResponse, AssistantLang, RankedAnswer } from '../contracts.ts';
import { curatedCard, feeOf, nationalCard, shortName, speechOf } from './card.ts';
import { decide } from './decide.ts';
import { detectLanguage, scriptOf } from './language.ts';
import { answerIntro, messageFor } from './messages.ts';
import { parseQuestion } from './query.ts';
import { coverage, EMPTY_OVERLAY, type Overlay, rank } from './rank.ts';
import type { RetrievalIndex } from './retrieval.ts';

/** The catalog as the assistant holds it in memory. */
export interface Knowledge {
  index: RetrievalIndex;
  curated: ReadonlyMap<string, PublicProcedure>;
  national: ReadonlyMap<string, NationalEntry>;
}

export interface AnswerContext {
  overlay?: Overlay;
  /** Counter group serving each procedure field in this ward (empty when unknown, e.g. the CLI without a ward). */
  groups?: ReadonlyMap<string, AnswerGroup>;
  lang?: AssistantLang | undefined;
  /** Language of the asking screen, used when the question itself does not tell. */
  uiLang?: AssistantLang | undefined;
}

export type Answer = Omit<AskResponse, 'questionId'> & { key: string; topScore: number | null };

/** Only the first part of a very long question is read (a story's first 1,000 characters carry the ask). */
export const MAX_READ_CHARS = 1000;

export function cleanQuestion(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_READ_CHARS);
}

export function answerQuestion(k: Knowledge, raw: string, ctx: AnswerContext = {}): Answer {
  const text = cleanQuestion(raw);
  const script = scriptOf(text);
  const lang: AssistantLang = ctx.lang ?? (script === 'other' ? 'en' : detectLanguage(text, ctx.uiLang ?? 'vi'));
  const overlay = ctx.overlay ?? EMPTY_OVERLAY;
  const q = parseQuestion(k.index, script === 'latin' ? text : '', lang);
  const ranked = q.content.length > 0 ? rank(k.index, q.terms, overlay, q.key, 5) : [];
  const top = ranked[0];
  const cov = top ? coverage(k.index, q.content, top.doc, overlay) : 0;
  const decision = decide({
    ranked,
    coverage: cov,
    contentWords: q.content.length,
    smallTalk: q.smallTalk,
    otherScript: script === 'other',
    curated: (doc) => k.index.docs[doc]?.kind === 'curated',
  });
  const groupOf = (field: string) => ctx.groups?.get(field);
  const nameOf = (doc: number) => {
    const d = k.index.docs[doc];
    if (!d) return '';
    return shortName(lang === 'en' && d.nameEn ? d.nameEn : d.nameVi);
  };
  const answers: RankedAnswer[] = ranked.slice(0, 5).map((r) => {
    const d = k.index.docs[r.doc];
    const group = d?.handledAtCenter ? groupOf(d.field) : undefined;
    return {
      code: d?.key ?? '',
      name: nameOf(r.doc),
      score: Math.round(r.score * 100) / 100,
      handledHere: d?.handledAtCenter ?? false,
      ...(group ? { group } : {}),
    };
  });
  const base = {
    lang,
    confident: decision.confident,
    kind: decision.kind,
    answers,
    key: q.key,
    topScore: top?.score ?? null,
  };
  if (decision.kind !== 'answer' || !top) {
    const options = decision.options.map((doc) => ({ code: k.index.docs[doc]?.key ?? '', name: nameOf(doc) }));
    const message = messageFor(
      decision.kind,
      lang,
      options.map((o) => o.name),
    );
    return { ...base, card: null, message, options, speech: message };
  }
  const doc = k.index.docs[top.doc];
  const curated = doc ? k.curated.get(doc.key) : undefined;
  const national = doc ? k.national.get(doc.key) : undefined;
  const group = doc?.handledAtCenter ? (groupOf(doc.field) ?? null) : null;
  const card = curated
    ? curatedCard(curated, lang, group)
    : nationalCard(national as NationalEntry, doc?.handledAtCenter ?? false, lang, group);
  const spokenFee = curated ? feeOf(curated, lang).spoken : null;
  return {
    ...base,
    card,
    message: answerIntro(card.name, lang, card.handledHere),
    options: [],
    speech: speechOf(card, lang, spokenFee),
  };
}

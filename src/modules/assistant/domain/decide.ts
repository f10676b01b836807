/**
 * Whether to answer. A record is given as the answer only when the question's words are well covered by
 * it and its score is high enough; otherwise the assistant says it is not sure and asks which of the
 * closest procedures is meant (or, when nothing is close, asks for the procedure's name).
 * Thresholds were set on eval/assistant/tuning.jsonl only (see eval/assistant/README.md).
 */
import type { Ranked } from './rank.ts';

export const CONFIDENCE = {
  minScore: 32,
  minCoverage: 0.34,
  strongScore: 80,
  strongCoverage: 0.25,
  /** Second score / first score at or above which two procedures are a tie on a short question. */
  tie: 0.97,
  /** Options offered in a clarifying question score at least this share of the best. */
  optionShare: 0.75,
  /** Below this share of minScore nothing is offered at all. */
  clarifyFloor: 0.5,
} as const;

export type DecisionKind = 'answer' | 'clarify' | 'unknown' | 'empty' | 'small_talk' | 'other_script';

export interface Decision {
  kind: DecisionKind;
  confident: boolean;
  /** Candidate records to ask about (clarify), best first. */
  options: number[];
}

export interface DecisionInput {
  ranked: readonly Ranked[];
  coverage: number;
  contentWords: number;
  smallTalk: boolean;
  otherScript: boolean;
  /** Whether two records are both curated (a tie between them is worth a question). */
  curated: (doc: number) => boolean;
}

export function decide(input: DecisionInput): Decision {
  const { ranked, coverage } = input;
  if (input.otherScript) return { kind: 'other_script', confident: false, options: [] };
  if (input.contentWords === 0)
    return { kind: input.smallTalk ? 'small_talk' : 'empty', confident: false, options: [] };
  const [first, second] = ranked;
  if (!first) return { kind: 'unknown', confident: false, options: [] };
  const c = CONFIDENCE;
  // Thresholds apply to the lexical evidence; the order (and ties, options) to the final score.
  const confident =
    (first.evidence >= c.minScore && coverage >= c.minCoverage) ||
    (first.evidence >= c.strongScore && coverage >= c.strongCoverage);
  const close = ranked.filter((r) => r.score >= c.optionShare * first.score).slice(0, 3);
  const tie =
    second !== undefined &&
    second.score >= c.tie * first.score &&
    input.contentWords <= 2 &&
    input.curated(first.doc) &&
    input.curated(second.doc);
  if (confident && !tie) return { kind: 'answer', confident: true, options: [] };
  if (first.evidence >= c.clarifyFloor * c.minScore && close.length > 1)
    return { kind: 'clarify', confident: false, options: close.map((r) => r.doc) };
  return { kind: 'unknown', confident: false, options: [] };
}

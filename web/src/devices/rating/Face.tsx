/** A simple face for each rating (drawn, so it prints and scales; colour is never the only cue: the label is). */
import type { RatingScore } from '../../../../src/modules/queue/contracts.ts';

const MOUTH: Record<RatingScore, string> = {
  very_satisfied: 'M18 36 Q32 58 46 36 Z',
  satisfied: 'M22 40 Q32 47 42 40',
  neutral: 'M22 42 L42 42',
  dissatisfied: 'M22 46 Q32 36 42 46',
};

export function Face({ score }: { score: RatingScore }) {
  return (
    <svg viewBox="0 0 64 64" width="96" height="96" aria-hidden="true" focusable="false">
      <circle cx="32" cy="32" r="29" fill="currentColor" opacity="0.16" />
      <circle cx="32" cy="32" r="29" fill="none" stroke="currentColor" strokeWidth="3" />
      <circle cx="23" cy="26" r="3.5" fill="currentColor" />
      <circle cx="41" cy="26" r="3.5" fill="currentColor" />
      <path
        d={MOUTH[score]}
        fill={score === 'very_satisfied' ? 'currentColor' : 'none'}
        stroke="currentColor"
        strokeWidth="3.5"
        strokeLinecap="round"
      />
    </svg>
  );
}

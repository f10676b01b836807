/**
 * Default clock rules of a procedure. The supplement rule defaults to `restart` (Decree 61/2018: the
 * time is counted again from the complete dossier); a center that follows the 766 index's reading
 * switches a procedure to `pause`. Consultation time counts unless a procedure says otherwise.
 * Internal steps get shares of the total time (receive → assign → appraise → approve → sign → return).
 */
import type { ClockRules, Duration, InternalStep, StepShare } from '../contracts.ts';

export const DEFAULT_STEP_PLAN: readonly StepShare[] = [
  { step: 'receive', share: 0.05 },
  { step: 'assign', share: 0.05 },
  { step: 'appraise', share: 0.5 },
  { step: 'approve', share: 0.2 },
  { step: 'sign', share: 0.1 },
  { step: 'return', share: 0.1 },
];

/** Same-day procedures are done at the counter: receive and appraise dominate, no hand-over. */
export const SAME_DAY_STEP_PLAN: readonly StepShare[] = [
  { step: 'receive', share: 0.25 },
  { step: 'appraise', share: 0.25 },
  { step: 'approve', share: 0.25 },
  { step: 'sign', share: 0.125 },
  { step: 'return', share: 0.125 },
];

export function defaultClockRules(duration: Duration): ClockRules {
  const plan = duration.kind === 'same_day' ? SAME_DAY_STEP_PLAN : DEFAULT_STEP_PLAN;
  return { supplement: 'restart', excludeConsultation: false, stepPlan: plan.map((s) => ({ ...s })) };
}

/** The share of each step as a budget in working hours, rounded down to quarter hours (min 0.25). */
export function stepBudgets(rules: ClockRules, totalWorkingHours: number): { step: InternalStep; hours: number }[] {
  return rules.stepPlan.map((s) => ({
    step: s.step,
    hours: Math.max(0.25, Math.floor(s.share * totalWorkingHours * 4) / 4),
  }));
}

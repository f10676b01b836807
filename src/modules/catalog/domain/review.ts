/** What an administrator still has to look at, and what a citizen may see. */
import type { Procedure, PublicProcedure, ReviewReason, UnverifiedValue } from '../contracts.ts';

export function reviewReasonsOf(p: {
  unverified: readonly UnverifiedValue[];
  timeNeedsReview: boolean;
  fullySourced: boolean;
}): ReviewReason[] {
  const reasons: ReviewReason[] = [];
  if (p.unverified.length > 0) reasons.push('unverified_values');
  if (p.timeNeedsReview) reasons.push('time_unparsed');
  if (!p.fullySourced) reasons.push('not_fully_sourced');
  return reasons;
}

/** The citizen view: unverified values and review bookkeeping are dropped. */
export function toPublicProcedure(p: Procedure): PublicProcedure {
  const { unverified: _u, reviewReasons: _r, updatedBy: _b, fullySourced: _f, ...rest } = p;
  return rest;
}

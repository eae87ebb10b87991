import type { DraftSet } from './draft.js';

/**
 * The needs no step of the plan can meet that a step waits on, directly or through the steps
 * before it (a restricted RN license under the ACM-RN's exam), as the engine words them. Such a
 * step's dates hold only once the need is resolved: the plan says so instead of promising them.
 */
export function unresolvedNeeds(drafts: DraftSet, stepId: string): string[] {
  const needs = drafts.ancestors(stepId).flatMap((d) => (d.unresolved === undefined ? [] : [d.unresolved]));
  return [...new Set(needs)];
}

import type { PlanContext } from '../context.js';
import type { DraftSet, DraftStep } from '../draft.js';
import type { Phrase } from '../phrases/index.js';
import { redateCeHours } from '../route.js';

/** The search a certification's case-management months wait for (steps/experience.ts). */
export const CASE_MANAGER_SEARCH = 'find-job-case-manager';

/**
 * A later search for a case-management post is the post an earlier step already gives (the entry
 * job, a move up now): the search goes, the months wait for that step and for what the search
 * waited for (a degree), and each experience step that waited for the search says why with
 * `because`. The CE hours are dated again, as the plan's later steps move.
 */
export function searchIsHeld(
  ctx: PlanContext,
  drafts: DraftSet,
  search: DraftStep,
  held: string,
  because: Phrase,
): void {
  const waiting = drafts.all().filter((d) => d.after.includes(search.id));
  drafts.fold(search.id, [held, ...search.after]);
  for (const step of waiting) if (step.kind === 'experience') step.why.push(because);
  redateCeHours(ctx, drafts);
}

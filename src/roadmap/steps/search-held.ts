import type { PlanContext } from '../context.js';
import type { DraftSet, DraftStep } from '../draft.js';
import { fixed, type Phrase } from '../phrases/index.js';
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
  // The search waited for a degree to open such a post; the post is held now, so months the rule
  // counts before the degree (no after_degree: the CCM's) run from it. Months that must follow
  // the degree still wait for it.
  const study = search.after.filter((id) => drafts.get(id)?.kind === 'education' && !drafts.get(id)?.fixed);
  drafts.fold(
    search.id,
    [held, ...search.after].filter((id) => !study.includes(id)),
  );
  for (const step of waiting) {
    if (step.kind !== 'experience') continue;
    step.why.push(because);
    if (step.followsDegree) drafts.waitFor(step.id, step.followsDegree);
    else if (study.length > 0) step.why.push(fixed('experience.before-planned-degree'));
  }
  redateCeHours(ctx, drafts);
}

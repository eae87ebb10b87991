import type { DraftSet } from './draft.js';

/**
 * The needs no step of the plan can meet that a step waits on, directly or through the steps
 * before it (a restricted RN license under the ACM-RN's exam), as the engine words them. Such a
 * step's dates hold only once the need is resolved: the plan says so instead of promising them.
 */
export function unresolvedNeeds(drafts: DraftSet, stepId: string): string[] {
  const needs: string[] = [];
  const seen = new Set<string>();
  const visit = (id: string): void => {
    if (seen.has(id)) return;
    seen.add(id);
    const draft = drafts.get(id);
    if (!draft) return;
    if (draft.unresolved && draft.title.code === 'derive.resolve') needs.push(draft.title.params.requirement);
    for (const next of [...draft.after, ...(draft.endsAfter ?? []), ...(draft.studyAfter ?? [])]) visit(next);
  };
  visit(stepId);
  return [...new Set(needs)];
}

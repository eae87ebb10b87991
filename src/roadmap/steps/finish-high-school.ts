import type { PlanContext } from '../context.js';
import { isUnderway } from '../degree-match.js';
import type { DraftSet } from '../draft.js';
import { phrase } from '../phrases/index.js';
import { underwayStep } from './done.js';

/**
 * A student still in high school starts nothing that needs the diploma before it: college and
 * nursing programs admit graduates, and entry jobs ask for the diploma (jobs.yaml). The diploma is
 * an in-progress step, and every step that would otherwise start today waits for it.
 */
export function waitForHighSchool(ctx: PlanContext, drafts: DraftSet): void {
  const index = highSchoolUnderway(ctx);
  if (index < 0) return;
  const id = `study-${index}`;
  if (drafts.has(id)) return;
  // Study and job searches wait; what the verdicts already date (a license's months) does not.
  const waiting = drafts
    .all()
    .filter(
      (d) =>
        !d.fixed &&
        d.after.length === 0 &&
        (d.kind === 'education' || d.kind === 'career' || d.kind === 'job'),
    );
  drafts.add(underwayStep(ctx, index, [phrase('done.diploma-first', { steps: waiting.length })]));
  for (const draft of waiting) draft.after = [id];
}

/**
 * The profile's high-school entry still under way, with nothing beyond it and no license or
 * certification (which a student does not hold); -1 when none.
 */
export function highSchoolUnderway(ctx: PlanContext): number {
  if (ctx.profile.education.some((entry) => entry.level !== 'high-school')) return -1;
  if (ctx.profile.licenses.length > 0 || ctx.profile.certifications.length > 0) return -1;
  return ctx.profile.education.findIndex(
    (entry) => entry.level === 'high-school' && isUnderway(entry, ctx.asOf),
  );
}

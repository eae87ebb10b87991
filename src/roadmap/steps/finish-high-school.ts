import { addMonths, monthIndex } from '../../core/month.js';
import { ASSUME, type PlanContext } from '../context.js';
import { isUnderway } from '../degree-match.js';
import type { DraftSet } from '../draft.js';
import { phrase } from '../phrases/index.js';

/**
 * A student still in high school starts nothing that needs the diploma before it: college and
 * nursing programs admit graduates, and entry jobs ask for the diploma (jobs.yaml). The diploma is
 * an in-progress step, and every step that would otherwise start today waits for it.
 */
export function waitForHighSchool(ctx: PlanContext, drafts: DraftSet): void {
  const index = highSchoolUnderway(ctx);
  if (index < 0) return;
  const entry = ctx.profile.education[index]!;
  const id = `study-${index}`;
  if (drafts.has(id)) return;
  const expected =
    entry.completed && monthIndex(entry.completed) > monthIndex(ctx.asOf)
      ? entry.completed
      : addMonths(ctx.asOf, ASSUME.underwayDegreeMonths);
  // Study and job searches wait; what the verdicts already date (a license's months) does not.
  const waiting = drafts
    .all()
    .filter(
      (d) =>
        !d.fixed &&
        d.after.length === 0 &&
        (d.kind === 'education' || d.kind === 'career' || d.kind === 'job'),
    );
  drafts.add({
    id,
    kind: 'education',
    title: phrase('done.finish', { level: entry.level, field: entry.field }),
    why: [
      expected === entry.completed
        ? phrase('done.expected', { month: expected })
        : phrase('done.expected-assumed', { months: ASSUME.underwayDegreeMonths }),
      phrase('done.diploma-first', { steps: waiting.length }),
    ],
    cost: null,
    sources: [],
    duration: 0,
    after: [],
    fixed: { status: 'in-progress', start: ctx.asOf, end: expected },
  });
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

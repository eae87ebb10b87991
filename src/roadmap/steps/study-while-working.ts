import { monthIndex } from '../../core/month.js';
import type { PlanContext } from '../context.js';
import type { DraftSet } from '../draft.js';
import { phrase } from '../phrases/index.js';
import { schedule } from '../schedule.js';

/** Weekly hours from which a job is counted as full time for this warning. */
const FULL_TIME_HOURS = 30;

/**
 * A plan that has the person study full time while holding a full-time job (the one they have,
 * or a post the plan moves them into before the degree ends) says so on the study step: few
 * people manage both, and part-time study, which the step already speaks of, takes longer.
 */
/** True when the goal waits on study the plan has the person do full time beside a full-time job. */
export function studiesBesideAJob(drafts: DraftSet, goalStep: string | null): boolean {
  if (!goalStep) return false;
  return drafts
    .all()
    .some(
      (d) =>
        !d.fixed &&
        d.kind === 'education' &&
        d.why.some((p) => p.code === 'education.while-working') &&
        drafts.waitsOn(goalStep, d.id),
    );
}

/**
 * Full-time work assumed in a new post the goal waits on, for someone who works part time now
 * (the experience step says it: steps/experience.ts): their hours, and the most any such post
 * would put the goal back at them.
 */
export function fullTimeAssumed(
  drafts: DraftSet,
  goalStep: string | null,
): { hours: number; later: number } | null {
  if (!goalStep) return null;
  let found: { hours: number; later: number } | null = null;
  for (const d of drafts.all()) {
    if (d.fixed || d.kind !== 'experience' || !drafts.waitsOn(goalStep, d.id)) continue;
    for (const p of d.why) {
      if (p.code !== 'experience.full-time-assumed' || !p.params.partTime) continue;
      const { hours, later } = p.params.partTime;
      if (later > 0 && (!found || later > found.later)) found = { hours, later };
    }
  }
  return found;
}

export function warnStudyWhileWorking(ctx: PlanContext, drafts: DraftSet): void {
  const dates = schedule(drafts.all(), ctx.asOf);
  // Jobs held side by side add up: two part-time jobs of 28 and 16 hours are a full week's work.
  const weeklyNow = ctx.profile.experience
    .filter((e) => e.ongoing)
    .reduce((sum, e) => sum + e.hours_per_week, 0);
  const working = weeklyNow >= FULL_TIME_HOURS;
  const hours = working ? weeklyNow : null;
  const searches = drafts
    .all()
    .filter((d) => !d.fixed && (d.kind === 'job' || d.id.startsWith('find-job-')))
    .map((d) => dates.get(d.id)?.end)
    .filter((end): end is NonNullable<typeof end> => end !== null && end !== undefined);
  for (const study of drafts.all()) {
    if (study.fixed || study.kind !== 'education' || study.duration < 12) continue;
    const end = dates.get(study.id)?.end;
    if (!end) continue;
    const jobDuring = searches.some((start) => monthIndex(start) < monthIndex(end));
    // A post the plan finds is full time; a job held now has its own hours.
    const weekly = jobDuring ? null : hours;
    if (!working && !jobDuring) continue;
    const partTime = study.why.find((p) => p.code === 'education.part-time');
    study.why.push(
      phrase('education.while-working', {
        partTime: partTime?.code === 'education.part-time' ? partTime.params.months : null,
        hours: weekly,
      }),
    );
  }
}

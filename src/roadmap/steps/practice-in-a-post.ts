import { monthIndex } from '../../core/month.js';
import type { PlanContext } from '../context.js';
import type { DraftSet } from '../draft.js';
import { fixed } from '../phrases/index.js';
import { schedule } from '../schedule.js';

/**
 * Supervised practice is done in a post. When the plan has the person finish a degree and then
 * look for a job, the practice a license asks for after that degree starts once the search is
 * done, not on the day the degree ends (an Illinois career changer's three years toward the LSW
 * ran during the job search). Only searches that wait on the degree itself count: a search for a
 * later purpose does not hold the practice back, and a search that waits on the practice (the
 * counseling job kept until the LPC) is never made to wait on it in turn. Someone with no job now
 * (a California ASW registrant not yet in practice) starts it once the plan's search is done.
 */
export function practiceStartsInAPost(ctx: PlanContext, drafts: DraftSet): void {
  const working = ctx.profile.experience.some((e) => e.ongoing);
  const searches = drafts.all().filter((d) => !d.fixed && (d.kind === 'job' || d.id.startsWith('find-job-')));
  if (searches.length === 0) return;
  for (const practice of drafts.all()) {
    if (practice.fixed || !practice.id.startsWith('supervised-')) continue;
    const degrees = practice.after.filter((id) => {
      const step = drafts.get(id);
      return step !== undefined && !step.fixed && step.kind === 'education';
    });
    if (degrees.length === 0 && working) continue;
    const candidates = searches
      .filter((s) => degrees.length === 0 || degrees.some((degree) => s.after.includes(degree)))
      .filter((s) => !drafts.waitsOn(s.id, practice.id));
    if (candidates.length === 0) continue;
    // The first post the plan finds is where the practice starts, not a later search's.
    const dates = schedule(drafts.all(), ctx.asOf);
    const endOf = (id: string) => {
      const end = dates.get(id)?.end;
      return end ? monthIndex(end) : Number.POSITIVE_INFINITY;
    };
    const first = candidates.reduce((a, b) => (endOf(b.id) < endOf(a.id) ? b : a));
    const before = practice.after.length;
    drafts.waitFor(practice.id, [first.id]);
    if (practice.after.length > before) practice.why.push(fixed('license.practice-in-a-post'));
  }
}

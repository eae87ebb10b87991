import type { Certification } from '../../data/schema/families.js';
import type { PlanContext } from '../context.js';
import type { DraftSet, DraftStep } from '../draft.js';
import { levelRank } from '../jobs.js';
import { phrase } from '../phrases/index.js';

/**
 * A job the person chose (`job-<id>`) planned beside a search for a higher post the goal needs
 * (`find-job-<role>`), neither waiting for the other: the chosen job's step says the other search
 * runs at the same time and that only the higher post's months count for the certification; only
 * when that post is open now (nothing before it, no earliest month).
 */
export function sayChosenJobIsBelowAPost(ctx: PlanContext, drafts: DraftSet, cert: Certification): void {
  const rank = (draft: DraftStep) => levelRank(ctx, draft.gains?.level);
  const all = drafts.all();
  for (const job of all) {
    if (job.kind !== 'job' || !job.id.startsWith('job-')) continue;
    const higher = all.find(
      (post) =>
        post.id.startsWith('find-job-') &&
        post.forRoles?.includes('case-manager') &&
        rank(post) > rank(job) &&
        !post.after.includes(job.id) &&
        !job.after.includes(post.id) &&
        post.after.length === 0 &&
        // A post dated later on its own (a Texas CPS specialist once the credits are in) is not
        // open to the person's education now: the words would promise what the plan does not.
        post.earliest === undefined,
    );
    if (higher) job.why.push(phrase('jobs.chosen-below-a-post', { abbreviation: cert.abbreviation }));
  }
}

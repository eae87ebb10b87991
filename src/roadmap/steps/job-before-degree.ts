import { addMonths, type Month, monthIndex } from '../../core/month.js';
import { EDUCATION_RANK } from '../../core/vocabulary.js';
import type { Job } from '../../data/schema/jobs.js';
import type { Rule } from '../../data/schema/rules.js';
import { explainRule } from '../../engine/evaluate.js';
import { creditsOf, LEVEL_CREDITS } from '../../engine/leaves/degree.js';
import type { Profile } from '../../profile/schema.js';
import { ASSUME, type PlanContext } from '../context.js';
import type { DraftSet } from '../draft.js';
import { entryJob, jobVersion, SOON_MONTHS } from '../jobs.js';
import { fixed, type Phrase, phrase } from '../phrases/index.js';
import type { JobName } from '../phrases/jobs.js';
import { schedule } from '../schedule.js';

/**
 * A case-management job whose published minimum qualifications a degree on the plan meets before
 * it ends: Texas DFPS hires CPS specialists with 60 college credits and two years of relevant
 * work, halfway through a BSW. The person can hold such a post while finishing the degree, and its
 * months start counting then rather than after graduation.
 */
export interface JobBeforeDegree {
  /** The month the plan reaches the job's minimum qualifications. */
  month: Month;
  /** Sentences for the job search: the job, what it asks and when the plan meets it. */
  words: Phrase;
}

/** Credits a full-time student earns in a month (30 a year). */
const CREDITS_PER_MONTH = 30 / 12;

export function jobBeforeDegree(
  ctx: PlanContext,
  drafts: DraftSet,
  waitsFor: readonly string[],
): JobBeforeDegree | null {
  const state = ctx.profile.state;
  if (!state) return null;
  // Only a wait for study: a license or an exam first means the job needs them.
  const studies = waitsFor.map((id) => drafts.get(id));
  if (studies.length === 0 || studies.some((d) => d?.kind !== 'education' || d.fixed)) return null;
  const degree =
    studies.length === 1 ? ctx.data.byId.degrees.get(studies[0]!.id.replace(/^degree-/, '')) : null;
  const total = degree ? (LEVEL_CREDITS as Partial<Record<string, number>>)[degree.level] : undefined;
  if (!degree || !total || EDUCATION_RANK[degree.level] < EDUCATION_RANK.bachelor) return null;
  const start = schedule(drafts.all(), ctx.asOf).get(studies[0]!.id)?.start;
  if (!start) return null;
  const spec = ctx.specialization?.id;
  const jobs = ctx.data.jobs.filter(
    (job) => job.level === 'case-manager' && (!spec || job.specializations.includes(spec)),
  );
  const have = Math.max(0, ...ctx.profile.education.map((e) => creditsOf(e)));
  const length = studies[0]!.duration;
  const work = entryWork(ctx);
  let best: { job: Job; month: Month; credits: number; work: boolean } | null = null;
  for (const job of jobs) {
    const version = jobVersion(job, state);
    if (!version.requires || version.title === job.name) continue;
    let last = -1;
    // Month 0: the credits the person has already may meet it (60 credits and two years' work).
    for (let month = 0; month < length; month++) {
      const credits = Math.min(total, Math.floor(have + CREDITS_PER_MONTH * month));
      // Credit rules ask for round figures: test where a new 15 is reached, and twice a year for
      // experience that grows on its own.
      const step = Math.floor(credits / 15);
      if (step === last && month % 6 !== 0) continue;
      last = step;
      const at = addMonths(start, month);
      const found = meets(version.requires, ctx, credits, at, work);
      if (found) {
        if (!best || monthIndex(at) < monthIndex(best.month))
          best = { job, month: at, credits, work: found === 'with-entry-job' };
        break;
      }
    }
  }
  if (!best) return null;
  const version = jobVersion(best.job, state);
  // Met today: the job search names the job and its qualifications; say only what studying while
  // working means.
  if (best.month === start && best.credits <= have)
    return { month: best.month, words: fixed('job-early.now') };
  // The credits in hand already suffice by then: the work the person is doing is what the month
  // waits for (an associate degree's 60 credits and a case aide's second year), not the study.
  const byWork = best.credits > have && meets(version.requires!, ctx, have, best.month, work) === 'own';
  return {
    month: best.month,
    words: phrase('job-early.words', {
      state: ctx.data.byId.states.get(state.toLowerCase())?.name ?? state,
      title: version.title,
      employer: version.employer,
      requirement: (version.requires as { requirement?: string }).requirement ?? null,
      credits: byWork ? null : best.credits,
      month: best.month,
      entryJob: best.work && work ? work.name : null,
    }),
  };
}

/**
 * Whether the person meets a job's rule at a month with these credits: on their own record, or
 * with the months of the entry job the plan starts them in (relevant work that DFPS counts).
 * The entry job counts only when the post it leads to is more than a year off, because the plan
 * starts no entry job for a post that close (jobs.ts `entryJobStep`).
 */
function meets(
  rule: Rule,
  ctx: PlanContext,
  credits: number,
  at: Month,
  work: EntryWork | null,
): 'own' | 'with-entry-job' | null {
  const student = studentAt(ctx.profile, credits);
  if (explainRule(rule, student, ctx.data, at).ok) return 'own';
  if (!work || monthIndex(at) - monthIndex(ctx.asOf) <= SOON_MONTHS) return null;
  const working = { ...student, experience: [...student.experience, work.entry] };
  return explainRule(rule, working, ctx.data, at).ok ? 'with-entry-job' : null;
}

/** The entry job the plan starts with, as a role held from the month its search ends. */
interface EntryWork {
  name: JobName;
  entry: Profile['experience'][number];
}

function entryWork(ctx: PlanContext): EntryWork | null {
  const job = entryJob(ctx);
  const role = job?.job.roles?.[0];
  if (!job || !role) return null;
  return {
    name: { title: job.title, employer: job.employer },
    entry: {
      role,
      setting: 'other',
      hours_per_week: 40,
      supervised_by: 'none',
      paid: true,
      months: 0,
      start: addMonths(ctx.asOf, ASSUME.jobSearchMonths),
      ongoing: true,
    },
  };
}

/** The profile with `credits` college credits earned toward the degree in progress. */
function studentAt(profile: Profile, credits: number): Profile {
  return {
    ...profile,
    education: [
      ...profile.education,
      { level: 'some-college', credits, status: 'completed' } as Profile['education'][number],
    ],
  };
}

import { type Month, monthIndex } from '../core/month.js';
import type { Data } from '../data/model.js';
import { rolesHeldNow } from '../data/roles-held-now.js';
import type { Job } from '../data/schema/families.js';
import type { Caveat, Rule } from '../data/schema/rules.js';
import type { StatePay } from '../data/schema/states.js';
import type { ExperienceEntry } from '../profile/schema.js';
import { ASSUME, type PlanContext } from './context.js';
import type { DeriveOptions } from './derive.js';
import { type DraftSet, type DraftStep, sourceRefs } from './draft.js';
import { currentLevel, firstRungIsAStepDown, isFirstRung, levelForRole, monthsAtOrAbove } from './ladder.js';
import { type Chooser, type LeafNode, walkRule } from './needs.js';
import { newLicenseHedge } from './newly-licensed.js';
import { fixed, given, type Phrase, phrase, phraseKey } from './phrases/index.js';
import { schedule } from './schedule.js';
import { CASE_MANAGER_SEARCH, searchIsHeld } from './steps/search-held.js';
import type { StepJob } from './types.js';

/** A job as it stands in the person's state: the state's own version where the data has one. */
export interface JobVersion {
  job: Job;
  title: string;
  employer: string | null;
  /** null: no source gives the minimum qualifications (employers set their own). */
  requires: Rule | null;
  caveats: readonly Caveat[];
  sources: Job['sources'];
}

export function jobVersion(job: Job, state: string | undefined): JobVersion {
  const own = state ? job.states?.find((s) => s.state === state) : undefined;
  if (own) {
    return {
      job,
      title: own.title,
      employer: own.employer,
      requires: own.requires,
      caveats: [...(job.caveats ?? []), ...(own.caveats ?? [])],
      sources: [...own.sources, ...job.sources],
    };
  }
  return {
    job,
    title: job.name,
    employer: null,
    requires: job.requires,
    caveats: job.caveats ?? [],
    sources: job.sources,
  };
}

/** The state's OEWS pay for an occupation, when the data has the state and the occupation. */
export function statePay(data: Data, state: string | undefined, soc: string | null): StatePay | null {
  if (!state || !soc) return null;
  return data.byId.states.get(state.toLowerCase())?.pay.find((pay) => pay.soc === soc) ?? null;
}

/** The jobs of the goal's specialization the person can apply for now, best rung first. */
export function jobsOpenNow(ctx: PlanContext): JobVersion[] {
  const spec = ctx.specialization?.id;
  const state = ctx.profile.state;
  const rank = (job: Job) => levelRank(ctx, job.level);
  return ctx.data.jobs
    .filter((job) => job.level !== null && (!spec || job.specializations.includes(spec)))
    .filter((job) => !job.only_in || (state !== undefined && job.only_in.includes(state)))
    .map((job) => jobVersion(job, state))
    .filter((version) => version.requires !== null && ctx.evaluate(version.requires).ok)
    .sort((a, b) => rank(b.job) - rank(a.job));
}

/** A post the plan reaches within this many months makes a job search of its own pointless. */
export const SOON_MONTHS = 12;

/**
 * The job the plan starts someone with who is not in a case-management post: the best job of
 * their field they qualify for today, unless its rung is a step down for them. Null otherwise.
 */
export function entryJob(ctx: PlanContext): JobVersion | null {
  if (currentLevel(ctx)) return null;
  const fits = (version: JobVersion | undefined): version is JobVersion => startsThePlan(ctx, version);
  const best = jobsOpenNow(ctx)[0];
  if (fits(best)) return best;
  // Someone who named no area, job or certification ("not sure") is not left without a first job
  // because the area the plan recommends has none with published minimums above a step down: a
  // case manager's post or above of another area they qualify for now (a Texas CPS specialist for
  // a psychology graduate) starts the plan. Not the assistant rung (the plan's optional entry
  // rung), and not for someone who has held such a post (the plan sends them back to one like it).
  const goals = ctx.profile.goals;
  if (goals?.specialization || goals?.job || goals?.certification) return null;
  if (ctx.profile.experience.some((e) => levelForRole(ctx.data, e.role) !== undefined)) return null;
  const elsewhere = jobsOpenNow({ ...ctx, specialization: null }).find(
    (version) => version.job.level !== null && !isFirstRung(ctx.data, version.job.level),
  );
  return fits(elsewhere) ? elsewhere : null;
}

/**
 * A job open now that the plan would start the person with: one with published minimums, and not
 * the first rung where that is a step down for them (a business graduate of thirteen years'
 * work). What the recommended area's reason may say ("you can start in it now") agrees with it.
 */
export function startsThePlan(ctx: PlanContext, version: JobVersion | undefined): version is JobVersion {
  return (
    version?.requires != null && !(isFirstRung(ctx.data, version.job.level) && firstRungIsAStepDown(ctx))
  );
}

/**
 * The job-first backbone for someone who is not in a case-management post: the best job of their
 * field whose published minimum qualifications they meet today. It starts the plan; study and
 * certifications continue alongside it. Null when no such job is in the data.
 */
export function entryJobStep(ctx: PlanContext, planned: readonly DraftStep[]): DraftStep | null {
  const best = entryJob(ctx);
  if (!best) return null;
  // The plan already moves the person into a post on this rung or above within a year (a
  // certification needs one): that step is the job, and a second search would compete with it.
  const rank = (level: string | null | undefined) => levelRank(ctx, level);
  const jobRank = rank(best.job.level);
  const dates = schedule(planned, ctx.asOf);
  const soon = monthIndex(ctx.asOf) + SOON_MONTHS;
  const startsSoon = (draft: DraftStep) => {
    const start = dates.get(draft.id)?.start;
    return !draft.fixed && start !== null && start !== undefined && monthIndex(start) <= soon;
  };
  if (planned.some((draft) => startsSoon(draft) && rank(draft.gains?.level) >= jobRank)) return null;
  const { job, words, sources } = describeJob(ctx, best);
  const local = stateJobsOnTheRung(ctx, best.job);
  // A first job from another area (entryJob, for someone not sure yet) says why.
  const spec = ctx.specialization;
  const jobArea = ctx.data.byId.specializations.get(best.job.specializations[0] ?? '')?.name;
  const otherArea =
    spec && jobArea && !best.job.specializations.includes(spec.id)
      ? [phrase('jobs.other-area', { jobArea, area: spec.name })]
      : [];
  return {
    id: `job-${best.job.id}`,
    kind: 'job',
    // A state's own title is a name and keeps its capitals; the data's generic names do not.
    title: phrase('jobs.get', { job: { title: best.title, employer: best.employer } }),
    why: [
      given(best.job.summary),
      ...otherArea,
      ...words,
      ...local.flatMap((other) => [
        phrase('jobs.state-also', { name: other.name, summary: other.summary }),
        ...(other.caveats ?? []).map((caveat) => given(caveat.text)),
      ]),
      phrase('experience.search', { months: ASSUME.jobSearchMonths }),
    ],
    cost: null,
    sources: sourceRefs([...sources, ...local.flatMap((other) => other.sources)]),
    duration: ASSUME.jobSearchMonths,
    after: [],
    gains: best.job.level ? { level: best.job.level } : {},
    job,
  };
}

/**
 * The entry job is a case-management post (a New York CPS Specialist 1 for a sociology graduate):
 * a later search for such a post, waiting for a degree whose months alone count (the C-ASWCM's
 * after the MSW), is the job the person already holds by then. The search goes; the months wait
 * for the entry job and for what the search waited for.
 */
export function keepTheEntryJob(ctx: PlanContext, drafts: DraftSet, entry: DraftStep): void {
  const job = entry.job ? ctx.data.byId.jobs.get(entry.job.id) : undefined;
  if (!entry.job || !job || !(job.roles ?? ['case-manager']).includes('case-manager')) return;
  const search = drafts.get(CASE_MANAGER_SEARCH);
  if (!search || search.fixed || levelRank(ctx, search.gains?.level) > levelRank(ctx, job.level)) return;
  const name = { title: entry.job.title, employer: entry.job.employer };
  searchIsHeld(ctx, drafts, search, entry.id, phrase('jobs.keep-entry', { job: name }));
}

/**
 * Jobs of the goal's field on the same rung that only the person's state has and whose minimum
 * qualifications the sources do not give (Texas DFPS human services technicians): named beside
 * the entry job as another door, never as a job the person is known to qualify for.
 */
function stateJobsOnTheRung(ctx: PlanContext, job: Job): Job[] {
  const state = ctx.profile.state;
  const spec = ctx.specialization?.id;
  if (!state) return [];
  return ctx.data.jobs.filter(
    (other) =>
      other.id !== job.id &&
      other.level === job.level &&
      other.requires === null &&
      other.only_in?.includes(state) === true &&
      (!spec || other.specializations.includes(spec)),
  );
}

/** The job's minimum qualifications (which the person meets), the state's pay and the caveats. */
function describeJob(
  ctx: PlanContext,
  best: JobVersion,
  met = true,
  experienceShort: readonly string[] = [],
  counted: readonly string[] = [],
): { job: StepJob; words: Phrase[]; sources: JobVersion['sources'] } {
  const pay = statePay(ctx.data, ctx.profile.state, best.job.soc);
  const requirement = (best.requires as { requirement?: string } | null)?.requirement ?? null;
  const caveats = best.caveats.map((caveat) => given(caveat.text));
  // A license the steps before give, or one held with little work under it yet (a new graduate RN).
  const hedge = newLicenseHedge(ctx, [best.requires], !met);
  if (hedge) caveats.push(hedge);
  const job: StepJob = {
    id: best.job.id,
    title: best.title,
    employer: best.employer,
    minimum_qualifications: requirement,
    soc: best.job.soc,
    state_pay: pay
      ? {
          state: ctx.profile.state!,
          median_usd: pay.median_usd,
          period: pay.period,
          source: pay.sources[0]?.url ?? null,
          occupation: best.job.occupation,
        }
      : null,
  };
  const qualifies = !requirement
    ? []
    : experienceShort.length > 0
      ? [phrase('jobs.experience-short', { requirement, experience: [...experienceShort] })]
      : [
          phrase('jobs.qualifies', {
            requirement,
            met,
            ...(counted.length > 0 ? { counted: [...counted] } : {}),
          }),
        ];
  // The state figure the words quote is cited with the job's own sources.
  const sources = [...best.sources, ...(pay?.median_usd ? pay.sources : [])];
  // The state's median is said once, with the step's pay (its "Pay after" or its no-raise note).
  return { job, words: [...qualifies, ...caveats], sources };
}

/**
 * A plan that already sends the person to look for a case-management post names the job of their
 * field and state they qualify for now (a Texas DFPS CPS specialist for a child-welfare BSW),
 * instead of "a job as a case manager". Changes the search step in place; false when no job fits.
 */
export function nameTheJobSearch(ctx: PlanContext, drafts: readonly DraftStep[]): boolean {
  const search = drafts.find((d) => d.id === CASE_MANAGER_SEARCH && !d.fixed);
  if (!search) return false;
  // Someone already on the search's rung or above needs no job named; an assistant moving up does.
  const current = currentLevel(ctx);
  if (current && levelRank(ctx, current.id) >= levelRank(ctx, search.gains?.level)) return false;
  // A job named by the state, on the rung the search is for: the months count the same way.
  const best = jobsOpenNow(ctx).find(
    (version) =>
      version.employer !== null && levelRank(ctx, version.job.level) === levelRank(ctx, search.gains?.level),
  );
  if (!best) return false;
  const { job, words, sources } = describeJob(ctx, best);
  becomeJobSearch(
    search,
    job,
    phrase('jobs.post-or-another', { title: best.title, employer: best.employer ?? '' }),
    [
      phrase('jobs.one-you-qualify', { title: best.title, employer: best.employer ?? '' }),
      given(best.job.summary),
      ...words,
    ],
    sources,
  );
  return true;
}

/**
 * The job the person chose as a goal (goals.job): a `job` step, after whatever its published
 * minimum qualifications still need (a degree, a license, experience). Null when there is none.
 */
/**
 * The month the person started the chosen job, when they hold it now: an ongoing role the job
 * names as its own (a supervisor's post for a supervisor), or, for a job the generic case-manager
 * role cannot name (an RN case manager), its `held_when` rule met today (the role in one of its
 * settings, with the license or degree it takes). A job at a named employer (Texas DFPS) is not
 * taken as held: the profile cannot say it is that post. `null` when not held; `since` is null
 * when the profile gives no start.
 */
export function chosenJobHeldSince(ctx: PlanContext): { since: Month | null } | null {
  const job = ctx.profile.goals?.job ? ctx.data.byId.jobs.get(ctx.profile.goals.job) : undefined;
  if (!job || jobVersion(job, ctx.profile.state).employer !== null) return null;
  const held = job.held_when ? heldUnder(ctx, job.held_when) : heldInRole(ctx, job.roles);
  if (!held) return null;
  const starts = held.map((e) => e.start as Month | undefined);
  return { since: starts.includes(undefined) ? null : (starts.sort()[0] ?? null) };
}

function heldInRole(ctx: PlanContext, roles: readonly string[] | undefined): ExperienceEntry[] | null {
  const held = roles ? ctx.profile.experience.filter((e) => e.ongoing && roles.includes(e.role)) : [];
  return held.length > 0 ? held.slice(0, 1) : null;
}

function heldUnder(ctx: PlanContext, rule: Rule): ExperienceEntry[] | null {
  if (!ctx.evaluate(rule).ok) return null;
  const posts = rolesHeldNow(rule);
  const held = ctx.profile.experience.filter(
    (e) =>
      e.ongoing &&
      posts.some(
        (c) => (!c.roles || c.roles.includes(e.role)) && (!c.settings || c.settings.includes(e.setting)),
      ),
  );
  return held.length > 0 ? held : null;
}

export function goalJobStep(
  ctx: PlanContext,
  drafts: DraftSet,
  derive: (drafts: DraftSet, unmet: LeafNode[], depth: number, options?: DeriveOptions) => string[],
  choose: Chooser,
): string | null {
  const id = ctx.profile.goals?.job;
  const found = id ? ctx.data.byId.jobs.get(id) : undefined;
  if (!found) return null;
  const version = jobVersion(found, ctx.profile.state);
  const held = chosenJobHeldSince(ctx);
  if (held) {
    const { job, sources } = describeJob(ctx, version, true, [], []);
    return drafts.add({
      id: `job-${found.id}`,
      kind: 'job',
      title: phrase('jobs.held', { job: { title: version.title, employer: version.employer } }),
      why: [phrase('jobs.held-why', { since: held.since })],
      cost: null,
      sources: sourceRefs(sources),
      duration: 0,
      after: [],
      fixed: { status: 'done', start: held.since, end: null },
      gains: found.level ? { level: found.level } : {},
      job,
    });
  }
  let after: string[] = [];
  let qualifies: Phrase[] = [];
  let experience: string[] = [];
  // The experience part the person's own work meets while the steps give the rest (a warehouse
  // lead's years for a Florida investigator's "professional work", beside the degree).
  let counted: string[] = [];
  if (version.requires) {
    const node = ctx.evaluate(version.requires);
    if (!node.ok) {
      const walk = walkRule(version.requires, node, choose);
      after = derive(drafts, walk.unmet, 0, {
        purpose: { name: version.title, license: false },
        beforePost: true,
      });
      experience = walk.unmet.filter((u) => u.leaf.kind === 'experience').map((u) => u.node.requirement);
      counted = walk.met.filter((m) => m.leaf.kind === 'experience').map((m) => m.node.requirement);
    }
  } else {
    const note = found.note ?? null;
    qualifies = [note === null ? fixed('jobs.no-qualifications') : given(note)];
  }
  const name = { title: version.title, employer: version.employer };
  // The plan already looks for a post on this rung (a certification needs one): that search is
  // for this job, not a second one beside it, when the job is one of the roles the rule counts
  // (a rehabilitation counselor's post is no workers' compensation case manager's, for the CDMS).
  const roles = found.roles ?? ['case-manager'];
  const search = drafts
    .all()
    .find(
      (d) =>
        d.id.startsWith('find-job-case-manager') &&
        !d.fixed &&
        levelRank(ctx, d.gains?.level) === levelRank(ctx, found.level) &&
        (!d.forRoles || roles.some((role) => d.forRoles!.includes(role))),
    );
  // The search the job's own experience would be gained in cannot come before the job: that
  // experience is not given by the steps before it, and the words say so.
  const short = search && after.some((step) => drafts.waitsOn(step, search.id)) ? experience : [];
  const { job, words, sources } = describeJob(ctx, version, after.length === 0, short, counted);
  // A search that waits for a degree the job does not ask for (the C-ASWCM's post after the MSW,
  // for a mental health case manager's job that takes no MSW) would hold the job back by as much:
  // the job comes when its own requirements are met, and the certification's months wait there.
  // Where the sources give no minimum qualifications, the first degree on the search's way (the
  // bachelor's being finished) stands for them, never nothing: no job is dated before a degree an
  // employer may well ask for.
  // A degree still to earn or being finished (a bachelor's underway is a fixed step, in progress).
  const studying = (d: DraftStep) => d.kind === 'education' && (!d.fixed || d.fixed.status === 'in-progress');
  const studies = search ? drafts.ancestors(search.id).filter(studying) : [];
  const firstStudies = studies.filter((d) => !drafts.ancestors(d.id).some(studying)).map((d) => d.id);
  const own = version.requires ? after : firstStudies;
  const heldBack = studies.some(
    (d) => !own.includes(d.id) && !own.some((step) => drafts.waitsOn(step, d.id)),
  );
  if (!version.requires && firstStudies.length > 0) {
    if (heldBack) after = firstStudies;
    // Dated after a degree no source asks for: say so, and that employers may hire sooner.
    qualifies = [...qualifies, fixed('jobs.after-first-degree')];
  }
  // A post dated now on a rung people typically reach after years the person does not have (a
  // supervisor's post for someone two years into case management): the dates hold only if an
  // employer hires on less, so say so.
  const rungShort = after.length === 0 ? rungExperienceShort(ctx, found) : null;
  if (rungShort) qualifies = [...qualifies, rungShort];
  if (search && !heldBack) {
    becomeJobSearch(
      search,
      job,
      phrase('jobs.post-chosen', { job: name }),
      [fixed('jobs.it-is-chosen'), given(found.summary), ...words, ...qualifies],
      sources,
    );
    // A search the plan already dates before the degree ends (the job's qualifications are met
    // partway through it) does not wait for the whole degree again.
    const metMidDegree =
      search.earliest !== undefined && after.every((step) => drafts.get(step)?.kind === 'education');
    if (!metMidDegree) drafts.waitFor(search.id, after);
    return search.id;
  }
  const jobId = drafts.add({
    id: `job-${found.id}`,
    kind: 'job',
    title: phrase('jobs.get', { job: name }),
    why: [
      fixed('jobs.chosen'),
      given(found.summary),
      ...words,
      ...qualifies,
      phrase('experience.search', { months: ASSUME.jobSearchMonths }),
    ],
    cost: null,
    sources: sourceRefs(sources),
    duration: ASSUME.jobSearchMonths,
    after,
    gains: found.level ? { level: found.level } : {},
    job,
  });
  if (search) searchIsHeld(ctx, drafts, search, jobId, phrase('jobs.keep-entry', { job: name }));
  return jobId;
}

/** A ladder level's rank; -1 for none (a job off the ladder). */
export function levelRank(ctx: PlanContext, level: string | null | undefined): number {
  return level ? (ctx.data.byId.levels.get(level)?.rank ?? -1) : -1;
}

/** Makes a planned case-management search the search for one job: its kind, title, reason, sources. */
function becomeJobSearch(
  search: DraftStep,
  job: StepJob,
  post: Phrase,
  why: Phrase[],
  sources: JobVersion['sources'],
): void {
  search.kind = 'job';
  search.job = job;
  search.title = phrase('jobs.search', { move: search.moveInto === true, post });
  // The search may already say what the job adds (employers' own requirements): once is enough.
  const said = new Set(search.why.map((p) => phraseKey(p)));
  search.why = [...search.why, ...why.filter((p) => !said.has(phraseKey(p)))];
  search.sources = [...search.sources, ...sourceRefs(sources)];
}

/** The typical years of the job's rung, when the person has fewer in case management. */
function rungExperienceShort(ctx: PlanContext, job: Job): Phrase | null {
  const rung = job.level ? ctx.data.levels.find((l) => l.id === job.level) : undefined;
  const caseManager = levelForRole(ctx.data, 'case-manager');
  if (!rung || !caseManager || rung.typical_years.min === 0) return null;
  const typical = rung.typical_years.min * 12;
  const have = monthsAtOrAbove(ctx, caseManager);
  if (have + 1e-9 >= typical) return null;
  return phrase('jobs.rung-experience', { months: typical, have: Math.floor(have) });
}

import { type Month, monthsBetween } from '../../core/month.js';
import {
  EDUCATION_RANK,
  HOURS_PER_FULL_TIME_MONTH,
  type Role,
  type SupervisorKind,
} from '../../core/vocabulary.js';
import type { DegreeCondition, ExperienceCondition } from '../../data/schema/rules.js';
import { matchesRole } from '../../engine/leaves/experience.js';
import type { EvalNode } from '../../engine/types.js';
import type { ExperienceEntry } from '../../profile/schema.js';
import { ASSUME, type PlanContext } from '../context.js';
import { catalogueFacts, degreeMeets, entryFacts, highestRank, holdsDegree } from '../degree-match.js';
import type { DraftSet } from '../draft.js';
import { currentLevel, levelForRole } from '../ladder.js';
import { plannedRole } from '../needs.js';
import { newLicenseHedge } from '../newly-licensed.js';
import type { Post, PostSettings } from '../phrases/experience.js';
import { fixed, given, type Phrase, phrase } from '../phrases/index.js';
import type { Purpose } from '../phrases/requirement.js';
import { stateLicenseFacts } from '../state-license.js';
import { askWhetherDutiesCount, roleCanCount } from './ask-duties.js';
import { jobBeforeDegree } from './job-before-degree.js';
import { keepRole } from './keep-role.js';

/**
 * Roles whose holders may do case management under another title (a hospital social worker who
 * plans discharges): the issuer decides. Bedside nursing is care, not its coordination.
 */
/** A step of study on the plan: a degree to earn or one underway. */
const isStudy = (id: string) => /^(degree|study)-/.test(id);

const NEAR_CASE_MANAGEMENT: ReadonlySet<Role> = new Set<Role>([
  'social-worker',
  'counselor',
  'rehabilitation-counselor',
  'human-services',
  'utilization-review',
  'disability-manager',
]);

/**
 * A title near case management, or any job in the very setting the rule names (a claims adjuster
 * in workers' compensation, for the CDMS): its duties may be what the issuer counts, so ask first.
 */
export function nearCaseManagement(entry: ExperienceEntry, cond: ExperienceCondition): boolean {
  return (
    NEAR_CASE_MANAGEMENT.has(entry.role) ||
    (entry.role === 'other' && entry.setting !== 'other' && cond.settings?.includes(entry.setting) === true)
  );
}

/** Supervisor kinds any ordinary post has: a condition asking for others needs a particular supervisor. */
const ORDINARY_SUPERVISION = new Set(['none', 'other', 'licensed']);

/** The ongoing role that keeps adding to this condition, the fastest first; -1 when none. */
export function ongoingMatch(ctx: PlanContext, cond: ExperienceCondition): number {
  let best = -1;
  let bestRate = 0;
  for (const [i, entry] of ctx.profile.experience.entries()) {
    if (!entry.ongoing || !matchesRole(entry, cond)) continue;
    const rate = monthlyRate(cond, entry);
    if (rate > bestRate) {
      best = i;
      bestRate = rate;
    }
  }
  return best;
}

/** How much of the condition's unit one calendar month in this role adds, in full-time months. */
function monthlyRate(cond: ExperienceCondition, entry: ExperienceEntry): number {
  if (cond.min_months !== undefined) return 1;
  return Math.min(entry.hours_per_week / (cond.full_time_hours ?? 40), 1);
}

/** Full-time months still missing, from the engine's measure (or the whole requirement without one). */
export function gapMonths(cond: ExperienceCondition, node: EvalNode): number {
  const m = node.measure;
  if (m) {
    const gap = Math.max(0, m.need - m.have);
    return m.unit === 'hours' ? gap / HOURS_PER_FULL_TIME_MONTH : gap;
  }
  if (cond.min_hours !== undefined) return cond.min_hours / HOURS_PER_FULL_TIME_MONTH;
  return cond.min_fte_months ?? cond.min_months ?? 0;
}

/** True when gaining this experience needs a particular supervisor or role the person does not have now. */
export function needsSpecialPost(ctx: PlanContext, cond: ExperienceCondition): boolean {
  if (ongoingMatch(ctx, cond) >= 0) return false;
  if (cond.supervised_by && !cond.supervised_by.some((k) => ORDINARY_SUPERVISION.has(k))) return true;
  if (cond.roles && !cond.roles.includes('case-manager')) return true;
  return false;
}

/** Months later a part-time pace must bring the steps for the step to say so (a few days a month less is noise). */
const PART_TIME_WORTH_SAYING = 3;

/**
 * What `months` of full-time work would take at the person's current part-time hours, when that
 * is at least {@link PART_TIME_WORTH_SAYING} months more (a nurse at 24 hours a week).
 */
function partTimePace(
  cond: ExperienceCondition,
  current: ExperienceEntry,
  months: number,
): { hours: number; months: number; later: number } | null {
  const rate = monthlyRate(cond, current);
  if (rate <= 0) return null;
  const atPace = Math.ceil(months / rate);
  return atPace - months >= PART_TIME_WORTH_SAYING
    ? { hours: current.hours_per_week, months: atPace, later: atPace - months }
    : null;
}

/**
 * Where the post is: up to two of the condition's settings, the one the person works in now first
 * (a home-health LPN's agency, for the ACM-RN's health delivery system), then the specialization's.
 */
function where(ctx: PlanContext, cond: ExperienceCondition): PostSettings | null {
  if (!cond.settings) return null;
  const own = ctx.profile.experience
    .filter((e) => e.ongoing && cond.settings!.includes(e.setting))
    .map((e) => e.setting);
  const preferred = cond.settings.filter((s) => ctx.specialization?.settings.includes(s));
  const ordered = [...new Set([...own, ...(preferred.length > 0 ? preferred : cond.settings)])];
  const settings = ordered.slice(0, 2);
  return { settings, more: cond.settings.length > settings.length };
}

/** The supervisors a condition asks for, when an ordinary post would not have one. */
function supervision(cond: ExperienceCondition): SupervisorKind[] | null {
  if (!cond.supervised_by || cond.supervised_by.some((k) => ORDINARY_SUPERVISION.has(k))) return null;
  return [...cond.supervised_by];
}

export interface ExperiencePlan {
  cond: ExperienceCondition;
  node: EvalNode;
  /** The node's caveats about a role the rule leaves out: a step asking the issuer answers them. */
  askAbout?: readonly string[];
  /** Step ids the experience can only start after (a degree when months must follow it, credentials for a new post). */
  credentials: string[];
  /** The route's projected month, when the engine gave one: the plan must agree with it. */
  eligibleFrom: Month | null;
  /** Only one experience gap in the route: the engine's month then fixes this step's end. */
  soleGap: boolean;
  /** The credential this experience counts toward, for the explanation. */
  purpose: Purpose | null;
  /** Months a post asks of its applicants: gained before the move, never in that post. */
  beforePost?: boolean;
}

/**
 * Plans the months of experience still missing: keep an ongoing matching role for N more months,
 * or find a matching post first. Returns the id of the step after which the condition is met (null
 * when the route's projected month already times what follows).
 */
export function planExperience(ctx: PlanContext, drafts: DraftSet, plan: ExperiencePlan): string | null {
  const { cond, node } = plan;
  const gap = gapMonths(cond, node);
  const have = node.have ? [phrase('experience.have', { have: node.have })] : [];
  const forWhat = phrase('requirement.for', { purpose: plan.purpose, requirement: node.requirement });
  // When the engine projects a month, time in the listed roles closes the gap: one of them runs on
  // (ongoing, or dated into the future).
  let ongoing = ongoingMatch(ctx, cond);
  // The plan already moves the person into a post whose role this condition counts too (the CMC's
  // client years count the case-management post it asks for): the months run there, not in the
  // role being left. Not so for the months a post asks of its applicants (a Texas CPS job's two
  // years of relevant work): those come before the move, in the role held now.
  if (ongoing >= 0 && !plan.beforePost && movesIntoACountedPost(drafts, cond)) ongoing = -1;
  if (ongoing < 0 && plan.eligibleFrom)
    ongoing = ctx.profile.experience.findIndex((e) => matchesRole(e, cond));
  // Months that must follow a degree wait for the plan's credentials only while that degree is
  // still ahead: after a BSW the person holds, a Georgia case manager's months toward the C-SWCM
  // run on during the MSW the plan adds for a license.
  const degreeHeld = cond.after_degree !== undefined && holdsDegree(ctx.profile, ctx.asOf, cond.after_degree);
  // The months follow the degree, not the licenses the route also asks for (a Georgia BSW's
  // C-SWCM years start after the BSW, while the LMSW that stands in for its license comes later).
  const credentials = cond.after_degree
    ? degreeStepsFor(ctx, drafts, plan.credentials, cond.after_degree)
    : plan.credentials;
  const afterDegree = cond.after_degree && !degreeHeld ? credentials : [];

  if (ongoing >= 0) {
    const entry = ctx.profile.experience[ongoing]!;
    const rate = monthlyRate(cond, entry);
    let duration = Math.max(1, Math.ceil(gap / rate - 1e-9));
    if (plan.soleGap && plan.eligibleFrom && afterDegree.length === 0) {
      duration = Math.max(1, monthsBetween(ctx.asOf, plan.eligibleFrom));
    }
    const id = keepRole(
      drafts,
      {
        id: `keep-role-${ongoing}`,
        kind: 'experience',
        title: phrase('experience.keep', { role: entry.role, months: duration }),
        why: [
          phrase('requirement.sentence', { requirement: forWhat }),
          ...have,
          ...(rate < 1
            ? [
                phrase('experience.part-time', {
                  hours: entry.hours_per_week,
                  rate: Math.round(rate * 100) / 100,
                }),
              ]
            : []),
          ...(afterDegree.length > 0 ? [fixed('experience.after-degree')] : []),
          ...(plan.soleGap && plan.eligibleFrom
            ? [phrase('experience.closes', { month: plan.eligibleFrom })]
            : []),
        ],
        cost: null,
        sources: node.source
          ? [{ ...(node.source.url ? { url: node.source.url } : {}), as_of: node.source.as_of }]
          : [],
        duration,
        after: afterDegree,
        ongoing: true,
      },
      entry.role,
      plan.purpose?.name ?? null,
    );
    // With the engine's month for the route, the application waits for that month, not for this
    // step: another certification may keep the same role going longer.
    return plan.eligibleFrom && afterDegree.length === 0 ? null : id;
  }

  const role = plannedRole(cond);
  const setting = where(ctx, cond);
  const supervisor = supervision(cond);
  const current = ctx.profile.experience.find((e) => e.ongoing);
  const studying = plan.credentials.some(isStudy);
  // A condition naming no role (a license's supervised practice) is a post in the license's field.
  const post: Post = cond.roles
    ? { kind: 'role', role, where: setting, supervisors: supervisor }
    : { kind: 'supervised', where: setting, purpose: plan.purpose };
  // A state job the degree's first credits already open (Texas CPS at 60 credits) starts the
  // months before graduation.
  const early = cond.roles?.includes('case-manager') ? jobBeforeDegree(ctx, drafts, plan.credentials) : null;
  // Someone earning clinical hours in their job now keeps it until the license is issued.
  const clinicalFirst = current ? committedLicense(ctx, drafts) : null;
  // Someone who may already do the work under another title asks the issuer before moving.
  // Someone not working now whose last post was such a title (a former hospital social worker)
  // asks too, before looking for a new post.
  const last = current ? undefined : lastNearCaseManagement(ctx);
  // Caveats other than those about the role the plan asks the issuer about (utilization review).
  const otherCaveats = node.caveats.filter((c) => !(plan.askAbout ?? []).includes(c)).length;
  const asking = current ?? last;
  const ask =
    asking && nearCaseManagement(asking, cond) && otherCaveats === 0
      ? askWhetherDutiesCount(ctx, drafts, cond, asking, gap, plan.purpose, plan.credentials.length > 0)
      : null;
  // Someone who works near case management now and holds a bachelor's, studying toward a degree
  // these months need not follow: the plan already has them study beside a job, so it makes that
  // job one whose months count (a counselor's post for a case manager's) instead of waiting for
  // the degree. Not a post
  // the person keeps for a license's clinical hours, nor one dated by a state job's credits.
  const holdsBachelor = highestRank(ctx.profile.education, ctx.asOf) >= EDUCATION_RANK.bachelor;
  const moveWhileStudying =
    studying &&
    !cond.after_degree &&
    current?.paid === true &&
    // Work near case management (a counselor's post), which makes a case manager's post a step
    // sideways; someone in other work starts at a job whose minimums they meet (jobs.ts).
    NEAR_CASE_MANAGEMENT.has(current.role) &&
    holdsBachelor &&
    cond.roles?.includes('case-manager') === true &&
    !early &&
    !clinicalFirst &&
    // A first-rung post with its own way up (an assistant's bachelor's) moves up in move-up-now.ts.
    !currentLevel(ctx)?.moves_up_rule;
  // What the jobs that ask for a license the person will hold say of employers (once per search).
  const employers = cond.roles?.includes('case-manager') ? employerCaveats(ctx, drafts) : [];
  const jobId = drafts.add({
    // One job search per kind of post: a counselor's supervised practice and a case-management
    // post are different searches.
    id: `find-job-${cond.roles ? role : 'supervised-practice'}${supervisor ? '-supervised' : ''}${cond.settings ? `-${cond.settings[0]}` : ''}`,
    kind: 'career',
    title: phrase('experience.find', { move: current !== undefined, post }),
    why: [
      phrase('experience.post-only', { requirement: forWhat }),
      ...(current
        ? [
            (NEAR_CASE_MANAGEMENT.has(current.role) || ask !== null) &&
            otherCaveats === 0 &&
            roleCanCount(ctx, cond)
              ? // A title is not the duties: a hospital social worker often plans discharges, which an
                // issuer may count. Say what the plan assumed and whom to ask, not that it cannot count;
                // where the plan asks the issuer (a claims job in workers' compensation, for the CDMS),
                // never say flatly that the job does not count.
                phrase('experience.near-case-management', { role: current.role, asked: ask !== null })
              : // A reading the issuer has not confirmed: the notes say what it is and whom to ask.
                phrase('experience.not-counted', { role: current.role, caveated: otherCaveats > 0 }),
          ]
        : []),
      ...(early ? [early.words] : []),
      ...employers,
      // A first case-management post dated a search away: whether employers hire on what the
      // plan gives by then is theirs to say, and no source gives their minimums for such posts.
      ...(cond.roles?.includes('case-manager') &&
      !early &&
      employers.length === 0 &&
      !hasHeldCaseManagement(ctx)
        ? [fixed('experience.employer-minimums')]
        : []),
      phrase('experience.search', { months: ASSUME.jobSearchMonths }),
      ...(current && clinicalFirst
        ? [
            phrase('experience.clinical-first', {
              short: clinicalFirst.short,
              counted: clinicalFirst.hoursCounted,
            }),
          ]
        : []),
      ...(moveWhileStudying
        ? [fixed('experience.move-while-studying')]
        : studying && !cond.after_degree && holdsBachelor
          ? [fixed('experience.bachelor-early')]
          : []),
      // Someone already working near case management (a substance-use counselor with an
      // associate degree, a case-management assistant of three years) is dated into the post
      // after the degree the rung reads, not a rule of the certification's: employers may hire on
      // their experience sooner.
      ...(studying &&
      !cond.after_degree &&
      current &&
      (NEAR_CASE_MANAGEMENT.has(current.role) ||
        (current.role === 'case-management-assistant' && current.months >= 24)) &&
      highestRank(ctx.profile.education, ctx.asOf) < EDUCATION_RANK.bachelor
        ? [fixed('experience.experience-early')]
        : []),
    ],
    cost: null,
    sources: [],
    duration: ASSUME.jobSearchMonths,
    after: [
      ...(early ? [] : moveWhileStudying ? credentials.filter((id) => !isStudy(id)) : credentials),
      ...(clinicalFirst ? [clinicalFirst.step] : []),
      ...(ask ? [ask] : []),
    ],
    ...(early ? { earliest: early.month } : {}),
    ...(cond.roles ? { gains: { level: levelForRole(ctx.data, role)?.id }, forRoles: cond.roles } : {}),
    ...(current ? { moveInto: true } : {}),
  });
  const duration = Math.max(1, Math.ceil(gap - 1e-9));
  // Someone part time now is told what their hours would take; not a student, whose post after
  // the degree is the full-time job the studies lead to, and not for hours outside the field (a
  // graduate's 20 hours of retail say nothing of the hours of the post the plan moves them into).
  const partTime =
    current && !studying && current.role !== 'other' && current.paid
      ? partTimePace(cond, current, duration)
      : null;
  return drafts.add({
    id: `gain-experience-${jobId.slice('find-job-'.length)}`,
    kind: 'experience',
    title: phrase('experience.work', {
      months: duration,
      post: cond.roles ? { kind: 'role', role, where: setting, supervisors: null } : post,
    }),
    why: [
      phrase('requirement.sentence', { requirement: forWhat }),
      ...have,
      ...(node.need ? [phrase('experience.still-needed', { need: node.need })] : []),
      phrase('experience.full-time-assumed', partTime ? { partTime } : {}),
    ],
    cost: null,
    sources: node.source
      ? [{ ...(node.source.url ? { url: node.source.url } : {}), as_of: node.source.as_of }]
      : [],
    duration,
    after: [jobId],
    ...(afterDegree.length > 0 ? { followsDegree: afterDegree } : {}),
  });
}

/**
 * What the data says employers add to a case-management job the person's license opens (an RN
 * case manager's posts often ask for nursing experience or a BSN), so a new nurse is not led to
 * expect the post from the license alone.
 */
function movesIntoACountedPost(drafts: DraftSet, cond: ExperienceCondition): boolean {
  const counted = cond.roles;
  if (!counted) return false;
  return drafts
    .all()
    .some((d) => d.moveInto && !d.fixed && d.forRoles?.some((role) => counted.includes(role)));
}

/** The most recent finished post whose title is near case management, when nothing is ongoing. */
export function lastNearCaseManagement(ctx: PlanContext): ExperienceEntry | undefined {
  const past = ctx.profile.experience.filter((e) => !e.ongoing && NEAR_CASE_MANAGEMENT.has(e.role));
  return past.sort((a, b) => (b.end ?? b.start ?? '').localeCompare(a.end ?? a.start ?? ''))[0];
}

function employerCaveats(ctx: PlanContext, drafts: DraftSet): Phrase[] {
  // The license is held now, or the plan gets it before this search (a new RN most of all).
  const planned = (types: readonly string[]) => types.some((type) => drafts.has(`license-${type}`));
  const jobs = ctx.data.jobs
    .filter((job) => job.level === 'case-manager' && job.requires && 'license' in job.requires)
    .filter((job) => {
      const types = (job.requires as { license: { types: string[] } }).license.types;
      return ctx.evaluate(job.requires!).ok || planned(types);
    });
  const texts = jobs.flatMap((job) => (job.caveats ?? []).map((caveat) => caveat.text));
  // A license this plan gets before the search, or one held with little work under it yet.
  const hedge = newLicenseHedge(
    ctx,
    jobs.map((job) => job.requires),
  );
  return [...[...new Set(texts)].map(given), ...(hedge ? [hedge] : [])];
}

/**
 * The clinical license the person is on the way to in their current job, when the plan has its step,
 * and whether the plan already counts its supervised hours in full.
 */
function committedLicense(
  ctx: PlanContext,
  drafts: DraftSet,
): { step: string; short: string; hoursCounted: boolean } | null {
  for (const id of ctx.committed ?? []) {
    if (ctx.data.byId.licenses.get(id)?.tier !== 'clinical') continue;
    const step = `license-${id}`;
    if (drafts.has(step))
      return {
        step,
        short: stateLicenseFacts(ctx.data, ctx.profile, id).short,
        // No supervised-practice step: the plan already counts the hours in full.
        hoursCounted: !drafts.has(`supervised-${id}`),
      };
  }
  return null;
}

/**
 * Of a route's credential steps, those that earn a degree the months must follow (`degree-<id>`
 * of the catalog, `study-<n>` of the profile, `degree-<level>`); all of them when none does, so
 * a rule the plan cannot read this way keeps its old waits.
 */
function degreeStepsFor(
  ctx: PlanContext,
  drafts: DraftSet,
  ids: readonly string[],
  cond: DegreeCondition,
): string[] {
  const meets = ids.filter((id) => {
    const study = /^study-(\d+)$/.exec(id);
    if (study) {
      const entry = ctx.profile.education[Number(study[1])];
      return entry !== undefined && degreeMeets(cond, entryFacts(entry));
    }
    const degree = id.startsWith('degree-')
      ? ctx.data.byId.degrees.get(id.slice('degree-'.length))
      : undefined;
    if (degree) return degreeMeets(cond, catalogueFacts(degree));
    // A generic degree step of a level (no program in the catalog): its level decides.
    const level = /^degree-([a-z-]+)$/.exec(id)?.[1];
    return level !== undefined && drafts.get(id)?.kind === 'education' && levelMeets(cond, level);
  });
  return meets.length > 0 ? meets : [...ids];
}

function levelMeets(cond: DegreeCondition, level: string): boolean {
  const rank = EDUCATION_RANK[level as keyof typeof EDUCATION_RANK];
  if (rank === undefined) return false;
  if (cond.levels) return cond.levels.includes(level as never);
  return cond.min_level === undefined || rank >= EDUCATION_RANK[cond.min_level];
}

/** The person has held a case-management post (a case manager, supervisor or care coordinator). */
function hasHeldCaseManagement(ctx: PlanContext): boolean {
  return ctx.profile.experience.some(
    (e) =>
      e.role === 'case-manager' || e.role === 'case-management-supervisor' || e.role === 'care-coordinator',
  );
}

import { formatMonth, type Month, monthsBetween } from '../../core/month.js';
import { EDUCATION_RANK, HOURS_PER_FULL_TIME_MONTH, type Role } from '../../core/vocabulary.js';
import type { ExperienceCondition } from '../../data/schema/rules.js';
import { matchesRole } from '../../engine/leaves/experience.js';
import type { EvalNode } from '../../engine/types.js';
import type { ExperienceEntry } from '../../profile/schema.js';
import { ASSUME, type PlanContext } from '../context.js';
import { highestRank } from '../degree-match.js';
import type { DraftSet } from '../draft.js';
import {
  article,
  capitalize,
  lowerFirst,
  months,
  moreMonths,
  orList,
  ROLE_NAMES,
  SETTING_NAMES,
  SUPERVISOR_NAMES,
  yourRole,
} from '../labels.js';
import { levelForRole } from '../ladder.js';
import { stateLicenseFacts } from '../state-license.js';
import { askWhetherDutiesCount } from './ask-duties.js';
import { jobBeforeDegree } from './job-before-degree.js';

/**
 * Roles whose holders may do case management under another title (a hospital social worker who
 * plans discharges): the issuer decides. Bedside nursing is care, not its coordination.
 */
const NEAR_CASE_MANAGEMENT: ReadonlySet<Role> = new Set<Role>([
  'social-worker',
  'counselor',
  'rehabilitation-counselor',
  'human-services',
  'utilization-review',
  'disability-manager',
]);

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

/** The role to name in a job step: a case manager wherever the condition allows one. */
function targetRole(cond: ExperienceCondition): Role {
  if (!cond.roles || cond.roles.includes('case-manager')) return 'case-manager';
  return cond.roles[0] as Role;
}

function where(ctx: PlanContext, cond: ExperienceCondition): string {
  if (!cond.settings) return '';
  const preferred = cond.settings.filter((s) => ctx.specialization?.settings.includes(s));
  const names = (preferred.length > 0 ? preferred : cond.settings).slice(0, 2).map((s) => SETTING_NAMES[s]);
  return ` in ${orList(names)}${cond.settings.length > names.length ? ' (or similar)' : ''}`;
}

function supervision(cond: ExperienceCondition): string {
  if (!cond.supervised_by || cond.supervised_by.some((k) => ORDINARY_SUPERVISION.has(k))) return '';
  return ` supervised by ${orList(cond.supervised_by.map((k) => SUPERVISOR_NAMES[k]))}`;
}

export interface ExperiencePlan {
  cond: ExperienceCondition;
  node: EvalNode;
  /** Step ids the experience can only start after (a degree when months must follow it, credentials for a new post). */
  credentials: string[];
  /** The route's projected month, when the engine gave one: the plan must agree with it. */
  eligibleFrom: Month | null;
  /** Only one experience gap in the route: the engine's month then fixes this step's end. */
  soleGap: boolean;
  /** The credential this experience counts toward, for the explanation. */
  purpose: string | null;
}

/**
 * Plans the months of experience still missing: keep an ongoing matching role for N more months,
 * or find a matching post first. Returns the id of the step after which the condition is met (null
 * when the route's projected month already times what follows).
 */
export function planExperience(ctx: PlanContext, drafts: DraftSet, plan: ExperiencePlan): string | null {
  const { cond, node } = plan;
  const gap = gapMonths(cond, node);
  const have = node.have ? ` You have ${node.have}.` : '';
  const forWhat = plan.purpose
    ? `For the ${plan.purpose}: ${lowerFirst(node.requirement)}`
    : node.requirement;
  // When the engine projects a month, time in the listed roles closes the gap: one of them runs on
  // (ongoing, or dated into the future).
  let ongoing = ongoingMatch(ctx, cond);
  if (ongoing < 0 && plan.eligibleFrom)
    ongoing = ctx.profile.experience.findIndex((e) => matchesRole(e, cond));
  const afterDegree = cond.after_degree ? plan.credentials : [];

  if (ongoing >= 0) {
    const entry = ctx.profile.experience[ongoing]!;
    const rate = monthlyRate(cond, entry);
    let duration = Math.max(1, Math.ceil(gap / rate - 1e-9));
    if (plan.soleGap && plan.eligibleFrom && afterDegree.length === 0) {
      duration = Math.max(1, monthsBetween(ctx.asOf, plan.eligibleFrom));
    }
    const partTime =
      rate < 1
        ? ` At ${entry.hours_per_week} hours a week, a month counts as ${Math.round(rate * 100) / 100} of a full-time month.`
        : '';
    const id = drafts.add({
      id: `keep-role-${ongoing}`,
      kind: 'experience',
      title: `Keep ${yourRole(entry.role)} (${moreMonths(duration)})`,
      why: `${forWhat}.${have}${partTime}${afterDegree.length > 0 ? ' Only months after the degree count.' : ''}${
        plan.soleGap && plan.eligibleFrom
          ? ` Staying in your role closes the gap in ${formatMonth(plan.eligibleFrom)}.`
          : ''
      }`,
      cost: null,
      sources: node.source
        ? [{ ...(node.source.url ? { url: node.source.url } : {}), as_of: node.source.as_of }]
        : [],
      duration,
      after: afterDegree,
      ongoing: true,
    });
    // With the engine's month for the route, the application waits for that month, not for this
    // step: another certification may keep the same role going longer.
    return plan.eligibleFrom && afterDegree.length === 0 ? null : id;
  }

  const role = targetRole(cond);
  const setting = where(ctx, cond);
  const supervisor = supervision(cond);
  const current = ctx.profile.experience.find((e) => e.ongoing);
  const studying = plan.credentials.some((id) => /^(degree|study)-/.test(id));
  // A condition naming no role (a license's supervised practice) is a post in the license's field.
  const post = cond.roles
    ? `a job as ${article(ROLE_NAMES[role])}${setting}${supervisor}`
    : `a supervised post${setting}${plan.purpose ? ` for the ${plan.purpose}` : ''}`;
  // A state job the degree's first credits already open (Texas CPS at 60 credits) starts the
  // months before graduation.
  const early = cond.roles?.includes('case-manager') ? jobBeforeDegree(ctx, drafts, plan.credentials) : null;
  // Someone earning clinical hours in their job now keeps it until the license is issued.
  const clinicalFirst = current ? committedLicense(ctx, drafts) : null;
  // Someone who may already do the work under another title asks the issuer before moving.
  const ask =
    current && NEAR_CASE_MANAGEMENT.has(current.role) && node.caveats.length === 0
      ? askWhetherDutiesCount(ctx, drafts, cond, current, gap, plan.purpose)
      : null;
  const jobId = drafts.add({
    // One job search per kind of post: a counselor's supervised practice and a case-management
    // post are different searches.
    id: `find-job-${cond.roles ? role : 'supervised-practice'}${supervisor ? '-supervised' : ''}${cond.settings ? `-${cond.settings[0]}` : ''}`,
    kind: 'career',
    title: `${current ? 'Move into' : 'Find'} ${post}`,
    why: `${forWhat}: the months count only in a post like this.${
      current
        ? NEAR_CASE_MANAGEMENT.has(current.role) && node.caveats.length === 0
          ? // A title is not the duties: a hospital social worker often plans discharges, which an
            // issuer may count. Say what the plan assumed and whom to ask, not that it cannot count.
            ask
            ? ` ${capitalize(yourRole(current.role))} is not counted here as case management; if the certifying body counts your duties (the step that asks it), this move is not needed.`
            : ` ${capitalize(yourRole(current.role))} is not counted here as case management. If your duties include assessment, care planning and coordinating services, ask the certifying body whether they count: if they do, this move is not needed.`
          : ` ${capitalize(yourRole(current.role))} does not count toward it${
              // A reading the issuer has not confirmed: the notes say what it is and whom to ask.
              node.caveats.length > 0 ? ' as the plan reads the rule; the notes below say whom to ask' : ''
            }.`
        : ''
    }${early?.words ?? ''}${cond.roles?.includes('case-manager') ? employerCaveats(ctx) : ''} The plan allows ${months(ASSUME.jobSearchMonths)} to find one.${
      current && clinicalFirst
        ? ` You are earning supervised hours toward the ${clinicalFirst.short} in your current job, so the plan moves you once you hold it: leaving first could stop those hours. If the board would count the new post's hours too, you could move sooner; ask it first.`
        : ''
    }${
      studying &&
      !cond.after_degree &&
      highestRank(ctx.profile.education, ctx.asOf) >= EDUCATION_RANK.bachelor
        ? " With your bachelor's you could take such a post before you finish studying (most people then study part-time); for this requirement the months count either way."
        : ''
    }`,
    cost: null,
    sources: [],
    duration: ASSUME.jobSearchMonths,
    after: [
      ...(early ? [] : plan.credentials),
      ...(clinicalFirst ? [clinicalFirst.step] : []),
      ...(ask ? [ask] : []),
    ],
    ...(early ? { earliest: early.month } : {}),
    ...(cond.roles ? { gains: { level: levelForRole(ctx.data, role)?.id } } : {}),
  });
  const duration = Math.max(1, Math.ceil(gap - 1e-9));
  return drafts.add({
    id: `gain-experience-${jobId.slice('find-job-'.length)}`,
    kind: 'experience',
    title: cond.roles
      ? `Work ${months(duration)} full time as ${article(ROLE_NAMES[role])}${setting}`
      : `Work ${months(duration)} full time under supervision${plan.purpose ? ` for the ${plan.purpose}` : ''}`,
    why: `${forWhat}.${have}${node.need ? ` Still needed: ${node.need}.` : ''} The plan assumes full-time work.`,
    cost: null,
    sources: node.source
      ? [{ ...(node.source.url ? { url: node.source.url } : {}), as_of: node.source.as_of }]
      : [],
    duration,
    after: [jobId],
  });
}

/**
 * What the data says employers add to a case-management job the person's license opens (an RN
 * case manager's posts often ask for nursing experience or a BSN), so a new nurse is not led to
 * expect the post from the license alone.
 */
function employerCaveats(ctx: PlanContext): string {
  const texts = ctx.data.jobs
    .filter((job) => job.level === 'case-manager' && job.requires && 'license' in job.requires)
    .filter((job) => ctx.evaluate(job.requires!).ok)
    .flatMap((job) => (job.caveats ?? []).map((caveat) => caveat.text));
  return texts.length > 0 ? ` ${[...new Set(texts)].join(' ')}` : '';
}

/** The clinical license the person is on the way to in their current job, when the plan has its step. */
function committedLicense(ctx: PlanContext, drafts: DraftSet): { step: string; short: string } | null {
  for (const id of ctx.committed ?? []) {
    const step = `license-${id}`;
    if (drafts.has(step)) return { step, short: stateLicenseFacts(ctx.data, ctx.profile, id).short };
  }
  return null;
}

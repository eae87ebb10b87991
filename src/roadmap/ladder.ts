import { addMonths, type Month, monthIndex } from '../core/month.js';
import type { Role } from '../core/vocabulary.js';
import { EDUCATION_RANK } from '../core/vocabulary.js';
import type { Data } from '../data/model.js';
import type { LadderLevel } from '../data/schema/families.js';
import { ASSUME, type PlanContext } from './context.js';
import { highestRank } from './degree-match.js';
import { type DraftStep, sourceRefs } from './draft.js';
import { given, phrase } from './phrases/index.js';

/** Career-ladder lookups (ladder.yaml): which rung a role sits on, and what comes next. */

function byRank(data: Data): LadderLevel[] {
  return [...data.levels].sort((a, b) => a.rank - b.rank);
}

/** The highest rung whose roles include this one. */
export function levelForRole(data: Data, role: Role): LadderLevel | undefined {
  return byRank(data)
    .filter((l) => l.roles.includes(role))
    .pop();
}

/**
 * The rung the person stands on now: the highest among their ongoing roles, then up the rungs
 * that years alone reach (those with no job titles of their own below a rung that has some, such
 * as experienced case manager) as far as the person's full-time months at or above that rung
 * allow. The top rung (executive) is a post of its own, never reached by years alone.
 */
export function currentLevel(ctx: PlanContext): LadderLevel | undefined {
  let best: LadderLevel | undefined;
  for (const entry of ctx.profile.experience) {
    // Unpaid volunteering (six hours a week at a shelter) is not a post on the ladder: the plan
    // still starts the person with a job.
    if (!entry.ongoing || entry.paid === false) continue;
    const level = levelForRole(ctx.data, entry.role);
    if (level && (!best || level.rank > best.rank)) best = level;
  }
  if (!best) return best;
  return climbByYears(ctx.data, best, monthsAtOrAbove(ctx, best));
}

/** From `level`, up the rungs between posts that `months` of full-time work reach. */
export function climbByYears(data: Data, level: LadderLevel, months: number): LadderLevel {
  let best = level;
  for (
    let next = nextLevel(data, best);
    next && next.roles.length === 0 && belowAJobRung(data, next);
    next = nextLevel(data, next)
  ) {
    if (months + 1e-9 < next.typical_years.min * 12) break;
    best = next;
  }
  return best;
}

/** Some higher rung has job titles of its own: this one lies between posts, where years move people. */
function belowAJobRung(data: Data, level: LadderLevel): boolean {
  return data.levels.some((l) => l.rank > level.rank && l.roles.length > 0);
}

/** Full-time months the person has in these roles (part time counts at its hours ÷ 40). */
export function fteMonthsIn(ctx: PlanContext, roles: ReadonlySet<Role>): number {
  let total = 0;
  for (const e of ctx.profile.experience) {
    if (roles.has(e.role)) total += e.months * Math.min(e.hours_per_week / 40, 1);
  }
  return total;
}

/** Full-time months in roles on this rung or above it. */
export function monthsAtOrAbove(ctx: PlanContext, level: LadderLevel): number {
  return fteMonthsIn(
    ctx,
    new Set(ctx.data.levels.filter((l) => l.rank >= level.rank).flatMap((l) => l.roles)),
  );
}

export function nextLevel(data: Data, level: LadderLevel): LadderLevel | undefined {
  return byRank(data).find((l) => l.rank > level.rank);
}

/** The roles that stand on some rung of the ladder. */
function ladderRoles(data: Data): Set<Role> {
  return new Set(data.levels.flatMap((l) => l.roles));
}

/**
 * Full-time months in case management: the case-manager rung's roles and those above it, not the
 * assistant rung's (a human-services worker's years are not the five a senior case manager has).
 */
export function caseManagementMonths(ctx: PlanContext): number {
  const caseManager = levelForRole(ctx.data, 'case-manager');
  return caseManager ? monthsAtOrAbove(ctx, caseManager) : ladderMonths(ctx);
}

/** Full-time months the person has in roles on the ladder. */
export function ladderMonths(ctx: PlanContext): number {
  return fteMonthsIn(ctx, ladderRoles(ctx.data));
}

export interface MoveInput {
  from: LadderLevel;
  /** The step after which the move makes sense (the goal certification). */
  after: string;
  afterEnd: Month;
  /** When the person is (or will be) in a case-management post, counting experience from then. */
  postFrom: Month;
  /** Ladder months the person already has. */
  haveMonths: number;
  /** Full-time months each month adds from `postFrom` (0.5 at 20 hours a week). */
  rate: number;
}

/**
 * The next rung after the goal: from the end of the goal step, or once the person has the
 * experience that rung typically asks (ladder.yaml `typical_years.min`), whichever is later.
 */
export function planLadderMove(ctx: PlanContext, input: MoveInput): DraftStep | null {
  const next = nextLevel(ctx.data, input.from);
  // No figure tells the two rungs apart (the ladder gives none for the top ones): no date to plan.
  if (!next || next.typical_years.min <= input.from.typical_years.min) return null;
  const missing = Math.max(0, next.typical_years.min * 12 - input.haveMonths);
  const needMonths = Math.ceil(missing / Math.max(input.rate, 0.05) - 1e-9);
  const ready = addMonths(input.postFrom, needMonths);
  const earliest = monthIndex(ready) > monthIndex(input.afterEnd) ? ready : input.afterEnd;
  return {
    id: `move-${next.id}`,
    kind: 'career',
    title: phrase('ladder.move-up', { rung: next.name }),
    why: [
      given(next.summary),
      ...(input.from.moves_up.length > 0 ? [phrase('ladder.moves-up', { how: input.from.moves_up })] : []),
      ...(next.typical_years.min > 0
        ? [phrase('ladder.typical', { months: next.typical_years.min * 12 })]
        : []),
    ],
    cost: null,
    sources: sourceRefs(next.sources),
    duration: 0,
    openEnded: true,
    after: [input.after],
    earliest,
    gains: { level: next.id },
  };
}

/**
 * Someone with no degree beyond high school and no case-management post can start on the first
 * rung while they study: it builds the field experience employers look for. The plan's dates do
 * not wait for it.
 */
export function entryRungStep(ctx: PlanContext, studySteps: readonly string[]): DraftStep | null {
  if (currentLevel(ctx) || studySteps.length === 0) return null;
  if (firstRungIsAStepDown(ctx)) return null;
  const first = byRank(ctx.data)[0];
  if (!first) return null;
  return {
    id: 'entry-job',
    kind: 'career',
    title: phrase('ladder.entry', { rung: first.name }),
    why: [given(first.summary), phrase('ladder.entry-why', { months: ASSUME.jobSearchMonths })],
    cost: null,
    sources: sourceRefs(first.sources),
    duration: ASSUME.jobSearchMonths,
    after: [],
    gains: { level: first.id },
    optional: true,
  };
}

/** Roles whose holders already work as professionals: an assistant's post would be a step down. */
const PROFESSIONAL_ROLES: ReadonlySet<Role> = new Set<Role>([
  'social-worker',
  'registered-nurse',
  'licensed-practical-nurse',
  'counselor',
  'rehabilitation-counselor',
  'disability-manager',
  'utilization-review',
]);

/**
 * The ladder's first rung (an assistant's job) is no start for someone with a bachelor's degree,
 * any active license or registration (an LPN, a California ASW), or a professional post now: it
 * would pay less than what they have and does not count toward what they are working for.
 */
export function firstRungIsAStepDown(ctx: PlanContext): boolean {
  if (highestRank(ctx.profile.education, ctx.asOf) >= EDUCATION_RANK.bachelor) return true;
  if (ctx.profile.licenses.some((l) => l.status === 'active')) return true;
  return ctx.profile.experience.some((e) => e.ongoing && PROFESSIONAL_ROLES.has(e.role));
}

/** The ladder's first rung, the one an assistant's job is on. */
export function isFirstRung(data: Data, level: string | null | undefined): boolean {
  return level !== null && level !== undefined && byRank(data)[0]?.id === level;
}

/** The share of a full-time month each month of the ladder post held now adds (1 at 40 hours). */
export function heldPostRate(ctx: PlanContext): number {
  const roles = ladderRoles(ctx.data);
  const held = ctx.profile.experience.filter((e) => e.ongoing && roles.has(e.role));
  if (held.length === 0) return 1;
  return Math.min(1, held.reduce((sum, e) => sum + e.hours_per_week, 0) / 40);
}

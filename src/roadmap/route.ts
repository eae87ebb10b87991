import { addMonths, monthIndex } from '../core/month.js';
import { EDUCATION_RANK } from '../core/vocabulary.js';
import type { Certification } from '../data/schema/families.js';
import type { CertificationVerdict, RouteVerdict } from '../engine/types.js';
import { compareKeys } from './compare.js';
import type { PlanContext } from './context.js';
import type { Deriver } from './derive.js';
import { DraftSet, type DraftStep } from './draft.js';
import { type Chooser, type Walk, walkRule } from './needs.js';
import { lastEnd, schedule } from './schedule.js';
import { planCertExam } from './steps/credential.js';
import { needsSpecialPost } from './steps/experience.js';

/** One route of one certification, walked against the person's profile. */
export interface RouteWalk {
  cert: Certification;
  route: RouteVerdict;
  walk: Walk;
}

export function walkRoute(deriver: Deriver, cert: Certification, route: RouteVerdict): RouteWalk | null {
  return walkRouteWith(deriver.choose, cert, route);
}

/** The same walk with a chooser of the caller's (one that plans nothing, for a quick look). */
export function walkRouteWith(choose: Chooser, cert: Certification, route: RouteVerdict): RouteWalk | null {
  const rule = cert.routes.find((r) => r.id === route.id)?.rule;
  if (!rule) return null;
  return { cert, route, walk: walkRule(rule, route.tree, choose) };
}

/** Plans everything the route still needs, then the application and exam; returns the exam step's id. */
export function planRoute(ctx: PlanContext, deriver: Deriver, drafts: DraftSet, rw: RouteWalk): string {
  const eligibleFrom = rw.route.eligible ? null : rw.route.eligible_from;
  const after = deriver.derive(drafts, rw.walk.unmet, 0, {
    eligibleFrom,
    purpose: { name: rw.cert.abbreviation, license: false },
  });
  ceBeforeApplying(ctx, drafts, after);
  return planCertExam(ctx, drafts, rw.cert, {
    after,
    eligibleFrom,
    routeTitle: rw.route.title,
    eligibleNow: rw.route.eligible,
  });
}

/**
 * CE hours count only from the last two years before the application: when the other steps take
 * longer than that, the CE step moves to end with them instead of starting today.
 */
function ceBeforeApplying(ctx: PlanContext, drafts: DraftSet, after: readonly string[]): void {
  const ce = drafts.get('ce-hours');
  if (!ce || ce.fixed || !after.includes(ce.id)) return;
  const others = after.filter((id) => id !== ce.id);
  if (others.length === 0) return;
  const dates = schedule(drafts.all(), ctx.asOf);
  const end = lastEnd(dates, ctx.asOf, others);
  if (monthIndex(end) - monthIndex(ctx.asOf) <= CE_WINDOW_MONTHS) return;
  const start = addMonths(end, -ce.duration);
  if (!ce.earliest || monthIndex(start) > monthIndex(ce.earliest)) ce.earliest = start;
}

/** After a change that moves the other steps (a search dropped), the CE step is dated again. */
export function redateCeHours(ctx: PlanContext, drafts: DraftSet): void {
  const ce = drafts.get('ce-hours');
  if (!ce || ce.fixed) return;
  delete ce.earliest;
  for (const draft of drafts.all())
    if (draft.after.includes(ce.id)) ceBeforeApplying(ctx, drafts, draft.after);
}

/** CE hours count from this many months before the application (the CE predicate's window). */
const CE_WINDOW_MONTHS = 24;

/** Months from as_of until the person could hold the certification by this route. */
export function routeMonths(ctx: PlanContext, deriver: Deriver, rw: RouteWalk): number {
  return routeEstimate(ctx, deriver, rw).months;
}

/**
 * The route planned on its own: the months until the person could hold the certification, and
 * whether they get there in the life they have (no new post, no new degree).
 */
function routeEstimate(
  ctx: PlanContext,
  deriver: Deriver,
  rw: RouteWalk,
): { months: number; keepsJob: boolean; repeatsLevel: boolean } {
  const scratch = new DraftSet();
  planRoute(ctx, deriver, scratch, rw);
  const drafts = scratch.all();
  if (drafts.some((d) => d.unresolved !== undefined))
    return { months: Number.POSITIVE_INFINITY, keepsJob: false, repeatsLevel: false };
  return {
    months: monthIndex(lastEnd(schedule(drafts, ctx.asOf), ctx.asOf)) - monthIndex(ctx.asOf),
    keepsJob: !drafts.some((d) => !d.fixed && (d.kind === 'career' || d.kind === 'education')),
    repeatsLevel: repeatsALevel(ctx, drafts),
  };
}

/**
 * The route has the person earn a second bachelor's when a bachelor's is the highest degree they
 * hold or are finishing (a BSW beside a psychology bachelor's underway): a way an adviser would not
 * put first, when a master's on it would serve. A master's in a new field after one (an MSW after
 * a counseling MA) is a common way on, and an ADN after any degree is the way into nursing.
 */
function repeatsALevel(ctx: PlanContext, drafts: readonly DraftStep[]): boolean {
  const had = Math.max(
    -1,
    ...ctx.profile.education
      .filter((e) => e.level !== 'some-college' && e.level !== 'certificate')
      .map((e) => EDUCATION_RANK[e.level]),
  );
  return drafts.some((d) => {
    if (d.fixed || d.kind !== 'education' || !d.id.startsWith('degree-')) return false;
    const degree = ctx.data.byId.degrees.get(d.id.slice('degree-'.length));
    // An ADN after an associate in another field is the usual way into nursing: only a second
    // bachelor's or master's counts here.
    const rank = degree ? EDUCATION_RANK[degree.level] : -1;
    return rank === EDUCATION_RANK.bachelor && rank === had;
  });
}

/** True when the route's missing experience needs a particular supervisor or role (not an ordinary post). */
export function isSpecialRoute(ctx: PlanContext, rw: RouteWalk): boolean {
  return rw.walk.unmet.some((u) => u.leaf.kind === 'experience' && needsSpecialPost(ctx, u.leaf.cond));
}

export interface RouteChoice extends RouteWalk {
  months: number;
  special: boolean;
  /** The route needs no new post and no new degree: it is walked in the job the person has. */
  keepsJob: boolean;
  /** The route adds a degree at a level the person holds or is finishing (a second bachelor's). */
  repeatsLevel: boolean;
}

/** Route rankings already computed, per plan context (a plan ranks the same certification often). */
const ranked = new WeakMap<PlanContext, Map<string, RouteChoice[]>>();

/** Every route of the certification with its estimate, the one to plan first (computed once per plan). */
export function rankRoutes(
  ctx: PlanContext,
  deriver: Deriver,
  cert: Certification,
  verdict: CertificationVerdict,
): RouteChoice[] {
  let byCert = ranked.get(ctx);
  if (!byCert) {
    byCert = new Map();
    ranked.set(ctx, byCert);
  }
  const key = rankingKey(cert, verdict);
  let choices = byCert.get(key);
  if (!choices) {
    choices = rankRoutesUncached(ctx, deriver, cert, verdict);
    byCert.set(key, choices);
  }
  return choices;
}

function rankingKey(cert: Certification, verdict: CertificationVerdict): string {
  return `${cert.id}|${verdict.status}|${verdict.eligible_from}`;
}

/**
 * The route a plan would follow to this certification, without planning each route: the ranking
 * already made for this plan when there is one, else the same order by what can be known without
 * dating steps (the verdict's own route, met, plannable, an ordinary post rather than a special
 * one, fewest new degrees or licenses), planning the routes only when that leaves a tie. For listing certifications the plan does not aim for.
 */
export function likelyRoute(
  ctx: PlanContext,
  deriver: Deriver,
  cert: Certification,
  verdict: CertificationVerdict,
): RouteVerdict | null {
  const done = ranked.get(ctx)?.get(rankingKey(cert, verdict));
  if (done) return done[0]?.route ?? null;
  // The first branch of an unmet `any` stands for it: whether a post is special does not
  // depend on which qualifying degree or license the person would pick.
  const quick = { ...deriver, choose: () => 0 };
  const key = (route: RouteVerdict): number[] => {
    const rw = walkRoute(quick, cert, route);
    const unmet = rw?.walk.unmet ?? [];
    return [
      verdict.status === 'not-yet' && route.eligible_from === verdict.eligible_from ? 0 : 1,
      route.eligible ? 0 : 1,
      unmet.some((u) => u.leaf.kind === 'blocked') ? 1 : 0,
      rw && isSpecialRoute(ctx, rw) ? 1 : 0,
      // Time in a post and CE hours before a new degree, license or exam.
      unmet.filter((u) => u.leaf.kind !== 'experience' && u.leaf.kind !== 'ce').length,
    ];
  };
  const sorted = verdict.routes
    .map((route, i) => ({ route, i, key: key(route) }))
    .sort((a, b) => compareKeys(a.key, b.key) || a.i - b.i);
  const [first, second] = sorted;
  // Only the months can tell two such routes apart: plan them (as the goal's are).
  if (first && second && compareKeys(first.key, second.key) === 0)
    return rankRoutes(ctx, deriver, cert, verdict)[0]?.route ?? null;
  return first?.route ?? null;
}

function rankRoutesUncached(
  ctx: PlanContext,
  deriver: Deriver,
  cert: Certification,
  verdict: CertificationVerdict,
): RouteChoice[] {
  const choices: RouteChoice[] = [];
  for (const route of verdict.routes) {
    const rw = walkRoute(deriver, cert, route);
    if (!rw) continue;
    choices.push({ ...rw, ...routeEstimate(ctx, deriver, rw), special: isSpecialRoute(ctx, rw) });
  }
  // The verdict's own route comes first when the person is eligible or only time stands between
  // them and it: that plan keeps their current job. Otherwise: plannable, ordinary, quickest.
  const key = (c: RouteChoice): number[] => {
    const decided =
      (verdict.status === 'eligible' && c.route.eligible) ||
      (verdict.status === 'not-yet' &&
        c.route.eligible_from !== null &&
        c.route.eligible_from === verdict.eligible_from);
    return [
      decided ? 0 : 1,
      c.route.eligible ? 0 : 1,
      Number.isFinite(c.months) ? 0 : 1,
      c.special ? 1 : 0,
      c.months,
    ];
  };
  return choices
    .map((c, i) => ({ c, i }))
    .sort((a, b) => compareKeys(key(a.c), key(b.c)) || a.i - b.i)
    .map(({ c }) => c);
}

import { addMonths, monthIndex } from '../core/month.js';
import { EDUCATION_RANK } from '../core/vocabulary.js';
import type { Certification } from '../data/schema/families.js';
import type { CertificationVerdict, RouteVerdict } from '../engine/types.js';
import { compareKeys } from './compare.js';
import type { PlanContext } from './context.js';
import type { Deriver } from './derive.js';
import { DraftSet, type DraftStep } from './draft.js';
import { type Chooser, experienceMonths, type Walk, walkRule } from './needs.js';
import { lastEnd, monthsToFinish, schedule } from './schedule.js';
import { planCertExam } from './steps/credential.js';
import { needsSpecialPost } from './steps/experience.js';
import { waitForHighSchool } from './steps/finish-high-school.js';
import { moveUpNow } from './steps/move-up-now.js';

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
    experienceMonths: experienceMonths(rw.walk)?.have,
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
): { months: number; keepsJob: boolean; repeatsLevel: boolean; studyMonths: number } {
  const scratch = new DraftSet();
  planRoute(ctx, deriver, scratch, rw);
  // The plan moves up now someone who already meets the next rung (steps/move-up-now.ts): a route
  // whose months may start in that post is measured so, as the plan will date it.
  moveUpNow(ctx, scratch);
  // A student still in high school starts the route once the diploma is in, as the plan does:
  // a route measured without the wait would look shorter than the same route planned.
  waitForHighSchool(ctx, scratch);
  const drafts = scratch.all();
  if (drafts.some((d) => d.unresolved !== undefined))
    return { months: Number.POSITIVE_INFINITY, keepsJob: false, repeatsLevel: false, studyMonths: 0 };
  return {
    months: monthsToFinish(drafts, ctx.asOf),
    keepsJob: !drafts.some((d) => !d.fixed && (d.kind === 'career' || d.kind === 'education')),
    repeatsLevel: repeatsALevel(ctx, drafts),
    studyMonths: drafts.reduce((sum, d) => (!d.fixed && d.kind === 'education' ? sum + d.duration : sum), 0),
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
  /** Months of new study the route plans (degrees, credits, bridges); 0 when it needs none. */
  studyMonths: number;
}

/** Route rankings already computed, per plan context (a plan ranks the same certification often). */
const ranked = new WeakMap<PlanContext, Map<string, RouteChoice[]>>();
/** Routes already walked and planned on their own, per plan context (a ranking and a best route share them). */
const estimated = new WeakMap<PlanContext, Map<RouteVerdict, RouteChoice>>();
/** Routes already walked, per plan context. */
const walks = new WeakMap<PlanContext, Map<RouteVerdict, RouteWalk | null>>();
/** Best routes already found without a whole ranking, per plan context. */
const bests = new WeakMap<PlanContext, Map<string, RouteChoice | undefined>>();

/** The best route already known for this plan (from a whole ranking or a best-route search). */
function knownBest(
  ctx: PlanContext,
  cert: Certification,
  verdict: CertificationVerdict,
): { best: RouteChoice | undefined } | null {
  const key = rankingKey(cert, verdict);
  const done = ranked.get(ctx)?.get(key);
  if (done) return { best: done[0] };
  const found = bests.get(ctx);
  return found?.has(key) ? { best: found.get(key) } : null;
}

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

/**
 * The first route of {@link rankRoutes}, planning only the routes that could come first. The
 * ranking's leading keys (the verdict's own route, met) need no planning, so only the routes that
 * share the best of them are planned; of those, a route needing a particular post is planned only
 * when no ordinary one can be planned at all. For the certifications a plan compares or lists.
 */
export function bestRoute(
  ctx: PlanContext,
  deriver: Deriver,
  cert: Certification,
  verdict: CertificationVerdict,
): RouteChoice | undefined {
  const known = knownBest(ctx, cert, verdict);
  if (known) return known.best;
  let found = bests.get(ctx);
  if (!found) {
    found = new Map();
    bests.set(ctx, found);
  }
  const best = bestRouteUncached(ctx, deriver, cert, verdict);
  found.set(rankingKey(cert, verdict), best);
  return best;
}

function bestRouteUncached(
  ctx: PlanContext,
  deriver: Deriver,
  cert: Certification,
  verdict: CertificationVerdict,
): RouteChoice | undefined {
  const routes = verdict.routes.flatMap((route, i) => {
    const rw = walked(ctx, deriver, cert, route);
    return rw ? [{ rw, i, lead: leadingKey(verdict, route) }] : [];
  });
  const lead = routes.reduce<number[] | null>(
    (min, w) => (min === null || compareKeys(w.lead, min) < 0 ? w.lead : min),
    null,
  );
  if (!lead) return undefined;
  const group = routes.filter((w) => compareKeys(w.lead, lead) === 0);
  const ordinary = group.filter((w) => !isSpecialRoute(ctx, w.rw));
  const plan = (ws: typeof group) => ws.map((w) => ({ c: routeChoice(ctx, deriver, w.rw), i: w.i }));
  let candidates = plan(ordinary);
  if (!candidates.some(({ c }) => Number.isFinite(c.months))) candidates = plan(group);
  return inOrder(
    verdict,
    candidates.map(({ c }) => c),
  )[0];
}

/** A route walked with the plan's own chooser, once per plan context (the chooser plans each branch). */
function walked(
  ctx: PlanContext,
  deriver: Deriver,
  cert: Certification,
  route: RouteVerdict,
): RouteWalk | null {
  let byRoute = walks.get(ctx);
  if (!byRoute) {
    byRoute = new Map();
    walks.set(ctx, byRoute);
  }
  let rw = byRoute.get(route);
  if (rw === undefined) {
    rw = walkRoute(deriver, cert, route);
    byRoute.set(route, rw);
  }
  return rw;
}

/** A route walked and planned on its own, once per plan context. */
function routeChoice(ctx: PlanContext, deriver: Deriver, rw: RouteWalk): RouteChoice {
  let byRoute = estimated.get(ctx);
  if (!byRoute) {
    byRoute = new Map();
    estimated.set(ctx, byRoute);
  }
  let choice = byRoute.get(rw.route);
  if (!choice) {
    choice = { ...rw, ...routeEstimate(ctx, deriver, rw), special: isSpecialRoute(ctx, rw) };
    byRoute.set(rw.route, choice);
  }
  return choice;
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
  const known = knownBest(ctx, cert, verdict);
  if (known) return known.best?.route ?? null;
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
    return bestRoute(ctx, deriver, cert, verdict)?.route ?? null;
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
    const rw = walked(ctx, deriver, cert, route);
    if (rw) choices.push(routeChoice(ctx, deriver, rw));
  }
  return inOrder(verdict, choices);
}

/**
 * The routes in the order a plan would take them (by {@link choiceKey}, then as the data lists
 * them), except that a route asking for no new study comes before a quicker one that does when the
 * study takes at least as long as it saves: a retired teacher whose bachelor's meets the CMC's
 * any-field route works toward it now (64 months, paid) rather than spending 24 of 52 months on
 * an MSW. A degree is planned first only where it saves more months than it takes to earn.
 */
function inOrder(verdict: CertificationVerdict, choices: readonly RouteChoice[]): RouteChoice[] {
  const sorted = choices
    .map((c, i) => ({ c, i }))
    .sort((a, b) => compareKeys(choiceKey(verdict, a.c), choiceKey(verdict, b.c)) || a.i - b.i)
    .map(({ c }) => c);
  // Only routes that tie on every key but the months compete so.
  const rank = (c: RouteChoice) => choiceKey(verdict, c).slice(0, -1);
  return studyFreeFirst(
    sorted,
    (c) => c,
    (a, b) => compareKeys(rank(a), rank(b)) === 0,
  );
}

/**
 * `ordered` (quickest first) with the first item reached without new study moved to the front,
 * where {@link studyNotWorthIt} says the quickest's study is not worth it and `sameClass` puts the
 * two in one class of the caller's ranking. For routes, goals and areas alike.
 */
export function studyFreeFirst<T>(
  ordered: readonly T[],
  routeOf: (item: T) => RouteChoice | null | undefined,
  sameClass: (a: T, b: T) => boolean = () => true,
): T[] {
  const first = ordered[0];
  const quicker = first === undefined ? undefined : routeOf(first);
  const without = quicker
    ? ordered.find((item) => {
        const route = routeOf(item);
        return route != null && sameClass(item, first!) && studyNotWorthIt(quicker, route);
      })
    : undefined;
  return without === undefined ? [...ordered] : [without, ...ordered.filter((item) => item !== without)];
}

/**
 * The quicker way asks for new study that takes at least as long as it saves against a way that
 * asks for none: an adviser would put the way without it first (the person works and is paid in
 * those months instead of studying). For routes of one certification and for the goal's choice.
 */
export function studyNotWorthIt(quicker: RouteChoice, without: RouteChoice): boolean {
  return (
    quicker.studyMonths > 0 &&
    without.studyMonths === 0 &&
    Number.isFinite(quicker.months) &&
    Number.isFinite(without.months) &&
    without.months - quicker.months <= quicker.studyMonths
  );
}

/**
 * The verdict's own route comes first when the person is eligible or only time stands between
 * them and it: that plan keeps their current job. Then a met route. These need no planning.
 */
function leadingKey(verdict: CertificationVerdict, route: RouteVerdict): number[] {
  const decided =
    (verdict.status === 'eligible' && route.eligible) ||
    (verdict.status === 'not-yet' &&
      route.eligible_from !== null &&
      route.eligible_from === verdict.eligible_from);
  return [decided ? 0 : 1, route.eligible ? 0 : 1];
}

/** The whole ranking key: after the leading keys, plannable, ordinary, quickest. */
function choiceKey(verdict: CertificationVerdict, c: RouteChoice): number[] {
  return [...leadingKey(verdict, c.route), Number.isFinite(c.months) ? 0 : 1, c.special ? 1 : 0, c.months];
}

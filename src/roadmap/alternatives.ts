import { evaluate, evaluatePreparedRule } from '../api/evaluate.js';
import { addMonths, monthIndex } from '../core/month.js';
import type { Certification } from '../data/schema/families.js';
import { prepareProfile } from '../engine/prepare.js';
import type { CertificationVerdict } from '../engine/types.js';
import type { PlanContext } from './context.js';
import { type Deriver, makeDeriver } from './derive.js';
import { DraftSet } from './draft.js';
import { fitsDiscipline } from './goal.js';
import { caseManagementMonths, levelForRole } from './ladder.js';
import { preferenceHasSetApart } from './license-preference.js';
import type { AlternativeModel } from './model.js';
import { fixed, type Phrase, phrase, phraseKey } from './phrases/index.js';
import { bestRoute, planRoute, type RouteChoice } from './route.js';
import { schedule } from './schedule.js';

export interface AlternativesInput {
  cert: Certification;
  routes: RouteChoice[];
  planned: RouteChoice;
  /** Months from as_of until the goal's exam step ends on the plan. */
  plannedMonths: number;
  /** Certifications already on the plan (the goal and those picked up on the way). */
  onPlan: ReadonlySet<string>;
}

/**
 * Shorter ways to a certification: another route of the goal (a CCM-certified supervisor halves
 * the months), or another certification of the specialization that opens sooner.
 */
export function alternatives(
  ctx: PlanContext,
  deriver: Deriver,
  input: AlternativesInput,
): AlternativeModel[] {
  const found: AlternativeModel[] = [];
  for (const choice of input.routes) {
    if (choice === input.planned || !Number.isFinite(choice.months) || !withinReach(ctx, choice)) continue;
    // A second degree at the level the person has is no shorter way an adviser would offer.
    if (choice.repeatsLevel) continue;
    const saves = input.plannedMonths - choice.months;
    if (saves <= 0) continue;
    found.push({
      title: phrase('alternatives.route', {
        abbreviation: input.cert.abbreviation,
        route: choice.route.title,
      }),
      saves_months: saves,
      steps: stepTitles(ctx, deriver, choice),
    });
  }
  const lifted = liftedRestriction(ctx, input);
  if (lifted) found.push(lifted);
  const shortcut = licenseShortcut(ctx, deriver, input);
  if (
    shortcut &&
    !found.some(
      (f) => f.saves_months === shortcut.saves_months && phraseKey(f.steps) === phraseKey(shortcut.steps),
    )
  ) {
    found.push(shortcut);
  }
  for (const id of ctx.specialization?.certifications ?? []) {
    if (input.onPlan.has(id) || ctx.profile.certifications.includes(id)) continue;
    const cert = ctx.data.byId.certifications.get(id);
    const verdict = ctx.verdicts.get(id);
    if (!cert || !verdict || verdict.status === 'retired' || verdict.status === 'unconfirmed') continue;
    if (!fitsDiscipline(ctx, cert)) continue;
    const best = bestRoute(ctx, deriver, cert, verdict);
    if (!best || !Number.isFinite(best.months) || best.repeatsLevel) continue;
    const saves = input.plannedMonths - best.months;
    if (saves <= 0) continue;
    found.push({
      title: phrase('alternatives.instead', {
        abbreviation: cert.abbreviation,
        name: cert.name,
        by: addMonths(ctx.asOf, best.months),
      }),
      saves_months: saves,
      steps: stepTitles(ctx, deriver, best),
    });
  }
  return found.sort((a, b) => b.saves_months - a.saves_months).slice(0, 3);
}

function stepTitles(ctx: PlanContext, deriver: Deriver, choice: RouteChoice): Phrase[] {
  const scratch = new DraftSet();
  planRoute(ctx, deriver, scratch, choice);
  return titlesOf(ctx, scratch);
}

/** The titles of a route planned on its own, in the order the steps start. */
function titlesOf(ctx: PlanContext, scratch: DraftSet): Phrase[] {
  const dates = schedule(scratch.all(), ctx.asOf);
  return scratch
    .all()
    .filter((d) => !d.fixed)
    .map((d, i) => ({ d, i, start: dates.get(d.id)?.start ?? ctx.asOf }))
    .sort((a, b) => monthIndex(a.start) - monthIndex(b.start) || a.i - b.i)
    .map(({ d }) => d.title);
}

/**
 * A route that needs a role higher up the ladder (supervising case managers) is only worth showing
 * to someone with the experience that rung usually asks.
 */
function withinReach(ctx: PlanContext, choice: RouteChoice): boolean {
  const have = caseManagementMonths(ctx);
  return choice.walk.unmet.every((u) => {
    if (u.leaf.kind !== 'experience' || !u.leaf.cond.roles || u.leaf.cond.roles.includes('case-manager'))
      return true;
    const levels = u.leaf.cond.roles.map((r) => levelForRole(ctx.data, r)).filter((l) => l !== undefined);
    return levels.some((l) => have >= l.typical_years.min * 12);
  });
}

/**
 * The plan prefers the licenses a specialization expects (a BSW path for social work). When a
 * license outside them is quicker (an RN license makes the CCM reachable without a bachelor's),
 * say so.
 */
function licenseShortcut(
  ctx: PlanContext,
  planDeriver: Deriver,
  input: AlternativesInput,
): AlternativeModel | null {
  const verdict = ctx.verdicts.get(input.cert.id);
  if (!verdict) return null;
  // While the preference has set no license apart, the plan without it is this plan: reuse it.
  let found = preferenceHasSetApart(ctx) ? false : quickerRoute(ctx, planDeriver, input, verdict);
  if (found === false) {
    const free: PlanContext = { ...ctx, preferSpecLicenses: false };
    found = quickerRoute(free, makeDeriver(free), input, verdict);
  }
  if (!found) return null;
  const { scratch, saves } = found;
  const license = scratch
    .all()
    .map((d) =>
      d.kind === 'license' && d.gains?.credential
        ? ctx.data.byId.licenses.get(d.gains.credential)
        : undefined,
    )
    .find((l) => l !== undefined);
  if (!license) return null;
  return {
    title: phrase('alternatives.license', {
      abbreviation: input.cert.abbreviation,
      license: license.abbreviation,
    }),
    saves_months: saves,
    steps: titlesOf(ctx, scratch),
    license: license.id,
  };
}

/**
 * The certification's best route when it is quicker than the plan, planned on its own; false when
 * planning it let the preference for the specialization's licenses set one apart (then it is not
 * the route a plan without the preference would take).
 */
function quickerRoute(
  ctx: PlanContext,
  deriver: Deriver,
  input: AlternativesInput,
  verdict: CertificationVerdict,
): { scratch: DraftSet; saves: number } | null | false {
  const setApart = () => ctx.preferSpecLicenses && preferenceHasSetApart(ctx);
  const best = bestRoute(ctx, deriver, input.cert, verdict);
  if (setApart()) return false;
  if (!best || !Number.isFinite(best.months)) return null;
  const saves = input.plannedMonths - best.months;
  if (saves <= 0) return null;
  const scratch = new DraftSet();
  planRoute(ctx, deriver, scratch, best);
  return setApart() ? false : { scratch, saves };
}

/**
 * A restricted license does not count (CCM and ACM ask for one in good standing). When lifting
 * the restriction would shorten the plan, say by how much: a what-if run of the engine.
 */
function liftedRestriction(ctx: PlanContext, input: AlternativesInput): AlternativeModel | null {
  const restricted = ctx.profile.licenses.filter((l) => l.status === 'restricted');
  if (restricted.length === 0) return null;
  const profile = {
    ...ctx.profile,
    licenses: ctx.profile.licenses.map((l) =>
      l.status === 'restricted' ? { ...l, status: 'active' as const } : l,
    ),
  };
  const report = evaluate(
    profile,
    ctx.data,
    { asOf: ctx.asOf, certifications: [input.cert.id] },
    ...(ctx.words ? [ctx.words] : []),
  );
  const prepared = prepareProfile(profile, monthIndex(ctx.asOf));
  const verdict = report.certifications[0];
  if (!verdict) return null;
  const whatIf: PlanContext = {
    ...ctx,
    profile,
    prepared,
    verdicts: new Map([...ctx.verdicts, [verdict.id, verdict]]),
    evaluate: (rule) => evaluatePreparedRule(rule, prepared, ctx.data, ctx.words),
  };
  const deriver = makeDeriver(whatIf);
  const best = bestRoute(whatIf, deriver, input.cert, verdict);
  if (!best || !Number.isFinite(best.months)) return null;
  const saves = input.plannedMonths - best.months;
  if (saves <= 0) return null;
  const names = restricted.map(
    (l) => ctx.data.byId.licenses.get(l.type)?.abbreviation ?? l.type.toUpperCase(),
  );
  return {
    title: phrase('alternatives.lifted', { licenses: names }),
    saves_months: saves,
    steps: [fixed('alternatives.ask-board'), ...stepTitles(whatIf, deriver, best)],
  };
}

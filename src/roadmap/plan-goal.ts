import { evaluatePreparedRule } from '../api/evaluate.js';
import type { Month } from '../core/month.js';
import type { Data } from '../data/model.js';
import type { Rule } from '../data/schema/rules.js';
import type { PreparedProfile } from '../engine/prepare.js';
import type { EligibilityReport, EvalNode } from '../engine/types.js';
import type { PlanContext, ReportWords } from './context.js';
import { makeDeriver } from './derive.js';
import { DraftSet } from './draft.js';
import { chooseCertification, chooseSpecialization, type SpecializationChoice } from './goal.js';
import { jobsOpenNow, startsThePlan } from './jobs.js';
import { phrase } from './phrases/index.js';
import { type RouteChoice, studyFreeFirst } from './route.js';
import { nextClinicalLicense } from './steps/license.js';
import { listedLicenseInReach } from './steps/license-optional.js';

/** The plan's goal and the context it is planned in (plan.ts). */

/** The planning context for one specialization: verdicts, memoized rules, the deriver. */
function contextFor(
  prepared: PreparedProfile,
  data: Data,
  report: EligibilityReport,
  asOf: Month,
  specialization: SpecializationChoice['specialization'],
  words: ReportWords | undefined,
) {
  const profile = prepared.profile;
  const base: PlanContext = {
    profile,
    prepared,
    data,
    asOf,
    verdicts: new Map(report.certifications.map((v) => [v.id, v])),
    specialization,
    evaluate: memoEvaluate((rule) => evaluatePreparedRule(rule, prepared, data, words)),
    preferSpecLicenses: true,
    ...(words ? { words } : {}),
  };
  // The clinical license someone is on the way to is part of the plan whatever the goal, and so
  // is the listed license they are one exam away from: a rule's way through either costs nothing
  // more (derive.ts); it is planned as a step of its own, by the goal's route or as a recommendation.
  const clinical = nextClinicalLicense(base, () => 0);
  const listed = listedLicenseInReach(base, new DraftSet(), () => 0);
  const anyway = [clinical, listed && !listed.limited ? listed.license : null].flatMap((l) =>
    l ? [l.id] : [],
  );
  const ctx: PlanContext = anyway.length > 0 ? { ...base, committed: new Set(anyway) } : base;
  return { ctx, deriver: makeDeriver(ctx) };
}

/**
 * The specialization and certification to plan for. Someone whose profile points nowhere yet
 * (no goal, nothing in their work or studies that fits one area) is not sent down the first area
 * in the data: among the areas with a job they can hold now, the one whose certification they can
 * reach soonest.
 */
export function chooseGoal(
  prepared: PreparedProfile,
  data: Data,
  report: EligibilityReport,
  asOf: Month,
  words?: ReportWords,
) {
  const spec = chooseSpecialization(prepared.profile, data, asOf);
  const first = contextFor(prepared, data, report, asOf, spec.specialization, words);
  const firstGoal = chooseCertification(first.ctx, first.deriver, spec);
  if (!spec.recommended || spec.reasons.length > 0) return { ...first, goal: firstGoal, spec };
  // First among the areas with a job the plan would start them in now; failing any, among all
  // areas (a business graduate too experienced for the assistant rung): the certification they
  // can reach soonest decides, never the first area in the data. Each area is measured once.
  const areas = data.specializations.map((candidate) => {
    const trial = contextFor(prepared, data, report, asOf, candidate, words);
    // The job the plan would start them with there, so the reason "you can start in it now"
    // names a step the plan has (not the assistant rung a business graduate is not sent to).
    const job = jobsOpenNow(trial.ctx).find((version) => startsThePlan(trial.ctx, version));
    const choice: SpecializationChoice = { specialization: candidate, recommended: true, reasons: [] };
    let route: RouteChoice | null | undefined;
    const first = () => {
      if (route === undefined)
        route = chooseCertification(trial.ctx, trial.deriver, choice, { bestOnly: true }).routes[0] ?? null;
      return route;
    };
    const measure = () => first()?.months ?? Infinity;
    return { trial, job, choice, measure, first };
  });
  // The soonest, except that an area reached without new study comes before a quicker one whose
  // study takes at least as long as it saves (route.ts, studyNotWorthIt), as goals and routes do.
  const soonest = (list: typeof areas) => {
    // Quickest first; a stable sort keeps the data's order between areas of the same months.
    const ordered = [...list].sort((a, b) => a.measure() - b.measure() || 0);
    const found = ordered[0];
    if (!found || !Number.isFinite(found.measure())) return undefined;
    const area = studyFreeFirst(ordered, (a) => a.first())[0]!;
    return { area, withoutStudy: area !== found };
  };
  const pick = soonest(areas.filter((area) => area.job)) ?? soonest(areas);
  const best = pick?.area;
  if (!best) return { ...first, goal: firstGoal, spec };
  const chosen: SpecializationChoice = {
    ...best.choice,
    reasons: [
      best.job
        ? phrase('goal.reason.soonest', {
            title: best.job.title,
            named: Boolean(best.job.employer),
            withoutStudy: pick.withoutStudy,
          })
        : phrase('goal.reason.soonest-certification', { withoutStudy: pick.withoutStudy }),
    ],
  };
  // The trial's context is the chosen area's (a context depends on the area alone): reuse it.
  const next = best.trial;
  return { ...next, goal: chooseCertification(next.ctx, next.deriver, chosen), spec: chosen };
}

/** The same rule object always evaluates the same for one profile and month: ask the engine once. */
export function memoEvaluate(evaluate: (rule: Rule) => EvalNode): (rule: Rule) => EvalNode {
  const cache = new WeakMap<Rule, EvalNode>();
  return (rule) => {
    let node = cache.get(rule);
    if (!node) {
      node = evaluate(rule);
      cache.set(rule, node);
    }
    return node;
  };
}

import type { Certification } from '../../data/schema/families.js';
import type { PlanContext } from '../context.js';
import type { DraftSet } from '../draft.js';
import { walkRouteWith } from '../route.js';
import { askWhetherDutiesCount } from './ask-duties.js';
import { gapMonths, lastNearCaseManagement, nearCaseManagement } from './experience.js';

/**
 * A certification of the area beside the goal that the person's work under another title would
 * open now, if its issuer counted that work (a former mental-health social worker, for the CCM,
 * while the plan aims at the ACM-SW through a hospital post): the plan asks them to ask that
 * issuer first. Nothing is planned on it; the step says what it would open. At most one.
 */
export function askWhetherAnotherOpensNow(
  ctx: PlanContext,
  drafts: DraftSet,
  goal: Certification | null,
  onPlan: readonly Certification[],
): string | null {
  if (!goal || ctx.verdicts.get(goal.id)?.status === 'eligible') return null;
  const entry =
    ctx.profile.experience.find((e) => e.ongoing && e.role !== 'case-manager') ?? lastNearCaseManagement(ctx);
  if (!entry) return null;
  for (const id of ctx.specialization?.certifications ?? []) {
    const cert = ctx.data.byId.certifications.get(id);
    const verdict = ctx.verdicts.get(id);
    if (!cert || !verdict || verdict.status !== 'not-eligible') continue;
    if (cert.id === goal.id || onPlan.includes(cert) || ctx.profile.certifications.includes(id)) continue;
    // The walks alone (no route planned): only a route missing nothing but months is asked about.
    for (const verdictRoute of verdict.routes) {
      // A route with an unmet choice misses more than months: the first branch will do to see it.
      const route = walkRouteWith(() => 0, cert, verdictRoute);
      if (!route) continue;
      const [only, ...rest] = route.walk.unmet;
      // One plain experience requirement, not one way of several (which the chooser would pick).
      if (!only || rest.length > 0 || only.leaf.kind !== 'experience' || only.oneOf) continue;
      if (!nearCaseManagement(entry, only.leaf.cond)) continue;
      const gap = gapMonths(only.leaf.cond, only.node);
      const purpose = { name: cert.abbreviation, license: false };
      const asked = askWhetherDutiesCount(
        ctx,
        drafts,
        only.leaf.cond,
        entry,
        gap,
        purpose,
        false,
        goal.abbreviation,
      );
      if (asked) return asked;
    }
  }
  return null;
}

import type { Certification } from '../../data/schema/families.js';
import type { PlanContext } from '../context.js';
import type { DraftSet } from '../draft.js';
import type { LeafNode, Walk } from '../needs.js';
import { type Phrase, phrase } from '../phrases/index.js';
import { type RouteWalk, walkRouteWith } from '../route.js';
import { stateLicenseFacts } from '../state-license.js';

/**
 * A certification of the specialization whose one way still open needs nothing but what the plan
 * already brings: the goal certification (the CCM's "an active CRC or CDMS", for someone whose
 * case-management months are met) or a license the plan gets (the RN an LPN's bridge leads to, for
 * the CCM her care-coordination months already meet). The plan takes the person on to it.
 */
export function openedByThePlan(
  ctx: PlanContext,
  drafts: DraftSet,
  goal: Certification,
  onPlan: readonly Certification[],
): { cert: Certification; route: RouteWalk; why: Phrase } | null {
  // The goal's exam is what a certification leaf waits for: the planner links the two only when
  // the goal is open now or by time alone (derive.ts, a certification a rule accepts).
  const status = ctx.verdicts.get(goal.id)?.status;
  const goalLinks = status === 'eligible' || status === 'not-yet';
  const planned = (types: readonly string[]) => types.find((type) => drafts.has(`license-${type}`));
  const brought = (u: LeafNode) =>
    (u.leaf.kind === 'certification' && goalLinks && u.leaf.ids.includes(goal.id)) ||
    (u.leaf.kind === 'license' && planned(u.leaf.types) !== undefined);
  const bringsAll = (w: Walk) => w.unmet.length > 0 && w.unmet.every(brought);
  for (const id of ctx.specialization?.certifications ?? []) {
    const cert = ctx.data.byId.certifications.get(id);
    const verdict = ctx.verdicts.get(id);
    if (!cert || !verdict || onPlan.includes(cert) || ctx.profile.certifications.includes(id)) continue;
    if (verdict.status !== 'not-eligible') continue;
    // The walks alone, no route planned: this is asked of every certification of the area. Where a
    // choice is unmet, the branch the plan already brings.
    for (const verdictRoute of verdict.routes) {
      const route = walkRouteWith((walks) => Math.max(0, walks.findIndex(bringsAll)), cert, verdictRoute);
      if (!route || !bringsAll(route.walk)) continue;
      const license = route.walk.unmet.flatMap((u) =>
        u.leaf.kind === 'license' ? [planned(u.leaf.types)!] : [],
      )[0];
      const why = license
        ? phrase('goal.alongside-license', {
            abbreviation: cert.abbreviation,
            license: stateLicenseFacts(ctx.data, ctx.profile, license).short,
            reactivated: ctx.profile.licenses.some((l) => l.type === license && l.status === 'inactive'),
          })
        : phrase('goal.alongside-after', { abbreviation: cert.abbreviation, goal: goal.abbreviation });
      return { cert, route, why };
    }
  }
  return null;
}

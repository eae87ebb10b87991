import type { Certification } from '../../data/schema/families.js';
import type { PlanContext } from '../context.js';
import type { DraftSet } from '../draft.js';
import { routeWithEducationMet } from '../education-met.js';
import { phrase } from '../phrases/index.js';
import type { RouteChoice } from '../route.js';

/**
 * A degree the goal does not need (a retired teacher's MSW, when her bachelor's meets the CMC's
 * any-field route): its step says so, how long the way without it takes and what it saves, so
 * that nobody enrolls thinking it is required. Only where the plan measured that other way.
 */
export function sayDegreeOnlyQuicker(
  ctx: PlanContext,
  drafts: DraftSet,
  cert: Certification,
  routes: readonly RouteChoice[],
  plannedMonths: number,
): void {
  const met = routeWithEducationMet(ctx, cert);
  const other = met ? routes.find((c) => c.route.id === met.id) : undefined;
  if (!met || !other || !Number.isFinite(other.months) || !Number.isFinite(plannedMonths)) return;
  const without = Math.round(other.months);
  const saves = without - Math.round(plannedMonths);
  if (saves <= 0) return;
  for (const draft of drafts.all()) {
    if (draft.kind !== 'education' || !/^(degree|study)-/.test(draft.id)) continue;
    draft.why.push(
      phrase('education.only-quicker', { abbreviation: cert.abbreviation, route: met.title, without, saves }),
    );
  }
}

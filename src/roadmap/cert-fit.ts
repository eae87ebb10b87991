import type { Certification } from '../data/schema/families.js';
import type { CertificationVerdict } from '../engine/types.js';
import type { PlanContext } from './context.js';
import type { Deriver } from './derive.js';
import { ownDisciplines } from './goal.js';
import { likelyRoute, type RouteChoice } from './route.js';
import type { CertificationFit, RoadmapCertification } from './types.js';

export interface FitInput {
  goal: Certification | null;
  /** The route the plan follows to the goal. */
  planned: RouteChoice | undefined;
  /** Certifications the plan picks up on the way, with the route it follows for each. */
  alongside: ReadonlyMap<string, RouteChoice>;
}

/**
 * Each verdict with what a page needs to list it in the order that fits the person: how it
 * relates to the plan (`fit`), the disciplines it is for, and the route to show (`plan_route`:
 * the one the plan follows, or would follow were it the goal), so a table never explains a route
 * the plan does not take.
 */
export function fitCertifications(
  ctx: PlanContext,
  deriver: Deriver,
  verdicts: readonly CertificationVerdict[],
  input: FitInput,
): RoadmapCertification[] {
  const own = ownDisciplines(ctx);
  const area = new Set(ctx.specialization?.certifications ?? []);
  return verdicts.map((verdict) => {
    const cert = ctx.data.byId.certifications.get(verdict.id);
    const disciplines = cert ? [...cert.disciplines] : ['any'];
    const fit = fitOf(verdict, cert, own, area, input);
    return { ...verdict, disciplines, fit, plan_route: routeOf(ctx, deriver, verdict, cert, input) };
  });
}

function fitOf(
  verdict: CertificationVerdict,
  cert: Certification | undefined,
  own: ReadonlySet<string>,
  area: ReadonlySet<string>,
  input: FitInput,
): CertificationFit {
  if (verdict.id === input.goal?.id) return 'goal';
  if (verdict.held) return 'held';
  if (input.alongside.has(verdict.id)) return 'on-plan';
  if (verdict.status === 'eligible' || verdict.status === 'not-yet') return 'open';
  const disciplines = cert?.disciplines ?? ['any'];
  const inDiscipline = disciplines.includes('any') || disciplines.some((d) => own.has(d));
  // Someone without a discipline yet may still be on the way to one their own area lists (a BSW
  // for the C-SWCM); a certification for a discipline they are not in, outside it, is not for them.
  if (!inDiscipline && (own.size > 0 || !area.has(verdict.id))) return 'other-discipline';
  return area.has(verdict.id) ? 'area' : 'open';
}

function routeOf(
  ctx: PlanContext,
  deriver: Deriver,
  verdict: CertificationVerdict,
  cert: Certification | undefined,
  input: FitInput,
): string | null {
  if (verdict.held || verdict.routes.length === 0) return null;
  if (verdict.id === input.goal?.id) return input.planned?.route.id ?? null;
  const along = input.alongside.get(verdict.id);
  if (along) return along.route.id;
  if (verdict.route) return verdict.route;
  if (!cert || verdict.status === 'retired' || verdict.status === 'unconfirmed') return null;
  return likelyRoute(ctx, deriver, cert, verdict)?.id ?? null;
}

import { monthIndex } from '../core/month.js';
import type { Data } from '../data/model.js';
import type { Certification } from '../data/schema/families.js';
import { compileRule } from './compile.js';
import type { CertificationResult, Explanation, RouteResult, VerdictCaveat } from './explanation.js';
import { dataCaveat } from './leaves/caveats.js';
import type { PreparedProfile } from './prepare.js';
import { projectEligibleMonth } from './project.js';

/** One certification's verdict for a prepared profile, as data. Pure. */
export function explainCertification(
  certification: Certification,
  prepared: PreparedProfile,
  data: Data,
): CertificationResult {
  const held = prepared.profile.certifications.includes(certification.id);
  if (certification.status === 'unconfirmed') {
    return closed(certification, 'unconfirmed', held, { code: 'status-unconfirmed', certification });
  }
  if (
    certification.status === 'retired' &&
    certification.retired_on &&
    monthIndex(certification.retired_on) <= prepared.asOf
  ) {
    return closed(certification, 'retired', held, { code: 'retired', certification });
  }

  const routes: RouteResult[] = certification.routes.map((route) => {
    const compiled = compileRule(route.rule, data);
    const tree = compiled(prepared, prepared.asOf);
    const opens = tree.ok ? null : projectEligibleMonth(compiled, tree, prepared);
    return new Route(route, tree, opens);
  });

  const eligible = routes.find((route) => route.ok);
  let soonest: RouteResult | undefined;
  for (const route of routes) {
    if (route.eligibleFrom !== null && (!soonest || route.eligibleFrom < soonest.eligibleFrom!))
      soonest = route;
  }
  let closest: RouteResult | undefined;
  for (const route of routes) if (!closest || route.missingCount < closest.missingCount) closest = route;
  const deciding = eligible ?? soonest ?? closest ?? null;
  const status = eligible ? 'eligible' : soonest ? 'not-yet' : 'not-eligible';
  return {
    certification,
    status,
    held,
    routes,
    deciding,
    eligibleFrom: status === 'not-yet' ? soonest!.eligibleFrom : null,
    caveats: uniqueCaveats(deciding?.caveats ?? []),
  };
}

/** A route's verdict; its caveats are gathered only when someone reads them. */
class Route implements RouteResult {
  readonly ok: boolean;
  readonly missingCount: number;
  private gathered: readonly VerdictCaveat[] | null = null;

  constructor(
    readonly route: RouteResult['route'],
    readonly tree: Explanation,
    readonly eligibleFrom: number | null,
  ) {
    this.ok = tree.ok;
    this.missingCount = missingCount(tree);
  }

  get caveats(): readonly VerdictCaveat[] {
    if (this.gathered === null) {
      const out = (this.route.caveats ?? []).map(dataCaveat);
      gatherCaveats(this.tree, out);
      this.gathered = out;
    }
    return this.gathered;
  }
}

function closed(
  certification: Certification,
  status: 'unconfirmed' | 'retired',
  held: boolean,
  caveat: VerdictCaveat,
): CertificationResult {
  return { certification, status, held, routes: [], deciding: null, eligibleFrom: null, caveats: [caveat] };
}

/**
 * The caveats a verdict rests on: those of every node that decides the outcome. Under a met `any`,
 * only the met alternatives count, and of those the one with the fewest caveats (a person would
 * apply with the cleanest option).
 */
export function relevantCaveats(node: Explanation): VerdictCaveat[] {
  const out: VerdictCaveat[] = [];
  gatherCaveats(node, out);
  return out;
}

function gatherCaveats(node: Explanation, out: VerdictCaveat[]): void {
  for (const caveat of node.caveats) out.push(caveat);
  if (!node.children || node.kind === 'not') return;
  if (node.kind === 'any' && node.ok) {
    let cleanest: VerdictCaveat[] | undefined;
    for (const child of node.children) {
      if (!child.ok) continue;
      const option = relevantCaveats(child);
      if (!cleanest || option.length < cleanest.length) cleanest = option;
    }
    if (cleanest) for (const caveat of cleanest) out.push(caveat);
    return;
  }
  for (const child of node.children) gatherCaveats(child, out);
}

/** How many separate requirements are unmet: an unmet `any` is one choice, an `all` the sum. */
export function missingCount(node: Explanation): number {
  if (node.ok) return 0;
  if (node.kind === 'all') {
    let total = 0;
    for (const child of node.children!) total += missingCount(child);
    return total;
  }
  return 1;
}

/** The same caveat reached by two nodes is said once (data caveats by their text). */
export function uniqueCaveats(caveats: readonly VerdictCaveat[]): VerdictCaveat[] {
  const seen = new Set<string>();
  const out: VerdictCaveat[] = [];
  for (const caveat of caveats) {
    const key = caveatKey(caveat);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(caveat);
  }
  return out;
}

function caveatKey(caveat: VerdictCaveat): string {
  switch (caveat.code) {
    case 'data':
      return `data:${caveat.text}`;
    case 'undated-experience':
      return caveat.afterDegree ? 'undated-after-degree' : `undated-within:${caveat.withinMonths}`;
    case 'status-unconfirmed':
    case 'retired':
      return `${caveat.code}:${caveat.certification.id}`;
    default:
      return caveat.code;
  }
}

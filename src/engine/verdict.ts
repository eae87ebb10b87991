import type { CompiledCertification, CompiledRoute } from './certification.js';
import type { CertificationResult, Explanation, RouteResult, VerdictCaveat } from './explanation.js';
import type { PreparedProfile } from './prepare.js';
import { projectEligibleMonth } from './project.js';

/** One certification's verdict for a prepared profile, as data. Pure. */
export function explainCertification(
  compiled: CompiledCertification,
  prepared: PreparedProfile,
): CertificationResult {
  const { certification } = compiled;
  const held = prepared.given.certifications.includes(certification.id);
  if (certification.status === 'unconfirmed') {
    return closed(certification, 'unconfirmed', held, { code: 'status-unconfirmed', certification });
  }
  if (compiled.retiredFrom !== null && compiled.retiredFrom <= prepared.asOf) {
    return closed(certification, 'retired', held, { code: 'retired', certification });
  }

  const routes: Route[] = [];
  let eligible: Route | undefined;
  let soonest: Route | undefined;
  for (const compiledRoute of compiled.routes) {
    const tree = compiledRoute.rule.explain(prepared, prepared.asOf);
    const opens = tree.ok ? null : projectEligibleMonth(compiledRoute.rule, tree, prepared);
    const route = new Route(compiledRoute, tree, opens);
    routes.push(route);
    if (route.ok) eligible ??= route;
    else if (opens !== null && (!soonest || opens < soonest.eligibleFrom!)) soonest = route;
  }
  let deciding: Route | null = eligible ?? soonest ?? null;
  if (!deciding) {
    // Neither open now nor by time: the route with the fewest unmet requirements.
    let fewest = Number.POSITIVE_INFINITY;
    for (const route of routes) {
      const count = route.missingCount;
      if (count < fewest) {
        fewest = count;
        deciding = route;
      }
    }
  }
  const status = eligible ? 'eligible' : soonest ? 'not-yet' : 'not-eligible';
  return new Verdict(
    certification,
    status,
    held,
    routes,
    deciding,
    status === 'not-yet' ? soonest!.eligibleFrom : null,
  );
}

/** A certification's verdict; the caveats it rests on are gathered only when someone reads them. */
class Verdict implements CertificationResult {
  private gathered: readonly VerdictCaveat[] | null = null;

  constructor(
    readonly certification: CertificationResult['certification'],
    readonly status: CertificationResult['status'],
    readonly held: boolean,
    readonly routes: readonly RouteResult[],
    readonly deciding: RouteResult | null,
    readonly eligibleFrom: number | null,
  ) {}

  get caveats(): readonly VerdictCaveat[] {
    if (this.gathered === null) this.gathered = uniqueCaveats(this.deciding?.caveats ?? []);
    return this.gathered;
  }
}

/** A route's verdict; its unmet count and caveats are worked out only when someone reads them. */
class Route implements RouteResult {
  readonly route: RouteResult['route'];
  readonly ok: boolean;
  private counted = -1;
  private gathered: readonly VerdictCaveat[] | null = null;

  constructor(
    private readonly compiled: CompiledRoute,
    readonly tree: Explanation,
    readonly eligibleFrom: number | null,
  ) {
    this.route = compiled.route;
    this.ok = tree.ok;
  }

  get missingCount(): number {
    if (this.counted < 0) this.counted = missingCount(this.tree);
    return this.counted;
  }

  get caveats(): readonly VerdictCaveat[] {
    if (this.gathered === null) {
      const out = this.compiled.caveats.slice();
      gatherCaveats(this.tree, out);
      this.gathered = out;
    }
    return this.gathered;
  }
}

export function closed(
  certification: CertificationResult['certification'],
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
  if (node.caveats.length > 0) for (const caveat of node.caveats) out.push(caveat);
  const children = node.children;
  if (children === null || node.kind === 'not') return;
  if (node.kind === 'any' && node.ok) {
    let cleanest: VerdictCaveat[] | undefined;
    for (const child of children) {
      if (!child.ok) continue;
      const option = relevantCaveats(child);
      if (!cleanest || option.length < cleanest.length) cleanest = option;
    }
    if (cleanest) for (const caveat of cleanest) out.push(caveat);
    return;
  }
  for (const child of children) gatherCaveats(child, out);
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
  const out: VerdictCaveat[] = [];
  if (caveats.length === 0) return out;
  // A verdict rests on a few caveats at most, so a scan beats building keys for a set.
  next: for (const caveat of caveats) {
    for (const kept of out) if (sameCaveat(kept, caveat)) continue next;
    out.push(caveat);
  }
  return out;
}

function sameCaveat(a: VerdictCaveat, b: VerdictCaveat): boolean {
  if (a === b) return true;
  switch (a.code) {
    case 'data':
      return b.code === 'data' && a.text === b.text;
    case 'undated-experience':
      return (
        b.code === 'undated-experience' &&
        a.afterDegree === b.afterDegree &&
        (a.afterDegree || a.withinMonths === b.withinMonths)
      );
    case 'status-unconfirmed':
    case 'retired':
      return b.code === a.code && a.certification.id === b.certification.id;
    default:
      return b.code === a.code;
  }
}

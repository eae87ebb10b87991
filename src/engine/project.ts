import { EPSILON } from './amount.js';
import type { CompiledRule } from './compile.js';
import type { Explanation } from './explanation.js';
import type { PreparedProfile } from './prepare.js';

/** How far ahead we look for a gap that time alone closes: 20 years. */
export const PROJECTION_HORIZON_MONTHS = 240;

/**
 * The first month after as_of at which the rule holds if the person simply stays in their ongoing
 * roles, or null when time alone never closes the gap (a degree, license, exam or new job is
 * needed). Experience grows at most linearly (by the ongoing roles' accrual rates), so each failed
 * month gives a lower bound for the next one worth trying: usually the first guess is the answer.
 */
export function projectEligibleMonth(
  rule: CompiledRule,
  tree: Explanation,
  prepared: PreparedProfile,
): number | null {
  if (tree.ok) return prepared.asOf;
  if (!prepared.anyOngoing || !onlyTimeCanFix(tree)) return null;
  const horizon = prepared.asOf + PROJECTION_HORIZON_MONTHS;
  let at = prepared.asOf + monthsAtLeast(tree);
  while (at <= horizon) {
    const node = rule(prepared, at);
    if (node.ok) return at;
    const wait = monthsAtLeast(node);
    if (!Number.isFinite(wait)) return null;
    at += wait;
  }
  return null;
}

/** True when every failing leaf that decides the outcome is an experience gap time can close. */
function onlyTimeCanFix(node: Explanation): boolean {
  if (node.ok) return true;
  switch (node.kind) {
    case 'all':
      return node.children!.every(onlyTimeCanFix);
    case 'any':
      return node.children!.some(onlyTimeCanFix);
    case 'experience':
      return node.facts?.kind === 'experience' && node.facts.growing;
    default:
      return false;
  }
}

/**
 * A lower bound (at least 1) on the months until the node can hold; Infinity when time cannot
 * make it hold. A `not` is stepped month by month, since what it negates may lapse.
 */
function monthsAtLeast(node: Explanation): number {
  if (node.ok) return 1;
  switch (node.kind) {
    case 'all': {
      let most = 1;
      for (const child of node.children!) if (!child.ok) most = Math.max(most, monthsAtLeast(child));
      return most;
    }
    case 'any': {
      let least = Number.POSITIVE_INFINITY;
      for (const child of node.children!) least = Math.min(least, monthsAtLeast(child));
      return least;
    }
    case 'not':
      return 1;
    case 'experience': {
      const facts = node.facts;
      if (facts?.kind !== 'experience' || !facts.growing || facts.notCurrent || facts.rate <= 0) {
        return Number.POSITIVE_INFINITY;
      }
      return Math.max(1, Math.floor((facts.need - facts.have - EPSILON) / facts.rate));
    }
    default:
      return Number.POSITIVE_INFINITY;
  }
}

import type { Explanation } from './explanation.js';
import { type CompiledNode, NEVER } from './node.js';
import type { PreparedProfile } from './prepare.js';

/** How far ahead we look for a gap that time alone closes: 20 years. */
export const PROJECTION_HORIZON_MONTHS = 240;

/**
 * The first month after as_of at which the rule holds if the person simply stays in their ongoing
 * roles, or null when time alone never closes the gap (a degree, license, exam or new job is
 * needed). Experience grows at most linearly (by the ongoing roles' accrual rates), so each failed
 * month gives a lower bound for the next one worth trying: usually the first guess is the answer.
 * A guess is checked without building a tree, and what the person holds is read from `tree`.
 */
export function projectEligibleMonth(
  rule: CompiledNode,
  tree: Explanation,
  prepared: PreparedProfile,
): number | null {
  if (tree.ok) return prepared.asOf;
  if (!prepared.anyOngoing || !onlyTimeCanFix(tree)) return null;
  const horizon = prepared.asOf + PROJECTION_HORIZON_MONTHS;
  let at = prepared.asOf + rule.wait(prepared, prepared.asOf, tree);
  while (at <= horizon) {
    const wait = rule.wait(prepared, at, tree);
    if (wait === 0) return at;
    if (wait === NEVER) return null;
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

import type { Rule } from '../data/schema/rules.js';
import type { EvalContext } from './context.js';
import { evaluateRuleAt } from './evaluate-rule.js';
import type { EvalNode } from './types.js';

/** How far ahead we look for a gap that time alone closes: 20 years. */
export const PROJECTION_HORIZON_MONTHS = 240;

/**
 * The first month after as_of at which `rule` holds if the person simply stays in their ongoing
 * roles, or null when time alone never closes the gap (a degree, licence, exam or new job is needed).
 */
export function projectEligibleMonth(rule: Rule, tree: EvalNode, context: EvalContext): number | null {
  if (tree.ok) return context.at;
  if (!context.profile.experience.some((entry) => entry.ongoing)) return null;
  if (!onlyTimeCanFix(tree)) return null;

  // Start the scan at a lower bound: no experience gap closes faster than one month per month.
  const start = context.at + Math.max(1, Math.floor(shortestGapMonths(tree)));
  for (let at = start; at <= context.at + PROJECTION_HORIZON_MONTHS; at++) {
    if (evaluateRuleAt(rule, { ...context, at }).ok) return at;
  }
  return null;
}

/** True when every failing leaf that decides the outcome is an experience predicate. */
function onlyTimeCanFix(node: EvalNode): boolean {
  if (node.ok) return true;
  switch (node.kind) {
    case 'all':
      return node.children!.every(onlyTimeCanFix);
    case 'any':
      return node.children!.some(onlyTimeCanFix);
    case 'experience':
      // Only an ongoing role that counts toward it can close the gap with time.
      return node.measure?.growing === true;
    default:
      return false;
  }
}

/** A lower bound on the months until the tree can hold (0 when unknown). */
function shortestGapMonths(node: EvalNode): number {
  if (node.ok) return 0;
  switch (node.kind) {
    case 'all':
      return Math.max(0, ...node.children!.map(shortestGapMonths));
    case 'any':
      return Math.min(...node.children!.filter(onlyTimeCanFix).map(shortestGapMonths));
    case 'experience': {
      const measure = node.measure;
      if (!measure) return 0;
      const gap = measure.need - measure.have;
      // Hours accrue at most one full-time month's worth per month.
      return measure.unit === 'hours' ? gap / ((40 * 52) / 12) : gap;
    }
    default:
      return 0;
  }
}

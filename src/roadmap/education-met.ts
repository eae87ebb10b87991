import type { Certification } from '../data/schema/families.js';
import type { Rule } from '../data/schema/rules.js';
import type { EvalNode } from '../engine/types.js';
import type { PlanContext } from './context.js';

/**
 * Whether the education a rule asks for is met: `true` when its degree conditions are (in an
 * `any`, one branch's), `false` when one is not, `null` when the rule asks for none, or when an
 * `any` that is not met by a degree can be met without one (a license instead, for the CCM).
 */
function educationMet(rule: Rule, node: EvalNode): boolean | null {
  if ('degree' in rule) return node.ok;
  const parts = 'all' in rule ? rule.all : 'any' in rule ? rule.any : null;
  if (!parts || node.children?.length !== parts.length) return null;
  const results = parts.map((part, i) => educationMet(part, node.children![i]!));
  if ('all' in rule) return results.includes(false) ? false : results.includes(true) ? true : null;
  return results.includes(true) ? true : results.includes(null) ? null : false;
}

/**
 * A route of the certification whose education the person meets as they stand (a retired
 * teacher's bachelor's for the CMC's any-field route), read from the verdict's own trees: no route
 * is evaluated again. Undefined when none.
 */
export function routeWithEducationMet(
  ctx: PlanContext,
  cert: Certification,
): Certification['routes'][number] | undefined {
  const trees = new Map((ctx.verdicts.get(cert.id)?.routes ?? []).map((r) => [r.id, r.tree]));
  return cert.routes.find((r) => {
    const tree = trees.get(r.id);
    return tree !== undefined && educationMet(r.rule, tree) === true;
  });
}

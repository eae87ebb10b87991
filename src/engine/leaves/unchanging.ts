import type { Explanation } from '../explanation.js';
import { type CompiledNode, NEVER } from '../node.js';
import type { PreparedProfile } from '../prepare.js';

/**
 * A leaf that reads only what the person holds (a degree, license, certification, exam pass or CE
 * hours), which does not change with the month: the projection reads it from the as-of tree, and
 * no month can make an unmet one hold.
 */
export function unchangingNode(
  explain: (prepared: PreparedProfile) => Explanation,
  holds: (prepared: PreparedProfile) => boolean,
): CompiledNode {
  return {
    explain,
    wait: (prepared, _at, known) => ((known !== null ? known.ok : holds(prepared)) ? 0 : NEVER),
  };
}

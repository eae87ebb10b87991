import type { Explanation } from '../explanation.js';
import { type CompiledNode, NEVER } from '../node.js';
import type { PreparedProfile } from '../prepare.js';

/**
 * A leaf that reads only what the person holds (a degree, license, certification, exam pass or CE
 * hours), which does not change with the month: explained once per prepared profile and kept in
 * its memo, and read from the as-of tree while projecting. No month can make an unmet one hold.
 */
export function unchangingNode(
  explainOnce: (prepared: PreparedProfile) => Explanation,
  holds: (prepared: PreparedProfile) => boolean,
): CompiledNode {
  const explain = (prepared: PreparedProfile): Explanation => {
    let found = prepared.memo.get(explain) as Explanation | undefined;
    if (found === undefined) {
      found = explainOnce(prepared);
      prepared.memo.set(explain, found);
    }
    return found;
  };
  return {
    explain,
    wait: (prepared, _at, known) => ((known !== null ? known.ok : holds(prepared)) ? 0 : NEVER),
  };
}

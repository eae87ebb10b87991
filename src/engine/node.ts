import type { Explanation } from './explanation.js';
import type { PreparedProfile } from './prepare.js';

/**
 * A rule node compiled once per loaded data set. Both halves answer for the month `at`: as_of, or
 * a later month when projecting ongoing roles forward.
 */
export interface CompiledNode {
  /** The node's full explanation tree. */
  readonly explain: (prepared: PreparedProfile, at: number) => Explanation;
  /**
   * Whether the node holds, without building a tree: 0 when it does, else a lower bound on the
   * months until it can (at least 1; {@link NEVER} when time alone cannot), which is what the
   * projection steps by. `known` is this node's explanation at as_of, if there is one: leaves
   * that do not change with the month are read from it rather than evaluated again.
   */
  readonly wait: (prepared: PreparedProfile, at: number, known: Explanation | null) => number;
}

/** The wait of a node time alone cannot make hold. */
export const NEVER = Number.POSITIVE_INFINITY;

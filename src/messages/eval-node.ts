import type { EvalNode } from '../engine/types.js';

/**
 * The JSON contract's tree nodes, built as whole object literals in the contract's key order: one
 * literal per set of keys present, so a node never grows property by property.
 */

type Source = EvalNode['source'];
type Measure = EvalNode['measure'];

export function leafNode(
  kind: EvalNode['kind'],
  ok: boolean,
  have: string,
  need: string | undefined,
  caveats: string[],
  measure: Measure,
  requirement: string,
  source: Source,
): EvalNode {
  if (need === undefined) {
    if (measure === undefined) {
      return source
        ? { kind, ok, have, caveats, requirement, source }
        : { kind, ok, have, caveats, requirement };
    }
    return source
      ? { kind, ok, have, caveats, measure, requirement, source }
      : { kind, ok, have, caveats, measure, requirement };
  }
  if (measure === undefined) {
    return source
      ? { kind, ok, have, need, caveats, requirement, source }
      : { kind, ok, have, need, caveats, requirement };
  }
  return source
    ? { kind, ok, have, need, caveats, measure, requirement, source }
    : { kind, ok, have, need, caveats, measure, requirement };
}

/** An `all` or `any` node. */
export function choiceNode(
  kind: 'all' | 'any',
  requirement: string,
  ok: boolean,
  source: Source,
  caveats: string[],
  children: EvalNode[],
): EvalNode {
  return source
    ? { kind, requirement, ok, source, caveats, children }
    : { kind, requirement, ok, caveats, children };
}

/** A `not` node: it has no caveats of its own, and needs its child not to hold. */
export function notNode(
  requirement: string,
  ok: boolean,
  need: string | undefined,
  source: Source,
  children: EvalNode[],
): EvalNode {
  const kind = 'not';
  if (need === undefined) {
    return source
      ? { kind, requirement, ok, source, caveats: [], children }
      : { kind, requirement, ok, caveats: [], children };
  }
  return source
    ? { kind, requirement, ok, need, source, caveats: [], children }
    : { kind, requirement, ok, need, caveats: [], children };
}

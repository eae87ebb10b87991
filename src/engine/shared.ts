import type { Data } from '../data/model.js';
import type { Rule } from '../data/schema/rules.js';
import type { Explanation } from './explanation.js';
import type { CompiledNode } from './node.js';

/**
 * The subtrees that several rules repeat, found by content: CCM's three routes share one
 * education requirement, ACM-RN and ACM-SW one experience requirement (YAML anchors in the data,
 * which the embedded JSON writes out in full). Each is compiled into one node that is explained
 * once per profile and read by every route that has it. Only the largest repeated subtrees are
 * marked: what lies inside one is explained once with it.
 */
export class Repeated {
  private readonly keys = new Map<Rule, string>();
  private readonly marked = new Set<string>();

  constructor(rules: readonly Rule[]) {
    const counts = new Map<string, number>();
    for (const rule of rules) this.count(rule, counts);
    for (const rule of rules) this.mark(rule, counts);
  }

  /** The content key of a marked subtree, or null. */
  keyOf(rule: Rule): string | null {
    const key = this.keys.get(rule);
    return key !== undefined && this.marked.has(key) ? key : null;
  }

  private count(rule: Rule, counts: Map<string, number>): void {
    const key = JSON.stringify(rule);
    this.keys.set(rule, key);
    counts.set(key, (counts.get(key) ?? 0) + 1);
    for (const child of childrenOf(rule)) this.count(child, counts);
  }

  private mark(rule: Rule, counts: ReadonlyMap<string, number>): void {
    const key = this.keys.get(rule)!;
    if (counts.get(key)! > 1) this.marked.add(key);
    else for (const child of childrenOf(rule)) this.mark(child, counts);
  }
}

export const NO_REPEATS = new Repeated([]);

function childrenOf(rule: Rule): readonly Rule[] {
  if ('all' in rule) return rule.all;
  if ('any' in rule) return rule.any;
  if ('not' in rule) return [rule.not];
  return [];
}

/**
 * A repeated subtree's node: its explanation at as_of is kept on the prepared profile (slot
 * `slot` of this data set's) and handed to every route that reaches it.
 */
export function remembered(node: CompiledNode, slot: number, data: Data): CompiledNode {
  return {
    explain(prepared, at) {
      if (at !== prepared.asOf) return node.explain(prepared, at);
      let kept = prepared.remembered;
      if (kept === null || kept.data !== data) {
        kept = { data, explained: [], made: [] };
        prepared.remembered = kept;
      }
      let found = kept.explained[slot];
      if (found === undefined) {
        found = node.explain(prepared, at);
        kept.explained[slot] = found;
        kept.made.push(found);
      }
      return found;
    },
    wait: node.wait,
  };
}

/** What a prepared profile keeps of one data set's repeated subtrees. */
export interface Remembered {
  readonly data: Data;
  /** By slot. */
  readonly explained: Explanation[];
  /** The same explanations, in the order they were made. */
  readonly made: Explanation[];
}

import type { Data } from '../data/model.js';
import type { Caveat, Rule } from '../data/schema/rules.js';
import type { Explanation } from './explanation.js';
import { dataCaveat, NO_CAVEATS } from './leaves/caveats.js';
import { compileDegree } from './leaves/degree.js';
import { compileExperience } from './leaves/experience.js';
import { compileCe, compileCertification, compileExam, compileLicense } from './leaves/held.js';
import { type CompiledNode, NEVER } from './node.js';
import type { PreparedProfile } from './prepare.js';
import { NO_REPEATS, type Repeated, remembered } from './shared.js';

/**
 * A rule compiled into its explanation: the predicates' conditions are resolved (ids, ranks,
 * caveat objects) once per loaded data set, so an evaluation only compares numbers and ids.
 * `at` is the month evaluated: as_of, or a later month when projecting ongoing roles forward.
 */
export type CompiledRule = (prepared: PreparedProfile, at: number) => Explanation;

interface Compiled {
  readonly byRule: WeakMap<Rule, CompiledNode>;
  /** Repeated subtrees, one node each, by content (see shared.ts). */
  readonly byContent: Map<string, CompiledNode>;
  slots: number;
}

const compiled = new WeakMap<Data, Compiled>();

/** A rule's node, compiled once per data set; `repeated` marks the subtrees it shares with others. */
export function compileNode(rule: Rule, data: Data, repeated: Repeated = NO_REPEATS): CompiledNode {
  let forData = compiled.get(data);
  if (!forData) {
    forData = { byRule: new WeakMap(), byContent: new Map(), slots: 0 };
    compiled.set(data, forData);
  }
  let node = forData.byRule.get(rule);
  if (node) return node;
  const key = repeated.keyOf(rule);
  if (key === null) node = build(rule, data, repeated);
  else {
    node = forData.byContent.get(key);
    if (!node) {
      node = remembered(build(rule, data, repeated), forData.slots++, data);
      forData.byContent.set(key, node);
    }
  }
  forData.byRule.set(rule, node);
  return node;
}

export function compileRule(rule: Rule, data: Data): CompiledRule {
  return compileNode(rule, data).explain;
}

/** The one visitor of the rule union: every kind of node is handled here and nowhere else. */
export function visitRule<T>(
  rule: Rule,
  visitor: {
    all(children: readonly Rule[], rule: Rule): T;
    any(children: readonly Rule[], rule: Rule): T;
    not(child: Rule, rule: Rule): T;
    predicate(rule: Exclude<Rule, { all: unknown } | { any: unknown } | { not: unknown }>): T;
  },
): T {
  if ('all' in rule) return visitor.all(rule.all, rule);
  if ('any' in rule) return visitor.any(rule.any, rule);
  if ('not' in rule) return visitor.not(rule.not, rule);
  return visitor.predicate(rule);
}

type Predicate = Exclude<Rule, { all: unknown } | { any: unknown } | { not: unknown }>;

/** Every predicate of a rule, in order, through all / any / not. */
export function predicatesOf(rule: Rule): Predicate[] {
  return visitRule<Predicate[]>(rule, {
    all: (children) => children.flatMap(predicatesOf),
    any: (children) => children.flatMap(predicatesOf),
    not: (child) => predicatesOf(child),
    predicate: (leaf) => [leaf],
  });
}

function build(rule: Rule, data: Data, repeated: Repeated): CompiledNode {
  const part = (child: Rule) => compileNode(child, data, repeated);
  return visitRule<CompiledNode>(rule, {
    all: (children) => compileAll(rule, children.map(part)),
    any: (children) => compileAny(rule, children.map(part)),
    not: (child) => compileNot(rule, part(child)),
    predicate(predicate) {
      if ('experience' in predicate) return compileExperience(predicate);
      if ('degree' in predicate) return compileDegree(predicate);
      if ('license' in predicate) return compileLicense(predicate, data);
      if ('certification' in predicate) return compileCertification(predicate);
      if ('exam' in predicate) return compileExam(predicate);
      return compileCe(predicate);
    },
  });
}

// Every child is evaluated, with no short-circuit: the explanation shows each of them.

function compileAll(rule: Rule, parts: readonly CompiledNode[]): CompiledNode {
  const caveats = ownCaveats(rule);
  return {
    explain(prepared, at) {
      const children: Explanation[] = [];
      let ok = true;
      for (const part of parts) {
        const child = part.explain(prepared, at);
        if (!child.ok) ok = false;
        children.push(child);
      }
      return combinator('all', rule, ok, caveats, children);
    },
    // Every unmet part must be met: the longest wait among them.
    wait(prepared, at, known) {
      let most = 0;
      for (let i = 0; i < parts.length && most !== NEVER; i++) {
        const wait = parts[i]!.wait(prepared, at, known === null ? null : known.children![i]!);
        if (wait > most) most = wait;
      }
      return most;
    },
  };
}

function compileAny(rule: Rule, parts: readonly CompiledNode[]): CompiledNode {
  const caveats = ownCaveats(rule);
  return {
    explain(prepared, at) {
      const children: Explanation[] = [];
      let ok = false;
      for (const part of parts) {
        const child = part.explain(prepared, at);
        if (child.ok) ok = true;
        children.push(child);
      }
      return combinator('any', rule, ok, caveats, children);
    },
    // One part is enough: the shortest wait among them.
    wait(prepared, at, known) {
      let least = NEVER;
      for (let i = 0; i < parts.length; i++) {
        const wait = parts[i]!.wait(prepared, at, known === null ? null : known.children![i]!);
        if (wait === 0) return 0;
        if (wait < least) least = wait;
      }
      return least;
    },
  };
}

function compileNot(rule: Rule, part: CompiledNode): CompiledNode {
  return {
    explain(prepared, at) {
      const child = part.explain(prepared, at);
      return combinator('not', rule, !child.ok, NO_CAVEATS, [child]);
    },
    // What it negates may lapse at any month, so an unmet `not` is stepped month by month.
    wait: (prepared, at, known) =>
      part.wait(prepared, at, known === null ? null : known.children![0]!) === 0 ? 1 : 0,
  };
}

/** A combinator's own caveats are shown whenever it counts toward the verdict, `when` or not. */
function ownCaveats(rule: Rule): Explanation['caveats'] {
  const caveats = (rule as { caveats?: Caveat[] }).caveats;
  return caveats && caveats.length > 0 ? caveats.map(dataCaveat) : NO_CAVEATS;
}

function combinator(
  kind: 'all' | 'any' | 'not',
  rule: Rule,
  ok: boolean,
  caveats: Explanation['caveats'],
  children: readonly Explanation[],
): Explanation {
  return { kind, rule, ok, caveats, children, facts: null };
}

import type { Data } from '../data/model.js';
import type { Caveat, Rule } from '../data/schema/rules.js';
import type { Explanation } from './explanation.js';
import { dataCaveat, NO_CAVEATS } from './leaves/caveats.js';
import { compileDegree } from './leaves/degree.js';
import { compileExperience } from './leaves/experience.js';
import { compileCe, compileCertification, compileExam, compileLicense } from './leaves/held.js';
import type { PreparedProfile } from './prepare.js';

/**
 * A rule compiled once per loaded data set into a closure: the predicates' conditions are resolved
 * (ids, ranks, caveat objects) at compile time, so an evaluation only compares numbers and ids.
 * `at` is the month evaluated: as_of, or a later month when projecting ongoing roles forward.
 */
export type CompiledRule = (prepared: PreparedProfile, at: number) => Explanation;

const compiled = new WeakMap<Data, WeakMap<Rule, CompiledRule>>();

export function compileRule(rule: Rule, data: Data): CompiledRule {
  let forData = compiled.get(data);
  if (!forData) {
    forData = new WeakMap();
    compiled.set(data, forData);
  }
  let fn = forData.get(rule);
  if (!fn) {
    fn = build(rule, data);
    forData.set(rule, fn);
  }
  return fn;
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

function build(rule: Rule, data: Data): CompiledRule {
  return visitRule<CompiledRule>(rule, {
    all(children) {
      const parts = children.map((child) => compileRule(child, data));
      const caveats = ownCaveats(rule);
      return (prepared, at) => {
        const results = parts.map((part) => part(prepared, at));
        return combinator('all', rule, results.every(isOk), caveats, results);
      };
    },
    any(children) {
      const parts = children.map((child) => compileRule(child, data));
      const caveats = ownCaveats(rule);
      return (prepared, at) => {
        const results = parts.map((part) => part(prepared, at));
        return combinator('any', rule, results.some(isOk), caveats, results);
      };
    },
    not(child) {
      const part = compileRule(child, data);
      return (prepared, at) => {
        const result = part(prepared, at);
        return combinator('not', rule, !result.ok, NO_CAVEATS, [result]);
      };
    },
    predicate(predicate) {
      if ('experience' in predicate) return compileExperience(predicate);
      // The other predicates read only what the person holds, which does not change with `at`.
      const evaluate =
        'degree' in predicate
          ? compileDegree(predicate)
          : 'license' in predicate
            ? compileLicense(predicate, data)
            : 'certification' in predicate
              ? compileCertification(predicate)
              : 'exam' in predicate
                ? compileExam(predicate)
                : compileCe(predicate);
      return (prepared) => {
        let found = prepared.memo.get(evaluate) as Explanation | undefined;
        if (!found) {
          found = evaluate(prepared);
          prepared.memo.set(evaluate, found);
        }
        return found;
      };
    },
  });
}

/** A combinator's own caveats are shown whenever it counts toward the verdict, `when` or not. */
function ownCaveats(rule: Rule): Explanation['caveats'] {
  const caveats = (rule as { caveats?: Caveat[] }).caveats;
  return caveats && caveats.length > 0 ? caveats.map(dataCaveat) : NO_CAVEATS;
}

const isOk = (node: Explanation) => node.ok;

function combinator(
  kind: 'all' | 'any' | 'not',
  rule: Rule,
  ok: boolean,
  caveats: Explanation['caveats'],
  children: readonly Explanation[],
): Explanation {
  return { kind, rule, ok, caveats, children, facts: null };
}

import { type Month, monthIndex } from '../core/month.js';
import type { Data } from '../data/model.js';
import type { Predicate, Rule } from '../data/schema/rules.js';
import type { Profile } from '../profile/schema.js';
import type { EvalContext } from './context.js';
import {
  evaluateCe,
  evaluateCertification,
  evaluateDegree,
  evaluateExam,
  evaluateExperience,
  evaluateLicense,
} from './predicates.js';
import type { EvalNode, MissingItem } from './types.js';

/**
 * Evaluates a rule against a profile. Every branch is evaluated (no short-circuit), so the tree
 * explains every alternative, not only the first that failed.
 */
export function evaluateRuleAt(rule: Rule, context: EvalContext): EvalNode {
  if ('all' in rule) {
    const children = rule.all.map((child) => evaluateRuleAt(child, context));
    return combinator(
      'all',
      rule,
      children,
      children.every((child) => child.ok),
    );
  }
  if ('any' in rule) {
    const children = rule.any.map((child) => evaluateRuleAt(child, context));
    return combinator(
      'any',
      rule,
      children,
      children.some((child) => child.ok),
    );
  }
  if ('not' in rule) {
    const child = evaluateRuleAt(rule.not, context);
    return {
      kind: 'not',
      requirement: rule.requirement,
      ok: !child.ok,
      ...(child.ok ? { need: `not: ${child.requirement}` } : {}),
      ...(rule.source ? { source: rule.source } : {}),
      caveats: [],
      children: [child],
    };
  }
  return leaf(rule, context);
}

function leaf(predicate: Predicate, context: EvalContext): EvalNode {
  const base =
    'degree' in predicate
      ? evaluateDegree(predicate, context)
      : 'license' in predicate
        ? evaluateLicense(predicate, context)
        : 'experience' in predicate
          ? evaluateExperience(predicate, context)
          : 'certification' in predicate
            ? evaluateCertification(predicate, context)
            : 'exam' in predicate
              ? evaluateExam(predicate, context)
              : evaluateCe(predicate, context);
  return {
    ...base,
    requirement: predicate.requirement,
    ...(predicate.source ? { source: predicate.source } : {}),
  };
}

function combinator(kind: 'all' | 'any', rule: Rule, children: EvalNode[], ok: boolean): EvalNode {
  const node = rule as { requirement?: string; source?: EvalNode['source']; caveats?: { text: string }[] };
  const requirement =
    node.requirement ??
    (kind === 'all'
      ? children.map((child) => child.requirement).join('; and ')
      : `one of: ${children.map((child) => child.requirement).join('; or ')}`);
  return {
    kind,
    requirement,
    ok,
    ...(node.source ? { source: node.source } : {}),
    caveats: (node.caveats ?? []).map((caveat) => caveat.text),
    children,
  };
}

/** Public entry: evaluates `rule` for `profile` as of `asOf`. */
export function evaluateRule(rule: Rule, profile: Profile, data: Data, asOf: Month): EvalNode {
  const index = monthIndex(asOf);
  return evaluateRuleAt(rule, { profile, data, asOf: index, at: index });
}

/**
 * The caveats a verdict rests on: those of every node that decides the outcome. Under a met `any`,
 * only the met alternatives count, and of those the one with the fewest caveats (you would apply
 * with the cleanest option).
 */
export function relevantCaveats(node: EvalNode): string[] {
  const own = node.caveats;
  if (!node.children || node.kind === 'not') return own;
  if (node.kind === 'any' && node.ok) {
    const options = node.children.filter((child) => child.ok).map(relevantCaveats);
    const cleanest = options.reduce((best, option) => (option.length < best.length ? option : best));
    return [...own, ...cleanest];
  }
  return [...own, ...node.children.flatMap(relevantCaveats)];
}

/** The unmet requirements of a tree, as the contract's `missing[]` items. */
export function missingItems(node: EvalNode): MissingItem[] {
  if (node.ok) return [];
  switch (node.kind) {
    case 'all':
      return node.children!.flatMap(missingItems);
    case 'any': {
      // One item for the whole choice; its need names what each alternative still lacks.
      const options = node.children!.map(missingItems);
      const have = [...new Set(node.children!.map((child) => child.have).filter(Boolean))].join('; ');
      const needs = options.map((items) => items.map((item) => item.need).join(' and '));
      const need = [...new Set(needs)].join('; or ');
      return [{ requirement: node.requirement, have: have || 'none of these', need }];
    }
    default:
      return [{ requirement: node.requirement, have: node.have ?? '', need: node.need ?? node.requirement }];
  }
}

import { describe, expect, it, vi } from 'vitest';
import type { Rule } from '../../src/data/schema/rules.js';
import type { EvalNode } from '../../src/engine/types.js';
import { walkRule } from '../../src/roadmap/needs.js';

const leaf = (kind: EvalNode['kind'], requirement: string, ok: boolean): EvalNode => ({
  kind,
  requirement,
  ok,
  caveats: [],
  ...(ok ? { have: 'yes' } : { need: requirement }),
});
const node = (kind: 'all' | 'any' | 'not', ok: boolean, children: EvalNode[]): EvalNode => ({
  kind,
  requirement: kind,
  ok,
  caveats: [],
  children,
});

const license: Rule = { requirement: 'RN license', license: { types: ['rn'] } };
const degree: Rule = { requirement: "Bachelor's", degree: { min_level: 'bachelor' } };
const months24: Rule = { requirement: '24 months', experience: { min_fte_months: 24 } };
const months12: Rule = {
  requirement: '12 months under a CCM',
  experience: { min_fte_months: 12, supervised_by: ['ccm'] },
};

describe('walkRule', () => {
  it('sorts the leaves of an `all` into met and unmet', () => {
    const rule: Rule = { all: [license, months24] };
    const tree = node('all', false, [
      leaf('license', 'RN license', true),
      leaf('experience', '24 months', false),
    ]);
    const walk = walkRule(rule, tree, () => 0);
    expect(walk.met.map((m) => m.node.requirement)).toEqual(['RN license']);
    expect(walk.unmet.map((m) => m.leaf.kind)).toEqual(['experience']);
  });

  it('follows the met branch of an `any` and waives its single-predicate siblings', () => {
    const rule: Rule = { any: [license, degree] };
    const tree = node('any', true, [
      leaf('license', 'RN license', true),
      leaf('degree', "Bachelor's", false),
    ]);
    const choose = vi.fn(() => 1);
    const walk = walkRule(rule, tree, choose);
    expect(choose).not.toHaveBeenCalled();
    expect(walk.unmet).toEqual([]);
    expect(walk.waived.map((w) => [w.leaf.node.requirement, w.because.node.requirement])).toEqual([
      ["Bachelor's", 'RN license'],
    ]);
  });

  it('asks the chooser which branch of an unmet `any` to plan', () => {
    const rule: Rule = { any: [{ all: [license, months12] }, { all: [license, months24] }] };
    const tree = node('any', false, [
      node('all', false, [
        leaf('license', 'RN license', true),
        leaf('experience', '12 months under a CCM', false),
      ]),
      node('all', false, [leaf('license', 'RN license', true), leaf('experience', '24 months', false)]),
    ]);
    const walk = walkRule(rule, tree, (options) => {
      expect(options).toHaveLength(2);
      return 1;
    });
    expect(walk.unmet.map((u) => u.node.requirement)).toEqual(['24 months']);
    expect(walk.met.map((m) => m.node.requirement)).toEqual(['RN license']);
  });

  it('marks an unmet `not` (and a tree that does not mirror its rule) as blocked', () => {
    const not: Rule = { requirement: 'no restricted license', not: license };
    expect(
      walkRule(not, node('not', false, [leaf('license', 'RN license', true)]), () => 0).unmet[0]?.leaf.kind,
    ).toBe('blocked');
    const mismatched = walkRule(
      { all: [license, degree] },
      node('all', false, [leaf('license', 'x', false)]),
      () => 0,
    );
    expect(mismatched.unmet.map((u) => u.leaf.kind)).toEqual(['blocked']);
  });
});

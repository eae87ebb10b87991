import { describe, expect, it } from 'vitest';
import { eligibilityWords, evaluateRule } from '../../src/api/evaluate.js';
import type { Rule } from '../../src/data/schema/rules.js';
import { isSatisfiable } from '../../src/engine/witness.js';
import { ProfileSchema } from '../../src/profile/schema.js';
import { builtinData } from '../helpers/data.js';

const data = builtinData();
const asOf = '2026-11';
const profile = (input: object) => ProfileSchema.parse({ version: 1, ...input });

const twelveMonths: Rule = {
  requirement: '12 FTE months of case management',
  experience: { min_fte_months: 12, roles: ['case-manager'] },
};
const rnLicense: Rule = { requirement: 'An RN license', license: { types: ['rn'] } };

describe('evaluateRule', () => {
  it('shows a caveat with counted roles and settings only when both hold', () => {
    const rule: Rule = {
      requirement: '12 FTE months of care coordination',
      experience: { min_fte_months: 12, roles: ['care-coordinator'] },
      caveats: [
        { text: 'roles only', when: { counted_roles: ['care-coordinator'] } },
        {
          text: 'roles and setting',
          when: { counted_roles: ['care-coordinator'], has_settings: ['long-term-care'] },
        },
        { text: 'setting only', when: { has_settings: ['long-term-care'] } },
      ],
    };
    const coordinator = (setting: string) =>
      evaluateRule(
        rule,
        profile({ experience: [{ role: 'care-coordinator', setting, months: 14 }] }),
        data,
        asOf,
      ).caveats;
    expect(coordinator('long-term-care')).toEqual(['roles only', 'roles and setting', 'setting only']);
    expect(coordinator('payer')).toEqual(['roles only']);
  });

  it('evaluates every branch of an `any`, even after one is met (no short-circuit)', () => {
    const rule: Rule = { any: [rnLicense, twelveMonths] };
    const tree = evaluateRule(rule, profile({ licenses: [{ type: 'rn' }] }), data, asOf);
    expect(tree.ok).toBe(true);
    expect(tree.children).toHaveLength(2);
    expect(tree.children![1]).toMatchObject({ kind: 'experience', ok: false, have: '0 FTE months' });
  });

  it('asks to finish a degree underway only when it is the kind the rule wants', () => {
    const bsw: Rule = {
      requirement: 'A BSW',
      degree: { min_level: 'bachelor', fields: ['social-work'] },
    };
    const studying = (field: string) =>
      profile({ education: [{ level: 'bachelor', field, status: 'in-progress', completed: '2027-05' }] });
    expect(evaluateRule(bsw, studying('social-work'), data, asOf).need).toContain('to finish the degree');
    const nursing = evaluateRule(bsw, studying('nursing'), data, asOf);
    expect(nursing.ok).toBe(false);
    expect(nursing.need).toBe("a bachelor's or higher in social work");
  });

  it('explains experience with have and need in FTE months', () => {
    const tree = evaluateRule(
      twelveMonths,
      profile({ experience: [{ role: 'case-manager', months: 15, hours_per_week: 20 }] }),
      data,
      asOf,
    );
    expect(tree).toMatchObject({ ok: false, have: '7.5 FTE months', need: '4.5 more FTE months' });
    expect(eligibilityWords(data).missing(tree)).toEqual([
      {
        requirement: '12 FTE months of case management',
        have: '7.5 FTE months',
        need: '4.5 more FTE months',
      },
    ]);
  });

  it('counts 12 full-time months as exactly 2,080 hours', () => {
    const rule: Rule = { requirement: '2,080 hours', experience: { min_hours: 2080 } };
    const tree = evaluateRule(
      rule,
      profile({ experience: [{ role: 'case-manager', months: 12 }] }),
      data,
      asOf,
    );
    expect(tree).toMatchObject({ ok: true, have: '2,080 h' });
  });

  it('caps weekly hours at full time', () => {
    const tree = evaluateRule(
      twelveMonths,
      profile({ experience: [{ role: 'case-manager', months: 11, hours_per_week: 60 }] }),
      data,
      asOf,
    );
    expect(tree).toMatchObject({ ok: false, have: '11 FTE months' });
  });

  it('counts only the months inside a window before as_of', () => {
    const rule: Rule = {
      requirement: '12 months in 36',
      experience: { min_fte_months: 12, within_months: 36 },
    };
    const dated = profile({ experience: [{ role: 'case-manager', months: 24, start: '2022-05' }] });
    // 2022-05 + 24 = 2024-05; the window opens 2023-11, so 6 months count.
    expect(evaluateRule(rule, dated, data, asOf)).toMatchObject({ ok: false, have: '6 FTE months' });
  });

  it('counts only the months after the degree a rule names', () => {
    const rule: Rule = {
      requirement: '12 months after the MSW',
      experience: { min_fte_months: 12, after_degree: { min_level: 'master', fields: ['social-work'] } },
    };
    const p = profile({
      education: [{ level: 'master', field: 'social-work', completed: '2025-11' }],
      experience: [{ role: 'case-manager', months: 36, start: '2023-11', ongoing: true }],
    });
    expect(evaluateRule(rule, p, data, asOf)).toMatchObject({ ok: true, have: '12 FTE months' });
  });

  it('a `not` holds when its child fails', () => {
    const rule: Rule = { requirement: 'no RN license', not: rnLicense };
    expect(evaluateRule(rule, profile({}), data, asOf).ok).toBe(true);
    expect(evaluateRule(rule, profile({ licenses: [{ type: 'rn' }] }), data, asOf).ok).toBe(false);
  });
});

describe('isSatisfiable', () => {
  it('accepts every route of the built-in data', () => {
    for (const certification of data.certifications) {
      for (const route of certification.routes) {
        expect(isSatisfiable(route.rule, data, asOf), route.id).toBe(true);
      }
    }
  });

  it('rejects contradictions, impossible windows and licenses that cannot qualify', () => {
    expect(isSatisfiable({ all: [rnLicense, { requirement: 'not RN', not: rnLicense }] }, data, asOf)).toBe(
      false,
    );
    expect(
      isSatisfiable(
        { requirement: '40 months in 36', experience: { min_fte_months: 40, within_months: 36 } },
        data,
        asOf,
      ),
    ).toBe(false);
    expect(
      isSatisfiable(
        { requirement: 'LPN that practices alone', license: { types: ['lpn'], independent_practice: true } },
        data,
        asOf,
      ),
    ).toBe(false);
  });
});

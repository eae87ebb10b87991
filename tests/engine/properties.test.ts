import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/api/evaluate.js';
import { monthIndex } from '../../src/core/month.js';
import { EDUCATION_RANK } from '../../src/core/vocabulary.js';
import { ProfileSchema } from '../../src/profile/schema.js';
import {
  arbitraryEducation,
  arbitraryExperience,
  arbitraryMonth,
  arbitraryProfile,
} from '../helpers/arbitrary-profile.js';
import { builtinData } from '../helpers/data.js';

const data = builtinData();
const eligibleIds = (report: ReturnType<typeof evaluate>) =>
  report.certifications.filter((c) => c.eligible).map((c) => c.id);

describe('engine properties (every schema-valid profile)', () => {
  it('never throws, and the verdict fields agree with each other', () => {
    fc.assert(
      fc.property(arbitraryProfile(data), arbitraryMonth, (input, asOf) => {
        const report = evaluate(ProfileSchema.parse(input), data, { asOf });
        expect(report.certifications).toHaveLength(data.certifications.length);
        for (const verdict of report.certifications) {
          expect(verdict.eligible).toBe(verdict.status === 'eligible');
          if (verdict.status === 'not-yet') {
            expect(verdict.eligible_from).not.toBeNull();
            expect(monthIndex(verdict.eligible_from!)).toBeGreaterThan(monthIndex(asOf));
          } else {
            expect(verdict.eligible_from).toBeNull();
          }
          expect(verdict.route === null).toBe(!verdict.eligible);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('adding experience never turns an eligible verdict ineligible', () => {
    fc.assert(
      fc.property(arbitraryProfile(data), arbitraryExperience, arbitraryMonth, (input, extra, asOf) => {
        const before = eligibleIds(evaluate(ProfileSchema.parse(input), data, { asOf }));
        const more = { ...input, experience: [...(input.experience ?? []), extra] };
        const after = eligibleIds(evaluate(ProfileSchema.parse(more), data, { asOf }));
        expect(after).toEqual(expect.arrayContaining(before));
      }),
      { numRuns: 300 },
    );
  });

  it('adding a higher completed degree never turns an eligible verdict ineligible', () => {
    fc.assert(
      fc.property(arbitraryProfile(data), arbitraryEducation(data), arbitraryMonth, (input, degree, asOf) => {
        const top = Math.max(-1, ...(input.education ?? []).map((e) => EDUCATION_RANK[e.level]));
        fc.pre(EDUCATION_RANK[degree.level] >= top);
        const before = eligibleIds(evaluate(ProfileSchema.parse(input), data, { asOf }));
        const more = {
          ...input,
          education: [...(input.education ?? []), { ...degree, status: 'completed' as const }],
        };
        const after = eligibleIds(evaluate(ProfileSchema.parse(more), data, { asOf }));
        expect(after).toEqual(expect.arrayContaining(before));
      }),
      { numRuns: 300 },
    );
  });

  it('an eligible_from month really is eligible when evaluated at that month with the role continued', () => {
    fc.assert(
      fc.property(arbitraryProfile(data), (input) => {
        const asOf = '2026-11';
        const profile = ProfileSchema.parse(input);
        for (const verdict of evaluate(profile, data, { asOf }).certifications) {
          if (verdict.status !== 'not-yet') continue;
          const gap = monthIndex(verdict.eligible_from!) - monthIndex(asOf);
          // Undated ongoing roles gain the months; dated ones run to the new as_of by themselves.
          const later = {
            ...profile,
            experience: profile.experience.map((e) =>
              e.ongoing && !e.start ? { ...e, months: e.months + gap } : e,
            ),
          };
          const atThen = evaluate(later, data, {
            asOf: verdict.eligible_from!,
            certifications: [verdict.id],
          });
          expect(atThen.certifications[0]!.status).toBe('eligible');
        }
      }),
      { numRuns: 200 },
    );
  });
});

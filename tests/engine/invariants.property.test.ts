import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/api/evaluate.js';
import { planRoadmap } from '../../src/api/plan.js';
import { EARLIEST_MONTH, LATEST_MONTH, monthFromIndex, monthIndex } from '../../src/core/month.js';
import { ProfileSchema } from '../../src/profile/schema.js';
import { arbitraryMonth, arbitraryProfile } from '../helpers/arbitrary-profile.js';
import { builtinData } from '../helpers/data.js';

/** The invariants that held when the CLI was fuzzed, kept as properties. */

const data = builtinData();
/** Any month the CLI accepts for --as-of, the bounds included. */
const anyAcceptedMonth = fc.oneof(
  arbitraryMonth,
  fc.integer({ min: monthIndex(EARLIEST_MONTH), max: monthIndex(LATEST_MONTH) }).map(monthFromIndex),
  fc.constantFrom(EARLIEST_MONTH, LATEST_MONTH),
);

describe('verdict invariants, in the eligibility report and in the roadmap', () => {
  it('eligible ⇔ status is eligible; eligible_from is null unless not-yet, and then after as_of', () => {
    fc.assert(
      fc.property(arbitraryProfile(data), anyAcceptedMonth, (input, asOf) => {
        const profile = ProfileSchema.parse(input);
        const report = evaluate(profile, data, { asOf });
        const roadmap = planRoadmap(profile, data, report, { asOf });
        for (const verdict of [...report.certifications, ...roadmap.certifications]) {
          expect(verdict.eligible).toBe(verdict.status === 'eligible');
          if (verdict.status === 'not-yet' && verdict.eligible_from !== null) {
            expect(monthIndex(verdict.eligible_from)).toBeGreaterThan(monthIndex(asOf));
          }
          if (verdict.status !== 'not-yet') expect(verdict.eligible_from).toBeNull();
        }
        // Every month the plan names is a YYYY-MM a reader can parse back.
        for (const step of roadmap.steps) {
          for (const month of [step.start, step.end]) {
            if (month != null) expect(month).toMatch(/^\d{4}-(0[1-9]|1[0-2])$/);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('is deterministic: the same profile and month give the same report and roadmap', () => {
    fc.assert(
      fc.property(arbitraryProfile(data), arbitraryMonth, (input, asOf) => {
        const once = () => {
          const profile = ProfileSchema.parse(structuredClone(input));
          const report = evaluate(profile, data, { asOf });
          return JSON.stringify({ report, roadmap: planRoadmap(profile, data, report, { asOf }) });
        };
        expect(once()).toBe(once());
      }),
      { numRuns: 100 },
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, verdicts } from '../../src/api/evaluate.js';
import { ProfileSchema } from '../../src/profile/schema.js';
import { arbitraryMonth, arbitraryProfile } from '../helpers/arbitrary-profile.js';
import { builtinData } from '../helpers/data.js';

const data = builtinData();

/** evaluate()'s fields that verdicts() gives, in the same order. */
const outcomes = (report: ReturnType<typeof evaluate>) =>
  report.certifications.map(({ id, name, eligible, status, route, eligible_from, held }) => ({
    id,
    name,
    eligible,
    status,
    route,
    eligible_from,
    held,
  }));

describe('verdicts(): the verdicts alone', () => {
  it('gives what evaluate() gives, for every schema-valid profile and month', () => {
    fc.assert(
      fc.property(arbitraryProfile(data), arbitraryMonth, (input, asOf) => {
        const profile = ProfileSchema.parse(input);
        const report = evaluate(profile, data, { asOf });
        const alone = verdicts(profile, data, { asOf });
        expect(alone.version).toBe(1);
        expect(alone.as_of).toBe(asOf);
        expect(JSON.stringify(alone.certifications)).toBe(JSON.stringify(outcomes(report)));
      }),
      { numRuns: 600 },
    );
  });

  it('keeps to the certifications asked for', () => {
    const profile = ProfileSchema.parse({ version: 1, licenses: [{ type: 'rn' }] });
    const asked = verdicts(profile, data, { asOf: '2026-11', certifications: ['acm-rn', 'ccm'] });
    expect(asked.certifications.map((c) => c.id)).toEqual(['ccm', 'acm-rn']);
  });
});

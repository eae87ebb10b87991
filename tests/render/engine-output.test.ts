import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/api/evaluate.js';
import { ProfileSchema } from '../../src/profile/schema.js';
import { renderEligibilityText } from '../../src/render/text/index.js';
import { visibleWidth } from '../../src/render/text/width.js';
import { arbitraryMonth, arbitraryProfile } from '../helpers/arbitrary-profile.js';
import { builtinData } from '../helpers/data.js';

const data = builtinData();

describe('renderEligibilityText on real engine verdicts', () => {
  it('fits the width and names every certification, for any schema-valid profile', () => {
    fc.assert(
      fc.property(
        arbitraryProfile(data),
        arbitraryMonth,
        fc.integer({ min: 40, max: 120 }),
        fc.boolean(),
        (input, asOf, width, unicode) => {
          const report = evaluate(ProfileSchema.parse(input), data, { asOf });
          const out = renderEligibilityText(report, { width, unicode });
          expect(Math.max(...out.split('\n').map(visibleWidth))).toBeLessThanOrEqual(width);
          for (const cert of report.certifications) expect(out).toContain(cert.id.toUpperCase());
        },
      ),
      { numRuns: 60 },
    );
  });
});

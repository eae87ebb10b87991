import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderEligibilityText, renderText } from '../../src/render/text/index.js';
import { visibleWidth } from '../../src/render/text/width.js';
import type { Roadmap } from '../../src/roadmap/types.js';
import { ELIGIBILITY_FIXTURES, loadEligibility, loadRoadmap, ROADMAP_FIXTURES } from '../fixtures/load.js';

const roadmaps = ROADMAP_FIXTURES.map(loadRoadmap);
const reports = ELIGIBILITY_FIXTURES.map(loadEligibility);

function widest(text: string): number {
  return Math.max(...text.split('\n').map(visibleWidth));
}

describe('text fits the width', () => {
  it('no roadmap line is wider than the width, for widths 40..120', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...roadmaps),
        fc.integer({ min: 40, max: 120 }),
        fc.boolean(),
        (roadmap, width, unicode) => {
          expect(
            widest(renderText(roadmap, { width, unicode, profilePath: 'a-rather-long-profile-name.yaml' })),
          ).toBeLessThanOrEqual(width);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('no eligibility line is wider than the width, for widths 40..120', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...reports),
        fc.integer({ min: 40, max: 120 }),
        fc.boolean(),
        (report, width, unicode) => {
          expect(widest(renderEligibilityText(report, { width, unicode }))).toBeLessThanOrEqual(width);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('holds for any name, title and label a person or a data file might give', () => {
    const base = loadRoadmap('maria-lopez');
    const text = fc.string({ unit: 'grapheme', maxLength: 90 });
    fc.assert(
      fc.property(text, text, text, fc.integer({ min: 40, max: 120 }), (name, title, label, width) => {
        const roadmap: Roadmap = {
          ...base,
          profile: { ...base.profile, name },
          steps: base.steps.map((step, i) => (i === 2 ? { ...step, title } : step)),
          pay: base.pay.map((point, i) => (i === 0 ? { ...point, label } : point)),
        };
        const out = renderText(roadmap, { width });
        expect(widest(out)).toBeLessThanOrEqual(width);
        expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
      }),
      { numRuns: 150 },
    );
  });

  it('lays out even below 40 columns without overflowing (clamped to 24)', () => {
    for (const roadmap of roadmaps) {
      for (const width of [24, 30, 36])
        expect(widest(renderText(roadmap, { width }))).toBeLessThanOrEqual(width);
    }
  });
});

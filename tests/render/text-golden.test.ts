import { describe, expect, it } from 'vitest';
import { renderEligibilityText, renderText } from '../../src/render/text/index.js';
import { stripAnsi } from '../../src/render/text/width.js';
import { ELIGIBILITY_FIXTURES, loadEligibility, loadRoadmap, ROADMAP_FIXTURES } from '../fixtures/load.js';

const golden = (kind: string, file: string): string => `../golden/render/${kind}/${file}`;

describe('renderText golden files', () => {
  for (const name of ROADMAP_FIXTURES) {
    for (const width of [80, 50]) {
      for (const unicode of [true, false]) {
        const variant = `${name}.${width}.${unicode ? 'unicode' : 'ascii'}.txt`;
        it(variant, async () => {
          const out = renderText(loadRoadmap(name), {
            width,
            unicode,
            color: false,
            profilePath: `${name}.yaml`,
          });
          await expect(out).toMatchFileSnapshot(golden('text', variant));
        });
      }
    }
  }
});

describe('renderEligibilityText golden files', () => {
  for (const name of ELIGIBILITY_FIXTURES) {
    for (const [width, unicode] of [
      [80, true],
      [50, false],
    ] as const) {
      const variant = `${name}.${width}.${unicode ? 'unicode' : 'ascii'}.txt`;
      it(variant, async () => {
        const out = renderEligibilityText(loadEligibility(name), { width, unicode, color: false });
        await expect(out).toMatchFileSnapshot(golden('eligibility', variant));
      });
    }
  }
});

describe('color', () => {
  it('adds ANSI color when asked, and only color', () => {
    const roadmap = loadRoadmap('maria-lopez');
    const plain = renderText(roadmap, { width: 80, color: false });
    const colored = renderText(roadmap, { width: 80, color: true });
    expect(colored).toMatch(/\u001b\[3[12]m/); // red / green status words
    expect(colored).toContain('\u001b[1m'); // bold headings
    expect(stripAnsi(colored)).toBe(plain);
  });

  it('stays plain when color is false', () => {
    const out = renderText(loadRoadmap('maria-lopez'), { width: 80, color: false });
    expect(out).not.toContain('\u001b');
    const report = renderEligibilityText(loadEligibility('maria-lopez'), { color: false });
    expect(report).not.toContain('\u001b');
  });

  it('the option alone decides: no process-wide color level is read or needed', () => {
    // Two renders in one process, one coloured and one not, do not affect each other.
    expect(renderText(loadRoadmap('maria-lopez'), { color: true })).toContain('\u001b');
    expect(renderText(loadRoadmap('maria-lopez'), { color: false })).not.toContain('\u001b');
    expect(renderText(loadRoadmap('maria-lopez'), { color: true })).toContain('\u001b');
  });

  it('colors the eligibility report too', () => {
    const out = renderEligibilityText(loadEligibility('mixed-statuses'), { color: true });
    expect(out).toMatch(/\u001b\[33m/); // yellow "eligible Dec 2027"
  });
});

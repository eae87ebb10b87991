import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/render/markdown.js';
import { MARIA, roadmapFor } from '../roadmap/helpers.js';

describe('renderMarkdown', () => {
  const { roadmap } = roadmapFor(MARIA);
  const md = renderMarkdown(roadmap);

  it('is a checklist: done steps ticked, open ones not, each with dates, cost and why', () => {
    expect(md).toContain('- [x] 1. **Associate degree in nursing (ACEN-accredited)** — done · May 2020');
    expect(md).toMatch(
      /- \[ \] \d+\. \*\*Apply for and sit the ACM-RN exam\*\* — next · Nov 2026 → Jan 2027 \(2 months\) · cost not published/,
    );
    expect(md).toMatch(
      /\*\*Apply for and sit the CCM exam\*\* — later · Oct 2027 → Dec 2027 \(2 months\) · \$430/,
    );
    expect(md).toMatch(
      / {2}- Why: For the CCM: 24 months full-time case management\. You have 13 FTE months\./,
    );
  });

  it('has the goal, standing, certifications, pay, answers and numbered sources', () => {
    for (const heading of [
      '## Where you stand',
      '## Certifications',
      '## Your plan',
      '## Pay along the way',
      '## Your questions',
      '## Sources',
    ]) {
      expect(md).toContain(heading);
    }
    expect(md).toMatch(/^# Roadmap for Maria Lopez\n\nAs of Nov 2026 · TX\n/);
    expect(md).toContain('| CCM — Certified Case Manager | eligible Oct 2027 | Oct 2027 |');
    expect(md).toMatch(/\n1\. <https:\/\/example\.org\/fixture> \(as of 2026-03\)\n/);
    expect(md.endsWith('\n')).toBe(true);
    expect(md).not.toMatch(/\n{3}/);
  });

  it('lists the caveats the plan rests on, and strikes through steps that are not needed', () => {
    const withCaveat = { ...roadmap, caveats: ['Confirm with *ACMA* [first].'] };
    expect(renderMarkdown(withCaveat)).toContain('## Notes');
    expect(renderMarkdown(withCaveat)).toContain('- Confirm with \\*ACMA\\* \\[first\\].');
    const bsw = roadmapFor({
      education: [
        { level: 'bachelor', field: 'social-work', program_accreditation: 'cswe', completed: '2026-05' },
      ],
      goals: { specialization: 'healthcare', certification: 'ccm' },
    }).roadmap;
    expect(renderMarkdown(bsw)).toMatch(
      /- \[x\] \d+\. ~~An active license that allows independent assessment \(RN, LMSW, LCSW\)~~ — not needed/,
    );
  });
});

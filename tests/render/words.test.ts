import { describe, expect, it } from 'vitest';
import { withArticle } from '../../src/core/article.js';
import { renderHtml } from '../../src/render/html.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { renderText } from '../../src/render/text/index.js';
import { PEOPLE, plan } from '../helpers/people.js';

/** The grammar issue 11 found in the four people's plans, in every view. */

describe('words a person reads', () => {
  it('says "a" or "an" as the word is said', () => {
    expect(withArticle('utilization reviewer')).toBe('a utilization reviewer');
    expect(withArticle('associate degree')).toBe('an associate degree');
    expect(withArticle('LPN')).toBe('an LPN');
    expect(withArticle('CSWE-accredited program')).toBe('a CSWE-accredited program');
    expect(withArticle('ACEN-accredited program')).toBe('an ACEN-accredited program');
    expect(withArticle('unpaid placement')).toBe('an unpaid placement');
  });

  it('calls the Ohio nurse a utilization reviewer, not "an utilization reviewer"', () => {
    const roadmap = plan(PEOPLE['Ohio nurse']!);
    const text = renderText(roadmap, { width: 80 });
    expect(text).toContain('as a utilization reviewer');
    expect(`${text}${renderMarkdown(roadmap)}${renderHtml(roadmap)}`).not.toMatch(/\ban utilization/);
  });

  it('tells the Ohio nurse her utilization review is not counted as the plan reads ACMA, and whom to ask', () => {
    const roadmap = plan(PEOPLE['Ohio nurse']!);
    const step = roadmap.steps.find((s) => s.why.includes('utilization reviewer role does not count'))!;
    expect(step.why).toContain(
      'does not count toward it as the plan reads the rule; the notes below say whom to ask',
    );
    const acm = roadmap.certifications.find((c) => c.id === 'acm-rn')!;
    expect(acm.caveats.join(' ')).toMatch(/payer or managed-care experience is not counted here.*ask ACMA/);
  });

  it('names an area by its name: "homelessness and housing case management", not "homelessness housing"', () => {
    const roadmap = plan(PEOPLE['Florida career changer']!);
    expect(roadmap.goal.specialization_name).toBe('Homelessness and housing case management');
    const all = [renderText(roadmap, { width: 80 }), renderMarkdown(roadmap), renderHtml(roadmap)];
    for (const view of all) {
      expect(view.replace(/\s+/g, ' ')).toContain('homelessness and housing case management');
      expect(view).not.toMatch(/homelessness housing/i);
    }
  });

  it('asks an LPN for "an associate degree", and a nursing diploma without "in nursing" twice', () => {
    const roadmap = plan(PEOPLE['Georgia LPN']!);
    const needs = roadmap.certifications.flatMap((c) =>
      c.routes.flatMap((r) => r.missing.map((m) => m.need)),
    );
    expect(needs.join(' ')).toContain('an associate degree in');
    expect(needs.join(' ')).not.toMatch(/\ba associate|nursing diploma in nursing/);
  });

  it('says why an area fits in plain words ("your studies in nursing lead here")', () => {
    const roadmap = plan({ ...PEOPLE['Ohio nurse']!, goals: {} });
    expect(roadmap.goal.why).toContain('your studies in nursing lead here');
    expect(roadmap.goal.why).not.toMatch(/your \w+ field studies/);
  });
});

import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/render/html.js';
import { stripControl } from '../../src/render/sanitize.js';
import { renderEligibilityText, renderText } from '../../src/render/text/index.js';
import type { Roadmap } from '../../src/roadmap/types.js';
import { loadEligibility, loadRoadmap } from '../fixtures/load.js';

const SCRIPT = '<script>alert("x")</script>';
const ESCAPES = 'Eve\u001b[31mRED\u001b[0m\u001b]0;pwned\u0007\u009b2J\u202eevil\u0008\u0000 Doe';

function hostile(): Roadmap {
  const base = loadRoadmap('maria-lopez');
  return {
    ...base,
    profile: { name: `${SCRIPT} & 'Maria' "Lopez"`, state: 'TX' },
    goal: { ...base.goal, recommended: true, why: `<img src=x onerror=alert(1)>` },
    steps: base.steps.map((step, i) =>
      i === 1
        ? { ...step, title: `${SCRIPT}step`, sources: [{ url: 'javascript:alert(1)', as_of: '2026-03' }] }
        : step,
    ),
    caveats: [...base.caveats, `</style><script>bad()</script>`],
  };
}

describe('HTML escaping', () => {
  const html = renderHtml(hostile());

  it('never lets model text open a tag', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('</style><script');
    expect(html).toContain(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Maria&#39; &quot;Lopez&quot;',
    );
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('escapes the name in the <title> as well', () => {
    expect(html).toMatch(/<title>Roadmap for &lt;script&gt;/);
  });

  it('links only http(s) sources', () => {
    expect(html).not.toContain('href="javascript:');
    expect(html).toContain('href="https://www.acmaweb.org/acm/default.aspx?nav=faq"');
  });

  it('is self-contained: no scripts, no external loads', () => {
    const plain = renderHtml(loadRoadmap('maria-lopez'));
    expect(plain).not.toMatch(/<script|<link|<iframe|@import|url\(/i);
    expect(plain).not.toMatch(/src=/i);
  });
});

describe('terminal control characters', () => {
  it('stripControl removes escape sequences, C0/C1 controls and bidi overrides', () => {
    expect(stripControl(ESCAPES)).toBe('EveREDevil Doe');
    expect(stripControl('a\tb\nc')).toBe('a b c');
    expect(stripControl('José Müller-Łukasz 李')).toBe('José Müller-Łukasz 李');
  });

  it('renderText prints names without their control characters', () => {
    const roadmap = { ...loadRoadmap('maria-lopez'), profile: { name: ESCAPES, state: 'TX' } };
    const out = renderText(roadmap, { width: 80, color: false });
    expect(out).toContain('roadmap for EveREDevil Doe');
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  });

  it('renderEligibilityText strips them from data text too', () => {
    const report = loadEligibility('maria-lopez');
    const first = report.certifications[0]!;
    const tampered = {
      ...report,
      certifications: [
        { ...first, name: `CCM${ESCAPES}`, caveats: [`note\u001b[2Jhere`] },
        ...report.certifications.slice(1),
      ],
    };
    const out = renderEligibilityText(tampered, { width: 80 });
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(out).toContain('notehere');
  });

  it('the profile path in hints is stripped as well', () => {
    const out = renderText(loadRoadmap('maria-lopez'), { profilePath: 'x\u001b[2J.yaml' });
    expect(out).toContain('--profile x.yaml');
  });
});

import { describe, expect, it } from 'vitest';
import type { CertificationVerdict } from '../../src/engine/types.js';
import { certsForDisplay, shownRoute } from '../../src/render/format.js';
import { renderHtml } from '../../src/render/html.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { renderText } from '../../src/render/text/index.js';
import type { Roadmap, RoadmapCertification } from '../../src/roadmap/types.js';
import { PEOPLE, plan } from '../helpers/people.js';

/**
 * The certifications a roadmap lists: in the order that fits the person (the goal, what their
 * specialization lists and what they can reach first; a credential of a discipline they are not
 * in last, and named rather than shown where the list is cut), each with the route the plan
 * follows, so the table and the plan never disagree.
 */

/** The CERTIFICATIONS block of the terminal view: its rows' labels, and the closing line. */
function terminalList(roadmap: Roadmap): { rows: string[]; text: string } {
  const text = renderText(roadmap, { width: 80, profilePath: 'me.yaml' });
  const block = text.split(' CERTIFICATIONS\n')[1]!.split('\n\n')[0]!;
  const rows = block
    .split('\n')
    .map((line) => /^ {2}([A-Z][A-Z-]+) /.exec(line)?.[1])
    .filter((label): label is string => label !== undefined);
  return { rows, text: block.replace(/\s+/g, ' ') };
}

describe('the certifications a roadmap lists first', () => {
  it('shows a new BSW who wants child welfare the C-SWCM, and no nursing credential in its place', () => {
    const { rows, text } = terminalList(plan(PEOPLE['Texas BSW']!));
    expect(rows[0]).toBe('CCM');
    expect(rows).toContain('C-SWCM');
    expect(rows).not.toContain('ACM-RN');
    expect(rows).not.toContain('CMGT-BC');
    expect(rows).not.toContain('CRC');
    // What is left out is named, with whom it is for.
    expect(text).toContain('for nurses: ACM-RN, CMGT-BC');
    expect(text).toContain('for counselors: CRC');
    expect(text).toContain('casemgr-path eligibility --profile me.yaml');
  });

  it('shows a nurse her own credentials, and the social-work ones only by name', () => {
    const { rows, text } = terminalList(plan(PEOPLE['Ohio nurse']!));
    expect(rows.slice(0, 2)).toEqual(['ACM-RN', 'CCM']);
    for (const id of ['ACM-SW', 'C-SWCM', 'C-ASWCM', 'CRC']) expect(rows).not.toContain(id);
    expect(text).toContain('for social workers: ACM-SW, C-SWCM, C-ASWCM');
  });

  it('keeps the nursing credentials for an LPN on her way to the RN', () => {
    const { rows } = terminalList(plan(PEOPLE['Georgia LPN']!));
    expect(rows).toContain('ACM-RN');
    expect(rows).not.toContain('C-SWCM');
  });

  it('shows a career changer without a degree the credentials of her own area, not the ACM-RN', () => {
    const roadmap = plan(PEOPLE['Florida career changer']!);
    const { rows, text } = terminalList(roadmap);
    expect(rows).toContain('C-SWCM'); // homelessness and housing lists it: a BSW leads there
    expect(rows).not.toContain('ACM-RN');
    expect(text).toContain('for nurses: ACM-RN');
    const fit = new Map(roadmap.certifications.map((c) => [c.id, c.fit]));
    expect(fit.get('c-swcm')).toBe('area');
    expect(fit.get('acm-rn')).toBe('other-discipline');
    expect(fit.get('acm-sw')).toBe('other-discipline'); // for social workers, outside her area
  });

  it('orders the printed page and the Markdown checklist the same way as the terminal', () => {
    const roadmap = plan(PEOPLE['Texas BSW']!);
    const md = renderMarkdown(roadmap);
    const mdOrder = [...md.matchAll(/^\| ([A-Z][A-Z-]+) — /gm)].map((m) => m[1]);
    const html = renderHtml(roadmap);
    const htmlOrder = [...html.matchAll(/<span class="cert-id">([^<]+)<\/span>/g)].map((m) => m[1]);
    const all = certsForDisplay(roadmap.certifications, roadmap.goal.certification);
    const order = all.filter((c) => c.fit !== 'other-discipline').map((c) => c.id.toUpperCase());
    expect(mdOrder).toEqual(order);
    expect(htmlOrder).toEqual(order);
    // The certifications for other disciplines come last in every view; the page and the
    // checklist name them under the table instead of listing them.
    expect(all.slice(-3).map((c) => c.id.toUpperCase())).toEqual(
      expect.arrayContaining(['ACM-RN', 'CRC', 'CMGT-BC']),
    );
    for (const page of [md, html]) {
      expect(page).toContain(
        'Also checked, for other disciplines: ACM-RN, CMGT-BC (for nurses); CRC (for counselors).',
      );
      expect(page).not.toContain("CRCC's newer guide");
    }
  });
});

describe('the route a certification row explains', () => {
  it('is the one the plan follows: 24 months of case management for a new BSW, not a CCM supervisor', () => {
    const roadmap = plan(PEOPLE['Texas BSW']!);
    const ccm = roadmap.certifications.find((c) => c.id === 'ccm')!;
    const route = shownRoute(ccm)!;
    expect(route.title).toMatch(/24 months/);
    expect(roadmap.steps.some((s) => /Work 24 months/.test(s.title))).toBe(true);
    const { text } = terminalList(roadmap);
    expect(text).toContain('24 months of full-time case management (any supervisor)');
    expect(text).not.toContain('supervised by a CCM');
    const md = renderMarkdown(roadmap)
      .split('\n')
      .find((line) => line.startsWith('| CCM'))!;
    expect(md).toContain('24 months of full-time case management (any supervisor): 24 more FTE months');
    const html = renderHtml(roadmap);
    const row = html.slice(html.indexOf('<span class="cert-id">CCM</span>'));
    expect(row.slice(0, row.indexOf('</tr>'))).toContain(
      '24 months of full-time case management (any supervisor)',
    );
  });

  it('is, for a certification the plan does not aim for, the one it would follow (an ordinary post)', () => {
    const roadmap = plan(PEOPLE['Ohio nurse']!);
    expect(roadmap.goal.certification).toBe('acm-rn');
    const ccm = roadmap.certifications.find((c) => c.id === 'ccm')!;
    expect(shownRoute(ccm)!.missing.map((m) => m.requirement)).toEqual([
      '24 months of full-time case management (any supervisor)',
    ]);
  });

  it('agrees with "where you stand" for every person: each thing it lacks is one the plan still needs', () => {
    for (const [who, input] of Object.entries(PEOPLE)) {
      const roadmap = plan(input);
      const goal = roadmap.certifications.find((c) => c.id === roadmap.goal.certification);
      if (!goal || goal.status === 'eligible') continue;
      const route = shownRoute(goal)!;
      expect(goal.plan_route, who).toBe(route.id);
      const missing = roadmap.standing.filter((s) => s.ok === false).map((s) => s.text);
      expect(missing, who).toHaveLength(route.missing.length);
      // A choice of credentials ("a license, or a degree, or …") is named there by the one the
      // plan takes; every other requirement reads the same.
      for (const item of route.missing.filter((m) => !/, or /.test(m.requirement))) {
        expect(
          missing.some((text) => text.startsWith(item.requirement)),
          `${who}: ${item.requirement}`,
        ).toBe(true);
      }
    }
  });
});

describe('certsForDisplay', () => {
  const verdict = (
    id: string,
    status: CertificationVerdict['status'],
    fit?: RoadmapCertification['fit'],
    extra: Partial<RoadmapCertification> = {},
  ): RoadmapCertification => ({
    id,
    name: id,
    eligible: status === 'eligible',
    status,
    route: null,
    routes: [],
    eligible_from: status === 'not-yet' ? '2027-06' : null,
    caveats: [],
    held: false,
    ...(fit ? { fit } : {}),
    ...extra,
  });

  it('puts the goal, held, open now, open with time, the area, the rest, and other disciplines last', () => {
    const certs = [
      verdict('acm-rn', 'not-eligible', 'other-discipline'),
      verdict('cmc', 'not-eligible', 'open'),
      verdict('c-swcm', 'not-eligible', 'area'),
      verdict('cdms', 'not-yet', 'open'),
      verdict('acm-sw', 'eligible', 'open'),
      verdict('crc', 'not-eligible', 'held', { held: true }),
      verdict('ccm', 'not-eligible', 'goal'),
    ];
    expect(certsForDisplay(certs, 'ccm').map((c) => c.id)).toEqual([
      'ccm',
      'crc',
      'acm-sw',
      'cdms',
      'c-swcm',
      'cmc',
      'acm-rn',
    ]);
  });

  it('orders an eligibility report (no fit) by status, as before', () => {
    const certs = [verdict('a', 'not-eligible'), verdict('b', 'not-yet'), verdict('c', 'eligible')];
    expect(certsForDisplay(certs, null).map((c) => c.id)).toEqual(['c', 'b', 'a']);
  });
});

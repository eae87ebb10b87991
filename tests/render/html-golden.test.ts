import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/render/html.js';
import { loadRoadmap, ROADMAP_FIXTURES } from '../fixtures/load.js';

describe('renderHtml golden files', () => {
  for (const name of ROADMAP_FIXTURES) {
    it(name, async () => {
      await expect(renderHtml(loadRoadmap(name))).toMatchFileSnapshot(`../golden/render/html/${name}.html`);
    });
  }

  it('puts every caveat of every certification on the page', () => {
    const roadmap = loadRoadmap('maria-lopez');
    const html = renderHtml(roadmap);
    const caveats = [...roadmap.caveats, ...roadmap.certifications.flatMap((cert) => cert.caveats)];
    for (const caveat of caveats)
      expect(html).toContain(caveat.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;'));
  });

  it('draws a bar for each dated step still ahead, and a note for done, undated and later ones', () => {
    const html = renderHtml(loadRoadmap('long-names-many-steps'));
    expect(html.match(/class="bar /g)?.length).toBe(9);
    expect(html).toContain('>from Apr 2033 →<');
    expect(html).toContain('>no date yet<');
    expect(html).toContain('>not needed<');
  });
});

import { describe, expect, it } from 'vitest';
import { renderText } from '../../src/render/text/index.js';
import { visibleWidth } from '../../src/render/text/width.js';
import { PEOPLE, plan } from '../helpers/people.js';

/**
 * The axis of YOUR PLAN at 80 columns, where the chart has one column a month: month names a
 * person can read (issue 11 saw "J  A  J  O", which cannot tell January from July), each under
 * its own column, and nothing wider than the terminal.
 */

function axis(text: string): { years: string; months: string } {
  const lines = text.split('\n');
  const at = lines.findIndex((line) => line.startsWith(' YOUR PLAN'));
  // A chart by quarters has no month row: the steps start right under the years.
  const months = /^\s*\d+ /.test(lines[at + 1]!) ? '' : lines[at + 1]!;
  return { years: lines[at]!, months };
}

describe.each([
  ['Unicode', true],
  ['ASCII', false],
])('the plan axis at 80 columns (%s)', (_, unicode) => {
  for (const [who, input] of Object.entries(PEOPLE)) {
    it(`${who}: names months, under their own columns, within 80 columns`, () => {
      const roadmap = plan(input);
      const text = renderText(roadmap, { width: 80, unicode, profilePath: 'me.yaml' });
      for (const line of text.split('\n')) expect(visibleWidth(line), line).toBeLessThanOrEqual(80);
      const { years, months } = axis(text);
      // No row of bare initials: every month shown is named.
      expect(months.trim(), who).not.toMatch(/^[JFMASOND](\s+[JFMASOND])*$/);
      const names = [...months.matchAll(/\S+/g)];
      if (names.length === 0) return; // a chart by quarters has a year row only
      for (const name of names) expect(['Jan', 'Jul'], months).toContain(name[0]);
      // Each January sits under its year, each July six columns on.
      for (const name of names.filter((n) => n[0] === 'Jan')) {
        expect(years.slice(name.index, name.index + 4), years).toMatch(/^(\d{4}|'\d\d)/);
      }
      for (const name of names.filter((n, i) => n[0] === 'Jul' && i > 0)) {
        expect(months.slice(name.index - 6, name.index - 3), months).toBe('Jan');
      }
    });
  }

  it('the Ohio nurse: one column a month, with Jan and Jul by name', () => {
    const { months } = axis(renderText(plan(PEOPLE['Ohio nurse']!), { width: 80, unicode }));
    expect(months.trim().split(/\s+/).slice(0, 4)).toEqual(['Jan', 'Jul', 'Jan', 'Jul']);
  });
});

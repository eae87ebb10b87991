import { describe, expect, it } from 'vitest';
import { monthIndex } from '../../src/core/month.js';
import { costText, payText, statusWords, stepWhen } from '../../src/render/format.js';
import { Grid } from '../../src/render/text/timeline.js';
import { visibleWidth } from '../../src/render/text/width.js';
import { hanging, joinParts, wrap } from '../../src/render/text/wrap.js';
import { loadRoadmap } from '../fixtures/load.js';

describe('wording', () => {
  it('says status the way the UX sketch does', () => {
    expect(statusWords({ status: 'eligible', eligible_from: null })).toBe('eligible now');
    expect(statusWords({ status: 'not-yet', eligible_from: '2027-10' })).toBe('eligible Oct 2027');
    expect(statusWords({ status: 'not-eligible', eligible_from: null })).toBe('not eligible');
    expect(statusWords({ status: 'unconfirmed', eligible_from: null })).toBe('status unconfirmed');
  });

  it('writes money as people read it', () => {
    expect(payText(60000, 80000, false)).toBe('$60–80k');
    expect(payText(80000, 90000, true)).toBe('$80–90k+');
    expect(payText(67500, 67500, false)).toBe('$67.5k');
    expect(costText({ min: 430, max: 430 })).toBe('$430');
    expect(costText({ min: 38000, max: 52000 }, '-')).toBe('$38,000-52,000');
  });

  it('dates steps in words', () => {
    const step = loadRoadmap('maria-lopez').steps[1]!;
    expect(stepWhen(step)).toBe('Dec 2026');
    expect(stepWhen({ ...step, start: '2025-10', end: '2027-10' })).toBe('Oct 2025 – Oct 2027');
    expect(stepWhen({ ...step, end: null })).toBe('from Dec 2026');
    expect(stepWhen({ ...step, start: null })).toBeNull();
  });
});

describe('wrapping', () => {
  it('wraps at spaces and never exceeds the width', () => {
    expect(wrap('one two three four', 9)).toEqual(['one two', 'three', 'four']);
    const url = 'https://www.example.org/a/very/long/path/that/does/not/fit';
    for (const line of wrap(url, 20)) expect(visibleWidth(line)).toBeLessThanOrEqual(20);
    expect(wrap(url, 20).join('')).toBe(url);
  });

  it('counts wide characters as two columns', () => {
    expect(visibleWidth('李明')).toBe(4);
    expect(visibleWidth('\u001b[1mbold\u001b[22m')).toBe(4);
    for (const line of wrap('李明李明李明李明', 5)) expect(visibleWidth(line)).toBeLessThanOrEqual(5);
  });

  it('indents continuation lines', () => {
    expect(hanging('alpha beta gamma', 12, '- ', '  ')).toEqual(['- alpha beta', '  gamma']);
    expect(joinParts(['aaa bbb', 'ccc'], 10, '', '  ', ' · ')).toEqual(['aaa bbb', '  ccc']);
  });
});

describe('timeline grid', () => {
  it('labels years and months at two columns a month', () => {
    const grid = new Grid(
      { from: monthIndex('2026-11'), to: monthIndex('2027-03') },
      { monthsPerCell: 1, cellWidth: 2 },
    );
    expect(grid.headers()).toEqual(["'26 2027 ", 'N D J F ']);
  });

  it('names January and July at one column a month (quarter initials cannot tell them apart)', () => {
    const grid = new Grid(
      { from: monthIndex('2026-11'), to: monthIndex('2027-10') },
      { monthsPerCell: 1, cellWidth: 1 },
    );
    expect(grid.headers()).toEqual(['  2027      ', '  Jan   Jul ']);
  });

  it('leaves out a month name that would run into the next or past the chart', () => {
    // Starting in July: "Jul" at the first column, January six columns on; the chart ends in March.
    const grid = new Grid(
      { from: monthIndex('2026-07'), to: monthIndex('2027-03') },
      { monthsPerCell: 1, cellWidth: 1 },
    );
    expect(grid.headers()[1]).toBe('Jul   Jan');
    // Three months, ending in January: no room for its name.
    const short = new Grid(
      { from: monthIndex('2026-11'), to: monthIndex('2027-02') },
      { monthsPerCell: 1, cellWidth: 1 },
    );
    expect(short.headers()[1]).toBe('    ');
  });
});

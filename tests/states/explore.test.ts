import { describe, expect, it } from 'vitest';
import { renderState, renderStatesTable } from '../../src/render/explore-states.js';
import { builtinData } from '../helpers/data.js';

/** Lines past 80 columns are allowed only for a web address alone on its line. */
function tooWide(text: string): string[] {
  return text.split('\n').filter((line) => line.length > 80 && !/^ +https?:\/\/\S+$/.test(line));
}

describe('explore states', () => {
  const data = builtinData();

  it('compares every state in one table that fits 80 columns', () => {
    const text = renderStatesTable(data);
    expect(tooWide(text)).toEqual([]);
    const rows = text.split('\n');
    const row = (code: string) => rows.find((line) => line.startsWith(`${code}  `)) ?? '';
    for (const state of data.states) expect(row(state.code), state.code).not.toBe('');
    expect(row('TX').split(/\s+/)).toEqual([
      'TX',
      'LBSW',
      'LMSW',
      'LCSW',
      '3,000',
      '24+',
      'Clin+st',
      'LPC',
      '3,000',
      'yes',
      '2000',
    ]);
    expect(row('CA').split(/\s+/)).toEqual([
      'CA',
      '-',
      'ASW*',
      'LCSW',
      '3,000',
      '24-72',
      'Clin+st',
      'LPCC',
      '3,000',
      'no',
    ]);
    expect(row('OH').split(/\s+/).slice(3, 7)).toEqual(['LISW', '?', '24-?', '?']);
    expect(row('MI').split(/\s+/)[3]).toBe('LMSW-cl');
    expect(text).toContain('? not in sources: ask the board');
  });

  it('shows one state in full, within 80 columns, with its gaps and whom to ask', () => {
    for (const state of data.states) {
      const text = renderState(data, state);
      expect(tooWide(text), state.code).toEqual([]);
      expect(text, state.code).toContain(`${state.name} (${state.code})`);
      expect(text, state.code).toContain('SOURCES');
    }
    const texas = renderState(data, data.byId.states.get('tx')!);
    expect(texas).toContain('3,000 supervised hours over at least 24 months, no upper limit;');
    expect(texas).toContain('In the Nurse Licensure Compact (multistate licenses from Jan 2000)');
    const ohio = renderState(data, data.byId.states.get('oh')!);
    expect(ohio).toMatch(/LISW: Not in the sources we cite for Ohio: the exam, the supervised-hour/);
    expect(ohio).toContain('https://www.cswmft.ohio.gov');
    // Its bachelor's and master's levels are the one LSW: their gap is said once.
    expect(ohio.match(/^ {2}- LSW: /gm)).toHaveLength(1);
    const california = renderState(data, data.byId.states.get('ca')!);
    expect(california).toContain("Bachelor's  none at this level");
    expect(california).toContain('licensure by endorsement');
  });
});

import { describe, expect, it } from 'vitest';
import { dataSetOf, indexData } from '../../src/data/model.js';
import { parseDataLayer } from '../../src/data/parse-data.js';
import {
  EXPLORE_FAMILY_NAMES,
  renderFamilies,
  renderFamilyList,
  renderRecord,
  resolveFamily,
  wrap,
} from '../../src/render/explore.js';
import { builtinData } from '../helpers/data.js';
import { validInputs } from '../helpers/fixtures.js';

const data = indexData(dataSetOf(parseDataLayer(validInputs())));

function widest(text: string): number {
  return Math.max(
    ...text
      .split('\n')
      .filter((line) => !line.trim().startsWith('http'))
      .map((line) => line.length),
  );
}

describe('explore rendering', () => {
  it('lists the families with their counts', () => {
    const text = renderFamilies(data);
    expect(text).toContain('  certifications   2  credentials and their eligibility routes\n');
    expect(text).toContain('  salaries         3  pay bands and BLS medians\n');
    expect(text.match(/^ {2}\S/gm)).toHaveLength(EXPLORE_FAMILY_NAMES.length);
    expect(widest(text)).toBeLessThanOrEqual(80);
  });

  it('lists one family as an aligned id / title table', () => {
    expect(renderFamilyList(data, 'certifications')).toBe(
      [
        'certifications · 2 · credentials and their eligibility routes',
        '',
        '  ccm     Certified Case Manager (CCM)',
        '  acm-sw  Accredited Case Manager (social work) (ACM-SW)',
        '',
        'Show one: casemgr-path explore certifications ccm',
        '',
      ].join('\n'),
    );
  });

  it('titles records without a name from what they hold, pay first', () => {
    const text = renderFamilyList(data, 'salaries');
    expect(text).toContain('  case-manager-healthcare    $60,000–$80,000 · case-manager, healthcare + ccm\n');
    // Wrapped within its column rather than cut.
    expect(text).toContain(
      '  social-community-managers  $77,030 median · Social and community service\n' +
        '                             managers (BLS)\n',
    );
  });

  it('puts titles under their ids when the ids leave too little room', () => {
    const text = renderFamilyList(data, 'salaries', 50);
    expect(text).toContain(
      '  case-manager-healthcare\n      $60,000–$80,000 · case-manager, healthcare +\n      ccm\n',
    );
  });

  it('shows one record: summary, fields, the rule as a tree, organizations by name, every source', () => {
    const text = renderRecord(data.byId.certifications.get('ccm')!, 'certifications', data);
    expect(text).toMatch(
      /^Certified Case Manager \(CCM\)\ncertifications · ccm\n\nThe test certification\.\n/,
    );
    expect(text).toContain('issuer: Commission for Case Manager Certification (CCMC)\n');
    expect(text).toContain(
      [
        '  2. Degree and experience',
        '     rule:',
        '       • all of:',
        "         • a bachelor's degree with a case management course",
        '         • not already ACM-SW',
        '           • holds ACM-SW',
      ].join('\n'),
    );
    expect(text).toContain('  1. from 2026-01\n     application (USD): 230\n');
    expect(text).toContain('renewal:\n  years: 5\n');
    expect(text).toMatch(/\nSources\n {2}• Test source \(as of 2026-03\)\n$/);
    expect(widest(text)).toBeLessThanOrEqual(80);
  });

  it('says a credited-only license has exams the data does not name, not none', () => {
    const builtin = builtinData();
    const text = renderRecord(builtin.byId.licenses.get('lmft')!, 'licenses', builtin);
    expect(text).toContain('exams: unknown');
    expect(text).toContain('planned: no');
    expect(renderRecord(builtin.byId.licenses.get('rn')!, 'licenses', builtin)).not.toContain(
      'exams: unknown',
    );
  });

  it('wraps with a hanging indent and keeps long words whole', () => {
    expect(wrap('one two three four', 12, '  ', '• ')).toEqual(['  • one two', '    three', '    four']);
    expect(wrap('https://example.org/a/very/long/url', 10)).toEqual(['https://example.org/a/very/long/url']);
  });

  it('accepts other names people type', () => {
    expect(resolveFamily('licenses')).toBe('licenses');
    expect(resolveFamily('Certifications')).toBe('certifications');
    expect(resolveFamily('nope')).toBeUndefined();
  });
});

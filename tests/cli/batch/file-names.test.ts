import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_SLUG_LENGTH, reportBaseName, slugify } from '../../../src/cli/batch/file-names.js';

describe('report file names', () => {
  it('turns names into lower-case ASCII slugs', () => {
    expect(slugify('María José Núñez-O’Brien')).toBe('maria-jose-nunez-o-brien');
    expect(slugify('Søren Ærø Straße')).toBe('soren-aero-strasse');
    expect(slugify('  ../../etc/passwd  ')).toBe('etc-passwd');
    expect(slugify('C:\\Users\\x')).toBe('c-users-x');
  });

  it('uses the row number when a name gives no usable letters', () => {
    expect(reportBaseName(null, 12)).toBe('row-12');
    expect(reportBaseName('   ', 3)).toBe('row-3');
    expect(reportBaseName('王芳', 4)).toBe('row-4');
  });

  it('never produces a name Windows reserves for a device', () => {
    for (const name of ['CON', 'nul', 'Com1', 'LPT9', 'aux', 'PRN']) {
      expect(reportBaseName(name, 2)).toBe(`client-${name.toLowerCase()}`);
    }
    expect(reportBaseName('Connie', 2)).toBe('connie');
  });

  it('caps the length, preferring a word boundary', () => {
    const slug = slugify('Alexandra Catherine Montgomery-Fitzwilliam Richardson-Vandersloot the Third');
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug).toBe('alexandra-catherine-montgomery-fitzwilliam-richardson');
  });

  it('is always safe, whatever the input', () => {
    fc.assert(
      fc.property(fc.option(fc.string({ unit: 'grapheme', maxLength: 200 })), fc.nat(), (name, row) => {
        const base = reportBaseName(name, row);
        expect(base).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(base.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH + 7);
      }),
    );
  });
});

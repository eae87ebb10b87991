import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/core/number.js';

describe('formatNumber', () => {
  it('groups thousands and keeps at most the decimals asked for, without trailing zeros', () => {
    expect(formatNumber(2253.333)).toBe('2,253');
    expect(formatNumber(2253.333, 1)).toBe('2,253.3');
    expect(formatNumber(7.5, 1)).toBe('7.5');
    expect(formatNumber(12, 1)).toBe('12');
    expect(formatNumber(11.96, 1)).toBe('12');
    expect(formatNumber(1234567)).toBe('1,234,567');
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(-1500.26, 1)).toBe('-1,500.3');
  });

  it('agrees with Intl for every whole number and one-decimal value', () => {
    const intl = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
    fc.assert(
      fc.property(fc.integer({ min: -10_000_000, max: 10_000_000 }), (tenths) => {
        expect(formatNumber(tenths / 10, 1)).toBe(intl.format(tenths / 10));
      }),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { checkData } from '../../src/data/check.js';
import { parseDataLayer } from '../../src/data/parse-data.js';
import { dropOf, payNotMonotone } from '../../src/data/pay-monotone.js';
import { validInputs } from '../helpers/fixtures.js';

const range = (min: number, max: number) => ({
  level: 'x',
  specialization: null,
  min_usd: min,
  max_usd: max,
});

/** A third band, on the case-manager rung for all settings, below the valid fixture's assistant band ($35,000–$45,000). */
function withCaseManagerBand(min: number, max: number) {
  const band = `  - id: case-manager-any
    level: case-manager
    specialization: null
    min_usd: ${min}
    max_usd: ${max}
    basis: test range
    sources:
      - title: Test source
        as_of: 2026-03
bls:`;
  const layer = parseDataLayer(validInputs({ 'salaries.yaml': (text) => text.replace('bls:', band) }));
  expect(layer.diagnostics).toEqual([]);
  return layer;
}

describe('dropOf', () => {
  it('flags a lower floor first, then a lower middle; a lower ceiling alone is no drop', () => {
    expect(dropOf(range(45000, 65000), range(40000, 90000))).toBe('floor');
    expect(dropOf(range(45000, 65000), range(45000, 60000))).toBe('middle');
    expect(dropOf(range(33280, 45120), range(35000, 45000))).toBeNull();
    expect(dropOf(range(60000, 60000), range(60000, 80000))).toBeNull();
  });
});

describe('payNotMonotone', () => {
  it('finds nothing in the valid fixture', () => {
    expect(payNotMonotone(parseDataLayer(validInputs()))).toEqual([]);
  });

  it('warns, at the lower band, when a rung pays less than the one below it', () => {
    const diagnostics = payNotMonotone(withCaseManagerBand(30000, 50000));
    expect(diagnostics).toEqual([
      {
        file: 'data/salaries.yaml',
        line: expect.any(Number),
        column: expect.any(Number),
        path: 'bands[2].min_usd',
        severity: 'warning',
        code: 'pay-not-monotone',
        message:
          'pay goes down along the ladder (all settings, no credential): "case-manager-any" at case-manager ($30,000–$50,000) has a lower floor than "assistant-any" at assistant ($35,000–$45,000)',
      },
    ]);
  });

  it('reports each pair of bands once, however many tracks share it, and runs as part of checkData', () => {
    const layer = withCaseManagerBand(35000, 40000);
    const fromCheck = checkData(layer, '2026-11').filter((d) => d.code === 'pay-not-monotone');
    expect(fromCheck.map((d) => d.message)).toEqual([expect.stringContaining('has a lower middle than')]);
  });

  it('passes a raise, and skips rungs without a band', () => {
    expect(payNotMonotone(withCaseManagerBand(40000, 60000))).toEqual([]);
  });
});

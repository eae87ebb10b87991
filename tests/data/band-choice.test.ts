import { describe, expect, it } from 'vitest';
import { type BandFacts, chooseBand } from '../../src/data/band-choice.js';

type Band = BandFacts & { id: string };
const band = (
  id: string,
  specialization: string | null,
  credential: string | null,
  min: number,
  max: number,
) => ({ id, level: 'case-manager', specialization, credential, min_usd: min, max_usd: max }) satisfies Band;

const BANDS: Band[] = [
  band('all', null, null, 35000, 45000),
  band('healthcare', 'healthcare', null, 45000, 68000),
  band('rn', null, 'rn', 66000, 93600),
  band('healthcare-ccm', 'healthcare', 'ccm', 80000, 90000),
  band('social-work', 'social-work', null, 41000, 61000),
];

const pick = (specialization: string | null, credentials: string[]) =>
  chooseBand(BANDS, 'case-manager', specialization, new Set(credentials))?.id;

describe('chooseBand', () => {
  it('without a credential band: the specialization beats all settings', () => {
    expect(pick('healthcare', [])).toBe('healthcare');
    expect(pick('social-work', ['lcsw'])).toBe('social-work');
    expect(pick('legal', [])).toBe('all');
    expect(pick(null, [])).toBe('all');
  });

  it('a credential band the person holds beats a specialization band: an RN is paid as an RN', () => {
    expect(pick('healthcare', ['rn'])).toBe('rn');
    expect(pick('mental-health', ['rn'])).toBe('rn');
  });

  it('among credential bands, the best paid wins, whatever specialization it names', () => {
    expect(pick('healthcare', ['ccm'])).toBe('healthcare-ccm');
    expect(pick('healthcare', ['rn', 'ccm'])).toBe('healthcare-ccm');
    const rnPaysMore = [...BANDS, band('rn-high', null, 'rn', 93600, 135000)];
    expect(chooseBand(rnPaysMore, 'case-manager', 'healthcare', new Set(['rn', 'ccm']))?.id).toBe('rn-high');
  });

  it('finds nothing for a rung without bands', () => {
    expect(chooseBand(BANDS, 'supervisor', 'healthcare', new Set(['rn']))).toBeNull();
  });
});

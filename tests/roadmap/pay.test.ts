import { describe, expect, it } from 'vitest';
import { findBand } from '../../src/roadmap/pay.js';
import { fixtureData } from '../fixtures/roadmap/data.js';

const data = fixtureData();

describe('findBand', () => {
  it('prefers a band for a credential the person holds (the best paid), then the specialization', () => {
    expect(findBand(data, 'case-manager', 'healthcare', new Set())?.id).toBe('cm-any');
    expect(findBand(data, 'case-manager', 'healthcare', new Set(['rn']))?.id).toBe('cm-health-rn');
    expect(findBand(data, 'case-manager', 'healthcare', new Set(['rn', 'ccm']))?.id).toBe('cm-health-ccm');
    expect(findBand(data, 'case-manager', 'social-services', new Set(['rn']))?.id).toBe('cm-social');
  });

  it('finds nothing without a rung or a band for it', () => {
    expect(findBand(data, undefined, 'healthcare', new Set())).toBeNull();
    expect(findBand(data, 'case-management-supervisor', null, new Set())).toBeNull();
  });
});

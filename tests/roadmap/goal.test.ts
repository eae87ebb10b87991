import { describe, expect, it } from 'vitest';
import { makeDeriver } from '../../src/roadmap/derive.js';
import { chooseCertification, chooseSpecialization } from '../../src/roadmap/goal.js';
import { fixtureData } from '../fixtures/roadmap/data.js';
import { said } from '../helpers/said.js';
import { AS_OF, contextFor, MARIA, profileOf } from './helpers.js';

const data = fixtureData();

describe('chooseSpecialization', () => {
  it('follows the settings, degree fields and licenses of the profile, and says so', () => {
    const nurse = profileOf({
      education: [{ level: 'associate', field: 'nursing' }],
      licenses: [{ type: 'rn' }],
      experience: [{ role: 'registered-nurse', setting: 'hospital', months: 10, ongoing: true }],
    });
    const choice = chooseSpecialization(nurse, data, AS_OF);
    expect(choice.specialization?.id).toBe('healthcare');
    expect(choice.recommended).toBe(true);
    expect(choice.reasons.map(said).join(' ')).toMatch(/hospital.*nursing.*RN/);

    const bsw = profileOf({
      education: [{ level: 'bachelor', field: 'social-work', program_accreditation: 'cswe' }],
      experience: [{ role: 'care-coordinator', setting: 'community', months: 4, ongoing: true }],
    });
    expect(chooseSpecialization(bsw, data, AS_OF).specialization?.id).toBe('social-services');
  });

  it("keeps the profile's own specialization", () => {
    const choice = chooseSpecialization(
      profileOf({ goals: { specialization: 'social-services' } }),
      data,
      AS_OF,
    );
    expect(choice).toMatchObject({ recommended: false, reasons: [] });
    expect(choice.specialization?.id).toBe('social-services');
  });

  it('with a certification goal only, picks a specialization that lists it', () => {
    const choice = chooseSpecialization(profileOf({ goals: { certification: 'acm-sw' } }), data, AS_OF);
    expect(choice.specialization?.id).toBe('healthcare');
  });
});

describe('chooseCertification', () => {
  it('prefers a certification open now over one that time alone opens', () => {
    const ctx = contextFor(MARIA);
    const choice = chooseCertification(ctx, makeDeriver(ctx), {
      specialization: ctx.specialization,
      recommended: false,
      reasons: [],
    });
    expect(choice.certification?.id).toBe('acm-rn');
    expect(choice.recommended).toBe(true);
    expect(said(choice.why)).toMatch(/eligible for it now/);
  });

  it('prefers one that time alone opens over one that needs a change', () => {
    const ctx = contextFor({
      ...MARIA,
      experience: [
        { role: 'case-manager', setting: 'hospital', months: 5, supervised_by: 'licensed', ongoing: true },
      ],
    });
    expect(ctx.verdicts.get('acm-rn')?.status).toBe('not-yet');
    const choice = chooseCertification(ctx, makeDeriver(ctx), {
      specialization: ctx.specialization,
      recommended: false,
      reasons: [],
    });
    expect(choice.certification?.id).toBe('acm-rn');
    expect(said(choice.why)).toMatch(/just by staying in your current role/);
  });

  it('among certifications that need a change, picks the quickest', () => {
    const ctx = contextFor({
      education: [{ level: 'bachelor', field: 'social-work', program_accreditation: 'cswe' }],
    });
    const choice = chooseCertification(ctx, makeDeriver(ctx), {
      specialization: ctx.specialization,
      recommended: true,
      reasons: [],
    });
    // ACM-SW needs one year in a hospital; the CCM needs two.
    expect(choice.certification?.id).toBe('acm-sw');
    expect(said(choice.why)).toMatch(/quickest to reach/);
  });

  it("keeps the profile's certification and skips one already held", () => {
    const wanted = contextFor({ ...MARIA, goals: { specialization: 'healthcare', certification: 'ccm' } });
    const kept = chooseCertification(wanted, makeDeriver(wanted), {
      specialization: wanted.specialization,
      recommended: false,
      reasons: [],
    });
    expect(kept).toMatchObject({ recommended: false });
    expect(kept.certification?.id).toBe('ccm');
    expect(said(kept.why)).toMatch(/You chose the CCM/);

    const holder = contextFor({ ...MARIA, certifications: ['acm-rn'] });
    const next = chooseCertification(holder, makeDeriver(holder), {
      specialization: holder.specialization,
      recommended: false,
      reasons: [],
    });
    expect(next.certification?.id).toBe('ccm');
  });
});

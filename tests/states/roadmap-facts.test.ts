import { describe, expect, it } from 'vitest';
import type { UsState } from '../../src/core/vocabulary.js';
import { ProfileSchema } from '../../src/profile/schema.js';
import { endorsementsNeeded, stateLicenseFacts } from '../../src/roadmap/state-license.js';
import { builtinData } from '../helpers/data.js';
import { said } from '../helpers/said.js';

/** The planner's view of a state's license: the title, exams and months a license step uses. */
describe('stateLicenseFacts', () => {
  const data = builtinData();
  const facts = (state: string | undefined, id: string) =>
    stateLicenseFacts(data, { state: state as UsState | undefined }, id);

  it('uses Texas figures for the LCSW: 3,000 hours over at least 24 months', () => {
    const tx = facts('TX', 'lcsw');
    expect(said(tx.title)).toBe('Get your LCSW license in Texas');
    expect(tx.exams).toEqual(['aswb-clinical']);
    expect(tx.supervisionMonths).toBe(24);
    expect(said(tx.supervisionWhy)).toContain(
      'Texas asks for 3,000 supervised hours over at least 24 months, no upper limit',
    );
    expect(said(tx.supervisionWhy)).toContain('https://bhec.texas.gov');
  });

  it('uses New York figures for the LCSW: 36 months', () => {
    expect(facts('NY', 'lcsw').supervisionMonths).toBe(36);
  });

  it("names the state's own title and kind of credential", () => {
    const pa = facts('PA', 'lmsw');
    expect(pa.short).toBe('LSW');
    expect(said(pa.licenseWhy)).toContain(
      'Pennsylvania calls it the LSW (Licensed Social Worker), its LMSW-level credential.',
    );
    expect(said(facts('CA', 'lmsw').title)).toBe('Register as an ASW in California');
    expect(said(facts('FL', 'lmsw').title)).toBe('Register as a CSW Intern in Florida');
    expect(said(facts('NC', 'lbsw').title)).toBe('Get the CSW certification in North Carolina (voluntary)');
    expect(said(facts('TX', 'lbsw').licenseWhy)).toContain(
      'Exam: ASWB Bachelors exam and Texas social work jurisprudence exam.',
    );
    expect(facts('CA', 'lbsw').available).toBe(false);
  });

  it('plans no exam where the state asks for none (Illinois LSW)', () => {
    const il = facts('IL', 'lmsw');
    expect(il.exams).toEqual([]);
    expect(said(il.licenseWhy)).toContain('Illinois asks for no licensing exam at this level.');
  });

  it('plans no exam when the state exam is unknown (never the national default as a requirement), and says whom to ask', () => {
    const ohio = facts('OH', 'lcsw');
    expect(ohio.exams).toEqual([]);
    expect(said(ohio.licenseWhy)).toContain(
      'Which exam Ohio asks for here is not in the sources we cite, so the plan names none',
    );
    expect(said(ohio.licenseWhy)).toContain('https://www.cswmft.ohio.gov');
  });

  it('plans the national minimum when the state gives neither hours nor months, and says so', () => {
    const georgia = facts('GA', 'lpc');
    expect(georgia.supervisionMonths).toBe(18);
    expect(said(georgia.supervisionWhy)).toContain('The plan allows 18 months, the national minimum');
  });

  it('falls back to national defaults with a visible note for a state not in the data', () => {
    const wyoming = facts('WY', 'lcsw');
    expect(said(wyoming.title)).toBe('Get your LCSW license in WY');
    expect(wyoming.supervisionMonths).toBe(24);
    expect(said(wyoming.licenseWhy)).toContain('WY is not in our state data yet');
    expect(said(wyoming.supervisionWhy)).toContain('WY is not in our state data yet');
  });

  it('keeps the national text, without a fallback note, when the profile names no state', () => {
    const none = facts(undefined, 'lcsw');
    expect(said(none.title)).toBe('Get your LCSW license');
    expect(said(none.licenseWhy)).toMatch(/^Varies by state\./);
    expect(said(none.licenseWhy)).not.toContain('No state given');
  });
});

describe('endorsementsNeeded', () => {
  const data = builtinData();
  const profile = (state: string, licenses: unknown[]) =>
    ProfileSchema.parse({ version: 1, state, licenses });

  it('adds licensure by endorsement for a Texas RN moving to California (not a compact state)', () => {
    const [need, ...rest] = endorsementsNeeded(data, profile('CA', [{ type: 'rn', state: 'TX' }]), '2026-11');
    expect(rest).toEqual([]);
    expect(need).toMatchObject({ license: 'rn', held: 'TX', target: 'CA', reach: 'endorsement-needed' });
    expect(said(need?.title)).toBe('Apply for an RN license in California by endorsement');
    expect(said(need?.why)).toContain('California is not in the Nurse Licensure Compact');
  });

  it('asks a Texas RN whose home is now Florida (both compact) for a Florida license, working on hers meanwhile', () => {
    const [need] = endorsementsNeeded(data, profile('FL', [{ type: 'rn', state: 'TX' }]), '2026-11');
    expect(need?.reach).toBe('compact');
    expect(said(need?.title)).toBe('Apply for an RN license in Florida by endorsement (your new home state)');
    expect(said(need?.why)).toContain('If Florida is now your home state (your primary residence)');
  });

  it('needs endorsement for a social work license in any other state, under that state title', () => {
    const [need] = endorsementsNeeded(data, profile('PA', [{ type: 'lmsw', state: 'NY' }]));
    expect(said(need?.title)).toBe('Apply for an LSW license in Pennsylvania by endorsement');
    expect(said(need?.why)).toMatch(/^An LMSW license is granted state by state/);
  });

  it('needs nothing without a state, or for a license held in the same state', () => {
    const noState = ProfileSchema.parse({ version: 1, licenses: [{ type: 'rn', state: 'TX' }] });
    expect(endorsementsNeeded(data, noState)).toEqual([]);
    expect(endorsementsNeeded(data, profile('TX', [{ type: 'lcsw', state: 'TX' }]))).toEqual([]);
  });
});

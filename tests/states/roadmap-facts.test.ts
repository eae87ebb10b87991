import { describe, expect, it } from 'vitest';
import type { UsState } from '../../src/core/vocabulary.js';
import { ProfileSchema } from '../../src/profile/schema.js';
import { endorsementsNeeded, stateLicenceFacts } from '../../src/roadmap/state-licence.js';
import { builtinData } from '../helpers/data.js';

/** The planner's view of a state's licence: the title, exams and months a licence step uses. */
describe('stateLicenceFacts', () => {
  const data = builtinData();
  const facts = (state: string | undefined, id: string) =>
    stateLicenceFacts(data, { state: state as UsState | undefined }, id);

  it('uses Texas figures for the LCSW: 3,000 hours over at least 24 months', () => {
    const tx = facts('TX', 'lcsw');
    expect(tx.title).toBe('Get your LCSW licence in Texas');
    expect(tx.exams).toEqual(['aswb-clinical']);
    expect(tx.supervisionMonths).toBe(24);
    expect(tx.why).toContain('Texas: 3,000 supervised hours over at least 24 months, no upper limit');
    expect(tx.why).toContain('https://bhec.texas.gov');
  });

  it('uses New York figures for the LCSW: 36 months', () => {
    expect(facts('NY', 'lcsw').supervisionMonths).toBe(36);
  });

  it("names the state's own title and kind of credential", () => {
    expect(facts('PA', 'lmsw').why).toContain(
      'Pennsylvania calls this credential the LSW (Licensed Social Worker)',
    );
    expect(facts('CA', 'lmsw').title).toBe('Register as an ASW in California');
    expect(facts('FL', 'lmsw').title).toBe('Register as a CSW Intern in Florida');
    expect(facts('NC', 'lbsw').title).toBe('Get the CSW certification in North Carolina (voluntary)');
    expect(facts('CA', 'lbsw').available).toBe(false);
  });

  it('plans the national exam when the state exam is unknown, and says so', () => {
    const ohio = facts('OH', 'lcsw');
    expect(ohio.exams).toEqual(['aswb-clinical']);
    expect(ohio.why).toContain('the plan assumes the national default (ASWB Clinical exam)');
    expect(ohio.why).toContain('https://www.cswmft.ohio.gov');
  });

  it('plans the national minimum when the state gives neither hours nor months, and says so', () => {
    const georgia = facts('GA', 'lpc');
    expect(georgia.supervisionMonths).toBe(18);
    expect(georgia.why).toContain('The plan allows the national minimum of 18 months.');
  });

  it('falls back to national defaults with a visible note for a state not in the data', () => {
    const wyoming = facts('WY', 'lcsw');
    expect(wyoming.title).toBe('Get your LCSW licence');
    expect(wyoming.supervisionMonths).toBe(24);
    expect(wyoming.why).toContain('WY is not in our state data yet');
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
    expect(need?.title).toBe('Apply for an RN licence in California by endorsement');
    expect(need?.why).toContain('California is not in the Nurse Licensure Compact');
  });

  it('needs nothing for a Texas RN moving to Florida (both compact states)', () => {
    expect(endorsementsNeeded(data, profile('FL', [{ type: 'rn', state: 'TX' }]), '2026-11')).toEqual([]);
  });

  it('needs endorsement for a social work licence in any other state, under that state title', () => {
    const [need] = endorsementsNeeded(data, profile('PA', [{ type: 'lmsw', state: 'NY' }]));
    expect(need?.title).toBe('Apply for an LSW licence in Pennsylvania by endorsement');
  });

  it('needs nothing without a state, or for a licence held in the same state', () => {
    expect(
      endorsementsNeeded(data, ProfileSchema.parse({ version: 1, licenses: [{ type: 'rn', state: 'TX' }] })),
    ).toEqual([]);
    expect(endorsementsNeeded(data, profile('TX', [{ type: 'lcsw', state: 'TX' }]))).toEqual([]);
  });
});

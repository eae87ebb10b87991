import { describe, expect, it } from 'vitest';
import {
  compactMemberAt,
  licensureFor,
  nurseLicenseValidIn,
  plannedSupervisionMonths,
  stateFor,
} from '../../src/data/state-licensure.js';
import { builtinData } from '../helpers/data.js';

const LICENSES = ['lbsw', 'lmsw', 'lcsw', 'lpc'] as const;
const UNKNOWABLE = [
  'available',
  'exams',
  'supervised_hours',
  'min_months',
  'max_months',
  'supervision_hours',
] as const;

describe('licensureFor', () => {
  const data = builtinData();

  it('reads the state data for every state and license, and says whom to ask about each gap', () => {
    for (const state of data.states) {
      for (const id of LICENSES) {
        const result = licensureFor(data, state.code, id);
        const label = `${state.code} ${id}`;
        expect(result.source, label).toBe('state');
        expect(result.sources.length, label).toBeGreaterThan(0);
        // A limit set another way is no gap: an associate credential's expiry, a monthly supervision rate.
        const coveredOtherwise = (key: string) =>
          (key === 'max_months' && result.associate_expires_months !== null) ||
          (key === 'supervision_hours' && result.supervision_hours_per_month !== null);
        const hasGap =
          result.available !== false &&
          UNKNOWABLE.some((key) => result[key] === null && !coveredOtherwise(key));
        // Bachelor's and master's levels need no hours, so only the fields they state count.
        if (id === 'lcsw' || id === 'lpc') expect(result.fallback_note !== null, label).toBe(hasGap);
        if (result.fallback_note) {
          expect(result.fallback_note, label).toMatch(/check with /);
          if (result.board?.url) expect(result.fallback_note, label).toContain(result.board.url);
        }
      }
    }
  });

  it('accepts a lower-case state code', () => {
    expect(licensureFor(data, 'tx', 'lcsw')).toMatchObject({ source: 'state', state: 'TX', title: 'LCSW' });
  });

  it('keeps the RN license national, and says the state data does not cover it', () => {
    const rn = licensureFor(data, 'TX', 'rn');
    expect(rn).toMatchObject({
      source: 'national-default',
      state: 'TX',
      state_name: 'Texas',
      exams: ['nclex-rn'],
    });
    expect(rn.fallback_note).toBe(
      'Our data for Texas names its board of nursing and gives only some of its rules for the RN: the rest are national defaults; check with the Texas Board of Nursing at https://www.bon.texas.gov.',
    );
    // Another state's board page, cited nationally as an example, is not a Texas source.
    expect(rn.sources.some((s) => s.url?.includes('tn.gov'))).toBe(false);
    expect(rn.sources.some((s) => s.url?.includes('bon.texas.gov'))).toBe(true);
    // A state whose board the data does not name: none of the board's rules, but the national
    // path is the same everywhere, so the note does not say the title and exam differ by state.
    const florida = licensureFor(data, 'FL', 'rn').fallback_note;
    expect(florida).toContain("Our data for Florida holds none of its board's own rules for the RN");
    expect(florida).toContain('its exam is the same in every state');
    expect(florida).not.toContain('titles, exams and hours differ by state');
    // A social-work title a state's data lacks still says those differ.
    expect(licensureFor(data, 'FL', 'lbsw').fallback_note ?? '').not.toContain('its exam is the same');
  });

  it('gives a license no state entry speaks for (the LMFT) its national facts, never the counselor entry', () => {
    for (const state of data.states) {
      const result = licensureFor(data, state.code, 'lmft');
      expect(result.source, state.code).toBe('national-default');
      expect(result.title, state.code).toBe('LMFT');
      expect(result.state_license, state.code).toBe('lmft');
    }
  });

  it('reports the national spread of hours when it falls back', () => {
    const national = licensureFor(data, 'WY', 'lcsw');
    expect(national.national_range.hours).toEqual(data.byId.licenses.get('lcsw')?.supervised_hours);
    expect(national.supervised_hours).toBeNull();
  });

  it('refuses an unknown license id', () => {
    expect(() => licensureFor(data, 'TX', 'lcws')).toThrow(/unknown license id: lcws/);
  });
});

describe('plannedSupervisionMonths', () => {
  const data = builtinData();

  it('uses the minimum duration when the hours fit inside it at full time (Texas: 3,000 h, 24 months)', () => {
    expect(plannedSupervisionMonths(licensureFor(data, 'TX', 'lcsw'))).toBe(24);
  });

  it('uses the full-time hours when they take longer than the minimum', () => {
    const longHours = { ...licensureFor(data, 'TX', 'lcsw'), supervised_hours: 6000 };
    expect(plannedSupervisionMonths(longHours)).toBe(35);
  });

  it('is null when neither hours nor a minimum are known', () => {
    expect(plannedSupervisionMonths(licensureFor(data, 'GA', 'lpc'))).toBeNull();
  });
});

describe('nurseLicenseValidIn', () => {
  const data = builtinData();

  it('is unknown without both states', () => {
    expect(nurseLicenseValidIn(data, undefined, 'CA')).toBe('unknown');
    expect(nurseLicenseValidIn(data, 'TX', null)).toBe('unknown');
  });

  it('needs endorsement into a non-compact state even from a state not in the data', () => {
    expect(nurseLicenseValidIn(data, 'WY', 'CA')).toBe('endorsement-needed');
  });

  it('matches the compact list in the data for every pair of states', () => {
    for (const held of data.states) {
      for (const target of data.states) {
        const reach = nurseLicenseValidIn(data, held.code, target.code, '2026-11');
        const both = held.nursing.nlc.member && target.nursing.nlc.member;
        const expected = held === target ? 'same-state' : both ? 'compact' : 'endorsement-needed';
        expect(reach, `${held.code} → ${target.code}`).toBe(expected);
      }
    }
  });

  it('counts a member only from the month it joined', () => {
    const pa = stateFor(data, 'PA');
    expect(compactMemberAt(pa, '2025-06')).toBe(false);
    expect(compactMemberAt(pa, '2025-07')).toBe(true);
    expect(compactMemberAt(undefined, '2025-07')).toBeNull();
  });
});

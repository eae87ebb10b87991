import { describe, expect, it } from 'vitest';
import { makeDeriver } from '../../src/roadmap/derive.js';
import { DraftSet } from '../../src/roadmap/draft.js';
import type { LeafNode } from '../../src/roadmap/needs.js';
import { schedule } from '../../src/roadmap/schedule.js';
import { certCost, feeScheduleAt } from '../../src/roadmap/steps/credential.js';
import { planDegree } from '../../src/roadmap/steps/education.js';
import { planExperience } from '../../src/roadmap/steps/experience.js';
import { fixtureData } from '../fixtures/roadmap/data.js';
import { builtinData } from '../helpers/data.js';
import { inWords, said } from '../helpers/said.js';
import { AS_OF, contextFor, MARIA } from './helpers.js';

const data = fixtureData();
const ccm = data.byId.certifications.get('ccm')!;
const node = (requirement: string, extra: Partial<LeafNode['node']> = {}): LeafNode['node'] => ({
  kind: 'degree',
  requirement,
  ok: false,
  caveats: [],
  ...extra,
});

describe('fees', () => {
  it('uses the newest schedule whose effective month is not after as_of', () => {
    expect(feeScheduleAt(ccm, '2025-06')?.application_usd).toBe(225);
    expect(feeScheduleAt(ccm, '2026-01')?.application_usd).toBe(235);
    expect(feeScheduleAt(ccm, '2023-12')).toBeNull();
    expect(certCost(ccm, AS_OF)).toEqual({ min: 430, max: 430 });
    expect(certCost(ccm, '2025-06')).toEqual({ min: 420, max: 420 });
  });

  it('gives no cost when a part is unknown: never a guess', () => {
    expect(certCost(data.byId.certifications.get('acm-rn')!, AS_OF)).toBeNull();
  });
});

describe('planDegree', () => {
  it('finishes a degree already underway, ending at its expected month', () => {
    const ctx = contextFor({
      education: [
        {
          level: 'bachelor',
          field: 'social-work',
          program_accreditation: 'cswe',
          status: 'in-progress',
          completed: '2027-05',
        },
      ],
    });
    const drafts = new DraftSet();
    const ids = planDegree(ctx, drafts, { min_level: 'bachelor', fields: ['social-work'] }, node('A BSW'), {
      name: 'CCM',
      license: false,
    });
    const step = drafts.get(ids[0]!)!;
    expect(said(step.title)).toBe("Finish your bachelor's degree in social work");
    expect(step.fixed).toEqual({ status: 'in-progress', start: AS_OF, end: '2027-05' });
  });

  it('earns a missing prerequisite first, then the degree', () => {
    const ctx = contextFor({ education: [{ level: 'high-school' }] });
    const drafts = new DraftSet();
    planDegree(ctx, drafts, { min_level: 'master', fields: ['social-work'] }, node('An MSW'), null);
    const dates = schedule(drafts.all(), AS_OF);
    expect(drafts.all().map((d) => d.id)).toEqual(['degree-bsw', 'degree-msw']);
    expect(dates.get('degree-msw')).toEqual({ start: '2030-11', end: '2032-11' });
    expect(drafts.get('degree-msw')?.cost).toEqual({ min: 20000, max: 60000 });
    expect(drafts.get('degree-bsw')?.cost).toBeNull();
  });

  it('picks the quickest program: an RN-to-BSN for a nurse with an ADN', () => {
    const ctx = contextFor({
      education: [{ level: 'associate', field: 'nursing', program_accreditation: 'acen' }],
    });
    const drafts = new DraftSet();
    planDegree(
      ctx,
      drafts,
      { min_level: 'bachelor', fields: ['nursing', 'social-work'] },
      node("A bachelor's"),
      { name: 'CCM', license: false },
    );
    expect(drafts.all().map((d) => d.id)).toEqual(['degree-rn-bsn']);
    expect(said(drafts.get('degree-rn-bsn')?.why)).toMatch(/^For the CCM: a bachelor's/);
  });

  it('does not offer a nursing bridge to someone whose associate degree is in another field', () => {
    const ctx = contextFor({ education: [{ level: 'associate', field: 'human-services' }] });
    const drafts = new DraftSet();
    planDegree(
      ctx,
      drafts,
      { min_level: 'bachelor', fields: ['nursing', 'social-work'] },
      node("A bachelor's"),
      { name: 'CCM', license: false },
    );
    // The RN-to-BSN starts from the ADN, so the ADN comes first (24 + 18 months beats the 48-month BSN).
    expect(drafts.all().map((d) => d.id)).toEqual(['degree-adn', 'degree-rn-bsn']);
  });

  it("plans the built-in RN-to-BSN (24 months) for an ADN nurse who needs a bachelor's", () => {
    const ctx = contextFor(MARIA, { data: builtinData() });
    const drafts = new DraftSet();
    planDegree(ctx, drafts, { min_level: 'bachelor' }, node("A bachelor's"), null);
    expect(drafts.all().map((d) => [d.id, d.duration])).toEqual([['degree-rn-to-bsn', 24]]);
  });
});

describe('licenses', () => {
  it('plans the LMSW for an MSW graduate: the ASWB Masters exam, then the board', () => {
    const ctx = contextFor({
      education: [{ level: 'master', field: 'social-work', program_accreditation: 'cswe' }],
    });
    const deriver = makeDeriver(ctx);
    const drafts = new DraftSet();
    deriver.derive(
      drafts,
      [
        {
          leaf: { kind: 'license', types: ['rn', 'lmsw', 'lcsw'], independent: true },
          node: node('A license', { kind: 'license' }),
        },
      ],
      0,
      {
        purpose: { name: 'CCM', license: false },
      },
    );
    const dates = schedule(drafts.all(), AS_OF);
    // Apply to the board, sit the exam it approves you for, then receive the license.
    expect(drafts.all().map((d) => d.id)).toEqual([
      'apply-license-lmsw',
      'exam-aswb-masters',
      'license-lmsw',
    ]);
    expect(dates.get('apply-license-lmsw')).toEqual({ start: '2026-11', end: '2026-12' });
    // The study runs alongside the board's review; the exam is sat once it approves.
    expect(drafts.get('exam-aswb-masters')?.endsAfter).toEqual(['apply-license-lmsw']);
    expect(dates.get('license-lmsw')).toEqual({ start: '2027-01', end: '2027-02' });
    // The fee is paid with the application, once.
    expect(drafts.get('apply-license-lmsw')?.cost).toEqual({ min: 75, max: 150 });
    expect(drafts.get('license-lmsw')?.cost).toBeNull();
  });

  it('plans the RN license from a nursing degree for someone with none', () => {
    const ctx = contextFor({});
    const drafts = new DraftSet();
    makeDeriver(ctx).derive(
      drafts,
      [{ leaf: { kind: 'license', types: ['rn'] }, node: node('An RN license', { kind: 'license' }) }],
      0,
    );
    expect(drafts.all().map((d) => d.id)).toEqual([
      'degree-adn',
      'apply-license-rn',
      'exam-nclex-rn',
      'license-rn',
    ]);
  });

  it('asks to reactivate an inactive license instead of earning it again', () => {
    const ctx = contextFor({ licenses: [{ type: 'rn', status: 'inactive' }] });
    const drafts = new DraftSet();
    makeDeriver(ctx).derive(
      drafts,
      [{ leaf: { kind: 'license', types: ['rn'] }, node: node('An RN license', { kind: 'license' }) }],
      0,
    );
    expect(drafts.all().map((d) => said(d.title))).toEqual(['Reactivate your RN license']);
  });
});

describe('planExperience', () => {
  const cond = { min_fte_months: 24, roles: ['case-manager' as const] };
  const gap = (have: number) =>
    node('24 months of case management', {
      kind: 'experience',
      have: `${have} FTE months`,
      measure: { unit: 'fte-months', have, need: 24, growing: true },
    });

  it("keeps an ongoing role until the verdict's month", () => {
    const ctx = contextFor(MARIA);
    const drafts = new DraftSet();
    const id = planExperience(ctx, drafts, {
      cond,
      node: gap(13),
      credentials: [],
      eligibleFrom: '2027-10',
      soleGap: true,
      purpose: { name: 'CCM', license: false },
    });
    // The application waits for the verdict's month itself, not for this step.
    expect(id).toBeNull();
    expect(inWords(drafts.get('keep-role-0')!)).toMatchObject({
      title: 'Keep your case manager role (11 more months)',
      duration: 11,
      ongoing: true,
    });
  });

  it('counts a part-time role at its rate', () => {
    const ctx = contextFor({
      experience: [{ role: 'case-manager', months: 4, hours_per_week: 20, ongoing: true }],
    });
    const drafts = new DraftSet();
    const id = planExperience(ctx, drafts, {
      cond,
      node: gap(2),
      credentials: [],
      eligibleFrom: null,
      soleGap: true,
      purpose: null,
    });
    expect(drafts.get(id ?? '')?.duration).toBe(44);
    expect(said(drafts.get(id ?? '')?.why)).toMatch(/20 hours a week, a month counts as 0.5/);
  });

  it('finds a post first when no ongoing role counts', () => {
    const ctx = contextFor({
      experience: [{ role: 'registered-nurse', setting: 'hospital', months: 10, ongoing: true }],
    });
    const drafts = new DraftSet();
    planExperience(ctx, drafts, {
      cond,
      node: gap(0),
      credentials: ['license-rn'],
      eligibleFrom: null,
      soleGap: true,
      purpose: { name: 'CCM', license: false },
    });
    const [job, work] = drafts.all();
    expect(inWords(job!)).toMatchObject({
      kind: 'career',
      title: 'Move into a job as a case manager',
      after: ['license-rn'],
    });
    expect(said(job?.why)).toMatch(/Your registered nurse role does not count/);
    expect(work).toMatchObject({ kind: 'experience', duration: 24, after: [job?.id] });
  });
});

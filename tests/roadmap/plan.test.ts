import { describe, expect, it } from 'vitest';
import { AS_OF, MARIA, roadmapFor } from './helpers.js';

describe('planRoadmap (fixture data, real engine)', () => {
  it("plans Maria: the ACM-RN now, her role until the CCM opens, on the verdict's dates", () => {
    const { roadmap, report } = roadmapFor(MARIA);
    expect(roadmap.goal).toMatchObject({
      specialization: 'healthcare',
      certification: 'acm-rn',
      recommended: true,
    });
    const byId = new Map(roadmap.steps.map((s) => [s.id, s]));
    expect(byId.get('held-license-rn')?.status).toBe('done');
    expect(byId.get('held-degree-0')).toMatchObject({ status: 'done', end: '2020-05' });
    expect(byId.get('acm-rn-exam')).toMatchObject({ status: 'next', start: AS_OF, end: '2027-01' });
    const ccmFrom = report.certifications.find((c) => c.id === 'ccm')?.eligible_from;
    expect(ccmFrom).toBe('2027-10');
    expect(byId.get('keep-role-0')).toMatchObject({ status: 'in-progress', start: AS_OF, end: ccmFrom });
    expect(byId.get('ccm-exam')).toMatchObject({
      status: 'pending',
      start: ccmFrom,
      cost_usd: { min: 430, max: 430 },
    });
    // Pay changes with a post, not with an exam: the CCM counts from the next move up.
    expect(byId.get('ccm-exam')?.pay_after).toBeNull();
    expect(roadmap.pay.map((p) => p.label)).toEqual(['Case manager', '+ CCM, Senior case manager']);
    expect(roadmap.pay.map((p) => [p.min_usd, p.max_usd])).toEqual([
      [60000, 80000],
      [80000, 90000],
    ]);
    expect(roadmap.standing.filter((s) => s.ok === false).map((s) => s.text)).toEqual([
      'For the CCM: 24 months full-time case management — still needed: 11 more FTE months',
    ]);
    expect(roadmap.answers.map((a) => a.id)).toEqual(['how-long', 'without-degree', 'earnings', 'cost']);
  });

  it('keeps what is already done and marks an alternative that is not needed', () => {
    const { roadmap } = roadmapFor({
      education: [
        { level: 'bachelor', field: 'social-work', program_accreditation: 'cswe', completed: '2026-05' },
      ],
      goals: { specialization: 'healthcare', certification: 'ccm' },
    });
    const statuses = Object.fromEntries(roadmap.steps.map((s) => [s.id, s.status]));
    expect(statuses).toMatchObject({
      'held-degree-0': 'done',
      'na-ccm-license': 'n-a',
      'find-job-case-manager': 'next',
    });
    expect(roadmap.steps.find((s) => s.id === 'na-ccm-license')?.why).toMatch(
      /^Not needed for the CCM: a bachelor's/,
    );
  });

  it('offers the supervisor route when it is shorter', () => {
    const { roadmap } = roadmapFor({
      education: [
        { level: 'bachelor', field: 'social-work', program_accreditation: 'cswe', completed: '2026-05' },
      ],
      goals: { specialization: 'healthcare', certification: 'ccm' },
    });
    const route = roadmap.alternatives.find((a) => a.title.startsWith('CCM by another route'));
    expect(route).toMatchObject({
      title: 'CCM by another route: License or degree + 12 months supervised by a CCM',
      saves_months: 12,
    });
    expect(route?.steps[0]).toMatch(/supervised by a CCM-certified supervisor/);
    // Another certification of the specialization that opens sooner is offered too.
    expect(roadmap.alternatives[0]).toMatchObject({
      title: 'The ACM-SW, Accredited Case Manager (SW), instead, by Mar 2028',
      saves_months: 13,
    });
  });

  it('points out that an RN license reaches the CCM sooner than a bachelor’s for a social-services plan', () => {
    const { roadmap } = roadmapFor({
      education: [{ level: 'high-school' }],
      goals: { specialization: 'social-services', certification: 'ccm' },
    });
    expect(roadmap.steps.some((s) => s.id === 'degree-bsw')).toBe(true);
    const shortcut = roadmap.alternatives.find((a) => a.title.includes('through an RN license'));
    expect(shortcut?.saves_months).toBe(21);
    expect(shortcut?.steps.slice(0, 3)).toEqual([
      'Earn an Associate Degree in Nursing (ADN)',
      'Apply for your RN license',
      'Pass the NCLEX-RN',
    ]);
    expect(roadmap.answers.find((a) => a.id === 'without-degree')?.answer).toMatch(
      /No, not for the CCM: it needs more than a high-school diploma, though not a bachelor's/,
    );
  });

  it('for certifications already held, keeps each current and moves up when the years say so', () => {
    const { roadmap } = roadmapFor({
      ...MARIA,
      certifications: ['ccm', 'acm-rn'],
      experience: [
        { role: 'case-manager', setting: 'hospital', months: 40, supervised_by: 'ccm', ongoing: true },
      ],
    });
    expect(roadmap.goal.certification).toBe('ccm');
    const ids = roadmap.steps.map((s) => s.id);
    expect(ids).toContain('held-cert-ccm');
    expect(ids).toContain('ccm-renewal');
    // Held certifications that are not the goal are kept current too.
    expect(ids).toContain('held-cert-acm-rn');
    expect(ids).toContain('acm-rn-renewal');
    expect(roadmap.steps.find((s) => s.id === 'ccm-renewal')?.why).toMatch(/You hold the CCM/);
    // 40 months of case management is past the entry rung already: pay now is not the entry
    // band, and the next move waits for the 5 years the rung above asks (20 months away).
    expect(roadmap.pay[0]?.level).not.toBe('case-manager');
    const move = roadmap.steps.find((s) => s.kind === 'career' && s.id.startsWith('move-'));
    expect(move).toMatchObject({ start: '2028-07', end: null });
  });

  it('says why a goal with no verdict cannot be planned, and still plans what is open', () => {
    const { roadmap, report } = roadmapFor({
      ...MARIA,
      goals: { specialization: 'healthcare', certification: 'cmgt-bc' },
    });
    expect(
      roadmap.steps.filter((s) => s.status !== 'done' && s.status !== 'n-a' && s.kind === 'exam'),
    ).toHaveLength(1);
    expect(roadmap.goal.why).toMatch(/You chose the CMGT-BC/);
    expect(roadmap.caveats).toEqual(report.certifications.find((c) => c.id === 'cmgt-bc')?.caveats);
  });

  it('shows how much sooner the plan would be once a restricted license is cleared', () => {
    const { roadmap } = roadmapFor({
      ...MARIA,
      licenses: [{ type: 'rn', state: 'TX', status: 'restricted' }],
    });
    expect(roadmap.standing).toContainEqual({
      ok: 'partial',
      text: 'RN license (restricted, TX): does not count until it is active and unrestricted',
    });
    const lifted = roadmap.alternatives.find(
      (a) => a.title === 'If the restriction on your RN license is lifted',
    );
    expect(lifted?.saves_months).toBeGreaterThan(0);
    expect(lifted?.steps[0]).toBe('Ask your board what lifting the restriction takes');
  });
});

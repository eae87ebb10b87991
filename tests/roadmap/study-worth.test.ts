import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/api/evaluate.js';
import { monthIndex } from '../../src/core/month.js';
import { withExamsOfHeldLicenses } from '../../src/data/held-exams.js';
import { prepareProfile } from '../../src/engine/prepare.js';
import { ProfileSchema } from '../../src/profile/schema.js';
import { DraftSet } from '../../src/roadmap/draft.js';
import { phraseKey } from '../../src/roadmap/phrases/index.js';
import { chooseGoal } from '../../src/roadmap/plan-goal.js';
import { type RouteChoice, rankRoutes, studyNotWorthIt } from '../../src/roadmap/route.js';
import { sayDegreeOnlyQuicker } from '../../src/roadmap/steps/degree-only-quicker.js';
import { builtinData } from '../helpers/data.js';

/**
 * A route or a goal that asks for new study comes after one that asks for none when the study
 * takes at least as long as it saves (src/roadmap/route.ts, studyNotWorthIt).
 */
const choice = (months: number, studyMonths: number) => ({ months, studyMonths }) as RouteChoice;

describe('study that saves less time than it takes', () => {
  it('puts the way without study first only when the study is at least as long as the saving', () => {
    // An MSW of 24 months that makes a 64-month way 52 months: not worth it.
    expect(studyNotWorthIt(choice(52, 24), choice(64, 0))).toBe(true);
    // Saving exactly as long as it takes: still the way without study.
    expect(studyNotWorthIt(choice(40, 24), choice(64, 0))).toBe(true);
    // Saving more than it takes: the degree stays first.
    expect(studyNotWorthIt(choice(39, 24), choice(64, 0))).toBe(false);
    // Both ask for study, or the quicker asks for none: the months decide, as before.
    expect(studyNotWorthIt(choice(52, 24), choice(64, 12))).toBe(false);
    expect(studyNotWorthIt(choice(52, 0), choice(64, 0))).toBe(false);
    // A way that cannot be planned is never put first.
    expect(studyNotWorthIt(choice(52, 24), choice(Number.POSITIVE_INFINITY, 0))).toBe(false);
  });

  const asOf = '2026-12';
  const teacher = ProfileSchema.parse({
    version: 1,
    state: 'PA',
    education: [{ level: 'bachelor', field: 'other', completed: '1990-05' }],
    experience: [{ role: 'other', setting: 'other', start: '1990-08', end: '2022-06' }],
    goals: { specialization: 'geriatric-care' },
  });

  function teacherGoal() {
    const data = builtinData();
    const report = evaluate(teacher, data, { asOf });
    const prepared = prepareProfile(withExamsOfHeldLicenses(teacher, data), monthIndex(asOf));
    return { data, report, ...chooseGoal(prepared, data, report, asOf) };
  }

  it("ranks the CMC's any-bachelor route before the quicker master's route for a retired teacher", () => {
    const { data, report, ctx, deriver, goal } = teacherGoal();
    expect(goal.certification?.id).toBe('cmc');
    const cmc = data.byId.certifications.get('cmc')!;
    const verdict = report.certifications.find((v) => v.id === 'cmc')!;
    const [first, ...rest] = rankRoutes(ctx, deriver, cmc, verdict);
    expect(first?.studyMonths).toBe(0);
    const masters = rest.find((r) => r.studyMonths > 0 && r.months < first!.months);
    expect(masters?.studyMonths).toBe(24);
    expect(first!.months - masters!.months).toBeLessThanOrEqual(masters!.studyMonths);
  });

  it('still tells a planned degree that it is not required, where one saves more than it takes', () => {
    const { data, ctx, deriver, report } = teacherGoal();
    const cmc = data.byId.certifications.get('cmc')!;
    const routes = rankRoutes(ctx, deriver, cmc, report.certifications.find((v) => v.id === 'cmc')!);
    const drafts = new DraftSet();
    drafts.add({
      id: 'degree-msw',
      kind: 'education',
      title: { key: 'fixed', text: 'MSW' } as never,
      why: [],
      cost: null,
      sources: [],
      duration: 24,
      after: [],
    });
    // As if the degree's way were planned and took 30 months: 34 fewer than the way without it.
    sayDegreeOnlyQuicker(ctx, drafts, cmc, routes, 30);
    const why = drafts.get('degree-msw')!.why.map(phraseKey).join(' ');
    expect(why).toContain('education.only-quicker');
    expect(why).toContain('34');
  });
});

describe('the area recommended to someone not sure yet', () => {
  it('is one reached without new study, over a quicker one whose degree takes longer than it saves', async () => {
    const { indexData } = await import('../../src/data/model.js');
    const base = builtinData();
    // Without the CDMS (open to her in 21 months of work), every other area's way runs through an
    // MSW: the CCM in about 56 months, 24 of them in school. The CMC's any-bachelor route takes
    // about 64 months of paid work.
    const { byId: _byId, ...set } = base;
    const data = indexData({
      ...set,
      specializations: set.specializations.map((s) => ({
        ...s,
        certifications: s.certifications.filter((id) => id !== 'cdms' && id !== 'crc'),
      })),
    });
    const notSure = ProfileSchema.parse({
      version: 1,
      state: 'PA',
      education: [{ level: 'bachelor', field: 'other', completed: '1990-05' }],
      experience: [{ role: 'other', setting: 'other', start: '1990-08', end: '2022-06' }],
    });
    const asOf = '2026-12';
    const report = evaluate(notSure, data, { asOf });
    const prepared = prepareProfile(withExamsOfHeldLicenses(notSure, data), monthIndex(asOf));
    const { goal, spec } = chooseGoal(prepared, data, report, asOf);
    expect(spec.specialization?.id).toBe('geriatric-care');
    expect(goal.certification?.id).toBe('cmc');
    expect(spec.reasons.map(phraseKey).join(' ')).toContain('"withoutStudy":true');
    expect(goal.routes[0]?.studyMonths).toBe(0);
  });
});

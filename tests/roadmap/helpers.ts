import { evaluate, evaluateRule } from '../../src/api/evaluate.js';
import { planRoadmap } from '../../src/api/plan.js';
import { monthIndex } from '../../src/core/month.js';
import type { Data } from '../../src/data/model.js';
import { prepareProfile } from '../../src/engine/prepare.js';
import { type Profile, type ProfileInput, ProfileSchema } from '../../src/profile/schema.js';
import type { PlanContext } from '../../src/roadmap/context.js';
import { fixtureData } from '../fixtures/roadmap/data.js';

export const AS_OF = '2026-11';

export function profileOf(input: Omit<ProfileInput, 'version'>): Profile {
  return ProfileSchema.parse({ version: 1, ...input });
}

/** A planner context on the fixture data (or another data set), with the real engine's verdicts. */
export function contextFor(
  input: Omit<ProfileInput, 'version'>,
  options: { data?: Data; asOf?: string; specialization?: string } = {},
): PlanContext {
  const data = options.data ?? fixtureData();
  const asOf = options.asOf ?? AS_OF;
  const profile = profileOf(input);
  const report = evaluate(profile, data, { asOf });
  return {
    profile,
    prepared: prepareProfile(profile, monthIndex(asOf)),
    data,
    asOf,
    verdicts: new Map(report.certifications.map((v) => [v.id, v])),
    specialization: data.byId.specializations.get(options.specialization ?? 'healthcare') ?? null,
    evaluate: (rule) => evaluateRule(rule, profile, data, asOf),
    preferSpecLicenses: true,
  };
}

export function roadmapFor(
  input: Omit<ProfileInput, 'version'>,
  options: { data?: Data; asOf?: string } = {},
) {
  const data = options.data ?? fixtureData();
  const asOf = options.asOf ?? AS_OF;
  const profile = profileOf(input);
  const report = evaluate(profile, data, { asOf });
  return { roadmap: planRoadmap(profile, data, report, { asOf }), report };
}

/** Maria of examples/maria.yaml: ADN, active RN license, 13 months of hospital case management, ongoing. */
export const MARIA: Omit<ProfileInput, 'version'> = {
  name: 'Maria Lopez',
  state: 'TX',
  education: [{ level: 'associate', field: 'nursing', program_accreditation: 'acen', completed: '2020-05' }],
  licenses: [{ type: 'rn', state: 'TX' }],
  experience: [
    { role: 'case-manager', setting: 'hospital', months: 13, supervised_by: 'licensed', ongoing: true },
  ],
  goals: { specialization: 'healthcare' },
};

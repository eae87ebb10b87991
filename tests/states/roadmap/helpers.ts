import { evaluate } from '../../../src/api/evaluate.js';
import { planRoadmap } from '../../../src/api/plan.js';
import type { Data } from '../../../src/data/model.js';
import type { Certification } from '../../../src/data/schema/families.js';
import { type ProfileInput, ProfileSchema } from '../../../src/profile/schema.js';
import { builtinData } from '../../helpers/data.js';

export const AS_OF = '2026-11';

/**
 * The built-in data plus one test certification that asks for a clinical social work license
 * (no real certification needs the LCSW, so without it the planner would never plan one).
 */
export function dataWithClinicalGoal(): Data {
  const data = builtinData();
  const cert: Certification = {
    id: 'clinical-test',
    name: 'Clinical test credential',
    abbreviation: 'CLIN-T',
    summary: 'A test credential that asks for a clinical social work license.',
    issuer: 'nasw',
    status: 'active',
    disciplines: ['social-work'],
    routes: [
      {
        id: 'clinical-test',
        title: 'An LCSW',
        rule: { requirement: 'A clinical social work license', license: { types: ['lcsw'] } },
      },
    ],
    exam: null,
    fees: [],
    review_months: null,
    renewal: { years: 2, ce_hours: null, ethics_hours: null, fee_usd: null },
    sources: [{ title: 'Test', as_of: '2026-03' }],
  };
  const certifications = [...data.certifications, cert];
  return {
    ...data,
    certifications,
    byId: { ...data.byId, certifications: new Map(certifications.map((c) => [c.id, c])) },
  };
}

export function roadmapOf(input: Omit<ProfileInput, 'version'>, data: Data = builtinData()) {
  const profile = ProfileSchema.parse({ version: 1, ...input });
  return planRoadmap(profile, data, evaluate(profile, data, { asOf: AS_OF }), { asOf: AS_OF });
}

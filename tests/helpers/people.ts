import { evaluate } from '../../src/api/evaluate.js';
import { planRoadmap } from '../../src/api/plan.js';
import { type ProfileInput, ProfileSchema } from '../../src/profile/schema.js';
import type { Roadmap } from '../../src/roadmap/types.js';
import { builtinData } from './data.js';

/**
 * The four people of issue 11 as the wizard saves their answers (tests/wizard/personas.ts has the
 * answers themselves), planned on the built-in data as of Nov 2026.
 */

export const AS_OF = '2026-11';

/** The four people of issue 11, as the wizard saves them. */
export const PEOPLE: Record<string, Omit<ProfileInput, 'version'>> = {
  'Ohio nurse': {
    state: 'OH',
    education: [{ level: 'associate', field: 'nursing', completed: '2016-05' }],
    licenses: [{ type: 'rn', state: 'OH' }],
    experience: [
      { role: 'utilization-review', setting: 'payer', start: '2024-09', ongoing: true },
      { role: 'registered-nurse', hours_per_week: 36, start: '2016-06', end: '2024-08' },
    ],
    goals: { specialization: 'healthcare' },
  },
  'Texas BSW': {
    state: 'TX',
    education: [
      { level: 'bachelor', field: 'social-work', program_accreditation: 'cswe', completed: '2026-05' },
    ],
    goals: { specialization: 'child-welfare' },
  },
  'Florida career changer': {
    state: 'FL',
    education: [{ level: 'some-college', credits: 30 }],
    goals: { specialization: 'homelessness-housing' },
  },
  'Georgia LPN': {
    state: 'GA',
    education: [{ level: 'certificate', field: 'nursing', completed: '2021-05' }],
    licenses: [{ type: 'lpn', state: 'GA' }],
    experience: [
      {
        role: 'care-coordinator',
        setting: 'long-term-care',
        supervised_by: 'licensed',
        start: '2024-11',
        ongoing: true,
      },
      { role: 'licensed-practical-nurse', start: '2021-07', end: '2024-10' },
    ],
    goals: { specialization: 'healthcare' },
  },
};

export function plan(input: Omit<ProfileInput, 'version'>): Roadmap {
  const data = builtinData();
  const profile = ProfileSchema.parse({ version: 1, ...input });
  return planRoadmap(profile, data, evaluate(profile, data, { asOf: AS_OF }), { asOf: AS_OF });
}

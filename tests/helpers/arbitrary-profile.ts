import fc from 'fast-check';
import { monthFromIndex } from '../../src/core/month.js';
import {
  EDUCATION_FIELDS,
  EDUCATION_LEVELS,
  INTERNSHIP_SUPERVISORS,
  LICENSE_STATUSES,
  PROGRAM_ACCREDITATIONS,
  ROLES,
  SETTINGS,
  SUPERVISOR_KINDS,
} from '../../src/core/vocabulary.js';
import type { Data } from '../../src/data/model.js';
import type { ProfileInput } from '../../src/profile/schema.js';

/** Months from 2000-01 to 2030-12, as YYYY-MM. */
export const arbitraryMonth = fc.integer({ min: 2000 * 12, max: 2030 * 12 + 11 }).map(monthFromIndex);

export function arbitraryEducation(data: Data) {
  return fc.record(
    {
      level: fc.constantFrom(...EDUCATION_LEVELS),
      field: fc.constantFrom(...EDUCATION_FIELDS),
      accredited: fc.boolean(),
      program_accreditation: fc.constantFrom(...PROGRAM_ACCREDITATIONS),
      field_experience: fc.boolean(),
      internship: fc.record({
        hours: fc.integer({ min: 0, max: 1200 }),
        supervised_by: fc.constantFrom(...INTERNSHIP_SUPERVISORS),
      }),
      coursework: fc.subarray(data.coursework.map((c) => c.id)),
      status: fc.constantFrom('completed' as const, 'in-progress' as const),
      completed: arbitraryMonth,
    },
    { requiredKeys: ['level'] },
  );
}

export const arbitraryExperience = fc.record(
  {
    role: fc.constantFrom(...ROLES),
    setting: fc.constantFrom(...SETTINGS),
    months: fc.integer({ min: 0, max: 240 }).map((n) => n / 2),
    hours_per_week: fc.integer({ min: 1, max: 60 }),
    supervised_by: fc.constantFrom(...SUPERVISOR_KINDS),
    paid: fc.boolean(),
    start: arbitraryMonth,
    ongoing: fc.boolean(),
  },
  { requiredKeys: ['role', 'months'] },
);

/** Any schema-valid profile, drawing ids from the data. */
export function arbitraryProfile(data: Data): fc.Arbitrary<ProfileInput> {
  return fc.record({
    version: fc.constant(1 as const),
    education: fc.array(arbitraryEducation(data), { maxLength: 3 }),
    licenses: fc.array(
      fc.record({
        type: fc.constantFrom(...data.licenses.map((l) => l.id)),
        status: fc.constantFrom(...LICENSE_STATUSES),
      }),
      { maxLength: 3 },
    ),
    certifications: fc.subarray(data.certifications.map((c) => c.id)),
    exams_passed: fc.subarray(data.exams.map((e) => e.id)),
    ce_hours: fc.integer({ min: 0, max: 60 }),
    experience: fc.array(arbitraryExperience, { maxLength: 4 }),
  });
}

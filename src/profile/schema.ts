import { z } from 'zod';
import {
  EDUCATION_FIELDS,
  EDUCATION_LEVELS,
  INTERNSHIP_SUPERVISORS,
  LICENSE_STATUSES,
  PROGRAM_ACCREDITATIONS,
  ROLES,
  SETTINGS,
  SUPERVISOR_KINDS,
  US_STATES,
} from '../core/vocabulary.js';
import { Id, MonthString } from '../data/schema/common.js';

/**
 * The version-1 profile (docs/contracts.md, a public contract). Only `version` is required; unknown keys
 * are errors so typos surface. Ids that the data defines (licences, certifications, exams,
 * coursework, specializations) are checked against the loaded data by `checkProfileIds`.
 */

const State = z.enum(US_STATES, { message: 'expected a US two-letter state code such as TX' });

export const EducationEntry = z
  .strictObject({
    level: z.enum(EDUCATION_LEVELS),
    field: z.enum(EDUCATION_FIELDS).default('other'),
    accredited: z.boolean().default(true),
    program_accreditation: z.enum(PROGRAM_ACCREDITATIONS).default('none'),
    field_experience: z.boolean().optional(),
    internship: z
      .strictObject({
        hours: z.number().nonnegative().max(10_000),
        supervised_by: z.enum(INTERNSHIP_SUPERVISORS).default('other'),
      })
      .optional(),
    coursework: z.array(Id).default([]),
    status: z.enum(['completed', 'in-progress']).default('completed'),
    completed: MonthString.optional(),
  })
  .transform((entry) => ({
    ...entry,
    // An accredited professional program includes a supervised field placement (docs/contracts.md).
    field_experience: entry.field_experience ?? entry.program_accreditation !== 'none',
  }));

export const LicenseEntry = z.strictObject({
  type: Id,
  state: State.optional(),
  status: z.enum(LICENSE_STATUSES).default('active'),
});

export const ExperienceEntry = z.strictObject({
  role: z.enum(ROLES),
  setting: z.enum(SETTINGS).default('other'),
  months: z.number().min(0, 'months must be 0 or more').max(720, 'months must be at most 720 (60 years)'),
  hours_per_week: z.number().positive('hours per week must be more than 0').max(100).default(40),
  supervised_by: z.enum(SUPERVISOR_KINDS).default('none'),
  paid: z.boolean().default(true),
  start: MonthString.optional(),
  ongoing: z.boolean().default(false),
});

export const ProfileSchema = z.strictObject({
  version: z.literal(1, { message: 'expected version: 1 (the only profile version so far)' }),
  name: z.string().max(200).optional(),
  state: State.optional(),
  education: z.array(EducationEntry).default([]),
  licenses: z.array(LicenseEntry).default([]),
  certifications: z.array(Id).default([]),
  exams_passed: z.array(Id).default([]),
  ce_hours: z.number().nonnegative().max(10_000).default(0),
  experience: z.array(ExperienceEntry).default([]),
  goals: z
    .strictObject({
      specialization: Id.optional(),
      certification: Id.optional(),
    })
    .optional(),
});

/** A validated profile with every default filled in: what the engine reads. */
export type Profile = z.output<typeof ProfileSchema>;
/** What a person writes: defaults optional. */
export type ProfileInput = z.input<typeof ProfileSchema>;
export type EducationEntry = Profile['education'][number];
export type ExperienceEntry = Profile['experience'][number];
export type LicenseEntry = Profile['licenses'][number];

import { z } from 'zod';
import { LANGS } from '../core/lang.js';
import { addMonths, isMonth, monthIndex } from '../core/month.js';
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
 * The version-1 profile (a public contract; `casemgr-path init` explains every field), with the
 * 0.2 additions. Only `version` is required; unknown keys are errors so typos surface. Ids that
 * the data defines (licenses, certifications, exams, coursework, specializations, jobs) are
 * checked against the loaded data by `checkProfileIds`.
 */

const State = z.enum(US_STATES, { message: 'expected a US two-letter state code such as TX' });

/** A supervised practicum or field placement, as part of a program (0.2): education, not a job. */
export const FieldPlacement = z.strictObject({
  hours: z.number().nonnegative().max(5_000, 'field placement hours must be at most 5,000'),
  setting: z.enum(SETTINGS).default('other'),
});

export const EducationEntry = z
  .strictObject({
    level: z.enum(EDUCATION_LEVELS),
    field: z.enum(EDUCATION_FIELDS).default('other'),
    /** Semester credits finished (some-college only). */
    credits: z.number().int('credits must be a whole number').nonnegative().max(300).optional(),
    accredited: z.boolean().default(true),
    program_accreditation: z.enum(PROGRAM_ACCREDITATIONS).default('none'),
    field_experience: z.union([z.boolean(), FieldPlacement]).optional(),
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
  .superRefine((entry, ctx) => {
    if (entry.credits !== undefined && entry.level !== 'some-college') {
      ctx.addIssue({
        code: 'custom',
        path: ['credits'],
        message: `credits go with level: some-college (college without a degree), not ${entry.level}`,
      });
    }
  })
  .transform(({ field_experience, ...entry }) => ({
    ...entry,
    // Readers see one shape: a yes/no (what rules ask), and the placement's details when given.
    // An accredited professional program includes a supervised field placement.
    field_experience:
      typeof field_experience === 'object'
        ? field_experience.hours > 0
        : (field_experience ?? entry.program_accreditation !== 'none'),
    field_placement: typeof field_experience === 'object' ? field_experience : undefined,
    // Whether the person said (yes or no), or the default above stands: only an unsaid one is
    // worth asking about.
    field_experience_stated: field_experience !== undefined,
  }));

export const LicenseEntry = z.strictObject({
  type: Id,
  state: State.optional(),
  status: z.enum(LICENSE_STATUSES).default('active'),
});

/**
 * A job. `end` is the last month in the role; with `start` it fixes `months` (start 2023-01, end
 * 2023-12 is 12 months), so `months` may be left out when both dates, or `start` and `ongoing`,
 * are given. Readers always see `months` (and `start` whenever `end` and `months` place it).
 */
export const ExperienceEntry = z
  .strictObject({
    role: z.enum(ROLES),
    setting: z.enum(SETTINGS).default('other'),
    months: z
      .number()
      .min(0, 'months must be 0 or more')
      .max(720, 'months must be at most 720 (60 years)')
      .optional(),
    hours_per_week: z.number().positive('hours per week must be more than 0').max(100).default(40),
    supervised_by: z.enum(SUPERVISOR_KINDS).default('none'),
    paid: z.boolean().default(true),
    start: MonthString.optional(),
    end: MonthString.optional(),
    ongoing: z.boolean().default(false),
  })
  .superRefine((entry, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    // A start or end that is no month has its own issue already; no span can be read from it.
    if (
      (entry.start !== undefined && !isMonth(entry.start)) ||
      (entry.end !== undefined && !isMonth(entry.end))
    )
      return;
    if (entry.end !== undefined && entry.ongoing) {
      issue('end', 'an ongoing role has no end month: remove `end` or set `ongoing: false`');
      return;
    }
    if (entry.start && entry.end) {
      const dated = datedMonths(entry.start, entry.end);
      if (dated < 1) {
        issue('end', `the role ends (${entry.end}) before it starts (${entry.start})`);
      } else if (entry.months !== undefined && Math.abs(entry.months - dated) > 1) {
        issue(
          'months',
          `months ${entry.months} disagrees with start ${entry.start} and end ${entry.end} (${dated} months); give the dates or the months`,
        );
      }
      return;
    }
    if (entry.months === undefined && !(entry.start && entry.ongoing)) {
      // Reported as a missing field, as in 0.1, so every reader names it the way it always has.
      ctx.addIssue({
        code: 'invalid_type',
        expected: 'number',
        input: undefined,
        path: ['months'],
        message: 'months is needed (or both start and end, or start with ongoing: true)',
      });
    }
  })
  .transform((entry) => {
    if (entry.start && entry.end) return { ...entry, months: datedMonths(entry.start, entry.end) };
    if (entry.end && entry.months !== undefined) {
      const months = entry.months;
      return { ...entry, months, start: addMonths(entry.end, 1 - Math.max(1, Math.round(months))) };
    }
    // An ongoing dated role without months: the months run from its start to the month evaluated
    // (the engine counts it that way); `settleAt` fills them in for a given month.
    return { ...entry, months: entry.months ?? 0 };
  });

/** Calendar months from `start` to `end`, both months included. */
function datedMonths(start: string, end: string): number {
  return monthIndex(end) - monthIndex(start) + 1;
}

export const ProfileSchema = z.strictObject({
  version: z.literal(1, { message: 'expected version: 1 (the only profile version so far)' }),
  name: z.string().max(200).optional(),
  state: State.optional(),
  /** The language the person reads (0.2): en or es. Absent: the locale decides. */
  lang: z.enum(LANGS, { message: 'expected en (English) or es (Spanish)' }).optional(),
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
      /** A job to work toward (0.2), an id from the data's jobs. */
      job: Id.optional(),
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

/**
 * The profile as of `asOf`: an ongoing role with a start has run from that start to `asOf`, so
 * its months are those (what the engine counts), never a stale number typed long ago.
 */
export function settleAt(profile: Profile, asOf: string): Profile {
  if (!profile.experience.some((e) => e.ongoing && e.start)) return profile;
  return {
    ...profile,
    experience: profile.experience.map((e) =>
      e.ongoing && e.start ? { ...e, months: Math.max(0, monthIndex(asOf) - monthIndex(e.start)) } : e,
    ),
  };
}

import { z } from 'zod';
import {
  EDUCATION_FIELDS,
  EDUCATION_LEVELS,
  PROGRAM_ACCREDITATIONS,
  ROLES,
  SETTINGS,
  US_STATES,
} from '../../core/vocabulary.js';
import { ExamApproval, Id, MonthString, MonthsRange, Sources, UsdRange } from './common.js';
import { ExamSchedule } from './exam-schedule.js';
import { type Job, JobsFile } from './jobs.js';
import { Caveat, RuleSchema } from './rules.js';
import { type State, StatesFile } from './states.js';

/** One zod schema per data file. Every record has a kebab-case `id`; unknown keys are errors. */

const record = {
  id: Id,
  name: z.string().min(1),
  summary: z.string().min(1).describe('one or two sentences in the project’s own words'),
};

// ── organizations.yaml ──────────────────────────────────────────────────────────────────────────
export const Organization = z.strictObject({
  ...record,
  abbreviation: z.string().min(1),
  kinds: z
    .array(
      z.enum(['certifying-body', 'professional-association', 'accreditor', 'exam-provider', 'government']),
    )
    .min(1),
  url: z.url(),
  ce_provider: z.boolean().optional().describe('offers continuing education that certifying bodies accept'),
  ce_provider_sources: Sources.optional().describe(
    'the pages that say an issuer accepts its continuing education, cited only where a plan says so',
  ),
  membership_usd: UsdRange.nullable().optional().describe('yearly dues where known; null = unknown'),
  sources: Sources,
});
export const OrganizationsFile = z.strictObject({ organizations: z.array(Organization).min(1) });

// ── licenses.yaml ───────────────────────────────────────────────────────────────────────────────
export const Exam = z.strictObject({
  ...record,
  issuer: Id.describe('organization id'),
  fee_usd: UsdRange.nullable().describe('null when no source gives it'),
  fee_as_of: MonthString.optional().describe(
    'the month of the page the fee comes from, where it is older than the rest of the record: the plan says how old the figure is',
  ),
  prep_months: z.number().positive().describe('typical study time before sitting it'),
  schedule: ExamSchedule.optional().describe('absent: when it can be sat is not in our sources'),
  state_summary: z
    .string()
    .min(1)
    .optional()
    .describe('the summary without what differs from state to state, for a plan in a state the data covers'),
  sources: Sources,
});

export const License = z.strictObject({
  ...record,
  abbreviation: z.string().min(1),
  discipline: z.enum(['nursing', 'social-work', 'counseling']),
  tier: z
    .enum(['practical', 'entry', 'bachelor', 'master', 'associate', 'clinical'])
    .describe('associate: held while earning the hours for the clinical or counselor license'),
  kind: z
    .enum(['license', 'registration', 'voluntary-certification'])
    .optional()
    .describe('default license; a registration or a voluntary certification is not a license'),
  state: z
    .enum(US_STATES)
    .optional()
    .describe('a title only this state has (ca-asw); absent for the national licenses'),
  independent_practice: z
    .boolean()
    .describe(
      'the license lets the holder assess clients on their own (CCM’s test for a qualifying license)',
    ),
  planned: z
    .boolean()
    .optional()
    .describe(
      'false: credited when the person holds it, never planned for someone who does not (its state rules are not in the data); default true',
    ),
  requires: RuleSchema.describe('what a person needs to be granted the license (national default)'),
  exams: z.array(Id).describe('exam ids passed to get it'),
  exam_approval: ExamApproval.optional().describe(
    'board-first: the board approves you to sit the exam once you apply (absent: the order is not in our sources)',
  ),
  supervised_hours: z
    .strictObject({ min: z.number().nonnegative(), max: z.number().nonnegative() })
    .nullable()
    .describe('post-degree supervised hours the states ask; null = none'),
  supervised_months: MonthsRange.nullable().describe('minimum duration of that supervision, as months'),
  fee_usd: UsdRange.nullable(),
  varies_by_state: z.boolean(),
  state_note: z.string().optional(),
  state_summary: z
    .string()
    .min(1)
    .optional()
    .describe(
      'the summary without what differs from state to state, for a plan that gives the state’s own facts beside it',
    ),
  sources: Sources,
});
export const LicensesFile = z.strictObject({
  licenses: z.array(License).min(1),
  exams: z.array(Exam).min(1),
});

// ── degrees.yaml ────────────────────────────────────────────────────────────────────────────────
export const Degree = z.strictObject({
  ...record,
  state_summary: z
    .string()
    .min(1)
    .optional()
    .describe('the summary without what differs from state to state, for a plan in a state the data covers'),
  abbreviation: z.string().min(1),
  level: z.enum(EDUCATION_LEVELS),
  field: z.enum(EDUCATION_FIELDS),
  program_accreditation: z.enum(PROGRAM_ACCREDITATIONS),
  accreditor: Id.nullable().describe('organization id of the program accreditor'),
  typical_months: z.number().positive().describe('full-time study'),
  months_range: MonthsRange.optional().describe('the range of full-time lengths the sources give'),
  part_time_months: z
    .number()
    .positive()
    .nullable()
    .optional()
    .describe('part-time study, where a source gives it; null = not in our sources (ask the school)'),
  for_holders_of: z
    .array(Id)
    .optional()
    .describe('license ids a bridge program is for (an LPN-to-RN program is for LPNs)'),
  prerequisite: z.array(Id).describe('degree ids one of which usually comes first (empty: none)'),
  field_hours: z.number().nonnegative().nullable().describe('supervised field hours included, if known'),
  cost_usd: UsdRange.nullable(),
  sources: Sources,
});
export const Coursework = z.strictObject({ ...record, sources: Sources });
export const DegreesFile = z.strictObject({
  degrees: z.array(Degree).min(1),
  coursework: z.array(Coursework),
});

// ── certifications.yaml ─────────────────────────────────────────────────────────────────────────
export const Route = z.strictObject({
  id: Id,
  title: z.string().min(1),
  rule: RuleSchema,
  caveats: z.array(Caveat).optional().describe('readings the whole route rests on'),
});
export type Route = z.infer<typeof Route>;

export const FeeSchedule = z.strictObject({
  effective: MonthString.describe('the newest schedule not after as_of applies'),
  effective_published: z
    .boolean()
    .optional()
    .describe(
      'false: the issuer publishes no date for this fee, and `effective` is the month our copy shows it (default true)',
    ),
  application_usd: z.number().nonnegative().nullable(),
  exam_usd: z.number().nonnegative().nullable(),
  note: z.string().optional(),
  sources: Sources,
});

export const Certification = z
  .strictObject({
    ...record,
    abbreviation: z.string().min(1),
    issuer: Id.describe('organization id'),
    status: z.enum(['active', 'retired', 'unconfirmed']),
    retired_on: MonthString.optional(),
    status_note: z.string().optional(),
    disciplines: z.array(z.enum(['nursing', 'social-work', 'counseling', 'any'])).min(1),
    routes: z.array(Route).describe('eligibility routes; the certification is open when any route is met'),
    exam: z
      .strictObject({
        format: z.string().min(1),
        schedule: ExamSchedule.optional().describe('absent: when it can be sat is not in our sources'),
        prep_months: z.number().positive().describe('typical study time before sitting it'),
      })
      .nullable()
      .describe('null when the credential is awarded on application, without an exam'),
    fees: z.array(FeeSchedule).describe('dated fee schedules; empty when no source gives fees'),
    review_months: z
      .number()
      .nonnegative()
      .nullable()
      .describe('typical time from application to a decision; null when no source gives it'),
    application_note: z
      .string()
      .min(1)
      .optional()
      .describe(
        'what the issuer says of the application and its review beyond a length (a processing backlog, an attestation it asks of some)',
      ),
    application_note_below_months: z
      .number()
      .int()
      .positive()
      .optional()
      .describe(
        'the application note concerns only applicants with less experience than this, in full-time months (ACMA asks the attestation under two years)',
      ),
    review_max_weeks: z
      .number()
      .int()
      .positive()
      .optional()
      .describe(
        'the longest review the issuer states, in weeks ("allow up to six weeks"); review_months is then the same time in months (weeks × 7 ÷ 30.44 days, to one decimal: 6 weeks = 1.4 months)',
      ),
    renewal: z.strictObject({
      years: z.number().positive(),
      ce_hours: z.number().nonnegative().nullable(),
      ethics_hours: z.number().nonnegative().nullable(),
      fee_usd: z.number().nonnegative().nullable(),
      note: z
        .string()
        .min(1)
        .optional()
        .describe(
          "other ways to renew, late fees, what lapses: printed after the plan's own renewal sentence, which already gives the cycle, the CE and ethics hours and the fee, so it says only what that sentence does not",
        ),
    }),
    sources: Sources,
  })
  .superRefine((c, ctx) => {
    if (c.review_max_weeks !== undefined) {
      const months = Math.round(((c.review_max_weeks * 7) / (365.25 / 12)) * 10) / 10;
      if (c.review_months !== months) {
        ctx.addIssue({
          code: 'custom',
          path: ['review_months'],
          message: `review_max_weeks ${c.review_max_weeks} is ${months} months (weeks × 7 ÷ 30.44 days, to one decimal): use review_months: ${months}`,
        });
      }
    }
    if (c.status === 'retired' && !c.retired_on) {
      ctx.addIssue({
        code: 'custom',
        path: ['retired_on'],
        message: 'a retired certification needs retired_on',
      });
    }
    if (c.status === 'active' && c.routes.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['routes'],
        message: 'an active certification needs at least one route',
      });
    }
  });
export type Certification = z.infer<typeof Certification>;
export const CertificationsFile = z.strictObject({ certifications: z.array(Certification).min(1) });

// ── ladder.yaml ─────────────────────────────────────────────────────────────────────────────────
export const LadderLevel = z.strictObject({
  ...record,
  rank: z.number().int().nonnegative().describe('0 = first rung'),
  typical_years: z.strictObject({ min: z.number().nonnegative(), max: z.number().nonnegative().nullable() }),
  responsibilities: z.array(z.string().min(1)).min(1),
  moves_up: z.array(z.string().min(1)).describe('what usually moves a person to the next rung'),
  moves_up_rule: RuleSchema.optional().describe(
    "the part of moves_up a profile can show, as rule data: someone on this rung who meets it may apply for posts on the next one now (a bachelor's in a related field for an assistant)",
  ),
  roles: z.array(z.enum(ROLES)).describe('profile roles that sit at this rung'),
  sources: Sources,
});
export const LadderFile = z.strictObject({ levels: z.array(LadderLevel).min(1) });

// ── salaries.yaml ───────────────────────────────────────────────────────────────────────────────
export const SalaryBand = z
  .strictObject({
    id: Id,
    level: Id.describe('ladder level id'),
    specialization: Id.nullable().describe('specialization id, or null for all'),
    credential: Id.nullable().optional().describe('certification or license id the band assumes'),
    min_usd: z
      .number()
      .nonnegative()
      .describe('the low end: the 10th percentile where the source gives it, else the median'),
    max_usd: z
      .number()
      .nonnegative()
      .describe('the high end: the 90th percentile where the source gives it, else the median'),
    median_usd: z
      .number()
      .positive()
      .optional()
      .describe('the median of the occupation (every experience level), where the source gives it'),
    open_ended: z.boolean().optional().describe('the top of the range is "and up"'),
    soc: z
      .string()
      .regex(/^\d{2}-\d{4}$/)
      .optional()
      .describe('the one BLS occupation the figures are (the state median beside them is its)'),
    basis: z.string().min(1).describe('what the figures are: median range, BLS median, …'),
    sources: Sources,
  })
  .refine((b) => b.min_usd <= b.max_usd, { message: 'min_usd must not exceed max_usd' })
  .refine((b) => b.median_usd === undefined || (b.min_usd <= b.median_usd && b.median_usd <= b.max_usd), {
    message: 'median_usd must lie between min_usd and max_usd',
    path: ['median_usd'],
  });
export const BlsMedian = z.strictObject({
  id: Id,
  occupation: z.string().min(1),
  soc: z.string().regex(/^\d{2}-\d{4}$/),
  median_usd: z.number().positive(),
  period: z.string().min(1).describe('for example "May 2024"'),
  sources: Sources,
});
export const SalariesFile = z.strictObject({ bands: z.array(SalaryBand).min(1), bls: z.array(BlsMedian) });

// ── outlook.yaml ────────────────────────────────────────────────────────────────────────────────
export const Outlook = z.strictObject({
  id: Id,
  occupation: z.string().min(1),
  soc: z.string().regex(/^\d{2}-\d{4}$/),
  growth_percent: z.number(),
  // \u2013 (an en dash) written as an escape: the bundle is ASCII, and the JSON Schema must not
  // depend on whether it was generated from the source or from the bundle.
  period: z.string().regex(/^\d{4}\u2013\d{4}$|^\d{4}-\d{4}$/),
  jobs: z.number().int().positive().nullable(),
  openings_per_year: z.number().int().positive().nullable(),
  summary: z.string().min(1),
  sources: Sources,
});
export const OutlookFile = z.strictObject({ occupations: z.array(Outlook).min(1) });

// ── skills.yaml ─────────────────────────────────────────────────────────────────────────────────
export const Skill = z.strictObject({
  ...record,
  kind: z.enum(['interpersonal', 'clinical', 'organizational', 'technical', 'knowledge']),
  how_to_build: z.array(z.string().min(1)).min(1),
  sources: Sources,
});
export const SkillsFile = z.strictObject({ skills: z.array(Skill).min(1) });

// ── specializations.yaml ────────────────────────────────────────────────────────────────────────
export const Specialization = z.strictObject({
  ...record,
  settings: z.array(z.enum(SETTINGS)).min(1).describe('profile settings that count as this specialization'),
  employers: z.array(z.string().min(1)).min(1),
  typical_degrees: z.array(Id).min(1).describe('degree ids'),
  licenses: z.array(Id).describe('license ids that help or are expected'),
  certifications: z.array(Id).describe('certification ids, best fit first'),
  skills: z.array(Id).min(1),
  outlook: z.array(Id).describe('outlook ids'),
  fits_fields: z.array(z.enum(EDUCATION_FIELDS)).min(1).describe('degree fields that lead here naturally'),
  organizations: z
    .array(Id)
    .optional()
    .describe('organization ids of the professional associations worth joining here, best first'),
  sources: Sources,
});
export const SpecializationsFile = z.strictObject({ specializations: z.array(Specialization).min(1) });

/** Every data family: file name (without .yaml) → its schema and the list keys it holds. */
export const FAMILIES = {
  organizations: { schema: OrganizationsFile, lists: ['organizations'] },
  licenses: { schema: LicensesFile, lists: ['licenses', 'exams'] },
  degrees: { schema: DegreesFile, lists: ['degrees', 'coursework'] },
  certifications: { schema: CertificationsFile, lists: ['certifications'] },
  ladder: { schema: LadderFile, lists: ['levels'] },
  salaries: { schema: SalariesFile, lists: ['bands', 'bls'] },
  outlook: { schema: OutlookFile, lists: ['occupations'] },
  skills: { schema: SkillsFile, lists: ['skills'] },
  specializations: { schema: SpecializationsFile, lists: ['specializations'] },
  states: { schema: StatesFile, lists: ['states'] },
  jobs: { schema: JobsFile, lists: ['jobs'] },
} as const;
export type FamilyName = keyof typeof FAMILIES;
export const FAMILY_NAMES = Object.keys(FAMILIES) as FamilyName[];

export type DataSet = {
  organizations: z.infer<typeof Organization>[];
  licenses: z.infer<typeof License>[];
  exams: z.infer<typeof Exam>[];
  degrees: z.infer<typeof Degree>[];
  coursework: z.infer<typeof Coursework>[];
  certifications: Certification[];
  levels: z.infer<typeof LadderLevel>[];
  bands: z.infer<typeof SalaryBand>[];
  bls: z.infer<typeof BlsMedian>[];
  occupations: z.infer<typeof Outlook>[];
  skills: z.infer<typeof Skill>[];
  specializations: z.infer<typeof Specialization>[];
  states: State[];
  jobs: Job[];
};
export type License = z.infer<typeof License>;
export type Exam = z.infer<typeof Exam>;
export type Degree = z.infer<typeof Degree>;
export type Organization = z.infer<typeof Organization>;
export type LadderLevel = z.infer<typeof LadderLevel>;
export type SalaryBand = z.infer<typeof SalaryBand>;
export type Specialization = z.infer<typeof Specialization>;
export type FeeSchedule = z.infer<typeof FeeSchedule>;

export { type Job, JobsFile } from './jobs.js';
// ── states.yaml ─────────────────────────────────────────────────────────────────────────────────
// The per-state schema lives in its own file (it is as long as the rest of a family list).
export { type State, StatesFile } from './states.js';

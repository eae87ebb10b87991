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
} from '../../core/vocabulary.js';
import { Id, Source } from './common.js';

/**
 * The rule language: `all` / `any` / `not` over typed predicates. Every node carries a human
 * `requirement` (optional on all/any, where the engine can compose one). See docs/rules.md.
 */

export const DegreeCondition = z.strictObject({
  min_level: z.enum(EDUCATION_LEVELS).optional().describe('this level or higher'),
  levels: z.array(z.enum(EDUCATION_LEVELS)).min(1).optional().describe('exactly one of these levels'),
  fields: z.array(z.enum(EDUCATION_FIELDS)).min(1).optional(),
  accredited: z.boolean().optional().describe('the school must be institutionally accredited'),
  program_accreditation: z.array(z.enum(PROGRAM_ACCREDITATIONS)).min(1).optional(),
  field_experience: z.boolean().optional().describe('a supervised practicum / field placement is required'),
  internship: z
    .strictObject({
      min_hours: z.number().positive(),
      supervised_by: z.array(z.enum(INTERNSHIP_SUPERVISORS)).min(1).optional(),
    })
    .optional(),
  coursework: z
    .array(Id)
    .min(1)
    .optional()
    .describe('coursework ids (degrees.yaml) that must all be present'),
  include_in_progress: z.boolean().optional().describe('an in-progress degree also counts (default false)'),
  min_credits: z
    .number()
    .int()
    .positive()
    .optional()
    .describe(
      'semester credits finished: a some-college entry counts its own credits, a completed associate 60, a bachelor or higher 120',
    ),
});
export type DegreeCondition = z.infer<typeof DegreeCondition>;

export const CaveatWhen = z.strictObject({
  part_time_counted: z.boolean().optional().describe('experience: some counted months were part-time'),
  matched_fields: z
    .array(z.enum(EDUCATION_FIELDS))
    .min(1)
    .optional()
    .describe('degree: the degree that met it'),
  unaccredited: z
    .literal(true)
    .optional()
    .describe('degree: the degree that met it is from a school the profile marks as not accredited'),
  placement_outside: z
    .array(z.enum(SETTINGS))
    .min(1)
    .optional()
    .describe('degree: the degree that met it describes its field placement, in a setting not listed here'),
  has_settings: z
    .array(z.enum(SETTINGS))
    .min(1)
    .optional()
    .describe('experience: the profile has these settings'),
  has_roles: z
    .array(z.enum(ROLES))
    .min(1)
    .optional()
    .describe('experience: the profile has these roles, counted or not (a role the rule leaves out)'),
  counted_roles: z
    .array(z.enum(ROLES))
    .min(1)
    .optional()
    .describe('experience: counted months include these roles'),
  held_licenses: z
    .array(Id)
    .min(1)
    .optional()
    .describe('license: the profile lists one of these (a registration the rule does not count), met or not'),
  counted_before: DegreeCondition.optional().describe(
    'experience: counted months lie before the first completed degree of this kind',
  ),
});
export type CaveatWhen = z.infer<typeof CaveatWhen>;

export const Caveat = z.strictObject({
  text: z.string().min(1).describe('plain words: the reading taken, and whom to ask'),
  when: CaveatWhen.optional().describe('omit to show it whenever the verdict rests on this node'),
});
export type Caveat = z.infer<typeof Caveat>;

const nodeFields = {
  requirement: z.string().min(1).describe('what this asks for, in plain words'),
  source: Source.optional(),
  caveats: z.array(Caveat).optional(),
};

export const ExperienceCondition = z
  .strictObject({
    min_fte_months: z.number().positive().optional().describe('full-time-equivalent months'),
    min_hours: z.number().positive().optional().describe('hours, counting a full-time month as 40 x 52 / 12'),
    min_months: z
      .number()
      .positive()
      .optional()
      .describe('calendar months in matching roles, whatever the hours'),
    roles: z.array(z.enum(ROLES)).min(1).optional(),
    settings: z.array(z.enum(SETTINGS)).min(1).optional(),
    supervised_by: z.array(z.enum(SUPERVISOR_KINDS)).min(1).optional(),
    paid: z.boolean().optional().describe('true: only paid work counts'),
    full_time_hours: z
      .number()
      .positive()
      .max(60)
      .optional()
      .describe('weekly hours that count as full time (40)'),
    after_degree: DegreeCondition.optional().describe(
      'only months after the first completed degree of this kind',
    ),
    within_months: z
      .number()
      .int()
      .positive()
      .optional()
      .describe('only months within this many before as_of'),
    currently_employed: z.boolean().optional().describe('a matching role must be ongoing'),
  })
  .refine((c) => [c.min_fte_months, c.min_hours, c.min_months].filter((v) => v !== undefined).length === 1, {
    message: 'give exactly one of min_fte_months, min_hours or min_months',
  });
export type ExperienceCondition = z.infer<typeof ExperienceCondition>;

export const LicenseCondition = z.strictObject({
  types: z.array(Id).min(1).describe('license ids (licenses.yaml)'),
  statuses: z.array(z.enum(LICENSE_STATUSES)).min(1).optional().describe('default: active only'),
  independent_practice: z.boolean().optional().describe('only licenses marked independent_practice'),
});

export const IdsCondition = z.strictObject({ ids: z.array(Id).min(1) });
export const CeCondition = z.strictObject({ min_hours: z.number().positive() });

/** The predicate families the engine knows, keyed by their discriminating key. */
export const PREDICATES = {
  degree: z.strictObject({ degree: DegreeCondition, ...nodeFields }),
  license: z.strictObject({ license: LicenseCondition, ...nodeFields }),
  experience: z.strictObject({ experience: ExperienceCondition, ...nodeFields }),
  certification: z.strictObject({
    certification: IdsCondition.describe('holds one of these active certifications'),
    ...nodeFields,
  }),
  exam: z.strictObject({ exam: IdsCondition.describe('has passed one of these exams'), ...nodeFields }),
  ce: z.strictObject({ ce: CeCondition.describe('continuing-education hours, last 2 years'), ...nodeFields }),
} as const;

export type PredicateKey = keyof typeof PREDICATES;
export const PREDICATE_KEYS = Object.keys(PREDICATES) as PredicateKey[];
export const COMBINATOR_KEYS = ['all', 'any', 'not'] as const;

export type DegreePredicate = z.infer<(typeof PREDICATES)['degree']>;
export type LicensePredicate = z.infer<(typeof PREDICATES)['license']>;
export type ExperiencePredicate = z.infer<(typeof PREDICATES)['experience']>;
export type CertificationPredicate = z.infer<(typeof PREDICATES)['certification']>;
export type ExamPredicate = z.infer<(typeof PREDICATES)['exam']>;
export type CePredicate = z.infer<(typeof PREDICATES)['ce']>;
export type Predicate =
  | DegreePredicate
  | LicensePredicate
  | ExperiencePredicate
  | CertificationPredicate
  | ExamPredicate
  | CePredicate;

type NodeFields = { requirement?: string; source?: Source; caveats?: Caveat[] };
export type AllRule = { all: Rule[] } & NodeFields;
export type AnyRule = { any: Rule[] } & NodeFields;
export type NotRule = { not: Rule; requirement: string; source?: Source; caveats?: Caveat[] };
export type Rule = AllRule | AnyRule | NotRule | Predicate;

const combinatorFields = {
  requirement: z.string().min(1).optional(),
  source: Source.optional(),
  caveats: z.array(Caveat).optional(),
};

/**
 * The rule schema: a plain union, so it exports to JSON Schema for editors. A failed union says
 * little, so the diagnostics layer re-checks such a value by its key (`diagnoseRule`) to report
 * "unknown predicate 'degre'" or the exact bad field instead.
 */
export const RuleSchema: z.ZodType<Rule> = z.lazy(() =>
  z.union([
    z.strictObject({ all: z.array(RuleSchema).min(1, '`all` needs at least one rule'), ...combinatorFields }),
    z.strictObject({ any: z.array(RuleSchema).min(1, '`any` needs at least one rule'), ...combinatorFields }),
    z.strictObject({ not: RuleSchema, ...nodeFields }),
    ...Object.values(PREDICATES),
  ]),
) as z.ZodType<Rule>;

import { z } from 'zod';
import { US_STATES } from '../../core/vocabulary.js';
import { Id, MonthString, Sources } from './common.js';

/**
 * states.yaml: per-state licensure that overrides the national defaults in licenses.yaml.
 *
 * Unknown is never guessed: a fact the sources do not give is `null`, and the object holding it
 * must then carry a `note` that says what is missing (the output turns it into "check with the
 * board"). `[]` for exams means "no exam", which is different from `null` ("not known").
 */

const Hours = z.number().int().positive();

/** A duration bound: months, `none` (the rules set no such bound), or null (not known). */
export const DurationMonths = z
  .union([z.number().positive(), z.literal('none')])
  .nullable()
  .describe('months; "none" when the rules set no such bound; null when no source gives it');
export type DurationMonths = z.infer<typeof DurationMonths>;

export const StateBoard = z
  .strictObject({
    name: z.string().min(1),
    url: z.url().nullable().describe('null when no source gave the board’s address'),
    note: z.string().min(1).optional(),
    sources: Sources,
  })
  .describe('the body that grants the licence');
export type StateBoard = z.infer<typeof StateBoard>;

/** Supervised practice before a licence; every bound nullable (unknown). */
const supervision = {
  supervised_hours: Hours.nullable().describe('post-degree supervised practice hours; null = unknown'),
  min_months: DurationMonths.describe('the shortest time over which those hours may be earned'),
  max_months: DurationMonths.describe('the longest time allowed to earn them'),
  supervision_hours: Hours.nullable().describe('hours of supervision itself (meetings with the supervisor)'),
  associate_expires_months: z
    .number()
    .positive()
    .optional()
    .describe('how long the pre-licence (associate, intern, limited) credential lasts, when a source says'),
};

const exams = {
  exams: z
    .array(Id)
    .nullable()
    .describe('exam ids from licenses.yaml; [] = no exam; null = the exam is not known'),
  exams_mode: z
    .enum(['all', 'any'])
    .optional()
    .describe('all (default): every listed exam is required; any: one of them is enough'),
  state_exams: z
    .array(z.string().min(1))
    .optional()
    .describe('state-only exams with no id in licenses.yaml (jurisprudence, law and ethics)'),
};

const credential = {
  title: z.string().min(1).nullable().describe('the short title the state uses, for example LBSW'),
  name: z.string().min(1).nullable(),
  license: Id.nullable().describe('the licences.yaml id this credential stands for (lbsw, lmsw, lcsw, lpc)'),
  kind: z
    .enum(['licence', 'registration', 'voluntary-certification'])
    .optional()
    .describe('a registration or a voluntary certification is not a licence, but plays its part'),
  associate_title: z
    .string()
    .min(1)
    .nullable()
    .optional()
    .describe('the credential held while earning the supervised hours (LCSWA, LPC Associate, …)'),
  ...exams,
  note: z.string().min(1).optional().describe('what is unknown or unusual, in our own words'),
  sources: Sources,
};

/** Fields whose `null` means "unknown" and so must be explained by a note. */
const UNKNOWABLE = [
  'available',
  'title',
  'name',
  'license',
  'associate_title',
  'exams',
  'supervised_hours',
  'min_months',
  'max_months',
  'supervision_hours',
  'member',
  'since',
  'url',
  'board',
] as const;

function unknownsNeedANote(
  value: Record<string, unknown>,
  ctx: z.RefinementCtx,
  reported: readonly string[] = [],
): void {
  if (value.available === false) return;
  const unknown = UNKNOWABLE.filter((key) => key in value && value[key] === null && !reported.includes(key));
  if (unknown.length > 0 && !value.note) {
    ctx.addIssue({
      code: 'custom',
      path: ['note'],
      message: `${unknown.join(', ')} ${unknown.length === 1 ? 'is' : 'are'} unknown (null): add a note saying what is missing`,
    });
  }
}

function levelConsistency(level: Record<string, unknown>, ctx: z.RefinementCtx): void {
  if (level.available === false) {
    for (const key of ['title', 'license'] as const) {
      if (level[key] !== null) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `no credential at this level (available: false), so ${key} must be null`,
        });
      }
    }
    if (!level.note) {
      ctx.addIssue({
        code: 'custom',
        path: ['note'],
        message: 'say in a note what the state offers instead (available: false)',
      });
    }
    return;
  }
  const missing: string[] = [];
  if (level.available === true) {
    for (const key of ['title', 'name', 'license'] as const) {
      if (level[key] === null) {
        missing.push(key);
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `the state has a credential at this level (available: true), so give its ${key}`,
        });
      }
    }
  }
  unknownsNeedANote(level, ctx, missing);
}

const availability = z
  .boolean()
  .nullable()
  .describe('true: the state has a credential at this level; false: none at this level; null: unknown');

/** A bachelor's- or master's-level social work credential. */
export const SocialWorkLevel = z
  .strictObject({
    available: availability,
    ...credential,
    supervised_hours: supervision.supervised_hours.optional(),
    min_months: supervision.min_months.optional(),
    max_months: supervision.max_months.optional(),
    supervision_hours: supervision.supervision_hours.optional(),
    associate_expires_months: supervision.associate_expires_months,
  })
  .superRefine(levelConsistency);
export type SocialWorkLevel = z.infer<typeof SocialWorkLevel>;

/** The clinical (independent) social work licence: supervised practice is always stated. */
export const ClinicalLevel = z
  .strictObject({ available: availability, ...credential, ...supervision })
  .superRefine(levelConsistency);
export type ClinicalLevel = z.infer<typeof ClinicalLevel>;

export const CounselorLicence = z
  .strictObject({
    ...credential,
    title: z.string().min(1).describe('LPC, LMHC, LPCC, LCPC, LCMHC, …'),
    name: z.string().min(1),
    license: Id.describe('the licences.yaml id (lpc)'),
    board: StateBoard.nullable().describe('null when no source names it'),
    ...supervision,
    direct_hours: Hours.optional().describe('how many of the supervised hours must be with clients'),
  })
  .superRefine((licence, ctx) => unknownsNeedANote(licence, ctx));
export type CounselorLicence = z.infer<typeof CounselorLicence>;

export const NurseCompact = z
  .strictObject({
    member: z.boolean().nullable().describe('in the Nurse Licensure Compact; null = unknown'),
    since: MonthString.nullable().describe('the month multistate licences took effect; null = unknown'),
    note: z.string().min(1).optional(),
    sources: Sources,
  })
  .superRefine((nlc, ctx) => {
    if (nlc.member === false && nlc.since !== null) {
      ctx.addIssue({ code: 'custom', path: ['since'], message: 'a non-member has no "since": use null' });
    }
    if (nlc.member !== false) unknownsNeedANote(nlc, ctx);
  });
export type NurseCompact = z.infer<typeof NurseCompact>;

export const StateNursing = z
  .strictObject({
    board: StateBoard.nullable().describe('the board of nursing; null when no source gave it'),
    nlc: NurseCompact,
    note: z.string().min(1).optional(),
  })
  .superRefine((nursing, ctx) => unknownsNeedANote(nursing, ctx));

export const State = z
  .strictObject({
    id: z.string().regex(/^[a-z]{2}$/, 'a state id is its two-letter code in lower case, for example tx'),
    code: z.enum(US_STATES, { message: 'expected a US two-letter state code such as TX' }),
    name: z.string().min(1),
    summary: z.string().min(1).describe('one or two sentences in the project’s own words'),
    social_work: z.strictObject({
      board: StateBoard,
      bachelor: SocialWorkLevel,
      master: SocialWorkLevel,
      clinical: ClinicalLevel,
    }),
    counseling: CounselorLicence.nullable().describe(
      'null when no source covers the state’s counselor licence (say so in `note`)',
    ),
    nursing: StateNursing,
    note: z.string().min(1).optional(),
  })
  .superRefine((state, ctx) => {
    if (state.counseling === null && !state.note) {
      ctx.addIssue({
        code: 'custom',
        path: ['note'],
        message: 'counseling is unknown (null): add a note saying what is missing',
      });
    }
    // A malformed id already has its own message.
    if (/^[a-z]{2}$/.test(state.id) && state.id !== state.code.toLowerCase()) {
      ctx.addIssue({
        code: 'custom',
        path: ['id'],
        message: `the id must be the code in lower case ("${state.code.toLowerCase()}")`,
      });
    }
  });
export type State = z.infer<typeof State>;

export const StatesFile = z.strictObject({ states: z.array(State).min(1) });

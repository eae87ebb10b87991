import { z } from 'zod';
import { US_STATES } from '../../core/vocabulary.js';
import { ExamApproval, Id, MonthString, Sources } from './common.js';
import { RuleSchema } from './rules.js';

/**
 * states.yaml: per-state licensure that overrides the national defaults in licenses.yaml.
 *
 * Unknown is never guessed: a fact the sources do not give is `null`, and the object holding it
 * must then carry a `note` that says what is missing (the output turns it into "check with the
 * board"). A title's `exam` is `none` (no exam), an exam id, a list of exam ids, or `unknown`
 * (the exam is not in our sources: the plan names the board to ask, never a national default).
 *
 * Every title says what it is (`kind`: a license, a registration, or a voluntary certification)
 * and whether it allows independent practice. A registration or a voluntary certification never
 * does, so it is never credited as "a license that allows independent assessment".
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
  .describe('the body that grants the license');
export type StateBoard = z.infer<typeof StateBoard>;

/** Days in an average month (365.25 ÷ 12), for a duration a source gives in weeks. */
const DAYS_PER_MONTH = 365.25 / 12;

/**
 * The whole months nearest to a duration a source gives in weeks: weeks × 7 days ÷ 30.44 days a
 * month, rounded. Florida's "no less than 100 weeks" (700 days) is 23 months.
 */
export function monthsFromWeeks(weeks: number): number {
  return Math.round((weeks * 7) / DAYS_PER_MONTH);
}

/** Supervised practice before a license; every bound nullable (unknown). */
const supervision = {
  supervised_hours: Hours.nullable().describe('post-degree supervised practice hours; null = unknown'),
  min_months: DurationMonths.describe('the shortest time over which those hours may be earned'),
  min_weeks: Hours.optional().describe(
    'the shortest time in weeks, where the source states it so (Florida: no less than 100 weeks); min_months must then be the whole months nearest to it (weeks × 7 ÷ 30.44 days, rounded: 100 weeks = 23 months)',
  ),
  max_months: DurationMonths.describe('the longest time allowed to earn them'),
  supervision_hours: Hours.nullable().describe('hours of supervision itself (meetings with the supervisor)'),
  supervision_hours_per_month: Hours.optional().describe(
    'at least this many hours of supervision a month, where the rule sets a rate rather than a total (Texas LPC: 4); supervision_hours stays null unless a total is also stated',
  ),
  third_party_figures: z
    .array(z.enum(['supervised_hours', 'min_months', 'max_months', 'supervision_hours']))
    .min(1)
    .optional()
    .describe(
      'the figures above that only third-party sources (a university, a guide) give, not the board or the law: the plan and explore say so beside them',
    ),
};

/** A figure marked as coming from third-party pages must be a figure: not unknown. */
function thirdPartyFiguresStated(value: Record<string, unknown>, ctx: z.RefinementCtx): void {
  const figures = value.third_party_figures;
  if (!Array.isArray(figures)) return;
  figures.forEach((key: string, index) => {
    if (value[key] === null || value[key] === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['third_party_figures', index],
        message: `${key} is not stated here, so no source gives it: leave it out of third_party_figures`,
      });
    }
  });
}

/** A minimum stated in weeks and the months the planner reads must agree (see monthsFromWeeks). */
function weeksAgree(value: Record<string, unknown>, ctx: z.RefinementCtx): void {
  if (typeof value.min_weeks !== 'number') return;
  const months = monthsFromWeeks(value.min_weeks);
  if (value.min_months !== months) {
    ctx.addIssue({
      code: 'custom',
      path: ['min_months'],
      message: `min_weeks ${value.min_weeks} is ${months} months (weeks × 7 ÷ 30.44 days, rounded): use min_months: ${months}`,
    });
  }
}

export const TITLE_KINDS = ['license', 'registration', 'voluntary-certification'] as const;
export const TitleKind = z
  .enum(TITLE_KINDS)
  .describe('license; registration (held under supervision, not a license); voluntary-certification');
export type TitleKind = z.infer<typeof TitleKind>;

/** `none`, `unknown`, one exam id, or several exam ids (see `exams_mode`). */
export const ExamSpec = z
  .union([
    z.literal('none'),
    z.literal('unknown'),
    Id,
    z.array(Id).min(2, 'list two or more exams, or name one'),
  ])
  .describe(
    'none: no exam; unknown: not in our sources (check with the board); an exam id or a list of them',
  );
export type ExamSpec = z.infer<typeof ExamSpec>;

// Readers of the data take examIds from ../exam-ids.js, which does not load zod.
export { examIds } from '../exam-ids.js';

/** How to bring an inactive or lapsed title back to active, where a source says. */
export const Reactivation = z
  .strictObject({
    applies_to: z.enum(['inactive', 'lapsed', 'inactive-or-lapsed']),
    lapsed_under_months: z
      .number()
      .int()
      .positive()
      .optional()
      .describe('this rule is for a title lapsed less than this many months'),
    lapsed_at_least_months: z
      .number()
      .int()
      .positive()
      .optional()
      .describe('this rule is for a title lapsed at least this many months'),
    steps: z.array(z.string().min(1)).min(1).describe('what the board asks, in order, in our own words'),
    ce_hours: z
      .number()
      .nonnegative()
      .nullable()
      .describe('continuing-education hours asked for at reactivation; null = not in our sources'),
    fee_usd: z.number().nonnegative().nullable().optional().describe('null or absent: not in our sources'),
    note: z.string().min(1).optional(),
    sources: Sources,
  })
  .superRefine((rule, ctx) => {
    if (rule.ce_hours === null && !rule.note) {
      ctx.addIssue({ code: 'custom', path: ['note'], message: 'ce_hours is unknown (null): add a note' });
    }
    if (
      rule.lapsed_under_months !== undefined &&
      rule.lapsed_at_least_months !== undefined &&
      rule.lapsed_at_least_months >= rule.lapsed_under_months
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['lapsed_at_least_months'],
        message: 'lapsed_at_least_months must be below lapsed_under_months',
      });
    }
  });
export type Reactivation = z.infer<typeof Reactivation>;

/** How often an active title renews and what it asks for each time, where a source says. */
export const Renewal = z.strictObject({
  every_years: z
    .number()
    .int()
    .positive()
    .nullable()
    .describe('the renewal or registration cycle in years; null = not in our sources'),
  ce_hours: z
    .number()
    .nonnegative()
    .nullable()
    .describe('continuing-education hours asked for each cycle; null = not in our sources'),
  fee_usd: z.number().nonnegative().nullable().optional().describe('null or absent: not in our sources'),
  note: z.string().min(1).optional(),
  sources: Sources,
});
export type Renewal = z.infer<typeof Renewal>;

const reactivation = z
  .array(Reactivation)
  .min(1)
  .optional()
  .describe('absent: how to reactivate is not in our sources (the plan says to ask the board)');

/**
 * The credential held while earning the supervised hours: either another level of the same state
 * (`level: master`, for example the Texas LMSW before the LCSW), or a title of its own with its
 * own license id (the North Carolina LCSWA, the Texas LPC Associate). It never allows
 * independent practice.
 */
export const AssociateTitle = z.union([
  z.strictObject({
    level: z.enum(['bachelor', 'master']).describe('the hours are earned under this level of the same state'),
  }),
  z
    .strictObject({
      license: Id.nullable().describe('its licenses.yaml id; null when the data gives it none (say why)'),
      title: z.string().min(1),
      name: z.string().min(1),
      kind: TitleKind,
      independent_practice: z.literal(false),
      exam: ExamSpec,
      exam_approval: ExamApproval.optional().describe(
        'board-first: the board approves you to sit the exam once you apply (absent: not in our sources)',
      ),
      expires_months: z
        .number()
        .positive()
        .optional()
        .describe('how long the credential lasts, when a source says'),
      issued_months: z
        .number()
        .positive()
        .optional()
        .describe('how long each issue lasts, when a source says (the NC LCSWA: two years at a time)'),
      note: z.string().min(1).optional(),
      sources: Sources,
    })
    .superRefine((a, ctx) => {
      if ((a.license === null || a.exam === 'unknown') && !a.note) {
        ctx.addIssue({ code: 'custom', path: ['note'], message: 'say in a note what is not known' });
      }
    }),
]);
export type AssociateTitle = z.infer<typeof AssociateTitle>;

const exams = {
  exam: ExamSpec.optional().describe('required wherever the state has the title'),
  exams_mode: z
    .enum(['all', 'any'])
    .optional()
    .describe('for a list of exams. all (default): every one is required; any: one is enough'),
  state_exams: z
    .array(z.string().min(1))
    .optional()
    .describe('state-only exams with no id in licenses.yaml (jurisprudence, law and ethics)'),
  exam_approval: ExamApproval.optional().describe(
    'board-first: the board approves you to sit the exam once you apply (absent: the national license says, or the order is not in our sources)',
  ),
  endorsement_exams: z
    .strictObject({ sources: Sources })
    .optional()
    .describe(
      'licensure by endorsement, for someone licensed in another state, also asks for these exams (Illinois’s LCPC), with the rule that says so; absent: not in our sources',
    ),
  exam_within_associate_months: z
    .number()
    .int()
    .positive()
    .optional()
    .describe(
      'the national exam is passed while the associate credential is held, within this many months of its issue (North Carolina: the ASWB Clinical within the LCSWA’s first two years), not after the supervised hours',
    ),
  early_state_exam: z
    .strictObject({
      name: z.string().min(1).describe('one of state_exams'),
      within_months: z
        .number()
        .int()
        .positive()
        .describe('months from the associate credential’s issue by which it must be taken'),
      note: z.string().min(1).describe('what the law asks, in our own words'),
      sources: Sources,
    })
    .optional()
    .describe(
      'a state exam taken while the associate credential is held, before the national exam (the California law and ethics exam)',
    ),
};

const credential = {
  title: z.string().min(1).nullable().describe('the short title the state uses, for example LBSW'),
  name: z.string().min(1).nullable(),
  license: Id.nullable().describe(
    'the licenses.yaml id of this title: a national id (lbsw, lmsw, lcsw, lpc) or the state’s own (ca-asw, nc-cmsw)',
  ),
  kind: TitleKind.optional().describe('required wherever the state has the title'),
  independent_practice: z
    .boolean()
    .optional()
    .describe('the title lets the holder practice and assess clients on their own; required with the title'),
  associate: AssociateTitle.optional().describe(
    'the credential held while earning the supervised hours (LCSWA, LPC Associate, …)',
  ),
  ...exams,
  application_fee_usd: z
    .number()
    .nonnegative()
    .optional()
    .describe('the board’s fee to apply for the title, where a source gives it (absent: not in our sources)'),
  expires_months: z
    .number()
    .positive()
    .optional()
    .describe('how long the title lasts before it must be replaced, when a source says (FL intern)'),
  reactivation,
  renewal: Renewal.optional().describe(
    'absent: the renewal cycle is not in our sources (the plan names the board)',
  ),
  note: z.string().min(1).optional().describe('what is unknown or unusual, in our own words'),
  sources: Sources,
};

/** Fields whose `null` means "unknown" and so must be explained by a note. */
const UNKNOWABLE = [
  'available',
  'title',
  'name',
  'license',
  'exam',
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
  const isUnknown = (key: string) =>
    key === 'exam' ? value.exam === 'unknown' : key in value && value[key] === null;
  const unknown = UNKNOWABLE.filter((key) => isUnknown(key) && !reported.includes(key));
  if (unknown.length > 0 && !value.note) {
    ctx.addIssue({
      code: 'custom',
      path: ['note'],
      message: `${unknown.join(', ')} ${unknown.length === 1 ? 'is' : 'are'} unknown (null): add a note saying what is missing`,
    });
  }
}

/** What every title the state has must say: its kind, independent practice, and its exam. */
function titleFacts(title: Record<string, unknown>, ctx: z.RefinementCtx): void {
  for (const key of ['kind', 'independent_practice', 'exam'] as const) {
    if (title[key] === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: [key],
        message: `say the title's ${key} (${
          key === 'kind'
            ? 'license, registration or voluntary-certification'
            : key === 'exam'
              ? 'none, unknown, or an exam id'
              : 'true or false'
        })`,
      });
    }
  }
  if (title.kind !== undefined && title.kind !== 'license' && title.independent_practice === true) {
    ctx.addIssue({
      code: 'custom',
      path: ['independent_practice'],
      message: `a ${String(title.kind).replace('-', ' ')} does not allow independent practice: use false`,
    });
  }
  const early = title.early_state_exam as { name: string } | undefined;
  if (early && !((title.state_exams as string[] | undefined) ?? []).includes(early.name)) {
    ctx.addIssue({
      code: 'custom',
      path: ['early_state_exam', 'name'],
      message: `"${early.name}" is not one of the title's state_exams`,
    });
  }
  if (title.exams_mode !== undefined && !Array.isArray(title.exam)) {
    ctx.addIssue({ code: 'custom', path: ['exams_mode'], message: 'exams_mode needs a list of exams' });
  }
}

function levelConsistency(level: Record<string, unknown>, ctx: z.RefinementCtx): void {
  weeksAgree(level, ctx);
  thirdPartyFiguresStated(level, ctx);
  if (level.available === false) {
    for (const key of [
      'kind',
      'independent_practice',
      'exam',
      'associate',
      'reactivation',
      'renewal',
    ] as const) {
      if (level[key] !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `no credential at this level (available: false), so leave out ${key}`,
        });
      }
    }
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
  if (level.available === true) titleFacts(level, ctx);
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
    min_weeks: supervision.min_weeks,
    max_months: supervision.max_months.optional(),
    supervision_hours: supervision.supervision_hours.optional(),
    supervision_hours_per_month: supervision.supervision_hours_per_month,
    third_party_figures: supervision.third_party_figures,
    practice: RuleSchema.optional().describe(
      'the supervised work the state counts toward the title, as rule data (an experience leaf with its requirement and source), where the license rule in licenses.yaml does not say it (Illinois: three years after the BSW)',
    ),
  })
  .superRefine(levelConsistency);
export type SocialWorkLevel = z.infer<typeof SocialWorkLevel>;

/** The clinical (independent) social work license: supervised practice is always stated. */
export const ClinicalLevel = z
  .strictObject({ available: availability, ...credential, ...supervision })
  .superRefine(levelConsistency);
export type ClinicalLevel = z.infer<typeof ClinicalLevel>;

export const CounselorLicense = z
  .strictObject({
    ...credential,
    title: z.string().min(1).describe('LPC, LMHC, LPCC, LCPC, LCMHC, …'),
    name: z.string().min(1),
    license: Id.describe('the licenses.yaml id (lpc)'),
    board: StateBoard.nullable().describe('null when no source names it'),
    ...supervision,
    direct_hours: Hours.optional().describe('how many of the supervised hours must be with clients'),
  })
  .superRefine((license, ctx) => {
    titleFacts(license, ctx);
    unknownsNeedANote(license, ctx);
    weeksAgree(license, ctx);
    thirdPartyFiguresStated(license, ctx);
  });
export type CounselorLicense = z.infer<typeof CounselorLicense>;

export const NurseCompact = z
  .strictObject({
    member: z.boolean().nullable().describe('in the Nurse Licensure Compact; null = unknown'),
    since: MonthString.nullable().describe('the month multistate licenses took effect; null = unknown'),
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
    practical_title: z
      .strictObject({
        title: z.string().min(1).describe('the short title, for example LVN'),
        name: z.string().min(1),
        sources: Sources,
      })
      .optional()
      .describe(
        'the state’s own title for the practical-nurse license where it is not LPN (Texas and California: LVN); absent: LPN',
      ),
    reactivation: reactivation.describe(
      'RN and LPN licenses; absent: not in our sources (the plan says to ask the board of nursing)',
    ),
    renewal: Renewal.optional().describe(
      'the RN license’s renewal; absent: not in our sources (the plan names the board of nursing)',
    ),
    state_exams: z
      .array(z.string().min(1))
      .optional()
      .describe(
        'state-only exams for initial RN and LPN licensure (the Texas Nursing Jurisprudence Exam); the board’s sources give them',
      ),
    licensure_note: z
      .string()
      .min(1)
      .optional()
      .describe(
        'what a first RN license asks beyond the exams (a fingerprint background check), from the board’s sources: said on the license step',
      ),
    note: z.string().min(1).optional(),
  })
  .superRefine((nursing, ctx) => unknownsNeedANote(nursing, ctx));

const Usd = z.number().positive().nullable();

/** One occupation's pay in the state, from the BLS wage survey (OEWS). */
export const StatePay = z
  .strictObject({
    soc: z.string().regex(/^\d{2}-\d{4}$/, 'a SOC code such as 21-1022'),
    occupation: z.string().min(1),
    employment: z.number().int().nonnegative().nullable(),
    median_usd: Usd.describe('annual median; null = not in our sources'),
    mean_usd: Usd.describe('annual mean'),
    p10_usd: Usd.describe('10th percentile; null = not in our sources'),
    p90_usd: Usd.describe('90th percentile; null = not in our sources'),
    period: z.string().min(1).describe('for example "May 2024"'),
    note: z.string().min(1).optional(),
    sources: Sources,
  })
  .superRefine((pay, ctx) => {
    const unknown = (['employment', 'median_usd', 'mean_usd', 'p10_usd', 'p90_usd'] as const).filter(
      (key) => pay[key] === null,
    );
    if (unknown.length > 0 && !pay.note) {
      ctx.addIssue({
        code: 'custom',
        path: ['note'],
        message: `${unknown.join(', ')} ${unknown.length === 1 ? 'is' : 'are'} unknown (null): add a note`,
      });
    }
  });
export type StatePay = z.infer<typeof StatePay>;

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
    counseling: CounselorLicense.nullable().describe(
      'null when no source covers the state’s counselor license (say so in `note`)',
    ),
    nursing: StateNursing,
    pay: z.array(StatePay).describe('OEWS pay by occupation in the state ([] = none in our data)'),
    note: z.string().min(1).optional(),
  })
  .superRefine((state, ctx) => {
    const seen = new Set<string>();
    state.pay.forEach((pay, index) => {
      if (seen.has(pay.soc)) {
        ctx.addIssue({ code: 'custom', path: ['pay', index, 'soc'], message: `${pay.soc} is listed twice` });
      }
      seen.add(pay.soc);
    });
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

import { z } from 'zod';
import { isMonth } from '../../core/month.js';
import { US_STATES } from '../../core/vocabulary.js';

/** A stable kebab-case id: lower-case letters and digits separated by single hyphens. */
export const Id = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are kebab-case: lower-case letters, digits and single hyphens');

export const MonthString = z
  .string()
  .refine(isMonth, { message: 'expected a month as YYYY-MM (for example 2026-03)' });

export const Source = z
  .strictObject({
    url: z.url({ message: 'expected a full http(s) URL' }).optional(),
    title: z.string().min(1),
    as_of: MonthString.describe(
      'the month the source states for its facts (or when it was read, if undated)',
    ),
    official: z
      .boolean()
      .optional()
      .describe('true when the issuing body, a board, a statute or bls.gov published it'),
    note: z.string().optional(),
    state: z
      .enum(US_STATES)
      .optional()
      .describe(
        'one state’s own page cited for a national default (the Tennessee board on the RN): a plan for someone in another state leaves it out of that state’s steps',
      ),
  })
  .describe('where a fact comes from, and how old it is');
export type Source = z.infer<typeof Source>;

export const Sources = z.array(Source).min(1, 'give at least one source');

export const UsdRange = z
  .strictObject({ min: z.number().nonnegative(), max: z.number().nonnegative() })
  .refine((r) => r.min <= r.max, { message: 'min must not exceed max' });
export type UsdRange = z.infer<typeof UsdRange>;

export const MonthsRange = z
  .strictObject({ min: z.number().nonnegative(), max: z.number().nonnegative() })
  .refine((r) => r.min <= r.max, { message: 'min must not exceed max' });

/**
 * When the board approves an applicant to sit a license's exam. `board-first`: after applying to
 * it (the NCLEX's authorization to test). Absent where our sources do not say: some boards let
 * students sit the exam before they apply.
 */
export const ExamApproval = z.enum(['board-first']);

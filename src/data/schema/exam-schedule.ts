import { z } from 'zod';
import { Sources } from './common.js';

/**
 * When an exam can be sat: on demand (scheduled once the issuer or board approves), in windows
 * (a yearly pattern and the dated windows the issuer has published), or not known. A planner
 * dates an exam step inside a window, with its application window before it, and beyond the last
 * published window says the dates are not yet published.
 */

const DAY = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export const MonthDay = z.string().regex(DAY, 'expected a month and day as MM-DD (for example 03-14)');
export const IsoDate = z.string().regex(DATE, 'expected a date as YYYY-MM-DD (for example 2026-03-14)');

const span = <T extends z.ZodString>(day: T, from: string, to: string) =>
  z
    .strictObject({ [from]: day, [to]: day } as Record<string, T>)
    .refine((s) => (s[from] as string) <= (s[to] as string), {
      message: `${from} must not come after ${to}`,
    });

/** One cycle of the yearly pattern, for example CDMS's March window. */
export const ExamCycle = z
  .strictObject({
    name: z.string().min(1).describe('what the issuer calls it: "March", "August 2025 cycle"'),
    exam: span(MonthDay, 'from', 'to').describe('the days the exam is given, as MM-DD'),
    application: z
      .strictObject({ opens: MonthDay, closes: MonthDay })
      .nullable()
      .describe(
        'the application window; it may open in the year before and wrap past December (11-01 to 01-31); null = not in our sources',
      ),
  })
  .describe('a window that recurs every year');

/** A window with its year, as the issuer published it. */
export const PublishedWindow = z
  .strictObject({
    exam_from: IsoDate,
    exam_to: IsoDate,
    application_opens: IsoDate.nullable(),
    application_closes: IsoDate.nullable(),
    note: z.string().min(1).optional(),
  })
  .superRefine((w, ctx) => {
    if (w.exam_from > w.exam_to) {
      ctx.addIssue({ code: 'custom', path: ['exam_to'], message: 'the exam window ends before it starts' });
    }
    if (w.application_opens && w.application_closes && w.application_opens > w.application_closes) {
      ctx.addIssue({
        code: 'custom',
        path: ['application_closes'],
        message: 'the application window ends before it opens',
      });
    }
    if (w.application_closes && w.application_closes > w.exam_from) {
      ctx.addIssue({
        code: 'custom',
        path: ['application_closes'],
        message: 'applications close after the exam window opens',
      });
    }
  });
export type PublishedWindow = z.infer<typeof PublishedWindow>;

export const ExamSchedule = z
  .discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('on-demand'),
      after_approval: z
        .boolean()
        .describe('true: a test date can be booked only once the issuer or board approves'),
      attempts_per_year: z
        .number()
        .int()
        .positive()
        .optional()
        .describe('a limit on attempts in a calendar year'),
      note: z.string().min(1).optional(),
      sources: Sources,
    }),
    z.strictObject({
      kind: z.literal('windows'),
      cycles: z.array(ExamCycle).describe('the yearly pattern; [] when our sources give none'),
      published: z
        .array(PublishedWindow)
        .describe('dated windows, oldest first; [] when none are in our sources'),
      results_weeks: z
        .number()
        .positive()
        .optional()
        .describe("weeks from a window's last day until results, where the issuer says"),
      note: z.string().min(1).optional(),
      sources: Sources,
    }),
  ])
  .superRefine((schedule, ctx) => {
    if (schedule.kind !== 'windows') return;
    if (schedule.cycles.length === 0 && schedule.published.length === 0 && !schedule.note) {
      ctx.addIssue({
        code: 'custom',
        path: ['note'],
        message: 'no window dates are given: say in a note whom to ask',
      });
    }
    schedule.published.forEach((w, index) => {
      const previous = schedule.published[index - 1];
      if (previous && previous.exam_from > w.exam_from) {
        ctx.addIssue({
          code: 'custom',
          path: ['published', index, 'exam_from'],
          message: 'list published windows oldest first',
        });
      }
    });
  })
  .describe('when the exam can be sat');
export type ExamSchedule = z.infer<typeof ExamSchedule>;

/** The last day of the last published window (YYYY-MM-DD), or null when none is published. */
export function lastPublishedDate(schedule: ExamSchedule | undefined): string | null {
  if (schedule?.kind !== 'windows') return null;
  const ends = schedule.published.map((w) => w.exam_to).sort();
  return ends.at(-1) ?? null;
}

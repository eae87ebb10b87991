import { type Month, monthFromIndex, monthIndex } from '../core/month.js';
import type { StepStatus } from '../core/vocabulary.js';
import type { PlanContext } from './context.js';
import type { DraftStep } from './draft.js';
import type { ExamWindow } from './exam-windows.js';
import type { PayPointModel, StepModel } from './model.js';
import { followPay } from './pay-along.js';
import { fixed, given, type Phrase, phrase } from './phrases/index.js';
import type { Dates } from './schedule.js';

/**
 * Orders the dated drafts into the roadmap's steps (done first, then what does not apply, then by
 * start month), gives each its status, and follows the person's pay from step to step.
 */
export function finishSteps(
  ctx: PlanContext,
  drafts: readonly DraftStep[],
  dates: ReadonlyMap<string, Dates>,
): { steps: StepModel[]; pay: PayPointModel[] } {
  const dated = drafts.map((draft, order) => ({
    draft,
    order,
    ...(dates.get(draft.id) ?? { start: null, end: null }),
  }));
  const group = (d: DraftStep) => (d.fixed?.status === 'done' ? 0 : d.fixed?.status === 'n-a' ? 1 : 2);
  const kindOrder = (d: DraftStep) => (d.fixed?.status === 'done' ? DONE_ORDER.indexOf(d.kind) : 0);
  dated.sort(
    (a, b) =>
      group(a.draft) - group(b.draft) ||
      kindOrder(a.draft) - kindOrder(b.draft) ||
      at(a.start) - at(b.start) ||
      late(a.draft) - late(b.draft) ||
      at(a.end) - at(b.end) ||
      a.order - b.order,
  );

  const { pay, payAfterById, payWords, payNotes } = followPay(ctx, dated);

  const steps = dated.map(({ draft, start, end: scheduled, window }): StepModel => {
    const end = draft.openEnded ? null : scheduled;
    const payNote = payNotes.get(draft.id);
    const said = payWords.get(draft.id);
    return {
      id: draft.id,
      kind: draft.kind,
      title: draft.title,
      status: statusOf(draft, start, ctx.asOf),
      start,
      end,
      duration_months: start && end ? monthIndex(end) - monthIndex(start) : null,
      cost_usd: draft.cost,
      ...(draft.paidWith ? { paid_with: draft.paidWith } : {}),
      why: [
        ...draft.why,
        ...windowWords(window, draft),
        ...studyStart(draft, end, ctx.asOf),
        ...(said ? [said] : []),
        ...dueMonth(draft, start),
      ],
      pay_after: payAfterById.get(draft.id) ?? null,
      sources: draft.sources,
      ...(draft.job ? { job: draft.job } : {}),
      ...(draft.optional ? { optional: draft.optional } : {}),
      ...(payNote ? { payNote } : {}),
    };
  });
  return { steps, pay };
}

/** Done steps read as a CV: education, then licenses, exams, certifications, experience. */
const DONE_ORDER: DraftStep['kind'][] = [
  'education',
  'license',
  'exam',
  'certification',
  'experience',
  'continuing-education',
  'career',
  'network',
];

/** Among steps starting together, joining an association reads best after the real work. */
function late(draft: DraftStep): number {
  return draft.kind === 'network' || draft.keeps ? 1 : 0;
}

/** Undated (done) steps sort before every dated one. */
function at(month: Month | null): number {
  return month === null ? -1 : monthIndex(month);
}

function statusOf(draft: DraftStep, start: Month | null, asOf: Month): StepStatus {
  if (draft.fixed) return draft.fixed.status;
  if (start !== null && monthIndex(start) <= monthIndex(asOf)) return draft.ongoing ? 'in-progress' : 'next';
  return 'pending';
}

/** The exam window a step was dated in, and whether its dates are published yet. */
function windowWords(window: ExamWindow | undefined, draft: DraftStep): Phrase[] {
  if (!window || draft.fixed) return [];
  const apply =
    window.applyFrom !== null && window.applyTo !== null
      ? { from: monthFromIndex(window.applyFrom), to: monthFromIndex(window.applyTo) }
      : null;
  const exam = monthFromIndex(window.exam);
  return [
    window.published
      ? phrase('steps.window', { exam, apply })
      : phrase('steps.window-assumed', { exam, name: window.name, apply }),
    // How far the pattern can be trusted, in the data's words (the CCM's 2026 window broke it).
    ...(window.note ? [given(window.note)] : []),
  ];
}

/** "Start studying in Jul 2027." for an exam whose study time runs before it. */
function studyStart(draft: DraftStep, end: Month | null, asOf: Month): Phrase[] {
  if (!draft.study || !end || draft.fixed) return [];
  const from = Math.max(monthIndex(asOf), monthIndex(end) - (draft.results ?? 0) - draft.study);
  return [
    from <= monthIndex(asOf)
      ? fixed('steps.study-now')
      : phrase('steps.study-from', { month: monthFromIndex(from) }),
  ];
}

/** "Renew it by Apr 2032.": the month a certification awarded at the step's start falls due. */
function dueMonth(draft: DraftStep, start: Month | null): Phrase[] {
  if (draft.dueAfter === undefined || !start) return [];
  return [phrase('steps.renew-by', { month: monthFromIndex(monthIndex(start) + draft.dueAfter) })];
}

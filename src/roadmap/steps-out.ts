import { formatMonth, type Month, monthFromIndex, monthIndex } from '../core/month.js';
import type { StepStatus } from '../core/vocabulary.js';
import type { SalaryBand } from '../data/schema/families.js';
import type { PlanContext } from './context.js';
import type { DraftStep } from './draft.js';
import type { ExamWindow } from './exam-windows.js';
import { capitalize, lowerFirst, ROLE_NAMES, usd } from './labels.js';
import { currentLevel } from './ladder.js';
import {
  initialPayState,
  middleOf,
  moveOf,
  occupationOf,
  offLadderJobNow,
  PAY_NO_RAISE,
  PAY_UNKNOWN,
  payFigures,
  payPoint,
  samePay,
} from './pay.js';
import type { Dates } from './schedule.js';
import type { PayAfter, PayPoint, RoadmapStep } from './types.js';

/**
 * Orders the dated drafts into the roadmap's steps (done first, then what does not apply, then by
 * start month), gives each its status, and follows the person's pay from step to step.
 */
export function finishSteps(
  ctx: PlanContext,
  drafts: readonly DraftStep[],
  dates: ReadonlyMap<string, Dates>,
): { steps: RoadmapStep[]; pay: PayPoint[] } {
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

  const { pay, payAfterById, payWords } = followPay(ctx, dated);

  const steps = dated.map(({ draft, start, end: scheduled, window }): RoadmapStep => {
    const end = draft.openEnded ? null : scheduled;
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
      why:
        draft.why +
        windowWords(window, draft) +
        studyStart(draft, end, ctx.asOf) +
        (payWords.get(draft.id) ?? '') +
        dueMonth(draft, start),
      pay_after: payAfterById.get(draft.id) ?? null,
      sources: draft.sources,
      ...(draft.job ? { job: draft.job } : {}),
    };
  });
  return { steps, pay };
}

/**
 * Pay along the plan: today's pay from the job the person holds, then a new figure after each step
 * that moves them into a post paid better (in the order the steps end). A move whose post has no
 * figure in the sources, or whose figures are not above the pay the person has, gets no figure
 * and says why in its reason; a rung that years alone reach keeps the pay of the job held.
 */
function followPay(
  ctx: PlanContext,
  dated: readonly { draft: DraftStep; order: number; end: Month | null }[],
): { pay: PayPoint[]; payAfterById: Map<string, PayAfter>; payWords: Map<string, string> } {
  const start = currentLevel(ctx);
  const state = initialPayState(ctx, start);
  const held = new Set(state.credentials);
  const pay: PayPoint[] = [];
  if (state.band && start) {
    pay.push(payPoint(payFigures(ctx, state.band, start.id), ctx.asOf, start.name, bandOpen(state.band)));
  } else if (state.band) {
    const now = offLadderJobNow(ctx);
    // Off the ladder, the level is the role itself: a social worker is not on a rung yet.
    if (now)
      pay.push(
        payPoint(
          payFigures(ctx, state.band, now.role),
          ctx.asOf,
          capitalize(ROLE_NAMES[now.role]),
          bandOpen(state.band),
        ),
      );
  }
  const payAfterById = new Map<string, PayAfter>();
  const payWords = new Map<string, string>();
  const open = dated.filter((d) => !d.draft.fixed || d.draft.fixed.status === 'in-progress');
  const byEnd = [...open].sort((a, b) => at(a.end) - at(b.end) || a.order - b.order);
  for (const d of byEnd) {
    const gains = d.draft.gains;
    if (gains?.credential) state.credentials.add(gains.credential);
    const move = moveOf(ctx, d.draft, state);
    if (!move) continue;
    state.level = move.level;
    if (move.kind === 'years') {
      if (state.band)
        payWords.set(
          d.draft.id,
          " Pay: BLS gives each occupation's pay across every level of experience, not by years on the job, so the plan shows no change in pay for this move.",
        );
      continue;
    }
    const next = move.band;
    if (samePay(next, state.band)) {
      const occupation = next ? occupationOf(ctx.data, next) : null;
      if (occupation && pay.length > 0)
        payWords.set(
          d.draft.id,
          ` Pay: BLS pays this post as ${occupation}, the same occupation as your job now, so the plan shows no change in pay.`,
        );
      continue;
    }
    if (!next) {
      payWords.set(d.draft.id, unknownPayWords(ctx, d.draft));
      state.band = null;
      continue;
    }
    if (state.band && middleOf(next) <= middleOf(state.band)) {
      payWords.set(d.draft.id, noRaiseWords(ctx, next, state.band));
      continue;
    }
    state.band = next;
    const figures = payFigures(ctx, next, move.level);
    payAfterById.set(d.draft.id, figures);
    if (d.end) pay.push(payPoint(figures, d.end, label(ctx, d.draft, next, held), bandOpen(next)));
  }
  return { pay, payAfterById, payWords };
}

function bandOpen(band: SalaryBand): boolean {
  return band.open_ended ?? false;
}

/** Why a post has no pay figure: the job has no BLS occupation, or the field has no band. */
function unknownPayWords(ctx: PlanContext, draft: DraftStep): string {
  const rung = draft.gains?.level ? ctx.data.byId.levels.get(draft.gains.level) : undefined;
  const area = ctx.specialization ? lowerFirst(ctx.specialization.name) : null;
  const what = draft.job
    ? 'BLS has no single occupation for this job'
    : `BLS has no occupation for ${rung ? `${rung.name.toLowerCase()} posts` : 'this post'}${area ? ` in ${area}` : ''}`;
  return `${PAY_UNKNOWN} ${what}, so the plan shows no figure. Ask employers what such posts pay.`;
}

/** Why a post whose BLS figures are not above the person's pay shows no raise. */
function noRaiseWords(ctx: PlanContext, next: SalaryBand, current: SalaryBand): string {
  const median = (band: SalaryBand) => {
    const figures = payFigures(ctx, band);
    const state = figures.state_median_usd
      ? ` and ${usd(figures.state_median_usd)} in ${stateName(ctx)}`
      : '';
    return `a median of ${usd(middleOf(band))} nationally${state}`;
  };
  const period = payFigures(ctx, next).period;
  const nextName = occupationOf(ctx.data, next) ?? 'the figures of its field';
  const currentName = occupationOf(ctx.data, current) ?? 'the figures your pay follows now';
  const below = middleOf(next) < middleOf(current) ? 'below' : 'no higher than';
  return `${PAY_NO_RAISE} ${nextName} (${median(next)}${period ? `, ${period}` : ''}), ${below} ${currentName} (${median(current)}), the occupation your pay follows now. The sources we cite give no figure for this post itself, so the plan shows no raise; ask employers what it pays.`;
}

function stateName(ctx: PlanContext): string {
  const state = ctx.profile.state ?? '';
  return ctx.data.byId.states.get(state.toLowerCase())?.name ?? state;
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

/** "+ RN, Case manager": the rung, after the credential the band assumes when the plan earns it. */
function label(ctx: PlanContext, draft: DraftStep, band: SalaryBand, held: ReadonlySet<string>): string {
  const parts: string[] = [];
  const credential = band.credential;
  if (credential && !held.has(credential)) {
    const name =
      ctx.data.byId.certifications.get(credential)?.abbreviation ??
      ctx.data.byId.licenses.get(credential)?.abbreviation;
    parts.push(`+ ${name ?? credential}`);
  }
  const level = draft.gains?.level ? ctx.data.byId.levels.get(draft.gains.level) : undefined;
  if (level) parts.push(level.name);
  return parts.join(', ') || draft.title;
}

/** The exam window a step was dated in, and whether its dates are published yet. */
function windowWords(window: ExamWindow | undefined, draft: DraftStep): string {
  if (!window || draft.fixed) return '';
  const month = (index: number) => formatMonth(monthFromIndex(index));
  const apply =
    window.applyFrom !== null && window.applyTo !== null
      ? ` Applications for it are taken ${month(window.applyFrom)} – ${month(window.applyTo)}.`
      : '';
  return window.published
    ? ` The exam is given in windows; the plan uses the ${month(window.exam)} window.${apply}`
    : ` The exam is given in windows; dates for ${month(window.exam)} are not yet published, so the plan assumes the usual ${window.name} window.${apply.replace('are taken', 'usually run')} Confirm the dates with the issuer before you plan around them.`;
}

/** "Start studying in Jul 2027." for an exam whose study time runs before it. */
function studyStart(draft: DraftStep, end: Month | null, asOf: Month): string {
  if (!draft.study || !end || draft.fixed) return '';
  const from = Math.max(monthIndex(asOf), monthIndex(end) - draft.study);
  return from <= monthIndex(asOf)
    ? ' Start studying now.'
    : ` Start studying in ${formatMonth(monthFromIndex(from))}.`;
}

/** "Renew it by Apr 2032.": the month a certification awarded at the step's start falls due. */
function dueMonth(draft: DraftStep, start: Month | null): string {
  if (draft.dueAfter === undefined || !start) return '';
  return ` Renew it by ${formatMonth(monthFromIndex(monthIndex(start) + draft.dueAfter))}.`;
}

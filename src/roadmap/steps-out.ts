import { formatMonth, type Month, monthFromIndex, monthIndex } from '../core/month.js';
import type { StepStatus } from '../core/vocabulary.js';
import type { SalaryBand } from '../data/schema/families.js';
import type { PlanContext } from './context.js';
import type { DraftStep } from './draft.js';
import type { ExamWindow } from './exam-windows.js';
import { statePay } from './jobs.js';
import { findBand, initialPayState, payAfter, payPoint } from './pay.js';
import type { Dates } from './schedule.js';
import type { PayPoint, RoadmapStep } from './types.js';

/**
 * Orders the dated drafts into the roadmap's steps (done first, then what does not apply, then by
 * start month), gives each its status, and follows the person's pay from step to step.
 */
/**
 * The person's state's OEWS median for the one BLS occupation a band's figures are (its `soc`),
 * beside the national band; nothing when the band is not one occupation or the state has no figure.
 */
function withBandMedian(ctx: PlanContext, band: SalaryBand, point: PayPoint): PayPoint {
  const state = ctx.profile.state;
  const pay = band.soc ? statePay(ctx.data, state, band.soc) : null;
  if (!state || !pay?.median_usd) return point;
  point.state_median_usd = pay.median_usd;
  point.state_median_period = `${state}, ${pay.period}`;
  const source = pay.sources[0]?.url;
  if (source) point.state_median_source = source;
  point.state_median_occupation = pay.occupation;
  return point;
}

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

  const specialization = ctx.specialization?.id ?? null;
  const state = initialPayState(ctx);
  const pay: PayPoint[] = [];
  const now = findBand(ctx.data, state.level, specialization, state.credentials);
  if (now) {
    pay.push(
      withBandMedian(
        ctx,
        now,
        payPoint(now, ctx.asOf, ctx.data.byId.levels.get(now.level)?.name ?? now.level),
      ),
    );
  }
  let lastBand = now;

  // Pay changes when a step ends, so follow the open steps in the order they end.
  const payAfterById = new Map<string, ReturnType<typeof payAfter>>();
  const open = dated.filter((d) => !d.draft.fixed || d.draft.fixed.status === 'in-progress');
  const byEnd = [...open].sort((a, b) => at(a.end) - at(b.end) || a.order - b.order);
  for (const d of byEnd) {
    const gains = d.draft.gains;
    if (gains?.credential) state.credentials.add(gains.credential);
    if (gains?.level) {
      const next = ctx.data.byId.levels.get(gains.level);
      const current = state.level ? ctx.data.byId.levels.get(state.level) : undefined;
      if (next && (!current || next.rank > current.rank)) state.level = next.id;
    }
    const band = findBand(ctx.data, state.level, specialization, state.credentials);
    payAfterById.set(d.draft.id, payAfter(band));
    if (band && band !== lastBand && d.end) {
      const point = payPoint(band, d.end, label(ctx, d.draft));
      const state = d.draft.job?.state_pay;
      if (state?.median_usd) {
        point.state_median_usd = state.median_usd;
        point.state_median_period = `${state.state}, ${state.period}`;
        if (state.source) point.state_median_source = state.source;
        if (state.occupation) point.state_median_occupation = state.occupation;
      }
      pay.push(point.state_median_usd ? point : withBandMedian(ctx, band, point));
      lastBand = band;
    }
  }

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
      why: draft.why + windowWords(window, draft) + studyStart(draft, end, ctx.asOf) + dueMonth(draft, start),
      pay_after: payAfterById.get(draft.id) ?? null,
      sources: draft.sources,
      ...(draft.job ? { job: draft.job } : {}),
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
  return draft.kind === 'network' ? 1 : 0;
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

function label(ctx: PlanContext, draft: DraftStep): string {
  const parts: string[] = [];
  const credential = draft.gains?.credential;
  if (credential) {
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
    : ` The exam is given in windows; dates for ${month(window.exam)} are not yet published, so the plan assumes the usual ${window.name} window.${apply.replace('are taken', 'usually run')}`;
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

import { type Month, monthIndex } from '../core/month.js';
import type { SalaryBand } from '../data/schema/families.js';
import type { PlanContext } from './context.js';
import type { DraftStep } from './draft.js';
import { currentLevel } from './ladder.js';
import type { PayNote, PayPointModel } from './model.js';
import {
  initialPayState,
  middleOf,
  moveOf,
  occupationOf,
  offLadderJobNow,
  payFigures,
  payPoint,
  samePay,
} from './pay.js';
import { fixed, given, type Phrase, phrase } from './phrases/index.js';
import type { BandMedian } from './phrases/pay.js';
import type { PayAfter } from './types.js';

/**
 * Pay along the plan: today's pay from the job the person holds, then a new figure after each step
 * that moves them into a post paid better (in the order the steps end). A move whose post has no
 * figure in the sources, or whose figures are not above the pay the person has, gets no figure
 * and says why in its reason; a rung that years alone reach keeps the pay of the job held.
 */
export function followPay(
  ctx: PlanContext,
  dated: readonly { draft: DraftStep; order: number; end: Month | null }[],
): {
  pay: PayPointModel[];
  payAfterById: Map<string, PayAfter>;
  payWords: Map<string, Phrase>;
  payNotes: Map<string, PayNote>;
} {
  const start = currentLevel(ctx);
  const state = initialPayState(ctx, start);
  const held = new Set(state.credentials);
  const pay: PayPointModel[] = [];
  if (state.band && start) {
    const figures = payFigures(ctx, state.band, start.id);
    pay.push(payPoint(figures, ctx.asOf, given(start.name), null, bandOpen(state.band)));
  } else if (state.band) {
    const now = offLadderJobNow(ctx);
    // Off the ladder, the level is the role itself: a social worker is not on a rung yet.
    if (now) {
      const figures = payFigures(ctx, state.band, now.role);
      pay.push(
        payPoint(figures, ctx.asOf, phrase('pay.role', { role: now.role }), null, bandOpen(state.band)),
      );
    }
  }
  const payAfterById = new Map<string, PayAfter>();
  const payWords = new Map<string, Phrase>();
  const payNotes = new Map<string, PayNote>();
  const open = dated.filter((d) => !d.draft.fixed || d.draft.fixed.status === 'in-progress');
  const byEnd = [...open].sort((a, b) => at(a.end) - at(b.end) || a.order - b.order);
  for (const d of byEnd) {
    const gains = d.draft.gains;
    if (gains?.credential) state.credentials.add(gains.credential);
    const move = moveOf(ctx, d.draft, state);
    if (!move) continue;
    state.level = move.level;
    if (move.kind === 'years') {
      if (state.band) payWords.set(d.draft.id, fixed('pay.years'));
      continue;
    }
    const next = move.band;
    if (samePay(next, state.band)) {
      const occupation = next ? occupationOf(ctx.data, next) : null;
      if (occupation && pay.length > 0) payWords.set(d.draft.id, phrase('pay.same', { occupation }));
      continue;
    }
    if (!next) {
      payWords.set(d.draft.id, unknownPay(ctx, d.draft));
      payNotes.set(d.draft.id, 'unknown');
      state.band = null;
      continue;
    }
    if (state.band && middleOf(next) <= middleOf(state.band)) {
      payWords.set(d.draft.id, noRaise(ctx, next, state.band));
      payNotes.set(d.draft.id, 'no-raise');
      continue;
    }
    const was = state.band ? payFigures(ctx, state.band) : null;
    const before = was?.state_median_usd ?? null;
    state.band = next;
    const figures = payFigures(ctx, next, move.level);
    payAfterById.set(d.draft.id, figures);
    // More nationally, less in the person's state (a CA hospital case manager to supervisor).
    const after = figures.state_median_usd;
    if (before && after && after < before) {
      payWords.set(
        d.draft.id,
        phrase('pay.state-lower', {
          state: stateName(ctx),
          next: after,
          current: before,
          occupation: occupationOf(ctx.data, next),
        }),
      );
    } else if (was && !before && after && was.median_usd !== undefined && after < was.median_usd) {
      // The state's figure for the job held now is not in the sources, and the new post's state
      // median is below that job's national one (a Texas counselor into case management).
      payWords.set(
        d.draft.id,
        phrase('pay.state-unknown-now', {
          state: stateName(ctx),
          next: after,
          nextNational: figures.median_usd ?? null,
          current: was.median_usd,
          occupation: occupationOf(ctx.data, next),
        }),
      );
    } else if (
      was &&
      !before &&
      after &&
      was.median_usd !== undefined &&
      figures.median_usd !== undefined &&
      after > was.median_usd &&
      after > figures.median_usd
    ) {
      // The other way round (a New York counselor into case management): the state figure looks
      // like a raise only because the state pays above the nation, which the job held now has no
      // state figure to show.
      payWords.set(
        d.draft.id,
        phrase('pay.state-unknown-now-above', {
          state: stateName(ctx),
          next: after,
          nextNational: figures.median_usd,
          current: was.median_usd,
          occupation: occupationOf(ctx.data, next),
        }),
      );
    }
    if (d.end) {
      const { text, credential } = label(ctx, d.draft, next, held);
      const job = d.draft.kind === 'job' && d.draft.job ? d.draft.job.title : null;
      pay.push(payPoint(figures, d.end, text, credential, bandOpen(next), job));
    }
  }
  return { pay, payAfterById, payWords, payNotes };
}

function bandOpen(band: SalaryBand): boolean {
  return band.open_ended ?? false;
}

function at(month: Month | null): number {
  return month === null ? -1 : monthIndex(month);
}

/** Why a post has no pay figure: the job has no BLS occupation, or the field has no band. */
function unknownPay(ctx: PlanContext, draft: DraftStep): Phrase {
  const rung = draft.gains?.level ? ctx.data.byId.levels.get(draft.gains.level) : undefined;
  return phrase('pay.unknown', {
    job: draft.job !== undefined,
    rung: rung?.name ?? null,
    area: ctx.specialization?.name ?? null,
  });
}

/** Why a post whose BLS figures are not above the person's pay shows no raise. */
function noRaise(ctx: PlanContext, next: SalaryBand, current: SalaryBand): Phrase {
  const median = (band: SalaryBand): BandMedian => ({
    occupation: occupationOf(ctx.data, band),
    median: middleOf(band),
    stateMedian: payFigures(ctx, band).state_median_usd ?? null,
  });
  return phrase('pay.no-raise', {
    next: median(next),
    current: median(current),
    period: payFigures(ctx, next).period ?? null,
    state: stateName(ctx),
    below: middleOf(next) < middleOf(current),
  });
}

function stateName(ctx: PlanContext): string {
  const state = ctx.profile.state ?? '';
  return ctx.data.byId.states.get(state.toLowerCase())?.name ?? state;
}

/** "+ RN, Case manager": the rung, after the credential the band assumes when the plan earns it. */
function label(
  ctx: PlanContext,
  draft: DraftStep,
  band: SalaryBand,
  held: ReadonlySet<string>,
): { text: Phrase; credential: string | null } {
  const credential = band.credential;
  let shown: string | null = null;
  if (credential && !held.has(credential)) {
    shown =
      ctx.data.byId.certifications.get(credential)?.abbreviation ??
      ctx.data.byId.licenses.get(credential)?.abbreviation ??
      credential;
  }
  const level = draft.gains?.level ? ctx.data.byId.levels.get(draft.gains.level) : undefined;
  if (!shown && !level) return { text: draft.title, credential: null };
  // A job step is named by its job (a social and human service assistant), not only by its rung.
  const rung = draft.kind === 'job' && draft.job ? draft.job.title : (level?.name ?? null);
  // An inactive license the plan makes active again is not a new one ("RN active again").
  const reactivated =
    shown !== null && ctx.profile.licenses.some((l) => l.type === credential && l.status === 'inactive');
  return {
    text: phrase('pay.label', { credential: shown, rung, ...(reactivated ? { reactivated } : {}) }),
    credential: shown,
  };
}

import { addMonths, type Month, monthIndex } from '../../core/month.js';
import type { Data } from '../../data/model.js';
import type { ExamSchedule } from '../../data/schema/exam-schedule.js';
import type { Certification, Exam, FeeSchedule } from '../../data/schema/families.js';
import { ASSUME, type PlanContext } from '../context.js';
import { type DraftSet, type DraftStep, sourceRefs } from '../draft.js';
import { type ExamWindow, examWindows } from '../exam-windows.js';
import type { EligibleWhen } from '../phrases/answers.js';
import { fixed, given, type Phrase, phrase } from '../phrases/index.js';

/** Exam, application, continuing-education and renewal steps for certifications and licenses. */

/** The fee schedule in force at as_of: the newest whose `effective` is not after it. */
export function feeScheduleAt(cert: Certification, asOf: Month): FeeSchedule | null {
  let best: FeeSchedule | null = null;
  for (const fees of cert.fees) {
    if (monthIndex(fees.effective) > monthIndex(asOf)) continue;
    if (!best || monthIndex(fees.effective) > monthIndex(best.effective)) best = fees;
  }
  return best;
}

/** Application plus exam fee; null when a part is unknown (never a partial sum passed off as the cost). */
export function certCost(cert: Certification, asOf: Month): { min: number; max: number } | null {
  const fees = feeScheduleAt(cert, asOf);
  if (!fees || fees.application_usd === null) return null;
  if (cert.exam === null) return { min: fees.application_usd, max: fees.application_usd };
  if (fees.exam_usd === null) return null;
  const total = fees.application_usd + fees.exam_usd;
  return { min: total, max: total };
}

function feeWords(cert: Certification, asOf: Month, who: string): Phrase {
  const fees = feeScheduleAt(cert, asOf);
  if (!fees) return phrase('credential.fees-unknown', { who });
  return phrase('credential.fees', {
    who,
    // A month the issuer never published as the start is only the date of the page that shows them.
    published: fees.effective_published !== false,
    effective: fees.effective,
    application: fees.application_usd,
    exam: cert.exam ? fees.exam_usd : null,
    partial: fees.application_usd === null || (cert.exam !== null && fees.exam_usd === null),
  });
}

export interface CertStepInput {
  after: string[];
  /** The month the verdict says the person becomes eligible (null: once the steps before are done). */
  eligibleFrom: Month | null;
  routeTitle: string;
  eligibleNow: boolean;
  /** Full-time months of the experience the route counts, today; unknown when not given. */
  experienceMonths?: number;
}

/** A note for applicants below some experience (ACMA's attestation) is left out for those above it. */
function noteApplies(cert: Certification, experienceMonths: number | undefined): boolean {
  const below = cert.application_note_below_months;
  return below === undefined || experienceMonths === undefined || experienceMonths < below;
}

/**
 * Apply (once eligible) and sit the exam. The review runs from the application; study can start
 * earlier, so the exam is never sooner than the usual study time counted from today.
 */
export function planCertExam(
  ctx: PlanContext,
  drafts: DraftSet,
  cert: Certification,
  input: CertStepInput,
): string {
  const issuer = ctx.data.byId.organizations.get(cert.issuer);
  const who = issuer?.abbreviation ?? cert.issuer.toUpperCase();
  const review = cert.review_months;
  const prep = cert.exam ? Math.ceil(cert.exam.prep_months) : 0;
  const when: EligibleWhen = input.eligibleNow
    ? { kind: 'now' }
    : input.eligibleFrom
      ? { kind: 'from', month: input.eligibleFrom }
      : { kind: 'after-steps' };
  const schedule = scheduleWords(cert.exam?.schedule, who);
  const results = resultsMonths(cert.exam?.schedule);
  return drafts.add({
    id: `${cert.id}-exam`,
    kind: 'exam',
    title: phrase('credential.apply', { abbreviation: cert.abbreviation, exam: cert.exam !== null }),
    why: [
      phrase('credential.eligible', { when, route: input.routeTitle }),
      review === null
        ? phrase('credential.review-unknown', { who })
        : cert.review_max_weeks !== undefined
          ? phrase('credential.review-weeks', {
              who,
              weeks: cert.review_max_weeks,
              months: Math.ceil(review),
            })
          : phrase('credential.review', { who, months: review }),
      ...(cert.application_note && noteApplies(cert, input.experienceMonths)
        ? [given(cert.application_note)]
        : []),
      cert.exam
        ? phrase('credential.study', { months: cert.exam.prep_months, format: cert.exam.format })
        : fixed('credential.no-exam'),
      ...(schedule ? [schedule] : []),
      feeWords(cert, ctx.asOf, who),
    ],
    cost: certCost(cert, ctx.asOf),
    sources: sourceRefs([...(feeScheduleAt(cert, ctx.asOf)?.sources ?? []), ...cert.sources]),
    duration: Math.max(1, Math.ceil(review ?? 1)) + results,
    after: input.after,
    ...(cert.exam ? { sits: { certification: cert.abbreviation, exam: null } } : {}),
    ...(input.eligibleFrom ? { earliest: input.eligibleFrom } : {}),
    // Results come after the exam, which comes after the study.
    ...(prep > 0 ? { notBeforeEnd: addMonths(ctx.asOf, prep + results), study: prep } : {}),
    ...(results > 0 ? { results } : {}),
    ...windowsOf(cert.exam?.schedule, ctx.asOf),
    gains: { credential: cert.id },
  });
}

/**
 * When the exam can be sat, where the plan cannot date it to a window: on demand once approved,
 * or in windows whose dates our sources do not give (then whom to ask). Dated windows are said
 * with the step's dates (src/roadmap/steps-out.ts).
 */
function scheduleWords(schedule: ExamSchedule | undefined, who: string): Phrase | null {
  if (!schedule) return null;
  if (schedule.kind === 'on-demand') {
    return phrase('credential.on-demand', {
      approvedBy: schedule.after_approval ? who : null,
      attempts: schedule.attempts_per_year || null,
    });
  }
  if (windowsUnknown(schedule)) {
    return phrase('credential.windows-unknown', {
      who,
      resultsWeeks: schedule.results_weeks ?? null,
      resultsMonths: resultsMonths(schedule),
    });
  }
  return null;
}

/**
 * Months the plan allows for results after the exam, where the issuer says how long they take.
 * Only for windows whose dates are unknown, where the step ends when the exam could be sat: a
 * dated window already sets the step's end (src/roadmap/schedule.ts).
 */
function resultsMonths(schedule: ExamSchedule | undefined): number {
  if (!windowsUnknown(schedule) || schedule?.kind !== 'windows' || !schedule.results_weeks) return 0;
  return Math.ceil(schedule.results_weeks / 4.35);
}

/** An exam given in windows whose dates our sources do not give. */
export function windowsUnknown(schedule: ExamSchedule | undefined): boolean {
  return schedule?.kind === 'windows' && schedule.cycles.length === 0 && schedule.published.length === 0;
}

function windowsOf(schedule: ExamSchedule | undefined, asOf: string): { windows?: readonly ExamWindow[] } {
  const windows = examWindows(schedule, monthIndex(asOf));
  return windows ? { windows } : {};
}

/** Pass one of these exams (a license exam, or an exam a route accepts). Picks the shortest to prepare. */
export function planExam(
  ctx: PlanContext,
  drafts: DraftSet,
  ids: readonly string[],
  after: string[],
  purpose: Phrase,
): string {
  const exams = ids.map((id) => ctx.data.byId.exams.get(id)).filter((e) => e !== undefined);
  const exam = exams.sort((a, b) => a.prep_months - b.prep_months)[0];
  if (!exam) {
    return drafts.add({
      id: `exam-${ids[0] ?? 'unknown'}`,
      kind: 'exam',
      title: phrase('credential.pass-ids', { ids }),
      why: [phrase('requirement.sentence', { requirement: purpose })],
      cost: null,
      sources: [],
      duration: 1,
      after,
    });
  }
  const issuer = ctx.data.byId.organizations.get(exam.issuer);
  return drafts.add({
    id: `exam-${exam.id}`,
    kind: 'exam',
    title: phrase('credential.pass', { exam: exam.name }),
    why: [
      phrase('requirement.sentence', { requirement: purpose }),
      given(examSummary(ctx, exam)),
      phrase('credential.exam-study', { months: exam.prep_months, issuer: issuer?.abbreviation ?? null }),
      ...staleFee(ctx, exam, issuer?.abbreviation),
    ],
    cost: exam.fee_usd,
    sources: sourceRefs(exam.sources),
    duration: Math.max(1, Math.ceil(exam.prep_months)),
    after,
    sits: { certification: null, exam: exam.name },
  });
}

/**
 * What the exam is: without "most states require it" in a plan for a state the data covers, where
 * the steps give that state's own exams (the exam's `state_summary`, where it has one).
 */
function examSummary(ctx: PlanContext, exam: Exam): string {
  const state = ctx.profile.state;
  const covered = state !== undefined && ctx.data.byId.states.has(state.toLowerCase());
  return covered && exam.state_summary ? exam.state_summary : exam.summary;
}

/** A fee read from a page years older than the plan says so: the figure is a lead, not today's price. */
function staleFee(ctx: PlanContext, exam: Exam, issuer: string | undefined): Phrase[] {
  if (!exam.fee_as_of || !exam.fee_usd) return [];
  if (monthIndex(ctx.asOf) - monthIndex(exam.fee_as_of) < STALE_FEE_MONTHS) return [];
  return [
    phrase('credential.stale-fee', {
      min: exam.fee_usd.min,
      max: exam.fee_usd.max,
      asOf: exam.fee_as_of,
      issuer: issuer ?? null,
    }),
  ];
}

/** Three years: older fee pages are likely out of date. */
const STALE_FEE_MONTHS = 36;

/** Continuing-education hours a route asks for before applying. */
export function planCeHours(ctx: PlanContext, drafts: DraftSet, hours: number, requirement: Phrase): string {
  const gap = Math.max(0, hours - ctx.profile.ce_hours);
  const duration = Math.max(1, Math.ceil(gap / ASSUME.ceHoursPerMonth));
  return drafts.add({
    id: 'ce-hours',
    kind: 'continuing-education',
    title: phrase('credential.ce', { hours: gap }),
    why: [
      phrase('requirement.sentence', { requirement }),
      phrase('credential.ce-have', { hours: ctx.profile.ce_hours, perMonth: ASSUME.ceHoursPerMonth }),
    ],
    cost: null,
    sources: [],
    duration,
    after: [],
  });
}

/** The certification a renewal step keeps current (its id is made here, by renewalStep). */
export function renewedCertification(data: Data, stepId: string): Certification | undefined {
  return stepId.endsWith('-renewal')
    ? data.byId.certifications.get(stepId.slice(0, -'-renewal'.length))
    : undefined;
}

/**
 * Keeping a certification: its renewal cycle, CE hours and fee. `held`: the person holds it
 * already, so the cycle runs from a date we do not know (the step says whom to ask).
 */
export function renewalStep(cert: Certification, after: string, held = false, issuer?: string): DraftStep {
  const r = cert.renewal;
  const renewal = {
    abbreviation: cert.abbreviation,
    months: r.years * 12,
    ceHours: r.ce_hours,
    ethicsHours: r.ethics_hours ?? null,
    fee: r.fee_usd,
    issuer: issuer ?? null,
  };
  return {
    id: `${cert.id}-renewal`,
    kind: 'continuing-education',
    title: phrase('credential.renew-title', { ...renewal, held }),
    // The issuer's own terms beside the cycle (re-examination, a late-renewal limit, what the CE
    // hours must cover): data text written to follow the sentence above, not repeat it.
    why: [
      phrase(held ? 'credential.renew-held' : 'credential.renew', renewal),
      ...(r.note ? [given(r.note)] : []),
    ],
    cost: r.fee_usd === null ? null : { min: r.fee_usd, max: r.fee_usd },
    sources: sourceRefs(cert.sources),
    // A reminder when the credential starts, not a bar across the years it runs; its words give
    // the month it falls due (a credential held already runs from a date the profile lacks).
    duration: 0,
    ...(held ? {} : { dueAfter: r.years * 12 }),
    after: [after],
  };
}

import { addMonths, formatMonth, type Month, monthIndex } from '../../core/month.js';
import type { ExamSchedule } from '../../data/schema/exam-schedule.js';
import type { Certification, Exam, FeeSchedule } from '../../data/schema/families.js';
import { ASSUME, type PlanContext } from '../context.js';
import { type DraftSet, type DraftStep, sourceRefs } from '../draft.js';
import { type ExamWindow, examWindows } from '../exam-windows.js';
import { months, span, usd } from '../labels.js';

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

function feeText(cert: Certification, asOf: Month, who: string): string {
  const fees = feeScheduleAt(cert, asOf);
  if (!fees) return ` The fees are not in the sources we cite; ask ${who}.`;
  const parts: string[] = [];
  if (fees.application_usd !== null) parts.push(`${usd(fees.application_usd)} application`);
  if (cert.exam && fees.exam_usd !== null) parts.push(`${usd(fees.exam_usd)} exam`);
  const unknown = fees.application_usd === null || (cert.exam !== null && fees.exam_usd === null);
  // A month the issuer never published as the start is only the date of the page that shows them.
  const since =
    fees.effective_published === false
      ? `Fees as ${who}'s page showed them in ${formatMonth(fees.effective)}`
      : `Fees from ${formatMonth(fees.effective)}`;
  return ` ${since}: ${parts.join(' + ') || 'not published'}${unknown ? ' (the rest is not in the sources we cite)' : ''}.`;
}

export interface CertStepInput {
  after: string[];
  /** The month the verdict says the person becomes eligible (null: once the steps before are done). */
  eligibleFrom: Month | null;
  routeTitle: string;
  eligibleNow: boolean;
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
  const when = input.eligibleNow
    ? `You are eligible now (${input.routeTitle}).`
    : input.eligibleFrom
      ? `You become eligible in ${formatMonth(input.eligibleFrom)} (${input.routeTitle}).`
      : `You become eligible once the steps above are done (${input.routeTitle}).`;
  const reviewText =
    review === null
      ? ` ${who} publishes no review time; the plan allows 1 month.`
      : cert.review_max_weeks !== undefined
        ? ` ${who} asks you to allow up to ${cert.review_max_weeks} weeks for its review; the plan allows ${months(Math.ceil(review))}.`
        : ` ${who} reviews applications in about ${months(review)}.`;
  const studyText = cert.exam
    ? ` Study for about ${months(cert.exam.prep_months)} before the exam (${cert.exam.format}).`
    : ' There is no exam: the credential is awarded on application.';
  return drafts.add({
    id: `${cert.id}-exam`,
    kind: 'exam',
    title: cert.exam
      ? `Apply for and sit the ${cert.abbreviation} exam`
      : `Apply for the ${cert.abbreviation}`,
    why: `${when}${reviewText}${studyText}${scheduleText(cert.exam?.schedule, who)}${feeText(cert, ctx.asOf, who)}`,
    cost: certCost(cert, ctx.asOf),
    sources: sourceRefs([...(feeScheduleAt(cert, ctx.asOf)?.sources ?? []), ...cert.sources]),
    duration: Math.max(1, Math.ceil(review ?? 1)),
    after: input.after,
    ...(input.eligibleFrom ? { earliest: input.eligibleFrom } : {}),
    ...(prep > 0 ? { notBeforeEnd: addMonths(ctx.asOf, prep), study: prep } : {}),
    ...windowsOf(cert.exam?.schedule, ctx.asOf),
    gains: { credential: cert.id },
  });
}

/**
 * When the exam can be sat, where the plan cannot date it to a window: on demand once approved,
 * or in windows whose dates our sources do not give (then whom to ask). Dated windows are said
 * with the step's dates (src/roadmap/steps-out.ts).
 */
function scheduleText(schedule: ExamSchedule | undefined, who: string): string {
  if (!schedule) return '';
  if (schedule.kind === 'on-demand') {
    const attempts = schedule.attempts_per_year
      ? ` Each part may be attempted up to ${schedule.attempts_per_year} times in a calendar year.`
      : '';
    return schedule.after_approval
      ? ` There are no fixed exam dates: you book a test date once ${who} approves your application.${attempts}`
      : ` There are no fixed exam dates: you book a test date when you are ready.${attempts}`;
  }
  if (schedule.cycles.length === 0 && schedule.published.length === 0) {
    return ` The exam is given in testing windows whose dates are not in the sources we cite; check the calendar with ${who}.`;
  }
  return '';
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
  purpose: string,
): string {
  const exams = ids.map((id) => ctx.data.byId.exams.get(id)).filter((e) => e !== undefined);
  const exam = exams.sort((a, b) => a.prep_months - b.prep_months)[0];
  if (!exam) {
    return drafts.add({
      id: `exam-${ids[0] ?? 'unknown'}`,
      kind: 'exam',
      title: `Pass the ${ids.join(' or ')} exam`,
      why: `${purpose}.`,
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
    title: `Pass the ${exam.name}`,
    why: `${purpose}. ${exam.summary} Most people study about ${months(exam.prep_months)}${issuer ? `; ${issuer.abbreviation} runs it` : ''}.${staleFeeWords(ctx, exam, issuer?.abbreviation)}`,
    cost: exam.fee_usd,
    sources: sourceRefs(exam.sources),
    duration: Math.max(1, Math.ceil(exam.prep_months)),
    after,
  });
}

/** A fee read from a page years older than the plan says so: the figure is a lead, not today's price. */
function staleFeeWords(ctx: PlanContext, exam: Exam, issuer: string | undefined): string {
  if (!exam.fee_as_of || !exam.fee_usd) return '';
  if (monthIndex(ctx.asOf) - monthIndex(exam.fee_as_of) < STALE_FEE_MONTHS) return '';
  const fee =
    exam.fee_usd.min === exam.fee_usd.max
      ? usd(exam.fee_usd.min)
      : `${usd(exam.fee_usd.min)}–${usd(exam.fee_usd.max)}`;
  return ` The fee shown, ${fee}, is the newest in the sources we cite, from ${formatMonth(exam.fee_as_of)}; check today's fee with ${issuer ?? 'the exam body'}.`;
}

/** Three years: older fee pages are likely out of date. */
const STALE_FEE_MONTHS = 36;

/** Continuing-education hours a route asks for before applying. */
export function planCeHours(ctx: PlanContext, drafts: DraftSet, hours: number, requirement: string): string {
  const gap = Math.max(0, hours - ctx.profile.ce_hours);
  const duration = Math.max(1, Math.ceil(gap / ASSUME.ceHoursPerMonth));
  return drafts.add({
    id: 'ce-hours',
    kind: 'continuing-education',
    title: `Complete ${gap} more hours of continuing education in case management`,
    why: `${requirement}. You have ${ctx.profile.ce_hours} hours from the last two years. The plan allows about ${ASSUME.ceHoursPerMonth} hours a month.`,
    cost: null,
    sources: [],
    duration,
    after: [],
  });
}

/**
 * Keeping a certification: its renewal cycle, CE hours and fee. `held`: the person holds it
 * already, so the cycle runs from a date we do not know (the step says whom to ask).
 */
export function renewalStep(cert: Certification, after: string, held = false, issuer?: string): DraftStep {
  const r = cert.renewal;
  const every = span(r.years * 12);
  const ce =
    r.ce_hours === null
      ? ''
      : ` with ${r.ce_hours} hours of continuing education${r.ethics_hours ? ` (${r.ethics_hours} in ethics)` : ''}`;
  const fee =
    r.fee_usd === null
      ? ` The renewal fee is not in the sources we cite; ask ${issuer ?? 'the certifying body'}.`
      : ` Renewal costs ${usd(r.fee_usd)}.`;
  const ceTitle = r.ce_hours === null ? '' : ` with ${r.ce_hours} CE hours`;
  return {
    id: `${cert.id}-renewal`,
    kind: 'continuing-education',
    title: `Keep ${held ? 'your' : 'the'} ${cert.abbreviation} current: renew every ${every}${ceTitle}`,
    why: held
      ? `You hold the ${cert.abbreviation}. It is renewed every ${every}${ce}.${fee} Your renewal date is on your ${issuer ?? 'certifying body'} account; plan your CE hours so they are done before it.`
      : `From the day it is awarded, the ${cert.abbreviation} lasts ${every}.${
          r.ce_hours === null
            ? ' Renew it before then.'
            : ` To renew it, collect ${r.ce_hours} hours of continuing education along the way${r.ethics_hours ? ` (${r.ethics_hours} in ethics)` : ''}.`
        }${fee}${r.ce_hours === null ? '' : ' Professional associations offer accepted CE.'}`,
    cost: r.fee_usd === null ? null : { min: r.fee_usd, max: r.fee_usd },
    sources: sourceRefs(cert.sources),
    // A reminder when the credential starts, not a bar across the years it runs; its words give
    // the month it falls due (a credential held already runs from a date the profile lacks).
    duration: 0,
    ...(held ? {} : { dueAfter: r.years * 12 }),
    after: [after],
  };
}

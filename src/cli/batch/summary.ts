import { monthIndex, monthsBetween } from '../../core/month.js';
import { formatNumber } from '../../core/number.js';
import type { PayPoint, Roadmap, RoadmapStep } from '../../roadmap/types.js';

/** summary.csv: one row per client, failed ones included (status `failed`, details in errors.csv). */
export const SUMMARY_COLUMNS = [
  'row',
  'name',
  'status',
  'file',
  'eligible_now',
  'next_step',
  'next_step_start',
  'goal',
  'goal_month',
  'months_to_goal',
  'pay_now_min',
  'pay_now_max',
  'pay_at_goal_min',
  'pay_at_goal_max',
] as const;

export const ERROR_COLUMNS = ['row', 'name', 'column', 'message'] as const;

export type SummaryRecord = Record<(typeof SUMMARY_COLUMNS)[number], string | number | null>;

/**
 * A spreadsheet runs a cell that starts with = + - @ as a formula; names and messages come from
 * the input, so such cells get a leading apostrophe (the usual guard against CSV injection).
 */
export function safeCell(text: string | null): string | null {
  if (text === null) return null;
  const clipped = clipCell(text);
  return /^[=+\-@\t\r]/.test(clipped) ? `'${clipped}` : clipped;
}

/** The longest text put in one cell of summary.csv or errors.csv; a name or a message is far shorter. */
export const MAX_CELL_CHARS = 1000;

/** Cuts a cell that would be longer than {@link MAX_CELL_CHARS}, saying how much was cut. */
export function clipCell(text: string): string {
  if (text.length <= MAX_CELL_CHARS) return text;
  return `${text.slice(0, MAX_CELL_CHARS)}… (${formatNumber(text.length - MAX_CELL_CHARS)} more characters cut)`;
}

/**
 * The step that reaches the goal: the planner names it `<cert>-exam` (apply for and sit the
 * exam), or `held-cert-<cert>` (done) when the person already holds the certification.
 */
function goalStep(roadmap: Roadmap): RoadmapStep | undefined {
  const id = roadmap.goal.certification;
  return id
    ? roadmap.steps.find((step) => step.id === `${id}-exam` || step.id === `held-cert-${id}`)
    : undefined;
}

/** The pay in force in a month: the last figure at or before it (none before the first). */
function payAt(pay: readonly PayPoint[], month: string | null): PayPoint | undefined {
  if (month === null) return pay.at(-1);
  const limit = monthIndex(month);
  return pay.filter((point) => monthIndex(point.month) <= limit).at(-1);
}

/** The summary row of a client whose roadmap was built. */
export function summarize(row: number, name: string | null, file: string, roadmap: Roadmap): SummaryRecord {
  const next =
    roadmap.steps.find((step) => step.status === 'next') ??
    roadmap.steps.find((step) => step.status === 'in-progress');
  const goal = goalStep(roadmap);
  const goalMonth = goal ? (goal.status === 'done' ? roadmap.as_of : (goal.end ?? null)) : null;
  // Pay today is the figure dated today: a plan whose first figure comes later has none for today.
  const now = roadmap.pay.find((point) => point.month === roadmap.as_of);
  const atGoal = roadmap.pay.length > 0 ? payAt(roadmap.pay, goalMonth) : undefined;
  return {
    row,
    name: safeCell(name ?? roadmap.profile.name),
    status: 'ok',
    file,
    eligible_now: roadmap.certifications
      .filter((verdict) => verdict.eligible)
      .map((verdict) => verdict.id)
      .join(';'),
    next_step: safeCell(next?.title ?? null),
    next_step_start: next?.start ?? null,
    goal: roadmap.goal.certification ?? roadmap.goal.specialization,
    goal_month: goalMonth,
    months_to_goal: goalMonth === null ? null : Math.max(0, monthsBetween(roadmap.as_of, goalMonth)),
    pay_now_min: now?.min_usd ?? null,
    pay_now_max: now?.max_usd ?? null,
    pay_at_goal_min: atGoal?.min_usd ?? null,
    pay_at_goal_max: atGoal?.max_usd ?? null,
  };
}

/** The summary row of a client whose row failed. */
export function failedSummary(row: number, name: string | null): SummaryRecord {
  const empty = Object.fromEntries(SUMMARY_COLUMNS.map((column) => [column, null])) as SummaryRecord;
  return { ...empty, row, name: safeCell(name), status: 'failed' };
}

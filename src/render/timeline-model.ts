/**
 * Which months each step occupies, and which months a timeline shows: shared by the terminal
 * chart and the HTML grid so both draw the same plan.
 */
import { monthIndex } from '../core/month.js';
import type { RoadmapStep } from '../roadmap/types.js';

/** How far ahead a timeline looks; later steps are written as "from Apr 2033". */
export const HORIZON_MONTHS = 60;

export interface Span {
  start: number;
  /** Exclusive month index (a step from 2026-12 to 2027-01 takes one month). */
  end: number;
  /** No end month: an open-ended step such as a career move. */
  open: boolean;
}

/** The months a step occupies, or null when it has no bar (done, not needed, undated). */
export function spanOf(step: RoadmapStep): Span | null {
  if (!step.start || step.status === 'done' || step.status === 'n-a') return null;
  const start = monthIndex(step.start);
  let end = step.end ? monthIndex(step.end) : start + Math.max(1, Math.ceil(step.duration_months ?? 1));
  if (end <= start) end = start + 1;
  return { start, end, open: step.end === null };
}

export interface Window {
  from: number;
  /** Exclusive. */
  to: number;
}

/** From the as-of month to the end of the last bar that starts within the horizon (6 months at least). */
export function windowOf(asOf: string, steps: RoadmapStep[]): Window {
  const from = monthIndex(asOf);
  const horizon = from + HORIZON_MONTHS;
  let to = from + 6;
  for (const step of steps) {
    const span = spanOf(step);
    if (!span || span.start >= horizon) continue;
    to = Math.max(to, Math.min(horizon, span.end + (span.open ? 1 : 0)));
  }
  return { from, to };
}

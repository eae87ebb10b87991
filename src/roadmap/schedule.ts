import { type Month, monthFromIndex, monthIndex } from '../core/month.js';
import type { DraftStep } from './draft.js';
import { type ExamWindow, firstWindow } from './exam-windows.js';

export interface Dates {
  start: Month | null;
  end: Month | null;
  /** The exam window the step was dated in, for steps given only in windows. */
  window?: ExamWindow;
}

/** The same dates as month indexes, as the scheduler works them out. */
interface IndexDates {
  start: number | null;
  end: number | null;
  window?: ExamWindow;
}

/**
 * Dates every draft: a step starts at as_of, or when the steps it waits for end, or at its
 * `earliest` month, whichever is latest; it ends `duration` months later (and not before its
 * `notBeforeEnd`). Done and underway steps keep their own dates.
 */
export function schedule(drafts: readonly DraftStep[], asOf: Month): Map<string, Dates> {
  const byId = new Map<string, DraftStep>();
  for (const d of drafts) byId.set(d.id, d);
  const dates = new Map<string, Dates>();
  for (const [id, d] of scheduleIndexes(drafts, byId, monthIndex(asOf))) {
    const draft = byId.get(id);
    if (draft?.fixed) dates.set(id, { start: draft.fixed.start, end: draft.fixed.end });
    else
      dates.set(id, {
        start: d.start === null ? null : monthFromIndex(d.start),
        end: d.end === null ? null : monthFromIndex(d.end),
        ...(d.window ? { window: d.window } : {}),
      });
  }
  return dates;
}

/**
 * Months from as_of until the last of the drafts ends (0 when none ends later): what a plan
 * tried only for its length needs, without writing a month for every step.
 */
export function monthsToFinish(drafts: readonly DraftStep[], asOf: Month): number {
  const start = monthIndex(asOf);
  let last = start;
  const byId = new Map<string, DraftStep>();
  for (const d of drafts) byId.set(d.id, d);
  for (const d of scheduleIndexes(drafts, byId, start).values())
    if (d.end !== null && d.end > last) last = d.end;
  return last - start;
}

function scheduleIndexes(
  drafts: readonly DraftStep[],
  byId: ReadonlyMap<string, DraftStep>,
  asOf: number,
): Map<string, IndexDates> {
  const dates = new Map<string, IndexDates>();
  const visiting = new Set<string>();

  const endOf = (id: string): number | null => {
    const dep = byId.get(id);
    return dep ? visit(dep).end : null;
  };
  const visit = (draft: DraftStep): IndexDates => {
    const known = dates.get(draft.id);
    if (known) return known;
    if (draft.fixed) {
      const fixed = {
        start: draft.fixed.start ? monthIndex(draft.fixed.start) : null,
        end: draft.fixed.end ? monthIndex(draft.fixed.end) : null,
      };
      dates.set(draft.id, fixed);
      return fixed;
    }
    if (visiting.has(draft.id)) throw new Error(`roadmap steps wait on each other: ${draft.id}`);
    visiting.add(draft.id);
    let start = asOf;
    if (draft.earliest) start = Math.max(start, monthIndex(draft.earliest));
    for (const id of draft.after) {
      const depEnd = endOf(id);
      if (depEnd !== null) start = Math.max(start, depEnd);
    }
    let end = start + draft.duration;
    if (draft.notBeforeEnd) end = Math.max(end, monthIndex(draft.notBeforeEnd));
    for (const id of draft.endsAfter ?? []) {
      const depEnd = endOf(id);
      if (depEnd !== null) end = Math.max(end, depEnd);
    }
    for (const id of draft.studyAfter ?? []) {
      const dep = byId.get(id);
      const depEnd = dep ? visit(dep).end : null;
      // Study starts once the other exam is sat (its results may still be on the way).
      if (depEnd !== null)
        end = Math.max(end, depEnd - (dep?.results ?? 0) + (draft.study ?? 0) + (draft.results ?? 0));
    }
    // An exam given in windows: apply once ready (not before applications open), sit in the
    // first window that leaves the review and study time.
    const window = draft.windows ? firstWindow(draft.windows, start, end) : undefined;
    if (window) {
      if (window.applyFrom !== null) start = Math.max(start, Math.min(window.applyFrom, window.exam - 1));
      end = window.exam;
    }
    const result: IndexDates = { start, end, ...(window ? { window } : {}) };
    visiting.delete(draft.id);
    dates.set(draft.id, result);
    return result;
  };

  for (const draft of drafts) visit(draft);
  return dates;
}

/** The latest end among the drafts (as_of when none has one). */
export function lastEnd(dates: Map<string, Dates>, asOf: Month, ids?: Iterable<string>): Month {
  let last = monthIndex(asOf);
  const keys = ids ? [...ids] : [...dates.keys()];
  for (const id of keys) {
    const end = dates.get(id)?.end;
    if (end) last = Math.max(last, monthIndex(end));
  }
  return monthFromIndex(last);
}

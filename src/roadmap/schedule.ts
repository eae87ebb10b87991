import { addMonths, type Month, monthIndex } from '../core/month.js';
import type { DraftStep } from './draft.js';
import { type ExamWindow, firstWindow } from './exam-windows.js';

export interface Dates {
  start: Month | null;
  end: Month | null;
  /** The exam window the step was dated in, for steps given only in windows. */
  window?: ExamWindow;
}

/**
 * Dates every draft: a step starts at as_of, or when the steps it waits for end, or at its
 * `earliest` month, whichever is latest; it ends `duration` months later (and not before its
 * `notBeforeEnd`). Done and underway steps keep their own dates.
 */
export function schedule(drafts: readonly DraftStep[], asOf: Month): Map<string, Dates> {
  const byId = new Map(drafts.map((d) => [d.id, d]));
  const dates = new Map<string, Dates>();
  const visiting = new Set<string>();

  const visit = (draft: DraftStep): Dates => {
    const known = dates.get(draft.id);
    if (known) return known;
    if (draft.fixed) {
      const fixed = { start: draft.fixed.start, end: draft.fixed.end };
      dates.set(draft.id, fixed);
      return fixed;
    }
    if (visiting.has(draft.id)) throw new Error(`roadmap steps wait on each other: ${draft.id}`);
    visiting.add(draft.id);
    let start = monthIndex(asOf);
    if (draft.earliest) start = Math.max(start, monthIndex(draft.earliest));
    for (const id of draft.after) {
      const dep = byId.get(id);
      if (!dep) continue;
      const depEnd = visit(dep).end;
      if (depEnd) start = Math.max(start, monthIndex(depEnd));
    }
    let end = start + draft.duration;
    if (draft.notBeforeEnd) end = Math.max(end, monthIndex(draft.notBeforeEnd));
    for (const id of draft.endsAfter ?? []) {
      const dep = byId.get(id);
      const depEnd = dep ? visit(dep).end : null;
      if (depEnd) end = Math.max(end, monthIndex(depEnd));
    }
    for (const id of draft.studyAfter ?? []) {
      const dep = byId.get(id);
      const depEnd = dep ? visit(dep).end : null;
      // Study starts once the other exam is sat (its results may still be on the way).
      if (depEnd)
        end = Math.max(
          end,
          monthIndex(depEnd) - (dep?.results ?? 0) + (draft.study ?? 0) + (draft.results ?? 0),
        );
    }
    // An exam given in windows: apply once ready (not before applications open), sit in the
    // first window that leaves the review and study time.
    const window = draft.windows ? firstWindow(draft.windows, start, end) : undefined;
    if (window) {
      if (window.applyFrom !== null) start = Math.max(start, Math.min(window.applyFrom, window.exam - 1));
      end = window.exam;
    }
    const result: Dates = {
      start: addMonths(asOf, start - monthIndex(asOf)),
      end: addMonths(asOf, end - monthIndex(asOf)),
      ...(window ? { window } : {}),
    };
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
  return addMonths(asOf, last - monthIndex(asOf));
}

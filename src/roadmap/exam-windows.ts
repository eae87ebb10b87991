import { monthIndex } from '../core/month.js';
import type { ExamSchedule } from '../data/schema/exam-schedule.js';

/** How many years of an issuer's yearly cycle to lay out ahead of as_of. */
const YEARS_AHEAD = 25;

/** One sitting of an exam, in month indexes. */
export interface ExamWindow {
  name: string;
  /** The month applications open and close; null when no source gives them. */
  applyFrom: number | null;
  applyTo: number | null;
  /** The month the exam window opens. */
  exam: number;
  /** False for a window laid out from the yearly pattern past the last dates the issuer published. */
  published: boolean;
  /** What the data says of these dates (a published window's own note; the pattern's for the rest). */
  note: string | null;
}

/**
 * The windows an exam can be sat in from `asOf` on: the published ones, then the yearly cycle
 * projected forward past the last published window. Null when the exam is on demand or its
 * windows are not in the data (then the plan cannot and does not date it to a window).
 */
export function examWindows(schedule: ExamSchedule | undefined, asOf: number): readonly ExamWindow[] | null {
  if (schedule?.kind !== 'windows') return null;
  // Laid out once per schedule and month: every scratch plan that dates the exam asks again.
  let known = windowsCache.get(schedule);
  if (!known) {
    known = new Map();
    windowsCache.set(schedule, known);
  }
  let windows = known.get(asOf);
  if (windows === undefined) {
    windows = layOut(schedule, asOf);
    if (windows) for (const w of windows) Object.freeze(w);
    windows = windows && Object.freeze(windows);
    known.set(asOf, windows);
  }
  return windows;
}

const windowsCache = new WeakMap<ExamSchedule, Map<number, readonly ExamWindow[] | null>>();

function layOut(schedule: ExamSchedule & { kind: 'windows' }, asOf: number): ExamWindow[] | null {
  const windows: ExamWindow[] = schedule.published.map((w) => ({
    name: w.exam_from.slice(0, 7),
    applyFrom: w.application_opens ? monthIndex(w.application_opens.slice(0, 7)) : null,
    applyTo: w.application_closes ? monthIndex(w.application_closes.slice(0, 7)) : null,
    exam: monthIndex(w.exam_from.slice(0, 7)),
    published: true,
    note: w.note ?? null,
  }));
  const lastPublished = Math.max(Number.NEGATIVE_INFINITY, ...windows.map((w) => w.exam));
  const firstYear = Math.floor(asOf / 12);
  for (let year = firstYear; year <= firstYear + YEARS_AHEAD; year++) {
    for (const cycle of schedule.cycles) {
      const examMonth = Number(String(cycle.exam.from).slice(0, 2)) - 1;
      const exam = year * 12 + examMonth;
      if (exam <= lastPublished) continue;
      // An application window that opens or closes in a later month than the exam lies in the year before.
      const at = (monthDay: string) => {
        const month = Number(monthDay.slice(0, 2)) - 1;
        return (month > examMonth ? year - 1 : year) * 12 + month;
      };
      windows.push({
        name: cycle.name,
        applyFrom: cycle.application ? at(cycle.application.opens) : null,
        applyTo: cycle.application ? at(cycle.application.closes) : null,
        exam,
        published: false,
        note: schedule.note ?? null,
      });
    }
  }
  if (windows.length === 0) return null;
  return windows.sort((a, b) => a.exam - b.exam);
}

/**
 * The first window a person ready at month `ready` can still apply for (applications must close
 * after that month: a window closing the same month may already be shut) and sit, with the exam no
 * earlier than `examNotBefore` (study time, the issuer's review). Undefined when none is laid out.
 */
export function firstWindow(
  windows: readonly ExamWindow[],
  ready: number,
  examNotBefore: number,
): ExamWindow | undefined {
  return windows.find(
    (w) => w.exam >= Math.max(ready + 1, examNotBefore) && (w.applyTo === null || w.applyTo > ready),
  );
}

import { type Month, monthIndex } from '../core/month.js';
import type { DraftSet, DraftStep } from './draft.js';
import { phrase } from './phrases/index.js';
import type { ExamRef } from './phrases/plan.js';
import { type Dates, schedule } from './schedule.js';
import { isLicenseApplication } from './steps/license-apply.js';

/**
 * One exam at a time beside the goal's. An exam off the goal's path (a recommended license's, a
 * second certification's) whose months overlap another exam's waits for that exam to end, and
 * says so: four exams prepared for in the same half year is not a plan anyone follows. The goal's
 * own path never moves, and an exam the law dates (`dueByLaw`: the California law and ethics exam
 * in an ASW's first year) keeps its months; others make room around it.
 */
export function staggerExams(drafts: DraftSet, goalStep: string | null, asOf: Month): void {
  const goalPath = goalStep ? waitedFor(drafts, goalStep) : new Set<string>();
  const movable = (d: DraftStep) => !d.dueByLaw && !goalPath.has(d.id);
  const moved = new Map<string, string[]>();
  // Each pass moves one exam; no plan has more exams than this, so the passes end.
  for (let pass = 0; pass < drafts.all().length; pass++) {
    const dates = schedule(drafts.all(), asOf);
    const exams = drafts
      .all()
      // Only steps that end with an exam to prepare for (a credential awarded on application has none).
      .filter((d) => d.sits !== undefined && !d.fixed && d.duration > 0)
      .map((d, order) => ({ draft: d, order, span: spanOf(dates, d) }))
      .filter((e): e is { draft: DraftStep; order: number; span: [number, number] } => e.span !== null)
      .sort((a, b) => a.span[0] - b.span[0] || a.order - b.order);
    const clash = firstClash(exams, movable, drafts);
    if (!clash) break;
    const ids = clash.before.map((b) => b.id);
    drafts.waitFor(clash.exam.id, ids);
    // The board application the exam follows moves with it: an application sent months before
    // an exam the plan holds back would sit unanswered (and a board approval may lapse).
    for (const id of [...clash.exam.after, ...(clash.exam.endsAfter ?? [])]) {
      const application = drafts.get(id);
      if (!application || application.fixed || !movable(application) || !isLicenseApplication(id)) continue;
      drafts.waitFor(
        id,
        ids.filter((b) => !drafts.waitsOn(b, id)),
      );
    }
    // Study that runs before the step's own months (an application reviewed while you study)
    // waits too.
    if (clash.exam.study) {
      const free = ids.filter((b) => !drafts.waitsOn(b, clash.exam.id));
      clash.exam.studyAfter = [...new Set([...(clash.exam.studyAfter ?? []), ...free])];
    }
    moved.set(clash.exam.id, [...(moved.get(clash.exam.id) ?? []), ...clash.before.map((b) => b.id)]);
  }
  for (const [id, before] of moved) {
    const draft = drafts.get(id);
    if (!draft) continue;
    const exams = [...new Set(before)].map((b) => drafts.get(b)?.sits ?? UNNAMED);
    draft.why = [...draft.why, phrase('plan.one-exam-at-a-time', { exams })];
  }
}

const UNNAMED: ExamRef = { certification: null, exam: null };

interface Timed {
  draft: DraftStep;
  span: [number, number];
}

/**
 * The first movable exam (by start) whose months overlap an exam that keeps its place: one on
 * the goal's path, one the law dates, or a movable one that starts sooner.
 */
function firstClash(
  exams: readonly Timed[],
  movable: (d: DraftStep) => boolean,
  drafts: DraftSet,
): { exam: DraftStep; before: DraftStep[] } | null {
  for (const [index, exam] of exams.entries()) {
    if (!movable(exam.draft)) continue;
    const before = exams
      .filter(
        (other, otherIndex) =>
          other !== exam &&
          (!movable(other.draft) || otherIndex < index) &&
          overlaps(other.span, exam.span) &&
          !drafts.waitsOn(other.draft.id, exam.draft.id),
      )
      .map((other) => other.draft);
    if (before.length > 0) return { exam: exam.draft, before };
  }
  return null;
}

function overlaps(a: [number, number], b: [number, number]): boolean {
  return a[0] < b[1] && b[0] < a[1];
}

/** The months from the first of study (or the step's start, if sooner) to the exam. */
function spanOf(dates: Map<string, Dates>, draft: DraftStep): [number, number] | null {
  const d = dates.get(draft.id);
  if (!d?.start || !d.end) return null;
  // The exam itself, not the wait for its results, closes the span.
  const end = monthIndex(d.end) - (draft.results ?? 0);
  return [Math.min(monthIndex(d.start), end - (draft.study ?? 0)), end];
}

/** `id` and every step it waits for, directly or not. */
function waitedFor(drafts: DraftSet, id: string): Set<string> {
  const seen = new Set<string>();
  const visit = (step: string) => {
    if (seen.has(step)) return;
    seen.add(step);
    const draft = drafts.get(step);
    for (const dep of [...(draft?.after ?? []), ...(draft?.endsAfter ?? []), ...(draft?.studyAfter ?? [])])
      visit(dep);
  };
  visit(id);
  return seen;
}

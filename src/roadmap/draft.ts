import type { Month } from '../core/month.js';
import type { Role, StepKind } from '../core/vocabulary.js';
import type { Source } from '../data/schema/common.js';
import type { ExamWindow } from './exam-windows.js';
import type { Phrase } from './phrases/index.js';
import type { ExamRef } from './phrases/plan.js';
import type { StepJob } from './types.js';

/**
 * A step before it has dates: how long it takes, what must finish first, and what it changes for
 * the person (a credential, a rung of the ladder). The scheduler turns drafts into dated steps.
 */
export interface DraftStep {
  id: string;
  kind: StepKind;
  title: Phrase;
  /** Sentences, said one after another. */
  why: Phrase[];
  cost: { min: number; max: number } | null;
  /** The step whose cost covers this one (the application a license is issued on). */
  paidWith?: string;
  sources: Pick<Source, 'url' | 'as_of'>[];
  /** Whole months; 0 for a milestone. */
  duration: number;
  /**
   * A need no step of the plan can meet (a restricted license), as the engine words it: what
   * waits on it has no real date.
   */
  unresolved?: string;
  /** Ids of drafts that must end before this one starts. */
  after: string[];
  /** Cannot start before this month (for example the month the verdict says the person is eligible). */
  earliest?: Month;
  /** Cannot end before this month (for example enough study time counted from today). */
  notBeforeEnd?: Month;
  /**
   * Cannot end before these steps end, though it may start sooner: an exam the board must approve
   * you for is sat after the approval, while the study for it runs alongside the board's review.
   */
  endsAfter?: string[];
  /** Steps already done or underway keep the dates the profile gives (null where it gives none). */
  fixed?: { status: 'done' | 'in-progress' | 'n-a'; start: Month | null; end: Month | null };
  /** A renewal: months from this step to the month it falls due (the roadmap names the month). */
  dueAfter?: number;
  /** Months of study before the exam this step ends with: the roadmap says when to start. */
  study?: number;
  /** Months after the exam until its results (the CRC's four weeks): the step ends with them. */
  results?: number;
  /**
   * Steps whose end the study for this step's exam waits for: the exam comes at least `study`
   * months after they end (one exam prepared for at a time).
   */
  studyAfter?: string[];
  /** The exam this step ends with, named for the message layer. */
  sits?: ExamRef;
  /** An exam the law dates (within the associate credential's first year): never moved to make room. */
  dueByLaw?: boolean;
  /** A move with a start but no end (a new rung): the roadmap shows no end month. */
  openEnded?: boolean;
  /** Time in a role the person already holds: underway from the day it starts. */
  ongoing?: boolean;
  /** An exam given only in windows: the step ends in the month the chosen window opens. */
  windows?: readonly ExamWindow[];
  /** A `job` step: the job, its minimum qualifications and the state's pay. */
  job?: StepJob;
  /** A job search that moves the person out of the post they hold (not a first post). */
  moveInto?: boolean;
  /** A credential the person holds that this step keeps current (no new credential, no new duty). */
  keeps?: string;
  /** What the person has after this step, for the pay bands. */
  gains?: { credential?: string; level?: string };
  /** Months a rule counts only after a degree (after_degree): the degree steps they follow. */
  followsDegree?: string[];
  /** Nothing else on the plan waits for it (the entry job while studying): never the next step shown. */
  optional?: true;
  /** A job search for the roles a rule counts (the CDMS: case managers in workers' compensation). */
  forRoles?: readonly Role[];
}

/** Collects drafts in dependency order; the same id twice keeps one step, the longer one. */
export class DraftSet {
  private readonly byId = new Map<string, DraftStep>();

  add(step: DraftStep): string {
    step.after = step.after.filter((id) => id !== step.id);
    // The set owns its steps' lists: later passes add to `why`, and a list shared with a cache
    // (a state's facts, kept per data set) would carry one plan's additions into the next.
    step.why = [...step.why];
    const existing = this.byId.get(step.id);
    if (!existing) {
      this.byId.set(step.id, step);
      return step.id;
    }
    if (existing.fixed) return step.id;
    // A prerequisite that itself waits for this step would make the two wait on each other.
    const extra = step.after.filter((id) => !this.reaches(id, step.id));
    existing.after = [...new Set([...existing.after, ...extra])];
    if (step.duration > existing.duration) {
      existing.duration = step.duration;
      existing.title = step.title;
      existing.why = step.why;
    }
    existing.earliest = laterOf(existing.earliest, step.earliest);
    existing.notBeforeEnd = laterOf(existing.notBeforeEnd, step.notBeforeEnd);
    if (step.endsAfter) existing.endsAfter = [...new Set([...(existing.endsAfter ?? []), ...step.endsAfter])];
    return step.id;
  }

  /**
   * Makes `id` wait for `deps` as well, leaving out any that already wait for it (a job whose
   * requirement is experience gained in the very post it searches for): a step never waits on
   * itself through another.
   */
  waitFor(id: string, deps: readonly string[]): void {
    const step = this.byId.get(id);
    if (!step) return;
    const extra = deps.filter((dep) => dep !== id && !this.reaches(dep, id));
    step.after = [...new Set([...step.after, ...extra])];
  }

  /**
   * The steps `id` waits for, directly or not: through every kind of wait, or through `after` only
   * (the steps it starts after, not those it merely ends after).
   */
  ancestors(id: string, afterOnly = false): DraftStep[] {
    const found: DraftStep[] = [];
    const seen = new Set<string>([id]);
    const next = (step: DraftStep | undefined): string[] =>
      !step
        ? []
        : afterOnly
          ? [...step.after]
          : [...step.after, ...(step.endsAfter ?? []), ...(step.studyAfter ?? [])];
    const queue = next(this.byId.get(id));
    for (let i = 0; i < queue.length; i++) {
      const at = queue[i]!;
      if (seen.has(at)) continue;
      seen.add(at);
      const step = this.byId.get(at);
      if (!step) continue;
      found.push(step);
      queue.push(...next(step));
    }
    return found;
  }

  /** True when `from` waits, directly or not, for `to`. */
  waitsOn(from: string, to: string): boolean {
    return this.reaches(from, to);
  }

  private reaches(from: string, to: string, seen = new Set<string>()): boolean {
    if (from === to) return true;
    if (seen.has(from)) return false;
    seen.add(from);
    const step = this.byId.get(from);
    return [...(step?.after ?? []), ...(step?.endsAfter ?? []), ...(step?.studyAfter ?? [])].some((id) =>
      this.reaches(id, to, seen),
    );
  }

  /**
   * Drops step `id`: every step that waited for it waits for `into` instead (a later job search
   * the entry job already is, replaced by the entry job and the degree the search waited for).
   */
  fold(id: string, into: readonly string[]): void {
    if (!this.byId.delete(id)) return;
    for (const step of this.byId.values()) {
      if (!step.after.includes(id)) continue;
      const rest = step.after.filter((dep) => dep !== id);
      const extra = into.filter(
        (dep) => dep !== step.id && !rest.includes(dep) && !this.reaches(dep, step.id),
      );
      step.after = [...rest, ...extra];
    }
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  get(id: string): DraftStep | undefined {
    return this.byId.get(id);
  }

  all(): DraftStep[] {
    return [...this.byId.values()];
  }
}

function laterOf(a: Month | undefined, b: Month | undefined): Month | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a > b ? a : b;
}

export function sourceRefs(sources: readonly Source[] | undefined): Pick<Source, 'url' | 'as_of'>[] {
  return (sources ?? []).map((s) => (s.url ? { url: s.url, as_of: s.as_of } : { as_of: s.as_of }));
}

/** Words as a part of a step id: lower case, runs of anything else as one hyphen ("texas-social-work-jurisprudence-exam"). */
export function idPart(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

import type { Role, SupervisorKind } from '../../core/vocabulary.js';
import type { Phrase } from './index.js';

/** Exams by name, all of which or any one of which the license asks for. */
export interface ExamNames {
  names: readonly string[];
  mode: 'all' | 'any';
}

/**
 * License steps (steps/license.ts). `goal`: the goal certification's abbreviation (null for none);
 * `area`: the specialization's name; `short`: the license as the person's state titles it.
 */
export interface LicensePhrases {
  /** A step planned for an optional license: its title, marked as for that license. */
  'license.recommended-for': { title: Phrase; short: string };
  /** Why an optional license: the next one on the person's clinical path. */
  /** The clinical title a limited license leads to, with its supervised hours and minimum months. */
  'license.limited-then': { limited: string; title: string; hours: number; minMonths: number | null };
  /** The supervised practice is covered by `months` on the profile; the board confirms it. */
  /** `asked`: the plan asks the board first on a step of its own (steps/ask-board.ts). */
  'license.practice-credited': { short: string; months: number; minimum: number | null; asked: boolean };
  /** The practice runs in the person's post, whose role the license's rule does not count. */
  'license.practice-role-unsure': { role: Role; short: string; past: number };
  /** The role counts, but its supervisor is not one the rule names; `past`: months since the degree. */
  'license.practice-supervisor-unsure': { supervisor: SupervisorKind; short: string; past: number };
  /** The clinical license's degree is the one the board issued the held associate title on. */
  'license.degree-through-associate': { short: string; associate: string };
  /** `supervised`: the person works under a licensed supervisor now. */
  'license.why-clinical': { goal: string | null; short: string; listed: boolean; supervised: boolean };
  /** Why an optional license: the area lists it; what the degree qualifies the person for. */
  /**
   * The clinical license that follows the recommended one, which the plan does not add (the goal
   * does not need it): its supervised `months` after the degree in the person's state.
   */
  'license.clinical-later': { short: string; months: number; where: string | null };
  'license.why-listed': {
    goal: string | null;
    area: string;
    abbreviation: string;
    degreeOnPlan: boolean;
    /** `passed`: the person has passed the exam it asks for already. */
    qualifies: 'apply' | 'exam' | 'passed' | 'license' | 'practice';
  };
  /** What an associate or limited license is for: the hours toward `short` are earned under it. */
  'license.associate-first': { short: string; associate: string; state: string | null };
  /** Why a state's associate credential: how graduates there start the hours toward `clinical`. */
  'license.why-stone': { goal: string | null; state: string; clinical: string; area: string };
  /** The state's registration for the clinical years, not planned for someone in case management now. */
  'license.registration-later': { credential: Phrase; clinical: string; state: string; board: string | null };
  'license.limited-title': { limited: string; where: string };
  'license.limited-why': {
    goal: string | null;
    area: string;
    abbreviation: string;
    where: string;
    short: string;
    limited: string;
  };
  /** Ask the board first: `months` of supervised work the plan counts on a reading of the duties. */
  'license.ask-board-title': { short: string };
  'license.ask-board-why': {
    short: string;
    months: number;
    board: { name: string; url: string | null } | null;
    /** The state's least months of supervised practice, were none of these counted; null if unknown. */
    minimum: number | null;
  };
  'license.limited-apply': {
    board: { name: string; url: string | null } | null;
    where: string;
    months: number;
  };
  'license.supervised': { short: string; months: number; more: boolean };
  /** The supervised practice waits for the job search after the degree: it is done in a post. */
  'license.practice-in-a-post': Record<string, never>;
  /**
   * What an exam is for: the license. `maybePassed`: an associate credential held may have needed
   * it already; `withinAssociate`: the state has it passed while the associate credential is held.
   */
  'license.exam-purpose': {
    short: string;
    exams: readonly string[];
    associateTitle: string | null;
    maybePassed: boolean;
    withinAssociate: { state: string | null; months: number } | null;
  };
  'license.title': { title: Phrase; optional: boolean };
  'license.issued-after': { exams: ExamNames; months: number };
  'license.board-months': { months: number };
  /** The state's exam is not named in the sources: the board's review plus an exam's study time. */
  'license.unnamed-exam-months': { months: number; examMonths: number };
  'license.apply-title': { short: string; where: string | null; optional: boolean };
  'license.apply-why': {
    board: string | null;
    exams: ExamNames;
    short: string;
    months: number;
    url: string | null;
    /** The sources say the board approves you to sit the exam once you apply; false: they do not say. */
    boardFirst: boolean;
  };
}

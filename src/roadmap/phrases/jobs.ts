import type { Month } from '../../core/month.js';
import type { Phrase } from './index.js';

/** A job as the plan names it: its title (the state's own where it has one) and employer. */
export interface JobName {
  title: string;
  employer: string | null;
}

/** Job steps: a job to get, the job a search is for, what it asks and pays (jobs.ts). */
export interface JobPhrases {
  'jobs.get': { job: JobName };
  /** The chosen job is the one held now (`since`: its start, when the profile gives it). */
  'jobs.held': { job: JobName };
  'jobs.held-why': { since: Month | null };
  /** A search for a case-management post, named for the job it is for; `move`: from the post held. */
  'jobs.search': { move: boolean; post: Phrase };
  'jobs.post-or-another': { title: string; employer: string };
  'jobs.post-chosen': { job: JobName };
  'jobs.one-you-qualify': { title: string; employer: string };
  /** A state's own job on the same rung, whose qualifications the sources do not give in full. */
  'jobs.state-also': { name: string; summary: string };
  /** The first job is in another area than the plan's (`area`): none of that area fits now. */
  'jobs.other-area': { jobArea: string; area: string };
  /** The job's minimum qualifications as its source words them; `met`: the person has them now. */
  /** `counted`: parts the person's own work meets (the rest the steps before give). */
  'jobs.qualifies': { requirement: string; met: boolean; counted?: string[] };
  /**
   * The job's minimum qualifications ask for experience (`experience`, as the rule words it) that
   * no step before the job gives: the person's work is not counted for it as the plan reads it.
   */
  'jobs.experience-short': { requirement: string; experience: string[] };
  'jobs.no-qualifications': Record<string, never>;
  'jobs.it-is-chosen': Record<string, never>;
  'jobs.chosen': Record<string, never>;
  /** The months a certification needs count in the entry job the plan starts with: no second search. */
  'jobs.keep-entry': { job: JobName };
  /**
   * The job the person chose is a lower rung than a post the plan moves them into at the same
   * time for the certification (a BSW graduate's social and human service assistant job beside a
   * case-manager post): only that post's months count toward it.
   */
  'jobs.chosen-below-a-post': { abbreviation: string };
  /** A job with no minimum qualifications in the sources, dated after the degree being earned. */
  'jobs.after-first-degree': Record<string, never>;
  /**
   * A job dated now on a rung whose people typically have more years in case management than the
   * person (ladder.yaml `typical_years`): `months` typical, `have` the person's, both full-time.
   */
  'jobs.rung-experience': { months: number; have: number };
  /** The job asks for a license the steps before it give: the person applies newly licensed. */
  /** `months`: the work under the license the person already holds; null when the plan gets it. */
  /** A license the post asks for, held but not active: the person comes back to it. */
  'jobs.returning-to-license': { license: string; lastWorked: Month | null };
  'jobs.newly-licensed': { licenses: readonly string[]; months: number | null };
}

import type { Month } from '../../core/month.js';
import type { JobName } from './jobs.js';

/** A state job a degree's first credits open (steps/job-before-degree.ts). */
export interface JobEarlyPhrases {
  /** The person meets such a job's qualifications today, before the degree. */
  'job-early.now': Record<string, never>;
  /**
   * `title`, `employer`, `requirement`: the state's job as the data words it; `credits` by `month`,
   * or null when the credits the person has suffice and their own work reaches the rest by then.
   */
  'job-early.words': {
    state: string;
    title: string;
    employer: string | null;
    requirement: string | null;
    credits: number | null;
    month: Month;
    /** The entry job on the plan whose months give the work the state's job asks (null: the profile's own). */
    entryJob: JobName | null;
  };
}

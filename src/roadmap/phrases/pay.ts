import type { Role } from '../../core/vocabulary.js';

/** A band's middle figure nationally and its state median, with the BLS occupation it is for. */
export interface BandMedian {
  occupation: string | null;
  median: number;
  stateMedian: number | null;
}

/** Pay along the plan (pay-along.ts): labels of the pay table and what a step says about pay. */
export interface PayPhrases {
  /** Off the ladder, pay today is the role's. */
  'pay.role': { role: Role };
  /** A pay point: the credential the band assumes (when the plan earns it) and the rung. */
  /** `reactivated`: the credential is held now, inactive, and the plan makes it active again. */
  'pay.label': { credential: string | null; rung: string | null; reactivated?: boolean };
  'pay.years': Record<string, never>;
  /** `occupation`: the BLS occupation both posts are paid as. */
  'pay.same': { occupation: string };
  /** No figure: a job with no single BLS occupation, or a rung and area with no band. */
  'pay.unknown': { job: boolean; rung: string | null; area: string | null };
  'pay.no-raise': {
    next: BandMedian;
    current: BandMedian;
    period: string | null;
    state: string;
    /** The new post's figures are below the current ones (not just no higher). */
    below: boolean;
  };
  /** The new post pays more nationally but its state median is below the current one's. */
  'pay.state-lower': { state: string; next: number; current: number; occupation: string | null };
  /**
   * The state has no figure for the job held now, and the new post's state median is below that
   * job's national median (`current`).
   */
  'pay.state-unknown-now': {
    state: string;
    next: number;
    /** The new post's national median, to set beside the job held now's (null: none). */
    nextNational: number | null;
    current: number;
    occupation: string | null;
  };
  /** The state median of the post is above the national one of the job held now, and above its own national one. */
  'pay.state-unknown-now-above': {
    state: string;
    next: number;
    nextNational: number;
    current: number;
    occupation: string | null;
  };
}

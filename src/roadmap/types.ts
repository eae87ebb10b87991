import type { Month } from '../core/month.js';
import type { StepKind, StepStatus } from '../core/vocabulary.js';
import type { Source } from '../data/schema/common.js';
import type { CertificationVerdict } from '../engine/types.js';

/** The roadmap JSON (docs/contracts.md, version 1). Renderers take this object and nothing else. */
export interface Roadmap {
  version: 1;
  as_of: Month;
  profile: { name: string | null; state: string | null };
  goal: RoadmapGoal;
  certifications: RoadmapCertification[];
  steps: RoadmapStep[];
  alternatives: Alternative[];
  caveats: string[];
  /** Where the person stands today, for the "where you stand" block (additive to the contract). */
  standing: StandingItem[];
  /** Pay along the way: today, then after each step that moves pay (additive to the contract). */
  pay: PayPoint[];
  /** The questions people ask (how long, without a degree, what will I earn, what will it cost),
   * answered for this person from the plan and the data (additive to the contract). */
  answers: Answer[];
}

/**
 * How a certification relates to this person's plan: the goal, one they hold, one the plan picks
 * up on the way, one their specialization lists (`area`), any other they could hold (`open`), or
 * one reserved to a discipline they are not in (`other-discipline`: the ACM-RN for someone who is
 * not a nurse).
 */
export type CertificationFit = 'goal' | 'held' | 'on-plan' | 'area' | 'open' | 'other-discipline';

/**
 * A verdict as the roadmap lists it: the eligibility contract's object plus what a page needs to
 * order it and explain the right route (additive to the contract; absent in hand-made models).
 */
export interface RoadmapCertification extends CertificationVerdict {
  /** The disciplines it is open to (`any`, `nursing`, `social-work`, `counseling`). */
  disciplines?: string[];
  fit?: CertificationFit;
  /**
   * The route the plan follows (the goal, one on the way), or would follow were it the goal; the
   * one that makes the person eligible now when there is one. null when no route can be shown.
   */
  plan_route?: string | null;
}

export interface Answer {
  /** Stable key for scripts: `how-long`, `without-degree`, `earnings`, `cost`. */
  id: string;
  question: string;
  answer: string;
}

export interface RoadmapGoal {
  specialization: string | null;
  /** The specialization's display name ("Homelessness and housing case management"; additive). */
  specialization_name?: string | null;
  certification: string | null;
  /** True when the tool chose the goal (the profile named none, or only part of it). */
  recommended: boolean;
  /**
   * True when the certification is the one the profile named (additive in 0.2): with
   * `recommended`, only the area was the tool's choice, and a heading says "Goal", not "Suggested".
   */
  certification_chosen?: boolean;
  why: string;
}

export interface RoadmapStep {
  id: string;
  kind: StepKind;
  title: string;
  status: StepStatus;
  start: Month | null;
  end: Month | null;
  duration_months: number | null;
  /** null when no source gives the cost: never guessed. */
  cost_usd: { min: number; max: number } | null;
  /**
   * The step whose cost covers this one (a license is issued on the fee paid with its
   * application): this step has no cost of its own to look up (additive, 0.2).
   */
  paid_with?: string;
  why: string;
  pay_after: PayAfter | null;
  sources: Pick<Source, 'url' | 'as_of'>[];
  /** `kind: job` steps: the job, its minimum qualifications and the state's pay (0.2, additive). */
  job?: StepJob;
  /** Nothing else on the plan waits for the step (the entry job while studying) (0.2, additive). */
  optional?: true;
}

export interface StepJob {
  id: string;
  /** The title in the person's state, where the state has its own. */
  title: string;
  employer: string | null;
  /** The minimum qualifications as the source words them; null when no source gives them. */
  minimum_qualifications: string | null;
  /** The BLS occupation the job is paid as. */
  soc: string | null;
  /** The state's OEWS median for that occupation, where the state and figure are in the data. */
  state_pay: {
    state: string;
    median_usd: number | null;
    period: string;
    source: string | null;
    /** The BLS occupation the median is for (every experience level in it). */
    occupation?: string | null;
  } | null;
}

/** Where a pay figure comes from: the page it was read from (additive, 0.2). */
export interface PaySource {
  title: string;
  url?: string;
  as_of: string;
  /** bls.gov (or another official publisher); false for a third-party page. */
  official: boolean;
}

/**
 * The pay figures of one band: one BLS occupation's national figures for every experience level
 * (additive fields, 0.2), and the state's median beside them where the person's state is known.
 * `min_usd` and `max_usd` are the 10th and 90th percentiles where BLS publishes them, or the median
 * twice where it publishes only the median.
 */
export interface PayFigures {
  level: string;
  min_usd: number;
  max_usd: number;
  /** The occupation's national median (0.2, additive). */
  median_usd?: number;
  /** The BLS occupation the national figures are for, and its SOC code. */
  occupation?: string;
  soc?: string;
  /** The period the national figures are for ("May 2024"). */
  period?: string;
  /** The sources behind the figures shown: the national figures' first, then the state median's. */
  sources?: PaySource[];
  /** The state's OEWS median for the same occupation (0.2, present when known). */
  state_median_usd?: number;
  state_median_period?: string;
  state_median_source?: string;
  /** The BLS occupation the state median covers, every experience level in it. */
  state_median_occupation?: string;
}

/** The pay a job move leads to; null on steps that are not a job move or do not change pay. */
export type PayAfter = PayFigures;

export interface Alternative {
  title: string;
  saves_months: number;
  steps: string[];
}

export interface StandingItem {
  ok: boolean | 'partial';
  text: string;
}

export interface PayPoint extends PayFigures {
  month: Month;
  label: string;
  open_ended: boolean;
}

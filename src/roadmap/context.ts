import type { Month } from '../core/month.js';
import type { Data } from '../data/model.js';
import type { Specialization } from '../data/schema/families.js';
import type { Rule } from '../data/schema/rules.js';
import type { Explained } from '../engine/evaluate.js';
import type { Explanation, VerdictCaveat } from '../engine/explanation.js';
import type { PreparedProfile } from '../engine/prepare.js';
import type { CertificationVerdict, EvalNode } from '../engine/types.js';
import type { Profile } from '../profile/schema.js';

/** What every part of the planner reads. Built once per plan; never mutated. */
export interface PlanContext {
  profile: Profile;
  /** The profile as the engine prepared it (its months and degree completions), for facts the planner reads the engine's way. */
  prepared: PreparedProfile;
  data: Data;
  asOf: Month;
  verdicts: ReadonlyMap<string, CertificationVerdict>;
  /** The goal specialization (chosen or recommended); null when the data has none that fits. */
  specialization: Specialization | null;
  /** The engine's rule evaluation for this profile at as_of (license `requires`, what-if checks). */
  evaluate: (rule: Rule) => EvalNode;
  /** Prefer the licenses the specialization lists over quicker ones (off when looking for shortcuts). */
  preferSpecLicenses: boolean;
  /** Licenses the plan gets anyway (the clinical license someone is on the way to, the listed
   * license they are one exam away from): a rule's alternative that needs one costs nothing more. */
  committed?: ReadonlySet<string>;
  /**
   * The words the report was made with (its language), for the rules the planner asks about and
   * the caveats of the route it follows; English when absent. The planner passes them through.
   */
  words?: ReportWords;
}

/** What the eligibility layer's words do for the planner (src/messages/eligibility.ts implements it). */
export interface ReportWords {
  tree(node: Explanation): EvalNode;
  caveatTexts(caveats: readonly VerdictCaveat[]): string[];
  verdicts(explained: Explained): CertificationVerdict[];
}

/**
 * Planning assumptions where no source gives a figure. They set durations only (costs are never
 * assumed), and every step that uses one says so in its `why`.
 */
export const ASSUME = {
  /** Months to find a new case-management post. */
  jobSearchMonths: 3,
  /** Months a board or certifier takes to issue a license once everything is in. */
  licenseProcessingMonths: 1,
  /**
   * Months to prepare for and sit a licensing exam the sources do not name (Ohio's law asks for
   * "an examination administered by the board"): a licensing exam's usual study time.
   */
  unnamedExamMonths: 3,
  /** Continuing-education hours a working person typically completes in a month. */
  ceHoursPerMonth: 10,
  /** Months left on an in-progress degree whose expected month the profile does not give. */
  underwayDegreeMonths: 12,
  /** Full-time months of study by level, when degrees.yaml has no matching program. */
  degreeMonths: {
    'high-school': 12,
    'some-college': 12,
    certificate: 12,
    associate: 24,
    diploma: 24,
    bachelor: 48,
    master: 24,
    doctorate: 48,
  },
} as const;

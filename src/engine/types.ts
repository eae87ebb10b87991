import type { Month } from '../core/month.js';
import type { Source } from '../data/schema/common.js';

/** One node of the explanation tree: the rule, whether it holds, and why. Every node is evaluated. */
export interface EvalNode {
  kind: 'all' | 'any' | 'not' | 'degree' | 'license' | 'experience' | 'certification' | 'exam' | 'ce';
  requirement: string;
  ok: boolean;
  /** What the profile has toward it, in words ("7.5 FTE months"); absent for combinators. */
  have?: string;
  /** What is still needed ("4.5 more FTE months"); absent when ok. */
  need?: string;
  source?: Source;
  /** Caveats this node triggered for this profile. */
  caveats: string[];
  children?: EvalNode[];
  /**
   * Experience only: the numbers behind have/need, in the predicate's unit; `growing` when an
   * ongoing role counts toward it, so time alone can close the gap.
   */
  measure?: { unit: 'fte-months' | 'months' | 'hours'; have: number; need: number; growing: boolean };
}

export interface MissingItem {
  requirement: string;
  have: string;
  need: string;
}

export interface RouteVerdict {
  id: string;
  title: string;
  eligible: boolean;
  missing: MissingItem[];
  /** The month this route opens if only time in ongoing roles is needed; null otherwise. */
  eligible_from: Month | null;
  tree: EvalNode;
}

export type VerdictStatus = 'eligible' | 'not-yet' | 'not-eligible' | 'unconfirmed' | 'retired';

/** One certification's verdict: the docs/contracts.md eligibility contract, plus `title`/`tree` per route. */
export interface CertificationVerdict {
  id: string;
  name: string;
  eligible: boolean;
  status: VerdictStatus;
  /** The route that makes the person eligible now; null otherwise (see routes[].eligible_from). */
  route: string | null;
  routes: RouteVerdict[];
  eligible_from: Month | null;
  caveats: string[];
  /** The person already holds this certification (additive to the contract). */
  held: boolean;
}

/** A certification's verdict alone (`verdicts()`): the contract's fields without routes or caveats. */
export type CertificationOutcome = Pick<
  CertificationVerdict,
  'id' | 'name' | 'eligible' | 'status' | 'route' | 'eligible_from' | 'held'
>;

/** Every certification's verdict alone: what `verdicts()` returns. */
export interface VerdictsReport {
  version: 1;
  as_of: Month;
  certifications: CertificationOutcome[];
}

export interface EligibilityReport {
  version: 1;
  as_of: Month;
  certifications: CertificationVerdict[];
}

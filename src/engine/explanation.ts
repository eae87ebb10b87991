import type { LicenseStatus } from '../core/vocabulary.js';
import type { Certification, Route } from '../data/schema/families.js';
import type { DegreeCondition, Rule } from '../data/schema/rules.js';
import type { EducationEntry, LicenseEntry } from '../profile/schema.js';

/**
 * The engine's structured explanation: what each rule node found, as numbers, ids and entries of
 * the profile — never sentences. The message layer (src/messages/) turns it into words.
 */

export type RuleKind =
  | 'all'
  | 'any'
  | 'not'
  | 'degree'
  | 'license'
  | 'experience'
  | 'certification'
  | 'exam'
  | 'ce';
export type ExperienceUnit = 'fte-months' | 'months' | 'hours';

/** A caveat the verdict rests on: a reading written in the data, or one the engine itself notes. */
export type VerdictCaveat =
  | { readonly code: 'data'; readonly text: string }
  /** Undated experience was counted as falling after the degree, or within the window. */
  | {
      readonly code: 'undated-experience';
      readonly afterDegree: boolean;
      readonly withinMonths: number | null;
    }
  /** The degree counted from has no completion month: all experience was counted after it. */
  | { readonly code: 'undated-degree' }
  | { readonly code: 'status-unconfirmed'; readonly certification: Certification }
  | { readonly code: 'retired'; readonly certification: Certification };

/** Why one education entry does not meet a degree condition. */
export type DegreeShortfall =
  | { readonly reason: 'other-degree'; readonly condition: DegreeCondition }
  | { readonly reason: 'program-accreditation'; readonly accreditors: readonly string[] }
  | { readonly reason: 'school-accreditation' }
  | { readonly reason: 'field-experience' }
  | {
      readonly reason: 'internship';
      readonly minHours: number;
      readonly supervisedBy: readonly string[] | null;
    }
  | { readonly reason: 'coursework'; readonly missing: readonly string[] }
  | { readonly reason: 'unfinished' };

export interface DegreeFacts {
  readonly kind: 'degree';
  /** Every education entry of the profile (as of the evaluated month). */
  readonly held: readonly EducationEntry[];
  /** The first entry that meets the condition, or null. */
  readonly met: EducationEntry | null;
  /** The closest entry's shortfalls; empty when met or when the profile lists no education. */
  readonly shortfall: readonly DegreeShortfall[];
}

export interface LicenseFacts {
  readonly kind: 'license';
  readonly held: readonly LicenseEntry[];
  readonly met: LicenseEntry | null;
  /** A license of an accepted type whose status is not accepted (inactive, restricted). */
  readonly wrongStatus: LicenseEntry | null;
  /** The accepted license ids (after the independent-practice filter). */
  readonly wanted: readonly string[];
  readonly statuses: readonly LicenseStatus[];
}

export interface IdsFacts {
  readonly kind: 'certification' | 'exam';
  readonly held: readonly string[];
  readonly met: string | null;
  readonly wanted: readonly string[];
}

export interface CeFacts {
  readonly kind: 'ce';
  readonly have: number;
  readonly need: number;
}

export interface ExperienceFacts {
  readonly kind: 'experience';
  readonly unit: ExperienceUnit;
  readonly have: number;
  readonly need: number;
  /** An ongoing role counts toward it, so time alone can close the gap. */
  readonly growing: boolean;
  /** The most the amount can grow per month (in `unit`), from the ongoing roles that count. */
  readonly rate: number;
  /** The rule counts from a degree the person does not hold. */
  readonly degreeFirst: boolean;
  /** The rule needs a matching role now, and none is ongoing. */
  readonly notCurrent: boolean;
}

export type Facts = DegreeFacts | LicenseFacts | IdsFacts | CeFacts | ExperienceFacts;

/** One node of the explanation tree. Every node of a rule is evaluated (no short-circuit). */
export interface Explanation {
  readonly kind: RuleKind;
  /** The rule node of the data this explains (its requirement text and source live there). */
  readonly rule: Rule;
  readonly ok: boolean;
  /** Caveats this node triggered for this profile (a combinator: its own, unconditional ones). */
  readonly caveats: readonly VerdictCaveat[];
  readonly children: readonly Explanation[] | null;
  /** Leaves only: what the profile has toward the predicate. */
  readonly facts: Facts | null;
}

export type VerdictStatus = 'eligible' | 'not-yet' | 'not-eligible' | 'unconfirmed' | 'retired';

export interface RouteResult {
  readonly route: Route;
  readonly ok: boolean;
  /** Month index at which time alone opens the route; null when eligible now or never by time. */
  readonly eligibleFrom: number | null;
  readonly tree: Explanation;
  /** The route's own caveats and those of the nodes that decide it. */
  readonly caveats: readonly VerdictCaveat[];
  /** How many separate requirements are unmet (the contract's `missing[]` length). */
  readonly missingCount: number;
}

export interface CertificationResult {
  readonly certification: Certification;
  readonly status: VerdictStatus;
  readonly held: boolean;
  readonly routes: readonly RouteResult[];
  /** The route that makes the person eligible now, else the soonest by time, else the closest. */
  readonly deciding: RouteResult | null;
  /** Month index; set exactly when status is not-yet. */
  readonly eligibleFrom: number | null;
  /** The caveats the verdict rests on (the deciding route's), in order, not yet de-duplicated. */
  readonly caveats: readonly VerdictCaveat[];
}

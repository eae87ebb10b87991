import type { Facts, VerdictCaveat } from '../engine/explanation.js';

/**
 * What a language must say about the engine's explanations. English is `en/eligibility.ts`; a
 * second language implements the same interface (a missing message is a type error).
 */
export interface EligibilityMessages {
  /** The requirement of an `all` / `any` node whose data gives none, from its parts' requirements. */
  composedRequirement(kind: 'all' | 'any', parts: readonly string[]): string;
  /** What a failed `not` still needs: that its child not hold. */
  notNeed(childRequirement: string): string;
  /** The "have" of an unmet choice when no alternative has anything toward it. */
  noneOfThese: string;
  /** One alternative's needs, joined ("4.5 more FTE months and an active RN license"). */
  alternativeNeeds(needs: readonly string[]): string;
  /** A choice's needs, one per alternative ("…; or …"). */
  anyNeed(options: readonly string[]): string;
  /** One alternative's need, named by its requirement ("2,080 hours in workers' compensation …: to be working …"). */
  labelledNeed(requirement: string, need: string): string;
  /** The one need of experience alternatives that all lack the same, with the kinds of work that count. */
  sameNeed(need: string, kinds: readonly string[]): string;
  /** What the alternatives of a choice have, together. */
  listHave(haves: readonly string[]): string;
  /** What the profile has toward a predicate. */
  have(facts: Facts): string;
  /**
   * What a predicate still needs. For a license of no wrong status, a certification or an exam it
   * may read only the rule's own conditions (`wanted`, `statuses`): it is asked once per rule.
   */
  need(facts: Facts, requirement: string): string;
  caveat(caveat: VerdictCaveat): string;
}

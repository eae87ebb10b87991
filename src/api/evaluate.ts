import { type Month, monthFromIndex } from '../core/month.js';
import { withExamsOfHeldLicenses } from '../data/held-exams.js';
import type { Data } from '../data/model.js';
import type { Rule } from '../data/schema/rules.js';
import { decide } from '../engine/decide.js';
import { type EvaluateOptions, explain, explainPreparedRule, explainRule } from '../engine/evaluate.js';
import type { PreparedProfile } from '../engine/prepare.js';
import type { EligibilityReport, EvalNode, VerdictsReport } from '../engine/types.js';
import { EligibilityWords } from '../messages/eligibility.js';
import type { EligibilityMessages } from '../messages/eligibility-messages.js';
import { englishEligibility } from '../messages/en/eligibility.js';
import type { Profile } from '../profile/schema.js';

/** A language's eligibility messages for a data set: `englishEligibility`, `spanishEligibility`. */
export type EligibilityLanguage = (data: Data, state?: string | null) => EligibilityMessages;

const words = new WeakMap<Data, Map<EligibilityLanguage, Map<string, EligibilityWords>>>();

/**
 * The words for one data set's verdicts in one language (default English), made once per data
 * set and language. A language module brings only its messages; the wording machinery is here,
 * so a second language shares it without a chunk of its own.
 */
export function eligibilityWords(
  data: Data,
  language: EligibilityLanguage = englishEligibility,
  state: string | null = null,
): EligibilityWords {
  let byLanguage = words.get(data);
  if (!byLanguage) {
    byLanguage = new Map();
    words.set(data, byLanguage);
  }
  let byState = byLanguage.get(language);
  if (!byState) {
    byState = new Map();
    byLanguage.set(language, byState);
  }
  // License names follow the person's state, so each state's words are made once.
  const key = state?.toUpperCase() ?? '';
  let found = byState.get(key);
  if (!found) {
    found = new EligibilityWords(language(data, state));
    byState.set(key, found);
  }
  return found;
}

/**
 * Every certification's verdict for a profile: the `eligibility --format json` object. Pure.
 * `say` words the verdicts (default English); the machine fields are the same in every language.
 */
export function evaluate(
  profile: Profile,
  data: Data,
  options: EvaluateOptions,
  say: Pick<EligibilityWords, 'verdicts'> = eligibilityWords(data, englishEligibility, profile.state ?? null),
): EligibilityReport {
  // The exams a held license required count as passed (an NC CSW passed the ASWB Bachelors).
  const explained = explain(withExamsOfHeldLicenses(profile, data), data, options);
  return {
    version: 1,
    as_of: options.asOf,
    certifications: say.verdicts(explained),
  };
}

/**
 * Every certification's verdict and eligible_from, as `evaluate()` gives them, without the
 * explanation trees, the missing requirements or the caveats: for a caller that needs only the
 * verdicts of many profiles. Pure.
 */
export function verdicts(profile: Profile, data: Data, options: EvaluateOptions): VerdictsReport {
  const decided = decide(withExamsOfHeldLicenses(profile, data), data, options);
  return {
    version: 1,
    as_of: options.asOf,
    certifications: decided.certifications.map((decision) => ({
      id: decision.certification.id,
      name: decision.certification.name,
      eligible: decision.status === 'eligible',
      status: decision.status,
      route: decision.route?.id ?? null,
      eligible_from: decision.eligibleFrom === null ? null : monthFromIndex(decision.eligibleFrom),
      held: decision.held,
    })),
  };
}

/**
 * The caveats one route of a certification rests on, in words: the route's own, then those of the
 * nodes that decide it. A plan that follows the route adds them to the verdict's caveats.
 */
export function routeCaveats(
  profile: Profile,
  data: Data,
  asOf: Month,
  certification: string,
  route: string,
  say: Pick<EligibilityWords, 'caveatTexts'> = eligibilityWords(data),
): string[] {
  const result = explain(withExamsOfHeldLicenses(profile, data), data, {
    asOf,
    certifications: [certification],
  }).certifications[0];
  const found = result?.routes.find((candidate) => candidate.route.id === route);
  return found ? say.caveatTexts(found.caveats) : [];
}

/** One rule's explanation for a profile as of a month, in words. */
export function evaluateRule(rule: Rule, profile: Profile, data: Data, asOf: Month): EvalNode {
  return eligibilityWords(data).tree(explainRule(rule, profile, data, asOf));
}

/** The same for a profile prepared once, by a caller that asks about many rules (the planner). */
export function evaluatePreparedRule(
  rule: Rule,
  prepared: PreparedProfile,
  data: Data,
  say: Pick<EligibilityWords, 'tree'> = eligibilityWords(data),
): EvalNode {
  return say.tree(explainPreparedRule(rule, prepared, data));
}

export type { EvaluateOptions };

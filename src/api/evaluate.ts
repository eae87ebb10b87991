import type { Month } from '../core/month.js';
import { withExamsOfHeldLicenses } from '../data/held-exams.js';
import type { Data } from '../data/model.js';
import type { Rule } from '../data/schema/rules.js';
import { type EvaluateOptions, explain, explainRule } from '../engine/evaluate.js';
import type { EligibilityReport, EvalNode } from '../engine/types.js';
import { EligibilityWords } from '../messages/eligibility.js';
import type { EligibilityMessages } from '../messages/eligibility-messages.js';
import { englishEligibility } from '../messages/en/eligibility.js';
import type { Profile } from '../profile/schema.js';

/** A language's eligibility messages for a data set: `englishEligibility`, `spanishEligibility`. */
export type EligibilityLanguage = (data: Data) => EligibilityMessages;

const words = new WeakMap<Data, Map<EligibilityLanguage, EligibilityWords>>();

/**
 * The words for one data set's verdicts in one language (default English), made once per data
 * set and language. A language module brings only its messages; the wording machinery is here,
 * so a second language shares it without a chunk of its own.
 */
export function eligibilityWords(
  data: Data,
  language: EligibilityLanguage = englishEligibility,
): EligibilityWords {
  let byLanguage = words.get(data);
  if (!byLanguage) {
    byLanguage = new Map();
    words.set(data, byLanguage);
  }
  let found = byLanguage.get(language);
  if (!found) {
    found = new EligibilityWords(language(data));
    byLanguage.set(language, found);
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
  say: EligibilityWords = eligibilityWords(data),
): EligibilityReport {
  // The exams a held license required count as passed (an NC CSW passed the ASWB Bachelors).
  const explained = explain(withExamsOfHeldLicenses(profile, data), data, options);
  return {
    version: 1,
    as_of: options.asOf,
    certifications: explained.certifications.map((result) => say.verdict(result)),
  };
}

/** One rule's explanation for a profile as of a month, in words. */
export function evaluateRule(rule: Rule, profile: Profile, data: Data, asOf: Month): EvalNode {
  return eligibilityWords(data).tree(explainRule(rule, profile, data, asOf));
}

export type { EvaluateOptions };

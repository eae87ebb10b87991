import type { Month } from '../core/month.js';
import type { Data } from '../data/model.js';
import type { Rule } from '../data/schema/rules.js';
import { type EvaluateOptions, explain, explainRule } from '../engine/evaluate.js';
import type { EligibilityReport, EvalNode } from '../engine/types.js';
import { EligibilityWords } from '../messages/eligibility.js';
import { englishEligibility } from '../messages/en/eligibility.js';
import type { Profile } from '../profile/schema.js';

const words = new WeakMap<Data, EligibilityWords>();

/** The English words for one data set's verdicts (made once per data set). */
export function eligibilityWords(data: Data): EligibilityWords {
  let found = words.get(data);
  if (!found) {
    found = new EligibilityWords(englishEligibility(data));
    words.set(data, found);
  }
  return found;
}

/** Every certification's verdict for a profile: the `eligibility --format json` object. Pure. */
export function evaluate(profile: Profile, data: Data, options: EvaluateOptions): EligibilityReport {
  const explained = explain(profile, data, options);
  const say = eligibilityWords(data);
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

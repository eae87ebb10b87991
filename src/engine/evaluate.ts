import { type Month, monthIndex } from '../core/month.js';
import type { Data } from '../data/model.js';
import type { Rule } from '../data/schema/rules.js';
import type { Profile } from '../profile/schema.js';
import { compiledCertifications } from './certification.js';
import { compileRule } from './compile.js';
import type { CertificationResult, Explanation } from './explanation.js';
import { type PreparedProfile, prepareProfile } from './prepare.js';
import { explainCertification } from './verdict.js';

export interface EvaluateOptions {
  /** The month the verdicts are for (YYYY-MM). */
  asOf: Month;
  /** Only these certification ids (default: every certification in the data). */
  certifications?: readonly string[];
}

export interface Explained {
  readonly asOf: number;
  readonly certifications: readonly CertificationResult[];
  /** Subtrees that several routes share: each is the same object in every tree that has it. */
  readonly shared: readonly Explanation[];
}

/** Every certification's verdict for a profile, as structured data (no words). Pure. */
export function explain(profile: Profile, data: Data, options: EvaluateOptions): Explained {
  const asOf = monthIndex(options.asOf);
  const prepared = prepareProfile(profile, asOf);
  const certifications: CertificationResult[] = [];
  for (const compiled of compiledCertifications(data, options.certifications)) {
    certifications.push(explainCertification(compiled, prepared));
  }
  return { asOf, certifications, shared: prepared.remembered?.made ?? NONE_SHARED };
}

const NONE_SHARED: readonly Explanation[] = Object.freeze([]);

/** One rule's explanation for a profile at a month. */
export function explainRule(rule: Rule, profile: Profile, data: Data, asOf: Month): Explanation {
  return explainPreparedRule(rule, prepareProfile(profile, monthIndex(asOf)), data);
}

/** One rule's explanation for a prepared profile, at its as-of month. */
export function explainPreparedRule(rule: Rule, prepared: PreparedProfile, data: Data): Explanation {
  return compileRule(rule, data)(prepared, prepared.asOf);
}

import type { Phrase } from './index.js';

/** What the plan itself says (plan.ts): a certification held, a restricted license. */
export interface PlanPhrases {
  /** `name`: the certification's full name. */
  'plan.hold': { name: string };
  /** `issuer`: the goal's certifying body, null when there is no goal. */
  'plan.restricted': { name: Phrase; issuer: string | null };
  /** The route counts months on the profile that all come before the license the plan gets. */
  'plan.experience-before-license': { abbreviation: string; license: string; issuer: string };
}

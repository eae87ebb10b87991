import type { Phrase } from './index.js';

/** What the plan itself says (plan.ts): a certification held, a restricted license. */
export interface PlanPhrases {
  /** `name`: the certification's full name. */
  'plan.hold': { name: string };
  /** `issuer`: the goal's certifying body, null when there is no goal. */
  'plan.restricted': { name: Phrase; issuer: string | null };
}

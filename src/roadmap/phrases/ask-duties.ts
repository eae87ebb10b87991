import type { Role, Setting } from '../../core/vocabulary.js';

/** Asking the issuer whether duties under another title count (steps/ask-duties.ts). */
export interface AskDutiesPhrases {
  'ask-duties.title': { issuer: string; role: Role; abbreviation: string };
  /** `months`: whole full-time months in the role (and setting) that would cover the gap. */
  /** `working`: the post is the one held now (else the last one held). */
  'ask-duties.why': {
    issuer: string;
    role: Role;
    abbreviation: string;
    months: number;
    /** Some of those months are part time: `months` are full-time equivalents, not calendar months. */
    fte: boolean;
    setting: Setting;
    working: boolean;
    /** The certification still needs more than these months (a degree first): no applying yet. */
    moreNeeded: boolean;
    /** The rule counts only the last `within` months (the CDMS's 36); null for no window. */
    within: number | null;
    /** What the issuer would count the duties as. */
    work: 'case-management' | 'disability-management';
    /**
     * Months still to work in the post, were its duties counted (13 of the CCM's 24 as a
     * utilization reviewer: 11); null when the months already cover the requirement.
     */
    rest: number | null;
    insteadOf: null;
  };
  /**
   * The same question for a certification beside the goal (`insteadOf`): if the issuer counts the
   * duties, it is open now, sooner than the goal the plan is built around.
   */
  'ask-duties.why-sooner': Omit<AskDutiesPhrases['ask-duties.why'], 'insteadOf'> & { insteadOf: string };
  /** Eligible now only as the plan reads the person's work: confirm before paying to apply. */
  'ask-duties.confirm-title': { issuer: string; abbreviation: string };
  /** `now`: the person may apply now; else once the steps before the application are done. */
  'ask-duties.confirm-why': { issuer: string; abbreviation: string; now: boolean };
}

import type { Month } from '../core/month.js';
import type { CertificationVerdict, RouteVerdict, VerdictStatus } from '../engine/types.js';

/**
 * The words of the eligibility text view (`casemgr-path eligibility`) around the verdicts'
 * own words: headings, status, have → need, when a route opens. English is
 * `en/eligibility-view.ts`; a second language implements the same interface.
 */
export interface EligibilityViewMessages {
  /** The title after the tool's name: ["eligibility", "as of Nov 2026"]. */
  title(asOf: Month): readonly string[];
  /** "1 eligible now, 2 eligible later, 5 not eligible"; statuses with no certification left out. */
  summary(counts: Readonly<Record<VerdictStatus, number>>): string;
  noCertifications: string;
  /** "you hold it", "eligible now", "eligible Oct 2027", "not eligible" … */
  status(cert: Pick<CertificationVerdict, 'status' | 'eligible_from'> & { held?: boolean }): string;
  /** "Route:", before the deciding route's title. */
  route: string;
  /** "have 13 FTE months → need 11 more FTE months"; `have` is empty when there is nothing. */
  haveNeed(have: string, need: string, arrow: string): string;
  /** "Opens Oct 2027 if you stay in your current role." */
  opens(month: Month): string;
  noVerdict: string;
  otherRoutes: string;
  /** "met", "1 missing, opens Oct 2027" */
  otherRoute(route: RouteVerdict): string;
  /** The label of a caveat line, four letters wide in every language ("NOTE", "NOTA"). */
  note: string;
}

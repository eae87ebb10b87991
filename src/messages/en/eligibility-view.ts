import { formatMonth } from '../../core/month.js';
import type { CertificationVerdict } from '../../engine/types.js';
import type { EligibilityViewMessages } from '../eligibility-view.js';

/**
 * "you hold it", "eligible now", "eligible Oct 2027", "not eligible", "status unconfirmed",
 * "retired": the one status vocabulary of every English format (see `restsOnReading` in
 * render/format.ts for "to confirm").
 */
export function statusWords(
  cert: Pick<CertificationVerdict, 'status' | 'eligible_from'> & { held?: boolean },
): string {
  if (cert.held) return 'you hold it';
  switch (cert.status) {
    case 'eligible':
      return 'eligible now';
    case 'not-yet':
      return cert.eligible_from ? `eligible ${formatMonth(cert.eligible_from)}` : 'eligible later';
    case 'not-eligible':
      return 'not eligible';
    case 'unconfirmed':
      return 'status unconfirmed';
    case 'retired':
      return 'retired';
  }
}

/** The English words of the eligibility text view. */
export const enEligibilityView: EligibilityViewMessages = {
  title: (asOf) => ['eligibility', `as of ${formatMonth(asOf)}`],
  summary: (counts) =>
    (
      [
        [counts.eligible, 'eligible now'],
        [counts['not-yet'], 'eligible later'],
        [counts['not-eligible'], 'not eligible'],
        [counts.unconfirmed, 'unconfirmed'],
        [counts.retired, 'retired'],
      ] as const
    )
      .filter(([n]) => n > 0)
      .map(([n, words]) => `${n} ${words}`)
      .join(', '),
  noCertifications: 'No certifications to check.',
  status: statusWords,
  route: 'Route:',
  haveNeed: (have, need, arrow) => `have ${have || 'nothing yet'} ${arrow} need ${need}`,
  opens: (month) => `Opens ${formatMonth(month)} if you stay in your current role.`,
  noVerdict:
    "No verdict: the issuer's current rules are not confirmed in the sources we cite (see the note).",
  otherRoutes: 'Other routes:',
  otherRoute: (route) =>
    route.eligible
      ? 'met'
      : `${route.missing.length} missing${route.eligible_from ? `, opens ${formatMonth(route.eligible_from)}` : ''}`,
  note: 'NOTE',
};

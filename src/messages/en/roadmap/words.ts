import { withArticle } from '../../../core/article.js';
import { formatNumber } from '../../../core/number.js';
import type {
  EducationField,
  EducationLevel,
  Role,
  Setting,
  SupervisorKind,
} from '../../../core/vocabulary.js';

/** English names for the profile vocabulary and the small helpers the roadmap messages share. */

export const LEVEL_NAMES: Record<EducationLevel, string> = {
  'high-school': 'high-school diploma',
  'some-college': 'some college',
  certificate: 'certificate',
  associate: 'associate degree',
  diploma: 'hospital nursing diploma',
  bachelor: "bachelor's degree",
  master: "master's degree",
  doctorate: 'doctorate',
};

export const FIELD_NAMES: Record<EducationField, string> = {
  'social-work': 'social work',
  nursing: 'nursing',
  psychology: 'psychology',
  'human-services': 'human services',
  counseling: 'counseling',
  'rehabilitation-counseling': 'rehabilitation counseling',
  sociology: 'sociology',
  gerontology: 'gerontology',
  'public-health': 'public health',
  'health-sciences': 'health sciences',
  'child-and-family-studies': 'child and family studies',
  'marriage-and-family-therapy': 'marriage and family therapy',
  'occupational-therapy': 'occupational therapy',
  'physical-therapy': 'physical therapy',
  'recreational-therapy': 'recreational therapy',
  'respiratory-therapy': 'respiratory therapy',
  'speech-language-therapy': 'speech and language therapy',
  business: 'business',
  other: 'a field the certifications do not list',
};

export const ROLE_NAMES: Record<Role, string> = {
  'case-manager': 'case manager',
  'case-management-supervisor': 'case-management supervisor',
  'care-coordinator': 'care coordinator',
  'case-management-assistant': 'case-management assistant',
  'utilization-review': 'utilization reviewer',
  'registered-nurse': 'registered nurse',
  'licensed-practical-nurse': 'licensed practical nurse',
  'social-worker': 'social worker',
  'rehabilitation-counselor': 'rehabilitation counselor',
  counselor: 'counselor',
  'disability-manager': 'disability manager',
  'human-services': 'human-services worker',
  other: 'other role',
};

export const SETTING_NAMES: Record<Setting, string> = {
  hospital: 'a hospital',
  'health-system': 'a health system',
  'home-health': 'home health',
  'long-term-care': 'long-term care',
  'physician-practice': 'a physician practice',
  payer: 'a health plan (payer)',
  'workers-comp': "workers' compensation",
  'community-mental-health': 'community mental health',
  'child-welfare': 'child welfare',
  school: 'a school',
  'vocational-rehab': 'vocational rehabilitation',
  community: 'a community agency',
  other: 'another setting',
};

export const SUPERVISOR_NAMES: Record<SupervisorKind, string> = {
  ccm: 'a CCM-certified supervisor',
  crc: 'a CRC-certified supervisor',
  licensed: 'a licensed professional',
  other: 'a supervisor',
  none: 'no supervisor',
};

/** "your case manager role", "your current job" (for the catch-all role). */
export function yourRole(role: Role): string {
  return role === 'other' ? 'your current job' : `your ${ROLE_NAMES[role]} role`;
}

/** "a, b or c" — for short lists in sentences. */
export function orList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

export function andList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export function usd(amount: number): string {
  return `$${formatNumber(amount)}`;
}

export function usdRange(range: { min: number; max: number }): string {
  return range.min === range.max ? usd(range.min) : `${usd(range.min)}–${usd(range.max)}`;
}

/** "1 month", "11 months", "1.5 months". */
export function months(count: number): string {
  const rounded = Math.round(count * 10) / 10;
  return `${rounded} ${rounded === 1 ? 'month' : 'months'}`;
}

/** "2 years" for whole years, otherwise "18 months". */
export function span(count: number): string {
  if (count >= 12 && Number.isInteger(count) && count % 12 === 0) {
    const years = count / 12;
    return `${years} ${years === 1 ? 'year' : 'years'}`;
  }
  return months(count);
}

/** "1 more month", "11 more months". */
export function moreMonths(count: number): string {
  return months(count).replace(/ (months?)$/, ' more $1');
}

/** "For the CCM: 24 months of …" — the requirement, with the credential it serves when known. */
export function forText(purpose: string | null | undefined, requirement: string): string {
  return purpose ? `For the ${purpose}: ${lowerFirst(requirement)}` : requirement;
}

/** "a case manager", "an RN": an acronym takes "an" when its first letter is said with a vowel sound. */
export function article(noun: string): string {
  return withArticle(noun);
}

/** Lower-cases a leading capital of an ordinary word (not of an acronym such as "CCM"). */
export function lowerFirst(text: string): string {
  return /^[A-Z](?![A-Z0-9-])/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/**
 * An issuer as a sentence names it: an acronym as it is (CCMC, ACMA), a name with its article
 * ("the CDMS Commission").
 */
export function org(name: string): string {
  return /^[A-Z0-9&-]+$/.test(name) ? name : `the ${name}`;
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * "bachelor's degree in psychology"; a nursing diploma is in nursing already (no "in nursing"),
 * and a certificate in nursing is the practical nursing certificate an LPN holds (as the wizard
 * calls it).
 */
export function degreeIn(level: keyof typeof LEVEL_NAMES, field: keyof typeof FIELD_NAMES): string {
  if (level === 'certificate' && field === 'nursing') return 'practical nursing certificate';
  // A high-school diploma has no field to name.
  if (level === 'high-school') return LEVEL_NAMES[level];
  return level === 'diploma' && field === 'nursing'
    ? LEVEL_NAMES[level]
    : `${LEVEL_NAMES[level]} in ${FIELD_NAMES[field]}`;
}

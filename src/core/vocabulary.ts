/**
 * The closed vocabularies that the profile contract (docs/contracts.md, profile v1) fixes. Ids that the
 * data defines (licenses, certifications, exams, coursework, specializations) are not here: they
 * are checked against the loaded data instead, so new data needs no new code.
 */

export const EDUCATION_LEVELS = [
  'high-school',
  'associate',
  'diploma',
  'bachelor',
  'master',
  'doctorate',
  // 0.2, appended so that existing menu positions stay put (docs/data-ids-0.2.md).
  'some-college',
  'certificate',
] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

/** Rank for "at least" comparisons. A hospital nursing diploma ranks with an associate degree. */
export const EDUCATION_RANK: Record<EducationLevel, number> = {
  'high-school': 0,
  // Neither is a degree: "at least an associate degree" is not met by credits or a certificate.
  'some-college': 0,
  certificate: 0,
  associate: 1,
  diploma: 1,
  bachelor: 2,
  master: 3,
  doctorate: 4,
};

export const EDUCATION_FIELDS = [
  'social-work',
  'nursing',
  'psychology',
  'human-services',
  'counseling',
  'rehabilitation-counseling',
  'sociology',
  'gerontology',
  'public-health',
  'health-sciences',
  'business',
  'other',
  // 0.2: NACCM's related fields, appended so that existing menu positions stay put.
  'child-and-family-studies',
  'marriage-and-family-therapy',
  'occupational-therapy',
  'physical-therapy',
  'recreational-therapy',
  'respiratory-therapy',
  'speech-language-therapy',
] as const;
export type EducationField = (typeof EDUCATION_FIELDS)[number];

export const PROGRAM_ACCREDITATIONS = ['cswe', 'cacrep', 'core', 'acen', 'ccne', 'none'] as const;
export type ProgramAccreditation = (typeof PROGRAM_ACCREDITATIONS)[number];

/** The accreditors' short names, as people know them. */
export const ACCREDITOR_NAMES: Record<ProgramAccreditation, string> = {
  cswe: 'CSWE',
  cacrep: 'CACREP',
  core: 'CORE',
  acen: 'ACEN',
  ccne: 'CCNE',
  none: 'none',
};

export const LICENSE_STATUSES = ['active', 'restricted', 'inactive'] as const;
export type LicenseStatus = (typeof LICENSE_STATUSES)[number];

export const SUPERVISOR_KINDS = ['ccm', 'crc', 'licensed', 'other', 'none'] as const;
export type SupervisorKind = (typeof SUPERVISOR_KINDS)[number];

export const INTERNSHIP_SUPERVISORS = ['crc', 'licensed', 'other'] as const;
export type InternshipSupervisor = (typeof INTERNSHIP_SUPERVISORS)[number];

export const ROLES = [
  'case-manager',
  'case-management-supervisor',
  'care-coordinator',
  'case-management-assistant',
  'utilization-review',
  'registered-nurse',
  'social-worker',
  'rehabilitation-counselor',
  'disability-manager',
  'human-services',
  'other',
  // 0.2, appended so that existing menu positions stay put.
  'licensed-practical-nurse',
  'counselor',
] as const;
export type Role = (typeof ROLES)[number];

export const SETTINGS = [
  'hospital',
  'health-system',
  'home-health',
  'long-term-care',
  'physician-practice',
  'payer',
  'workers-comp',
  'community-mental-health',
  'child-welfare',
  'school',
  'vocational-rehab',
  'community',
  'other',
] as const;
export type Setting = (typeof SETTINGS)[number];

export const STEP_KINDS = [
  'education',
  'license',
  'experience',
  'exam',
  'certification',
  'career',
  'job',
  'continuing-education',
  'network',
] as const;
export type StepKind = (typeof STEP_KINDS)[number];

export const STEP_STATUSES = ['done', 'in-progress', 'next', 'pending', 'n-a'] as const;
export type StepStatus = (typeof STEP_STATUSES)[number];

export const US_STATES = [
  'AL',
  'AK',
  'AZ',
  'AR',
  'CA',
  'CO',
  'CT',
  'DE',
  'DC',
  'FL',
  'GA',
  'HI',
  'ID',
  'IL',
  'IN',
  'IA',
  'KS',
  'KY',
  'LA',
  'ME',
  'MD',
  'MA',
  'MI',
  'MN',
  'MS',
  'MO',
  'MT',
  'NE',
  'NV',
  'NH',
  'NJ',
  'NM',
  'NY',
  'NC',
  'ND',
  'OH',
  'OK',
  'OR',
  'PA',
  'RI',
  'SC',
  'SD',
  'TN',
  'TX',
  'UT',
  'VT',
  'VA',
  'WA',
  'WV',
  'WI',
  'WY',
  'PR',
  'GU',
  'VI',
  'AS',
  'MP',
] as const;
export type UsState = (typeof US_STATES)[number];

/** Hours in a full-time month: 40 h/week x 52 weeks / 12, so 12 full-time months are exactly 2,080 h. */
export const HOURS_PER_FULL_TIME_MONTH = (40 * 52) / 12;

/** The license and certification discipline a degree field leads to (other fields lead to none). */
export const FIELD_DISCIPLINES: Partial<Record<EducationField, 'nursing' | 'social-work' | 'counseling'>> = {
  nursing: 'nursing',
  'social-work': 'social-work',
  counseling: 'counseling',
  'rehabilitation-counseling': 'counseling',
};

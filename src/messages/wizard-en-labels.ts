/**
 * Plain-language names for the profile's closed vocabularies (docs/contracts.md, profile v1), in
 * US English. The vocabularies are part of the profile contract, so their labels live in code;
 * everything the data defines (licenses, certifications, specializations) is named by the data.
 */
import { STATE_NAMES } from '../core/state-names.js';
import type {
  EducationField,
  EducationLevel,
  InternshipSupervisor,
  LicenseStatus,
  Role,
  Setting,
  SupervisorKind,
  UsState,
} from '../core/vocabulary.js';

const level: Record<EducationLevel, string> = {
  'high-school': 'High school diploma or GED',
  'some-college': 'Some college, no degree',
  certificate: 'A certificate (for example practical nursing)',
  associate: 'Associate degree (for example ADN, AAS)',
  diploma: 'Hospital nursing diploma',
  bachelor: "Bachelor's degree",
  master: "Master's degree",
  doctorate: 'Doctorate',
};

/** Short forms, for the answer echoed after a question and for the review. */
const levelShort: Record<EducationLevel, string> = {
  'high-school': 'High school',
  'some-college': 'Some college',
  certificate: 'Certificate',
  associate: 'Associate degree',
  diploma: 'Nursing diploma',
  bachelor: "Bachelor's",
  master: "Master's",
  doctorate: 'Doctorate',
};

/** The level inside a sentence: "When did you finish your associate degree in nursing?" */
const levelInText: Record<EducationLevel, string> = {
  'high-school': 'high school',
  'some-college': 'some college',
  certificate: 'certificate',
  associate: 'associate degree',
  diploma: 'nursing diploma',
  bachelor: "bachelor's",
  master: "master's",
  doctorate: 'doctorate',
};

const field: Record<EducationField, string> = {
  'social-work': 'Social work',
  nursing: 'Nursing',
  psychology: 'Psychology',
  'human-services': 'Human services',
  counseling: 'Counseling',
  'rehabilitation-counseling': 'Rehabilitation counseling',
  sociology: 'Sociology',
  gerontology: 'Gerontology',
  'public-health': 'Public health',
  'health-sciences': 'Health sciences',
  'child-and-family-studies': 'Child and family studies',
  'marriage-and-family-therapy': 'Marriage and family therapy',
  'occupational-therapy': 'Occupational therapy',
  'physical-therapy': 'Physical therapy',
  'recreational-therapy': 'Recreational therapy',
  'respiratory-therapy': 'Respiratory therapy',
  'speech-language-therapy': 'Speech and language therapy',
  business: 'Business',
  other: 'Something else',
};

const role: Record<Role, string> = {
  'case-manager': 'Case manager',
  'case-management-supervisor': 'Case management supervisor or lead',
  'care-coordinator': 'Care coordinator or care manager (also MDS coordinator)',
  'case-management-assistant': 'Case management assistant or aide',
  'utilization-review': 'Utilization review or management',
  'registered-nurse': 'Registered nurse (bedside or clinic)',
  'licensed-practical-nurse': 'Licensed practical nurse (LPN or LVN)',
  'social-worker': 'Social worker',
  'rehabilitation-counselor': 'Rehabilitation counselor',
  counselor: 'Counselor or therapist (mental health)',
  'disability-manager': 'Disability or claims manager',
  'human-services': 'Human services worker (caseworker, advocate)',
  other: 'Another related role',
};

/** The job as a noun inside a sentence: "your job as a utilization reviewer". */
const roleWords: Record<Role, string> = {
  'case-manager': 'case manager',
  'case-management-supervisor': 'case management supervisor',
  'care-coordinator': 'care coordinator',
  'case-management-assistant': 'case management assistant',
  'utilization-review': 'utilization reviewer',
  'registered-nurse': 'registered nurse',
  'licensed-practical-nurse': 'LPN',
  'social-worker': 'social worker',
  'rehabilitation-counselor': 'rehabilitation counselor',
  counselor: 'counselor',
  'disability-manager': 'disability or claims manager',
  'human-services': 'human services worker',
  other: 'related role',
};

const setting: Record<Setting, string> = {
  hospital: 'Hospital',
  'health-system': 'Health system (several hospitals and clinics)',
  'home-health': 'Home health or hospice',
  'long-term-care': 'Nursing home, rehab or long-term care',
  'physician-practice': "Doctor's office or clinic",
  payer: 'Insurance company or health plan',
  'workers-comp': "Workers' compensation",
  'community-mental-health': 'Community mental health',
  'child-welfare': 'Child welfare',
  school: 'A school or school district',
  'vocational-rehab': 'Vocational rehabilitation',
  community: 'Community agency or nonprofit',
  other: 'Somewhere else',
};

const supervisor: Record<SupervisorKind, string> = {
  ccm: 'A case manager with the CCM certification',
  crc: 'A Certified Rehabilitation Counselor (CRC)',
  licensed: 'A licensed nurse, social worker or counselor',
  other: 'Someone else',
  none: 'No one, or I am not sure',
};

/** Who supervised, as a phrase of the review. */
const supervisorShort: Record<SupervisorKind, string> = {
  ccm: 'supervised by a CCM',
  crc: 'supervised by a CRC',
  licensed: 'supervised by a licensed professional',
  other: 'supervised',
  none: 'not supervised',
};

const internshipSupervisor: Record<InternshipSupervisor, string> = {
  crc: 'A Certified Rehabilitation Counselor (CRC)',
  licensed: 'A licensed counselor, social worker or nurse',
  other: 'Someone else',
};

const licenseStatus: Record<LicenseStatus, string> = {
  active: 'Active, no restrictions',
  restricted: 'Active with conditions (probation, restrictions)',
  inactive: 'Inactive or lapsed',
};

/** A license's status as a word of the review: "RN (active)". */
const licenseStatusShort: Record<LicenseStatus, string> = {
  active: 'active',
  restricted: 'restricted',
  inactive: 'inactive',
};

const state: Record<UsState, string> = STATE_NAMES;

export const labelsEn = {
  level,
  levelShort,
  levelInText,
  field,
  role,
  roleWords,
  setting,
  supervisor,
  supervisorShort,
  internshipSupervisor,
  licenseStatus,
  licenseStatusShort,
  state,
};

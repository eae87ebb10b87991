// Deterministic, varied version-1 profiles for the benchmarks (not itself a benchmark: bench/run.mjs
// runs only the top-level bench/*.mjs files). The same seed gives the same profiles every time.
//
// Every field is written out (no reliance on defaults), dates never lie after AS_OF, and only
// vocabulary of the 0.1 profile is used, so the profiles stay valid while the code changes, except
// that a national social-work title a state does not issue becomes the state's own (or goes).

export const AS_OF = '2026-11';

/** mulberry32: a small, fast, seeded generator of floats in [0, 1). */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Maria', 'Kim', 'Ann', 'José', 'Li', 'Sam', 'Aisha', 'Tom', 'Chloé', 'Raj', 'Olga', 'Ben'];
const LAST = [
  'Lopez',
  'Jo',
  'Lee',
  'Núñez',
  'Wang',
  'Smith',
  'Khan',
  "O'Brien",
  'Dubois',
  'Patel',
  'Ivanova',
];
const STATES = ['TX', 'CA', 'NY', 'FL', 'OH', 'PA', 'IL', 'GA', 'NC', 'MI', 'WA'];
/**
 * A national social-work title a state does not issue, as the state's own (California's ASW
 * registration for an LMSW) or none (no bachelor's-level title in New York): a profile that names
 * the national one there is refused, and the benchmarks time valid clients.
 */
const OWN_TITLES = {
  CA: { lmsw: 'ca-asw', lbsw: null },
  FL: { lmsw: 'fl-csw-intern', lbsw: null },
  NC: { lmsw: 'nc-cmsw', lbsw: 'nc-csw' },
  NY: { lbsw: null },
  GA: { lbsw: null },
};
function inStateTitle(license, profileState) {
  const own = OWN_TITLES[license.state ?? profileState];
  if (!own || !(license.type in own)) return [license];
  const type = own[license.type];
  return type ? [{ ...license, type }] : [];
}
/** [level, field, program accreditation] — weighted toward the degrees case managers hold. */
const DEGREES = [
  ['associate', 'nursing', 'acen'],
  ['diploma', 'nursing', 'none'],
  ['bachelor', 'nursing', 'ccne'],
  ['bachelor', 'social-work', 'cswe'],
  ['bachelor', 'social-work', 'none'],
  ['master', 'social-work', 'cswe'],
  ['bachelor', 'psychology', 'none'],
  ['bachelor', 'sociology', 'none'],
  ['master', 'rehabilitation-counseling', 'cacrep'],
  ['master', 'counseling', 'cacrep'],
  ['bachelor', 'human-services', 'none'],
  ['bachelor', 'public-health', 'none'],
  ['bachelor', 'business', 'none'],
  ['high-school', 'other', 'none'],
  ['associate', 'human-services', 'none'],
  ['doctorate', 'health-sciences', 'none'],
];
const LICENSES = ['rn', 'rn', 'lpn', 'lbsw', 'lmsw', 'lmsw', 'lcsw', 'lpc'];
const LICENSE_STATUSES = ['active', 'active', 'active', 'active', 'restricted', 'inactive'];
const ROLES = [
  'case-manager',
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
];
const SETTINGS = [
  'hospital',
  'hospital',
  'health-system',
  'home-health',
  'long-term-care',
  'physician-practice',
  'payer',
  'workers-comp',
  'community-mental-health',
  'child-welfare',
  'vocational-rehab',
  'community',
  'other',
];
const SUPERVISORS = ['ccm', 'crc', 'licensed', 'licensed', 'other', 'none'];
const GOALS = ['ccm', 'acm-rn', 'acm-sw', 'crc', 'c-swcm', 'cmc', 'cdms', null, null];
const SPECIALIZATIONS = ['healthcare', null, null];

const month = (index) => `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
const AS_OF_INDEX = 2026 * 12 + 10;

/** `count` varied profiles, the same ones for the same seed. */
export function generateProfiles(count, seed = 20261101) {
  const next = random(seed);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const profiles = [];
  for (let i = 0; i < count; i++) {
    const education = [];
    const degrees = next() < 0.08 ? 0 : next() < 0.75 ? 1 : 2;
    for (let d = 0; d < degrees; d++) {
      const [level, field, accreditation] = pick(DEGREES);
      const inProgress = next() < 0.12;
      const entry = {
        level,
        field,
        accredited: next() < 0.95,
        program_accreditation: accreditation,
        field_experience: accreditation !== 'none' || next() < 0.4,
        coursework: [],
        status: inProgress ? 'in-progress' : 'completed',
      };
      // In-progress degrees carry an expected month ahead; completed ones a month in the past.
      if (next() < 0.8)
        entry.completed = month(
          inProgress ? AS_OF_INDEX + 1 + Math.floor(next() * 30) : AS_OF_INDEX - 1 - Math.floor(next() * 180),
        );
      education.push(entry);
    }
    const licenses = [];
    const licenseCount = next() < 0.35 ? 0 : next() < 0.85 ? 1 : 2;
    for (let l = 0; l < licenseCount; l++) {
      const license = { type: pick(LICENSES), status: pick(LICENSE_STATUSES) };
      if (next() < 0.7) license.state = pick(STATES);
      licenses.push(license);
    }
    const experience = [];
    const roles = next() < 0.15 ? 0 : 1 + Math.floor(next() * 3);
    for (let r = 0; r < roles; r++) {
      const months = Math.round(next() * 600) / 10;
      const entry = {
        role: pick(ROLES),
        setting: pick(SETTINGS),
        months,
        hours_per_week: pick([40, 40, 40, 36, 32, 20]),
        supervised_by: pick(SUPERVISORS),
        paid: next() < 0.92,
        ongoing: r === 0 && next() < 0.55,
      };
      // Dated roles start early enough to fit before AS_OF (ongoing ones run up to it).
      if (next() < 0.5) entry.start = month(AS_OF_INDEX - Math.ceil(months) - Math.floor(next() * 48));
      experience.push(entry);
    }
    const certifications = next() < 0.06 ? [pick(['crc', 'cdms'])] : [];
    const goal = pick(GOALS);
    const specialization = pick(SPECIALIZATIONS);
    const goals = {};
    if (goal) goals.certification = goal;
    if (specialization) goals.specialization = specialization;
    const name = `${pick(FIRST)} ${pick(LAST)}`;
    const state = pick(STATES);
    profiles.push({
      version: 1,
      name,
      state,
      education,
      licenses: licenses.flatMap((license) => inStateTitle(license, state)),
      certifications,
      exams_passed: [],
      ce_hours: Math.floor(next() * 40),
      experience,
      ...(Object.keys(goals).length > 0 ? { goals } : {}),
    });
  }
  return profiles;
}

import { EDUCATION_FIELDS } from '../../core/vocabulary.js';
import { fieldWords } from './eligibility.js';

/**
 * The contract's closed vocabularies in Spanish, as `explore` shows a value (`entornos de
 * trabajo: hospital, aseguradora o plan de salud (payer)`). Ids of records (`ccm`, `bsw`,
 * `healthcare`) are not here: they are what a person types after `explore FAMILY`, the same in
 * every language. `tests/lang/explore-es.test.ts` checks that every value the data schemas allow
 * for these keys has its Spanish.
 */

type Words = Readonly<Record<string, string>>;

const LEVELS: Words = {
  'high-school': 'escuela secundaria (high school)',
  'some-college': 'estudios universitarios sin título',
  certificate: 'certificado',
  associate: 'título de asociado (associate)',
  diploma: 'diploma de enfermería',
  bachelor: "licenciatura (bachelor's)",
  master: "maestría (master's)",
  doctorate: 'doctorado',
};

const SETTINGS: Words = {
  hospital: 'hospital',
  'health-system': 'sistema de salud',
  'home-health': 'atención médica en el hogar (home health)',
  'long-term-care': 'cuidado a largo plazo',
  'physician-practice': 'consultorio médico',
  payer: 'aseguradora o plan de salud (payer)',
  'workers-comp': "compensación laboral (workers' comp)",
  'community-mental-health': 'salud mental comunitaria',
  'child-welfare': 'bienestar infantil',
  school: 'escuela',
  'vocational-rehab': 'rehabilitación vocacional',
  community: 'comunidad',
  other: 'otro entorno',
};

const ROLES: Words = {
  'case-manager': 'administrador(a) de casos',
  'case-management-supervisor': 'supervisor(a) de administración de casos',
  'care-coordinator': 'coordinador(a) de atención (care coordinator)',
  'case-management-assistant': 'asistente de administración de casos',
  'utilization-review': 'revisión de utilización (utilization review)',
  'registered-nurse': 'enfermera(o) registrada(o) (RN)',
  'social-worker': 'trabajador(a) social',
  'rehabilitation-counselor': 'consejero(a) de rehabilitación',
  'disability-manager': 'administrador(a) de discapacidad (disability manager)',
  'human-services': 'servicios humanos (human services)',
  other: 'otro puesto',
  'licensed-practical-nurse': 'enfermera(o) práctica(o) con licencia (LPN)',
  counselor: 'consejero(a) (counselor)',
};

const DISCIPLINES: Words = {
  nursing: 'enfermería',
  'social-work': 'trabajo social',
  counseling: 'consejería (counseling)',
  any: 'cualquiera',
};

/** Every education field of the contract, in the words the eligibility view uses. */
const FIELDS: Words = Object.fromEntries(EDUCATION_FIELDS.map((field) => [field, fieldWords(field)]));

/** Each vocabulary by the keys whose values it holds. */
export const VALUES: Readonly<Record<string, Words>> = {
  status: { active: 'vigente', retired: 'retirada', unconfirmed: 'sin confirmar' },
  disciplines: DISCIPLINES,
  discipline: DISCIPLINES,
  field: FIELDS,
  fields: FIELDS,
  fits_fields: FIELDS,
  matched_fields: FIELDS,
  level: LEVELS,
  levels: LEVELS,
  min_level: LEVELS,
  settings: SETTINGS,
  placement_outside: SETTINGS,
  has_settings: SETTINGS,
  roles: ROLES,
  counted_roles: ROLES,
  has_roles: ROLES,
  program_accreditation: {
    cswe: 'CSWE',
    cacrep: 'CACREP',
    core: 'CORE',
    acen: 'ACEN',
    ccne: 'CCNE',
    none: 'ninguna',
  },
  prerequisite: { none: 'ninguno' },
  supervised_by: {
    ccm: 'una persona con CCM',
    crc: 'una persona con CRC',
    licensed: 'un(a) profesional con licencia',
    other: 'otra persona',
    none: 'sin supervisión',
  },
  kind: {
    'on-demand': 'a pedido, sin períodos fijos (on demand)',
    windows: 'en períodos fijos (windows)',
    license: 'licencia',
    registration: 'registro',
    'voluntary-certification': 'certificación voluntaria',
    interpersonal: 'interpersonal',
    clinical: 'clínica',
    organizational: 'organizativa',
    technical: 'técnica',
    knowledge: 'de conocimientos',
  },
  kinds: {
    'certifying-body': 'entidad certificadora',
    'professional-association': 'asociación profesional',
    accreditor: 'entidad acreditadora',
    'exam-provider': 'proveedor de exámenes',
    government: 'gobierno',
  },
  statuses: { active: 'activa', restricted: 'restringida', inactive: 'inactiva' },
  tier: {
    entry: 'de entrada',
    practical: 'enfermería práctica (practical)',
    associate: 'asociada (associate)',
    bachelor: "licenciatura (bachelor's)",
    master: "maestría (master's)",
    clinical: 'clínica',
  },
  // The other values of `exam` are exam ids.
  exam: { none: 'ninguno', unknown: 'sin datos' },
  exams_mode: { all: 'todos', any: 'uno cualquiera' },
  exam_approval: { 'board-first': 'la junta autoriza el examen tras la solicitud' },
  min_months: { none: 'sin mínimo' },
  max_months: { none: 'sin límite' },
  applies_to: { inactive: 'inactiva', lapsed: 'vencida', 'inactive-or-lapsed': 'inactiva o vencida' },
};

/** The data's English month names ("May 2024", a cycle called "April"), January first. */
export const ENGLISH_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A BLS period as the data writes it ("May 2024") as a month (2024-05); other periods as they are. */
export function periodMonth(period: string): string | undefined {
  const match = /^([A-Z][a-z]+) (\d{4})$/.exec(period);
  const index = match ? ENGLISH_MONTHS.indexOf(match[1]!) : -1;
  return index < 0 ? undefined : `${match![2]}-${String(index + 1).padStart(2, '0')}`;
}

/**
 * The profile's closed vocabularies in Spanish (the same keys as `wizard-en-labels.ts`). The US
 * term a person meets on job postings and forms stays in parentheses the first time it matters;
 * official names (CCM, CRC, RN, LPN) stay as issued.
 */
import { STATE_NAMES } from '../core/state-names.js';
import type { WizardMessages } from './wizard-en.js';

type Labels = WizardMessages['labels'];

const level: Labels['level'] = {
  'high-school': 'Diploma de escuela secundaria (high school) o GED',
  'some-college': 'Algunos estudios universitarios (some college), sin título',
  certificate: 'Un certificado (por ejemplo, de enfermería práctica)',
  associate: 'Título de asociado (associate degree; por ejemplo ADN, AAS)',
  diploma: 'Diploma de enfermería de un hospital (hospital nursing diploma)',
  bachelor: "Licenciatura (bachelor's degree)",
  master: "Maestría (master's degree)",
  doctorate: 'Doctorado',
};

const levelShort: Labels['levelShort'] = {
  'high-school': 'Escuela secundaria',
  'some-college': 'Estudios universitarios sin título',
  certificate: 'Certificado',
  associate: 'Título de asociado',
  diploma: 'Diploma de enfermería',
  bachelor: 'Licenciatura',
  master: 'Maestría',
  doctorate: 'Doctorado',
};

/** After "su": "¿Cuándo obtuvo su licenciatura en trabajo social?" */
const levelInText: Labels['levelInText'] = {
  'high-school': 'escuela secundaria',
  'some-college': 'estudios universitarios',
  certificate: 'certificado',
  associate: 'título de asociado',
  diploma: 'diploma de enfermería',
  bachelor: 'licenciatura',
  master: 'maestría',
  doctorate: 'doctorado',
};

const field: Labels['field'] = {
  'social-work': 'Trabajo social',
  nursing: 'Enfermería',
  psychology: 'Psicología',
  'human-services': 'Servicios humanos (human services)',
  counseling: 'Consejería (counseling)',
  'rehabilitation-counseling': 'Consejería de rehabilitación (rehabilitation counseling)',
  sociology: 'Sociología',
  gerontology: 'Gerontología',
  'public-health': 'Salud pública',
  'health-sciences': 'Ciencias de la salud',
  'child-and-family-studies': 'Estudios de la niñez y la familia',
  'marriage-and-family-therapy': 'Terapia matrimonial y familiar',
  'occupational-therapy': 'Terapia ocupacional',
  'physical-therapy': 'Fisioterapia (physical therapy)',
  'recreational-therapy': 'Terapia recreativa',
  'respiratory-therapy': 'Terapia respiratoria',
  'speech-language-therapy': 'Terapia del habla y el lenguaje',
  business: 'Administración de empresas (business)',
  other: 'Otro campo',
};

const role: Labels['role'] = {
  'case-manager': 'Administrador(a) de casos (case manager)',
  'case-management-supervisor': 'Supervisor(a) o líder de administración de casos',
  'care-coordinator': 'Coordinador(a) de atención o de MDS (care coordinator, care manager)',
  'case-management-assistant': 'Asistente o auxiliar de administración de casos',
  'utilization-review': 'Revisión o gestión de la utilización (utilization review)',
  'registered-nurse': 'Enfermera(o) registrada(o) (RN; en hospital o clínica)',
  'licensed-practical-nurse': 'Enfermera(o) práctica(o) con licencia (LPN o LVN)',
  'social-worker': 'Trabajador(a) social',
  'rehabilitation-counselor': 'Consejero(a) de rehabilitación (rehabilitation counselor)',
  counselor: 'Consejero(a) o terapeuta (salud mental)',
  'disability-manager': 'Gestor(a) de discapacidad o de reclamos (disability o claims manager)',
  'human-services': 'Trabajador(a) de servicios humanos (caseworker, defensor(a))',
  other: 'Otro puesto relacionado',
};

/** After "como": "Su trabajo como revisor(a) de utilización". */
const roleWords: Labels['roleWords'] = {
  'case-manager': 'administrador(a) de casos',
  'case-management-supervisor': 'supervisor(a) de administración de casos',
  'care-coordinator': 'coordinador(a) de atención',
  'case-management-assistant': 'asistente de administración de casos',
  'utilization-review': 'revisor(a) de utilización',
  'registered-nurse': 'enfermera(o) registrada(o)',
  'licensed-practical-nurse': 'LPN',
  'social-worker': 'trabajador(a) social',
  'rehabilitation-counselor': 'consejero(a) de rehabilitación',
  counselor: 'consejero(a)',
  'disability-manager': 'gestor(a) de discapacidad o de reclamos',
  'human-services': 'trabajador(a) de servicios humanos',
  other: 'empleado(a) en un puesto relacionado',
};

const setting: Labels['setting'] = {
  hospital: 'Hospital',
  'health-system': 'Sistema de salud (varios hospitales y clínicas)',
  'home-health': 'Salud en el hogar (home health) o cuidados paliativos (hospice)',
  'long-term-care': 'Hogar de ancianos (nursing home), rehabilitación o cuidado a largo plazo',
  'physician-practice': 'Consultorio médico o clínica',
  payer: 'Compañía de seguros o plan de salud',
  'workers-comp': "Compensación laboral (workers' compensation)",
  'community-mental-health': 'Salud mental comunitaria',
  'child-welfare': 'Bienestar infantil (child welfare)',
  school: 'Una escuela o un distrito escolar',
  'vocational-rehab': 'Rehabilitación vocacional',
  community: 'Agencia comunitaria u organización sin fines de lucro',
  other: 'Otro lugar',
};

const supervisor: Labels['supervisor'] = {
  ccm: 'Un(a) administrador(a) de casos con la certificación CCM',
  crc: 'Un(a) Certified Rehabilitation Counselor (CRC)',
  licensed: 'Un(a) enfermero(a), trabajador(a) social o consejero(a) con licencia',
  other: 'Otra persona',
  none: 'Nadie, o no estoy seguro(a)',
};

const supervisorShort: Labels['supervisorShort'] = {
  ccm: 'bajo supervisión de una persona con CCM',
  crc: 'bajo supervisión de una persona con CRC',
  licensed: 'bajo supervisión de un(a) profesional con licencia',
  other: 'con supervisión',
  none: 'sin supervisión',
};

const internshipSupervisor: Labels['internshipSupervisor'] = {
  crc: 'Un(a) Certified Rehabilitation Counselor (CRC)',
  licensed: 'Un(a) consejero(a), trabajador(a) social o enfermero(a) con licencia',
  other: 'Otra persona',
};

const licenseStatus: Labels['licenseStatus'] = {
  active: 'Activa, sin restricciones',
  restricted: 'Activa con condiciones (probation, restricciones)',
  inactive: 'Inactiva o vencida',
};

const licenseStatusShort: Labels['licenseStatusShort'] = {
  active: 'activa',
  restricted: 'con restricciones',
  inactive: 'inactiva',
};

/** The names US government sites in Spanish use (USA.gov en español); the others are the same. */
const state: Labels['state'] = {
  ...STATE_NAMES,
  DC: 'Distrito de Columbia',
  HI: 'Hawái',
  LA: 'Luisiana',
  MS: 'Misisipi',
  MO: 'Misuri',
  NH: 'Nuevo Hampshire',
  NJ: 'Nueva Jersey',
  NM: 'Nuevo México',
  NY: 'Nueva York',
  NC: 'Carolina del Norte',
  ND: 'Dakota del Norte',
  PA: 'Pensilvania',
  SC: 'Carolina del Sur',
  SD: 'Dakota del Sur',
  WV: 'Virginia Occidental',
  VI: 'Islas Vírgenes de EE. UU.',
  AS: 'Samoa Estadounidense',
  MP: 'Islas Marianas del Norte',
};

export const labelsEs: Labels = {
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

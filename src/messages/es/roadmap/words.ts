import type {
  EducationField,
  EducationLevel,
  Role,
  Setting,
  SupervisorKind,
} from '../../../core/vocabulary.js';
import { joinAnd, joinOr, plural } from '../format.js';

/**
 * Spanish names for the profile vocabulary and the small helpers the roadmap messages share. The
 * terms are those of the eligibility messages and the wizard (es/eligibility.ts, wizard-es*.ts),
 * so the whole product speaks one Spanish.
 */

type Gender = 'm' | 'f';

/** Each level with its gender, so "un título" and "una licenciatura" agree with their article. */
export const LEVELS: Record<EducationLevel, { word: string; gender: Gender }> = {
  'high-school': { word: 'diploma de escuela secundaria (high school)', gender: 'm' },
  'some-college': { word: 'estudios universitarios sin título', gender: 'm' },
  certificate: { word: 'certificado de estudios postsecundarios', gender: 'm' },
  associate: { word: 'título de asociado (associate degree)', gender: 'm' },
  diploma: { word: 'diploma de enfermería de hospital', gender: 'm' },
  bachelor: { word: "licenciatura (bachelor's)", gender: 'f' },
  master: { word: "maestría (master's)", gender: 'f' },
  doctorate: { word: 'doctorado', gender: 'm' },
};

/** "un título de asociado (associate degree)", "una licenciatura (bachelor's)". */
export function aLevel(level: EducationLevel): string {
  const { word, gender } = LEVELS[level];
  return level === 'some-college' ? word : `${gender === 'f' ? 'una' : 'un'} ${word}`;
}

/** "su licenciatura (bachelor's)", "sus estudios universitarios sin título". */
export function yourLevel(level: EducationLevel): string {
  return `${level === 'some-college' ? 'sus' : 'su'} ${LEVELS[level].word}`;
}

export const FIELD_NAMES: Record<EducationField, string> = {
  'social-work': 'trabajo social',
  nursing: 'enfermería',
  psychology: 'psicología',
  'human-services': 'servicios humanos (human services)',
  counseling: 'consejería (counseling)',
  'rehabilitation-counseling': 'consejería de rehabilitación',
  sociology: 'sociología',
  gerontology: 'gerontología',
  'public-health': 'salud pública',
  'health-sciences': 'ciencias de la salud',
  'child-and-family-studies': 'estudios de la niñez y la familia',
  'marriage-and-family-therapy': 'terapia matrimonial y familiar',
  'occupational-therapy': 'terapia ocupacional',
  'physical-therapy': 'fisioterapia',
  'recreational-therapy': 'terapia recreativa',
  'respiratory-therapy': 'terapia respiratoria',
  'speech-language-therapy': 'terapia del habla y del lenguaje',
  business: 'administración de empresas',
  other: 'un campo que las certificaciones no incluyen',
};

/**
 * "licenciatura (bachelor's) en psicología"; un diploma de enfermería ya es de enfermería, y un
 * certificado en enfermería es el certificado de enfermería práctica de una LPN (como lo llama el
 * asistente).
 */
export function degreeIn(level: EducationLevel, field: EducationField): string {
  if (level === 'certificate' && field === 'nursing') return PRACTICAL_NURSING_CERTIFICATE;
  if (level === 'high-school') return LEVELS[level].word;
  return level === 'diploma' && field === 'nursing'
    ? LEVELS[level].word
    : `${LEVELS[level].word} en ${FIELD_NAMES[field]}`;
}

/** "su certificado de enfermería práctica", "su licenciatura (bachelor's) en psicología". */
export function yourDegree(level: EducationLevel, field: EducationField): string {
  return `${level === 'some-college' ? 'sus' : 'su'} ${degreeIn(level, field)}`;
}

const PRACTICAL_NURSING_CERTIFICATE = 'certificado de enfermería práctica';

/** After "como" or "de": "como administrador(a) de casos" (no article, as Spanish says a job). */
export const ROLE_NAMES: Record<Role, string> = {
  'case-manager': 'administrador(a) de casos',
  'case-management-supervisor': 'supervisor(a) de administración de casos',
  'care-coordinator': 'coordinador(a) de atención',
  'case-management-assistant': 'asistente de administración de casos',
  'utilization-review': 'revisor(a) de utilización',
  'registered-nurse': 'enfermera(o) registrada(o) (RN)',
  'licensed-practical-nurse': 'enfermera(o) práctica(o) con licencia (LPN o LVN)',
  'social-worker': 'trabajador(a) social',
  'rehabilitation-counselor': 'consejero(a) de rehabilitación',
  counselor: 'consejero(a)',
  'disability-manager': 'gestor(a) de discapacidad',
  'human-services': 'trabajador(a) de servicios humanos',
  other: 'otro puesto',
};

/** A job's name as a heading: "Administrador(a) de casos". */
export const ROLE_TITLES: Record<Role, string> = {
  'case-manager': 'Administrador(a) de casos',
  'case-management-supervisor': 'Supervisor(a) de administración de casos',
  'care-coordinator': 'Coordinador(a) de atención',
  'case-management-assistant': 'Asistente de administración de casos',
  'utilization-review': 'Revisor(a) de utilización',
  'registered-nurse': 'Enfermera(o) registrada(o) (RN)',
  'licensed-practical-nurse': 'Enfermera(o) práctica(o) con licencia (LPN o LVN)',
  'social-worker': 'Trabajador(a) social',
  'rehabilitation-counselor': 'Consejero(a) de rehabilitación',
  counselor: 'Consejero(a)',
  'disability-manager': 'Gestor(a) de discapacidad',
  'human-services': 'Trabajador(a) de servicios humanos',
  other: 'Otro puesto',
};

/** After "en": "en un hospital", "en salud en el hogar (home health)". */
export const SETTING_NAMES: Record<Setting, string> = {
  hospital: 'un hospital',
  'health-system': 'un sistema de salud',
  'home-health': 'salud en el hogar (home health)',
  'long-term-care': 'cuidado a largo plazo',
  'physician-practice': 'un consultorio médico',
  payer: 'un plan de salud (payer)',
  'workers-comp': "compensación laboral (workers' compensation)",
  'community-mental-health': 'salud mental comunitaria',
  'child-welfare': 'bienestar infantil (child welfare)',
  school: 'una escuela',
  'vocational-rehab': 'rehabilitación vocacional',
  community: 'una agencia comunitaria',
  other: 'otro lugar',
};

/** After "supervisado(a) por" / "bajo la supervisión de". */
export const SUPERVISOR_NAMES: Record<SupervisorKind, string> = {
  ccm: 'una persona con la certificación CCM',
  crc: 'una persona con la certificación CRC',
  licensed: 'un(a) profesional con licencia',
  other: 'otra persona',
  none: 'nadie',
};

/** "su puesto de administrador(a) de casos", "su trabajo actual" (for the catch-all role). */
export function yourRole(role: Role): string {
  return role === 'other' ? 'su trabajo actual' : `su puesto de ${ROLE_NAMES[role]}`;
}

export const andList = joinAnd;
export const orList = joinOr;

/** "1 mes", "11 meses", "1.5 meses". */
export function months(count: number): string {
  return plural(Math.round(count * 10) / 10, 'mes');
}

/** "2 años" for whole years, otherwise "18 meses". */
export function span(count: number): string {
  if (count >= 12 && Number.isInteger(count) && count % 12 === 0) return plural(count / 12, 'año');
  return months(count);
}

/** "unos 3 meses", "aproximadamente 1 año": "unos" wants a plural. */
export function about(amount: string): string {
  return /^1 /.test(amount) ? `aproximadamente ${amount}` : `unos ${amount}`;
}

/** "Para la CCM: 24 meses de …": the requirement, with the credential it serves when known. */
export function forText(purpose: string | null | undefined, requirement: string): string {
  return purpose ? `Para ${purpose}: ${lowerFirst(requirement)}` : requirement;
}

/** Lower-cases a leading capital of an ordinary word (not of an acronym such as "CCM"). */
export function lowerFirst(text: string): string {
  return /^[A-ZÁÉÍÓÚÑ](?![A-Z0-9-])/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "la junta Texas Behavioral Health Executive Council (https://…)": a board's own name stays. */
export function boardName(board: { name: string; url: string | null }): string {
  return `${board.name}${board.url ? ` (${board.url})` : ''}`;
}

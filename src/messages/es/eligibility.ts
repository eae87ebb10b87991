import type { EducationField, EducationLevel, LicenseStatus } from '../../core/vocabulary.js';
import { ACCREDITOR_NAMES } from '../../core/vocabulary.js';
import type { Data } from '../../data/model.js';
import type { DegreeCondition } from '../../data/schema/rules.js';
import type { DegreeShortfall, Facts, VerdictCaveat } from '../../engine/explanation.js';
import type { EducationEntry, LicenseEntry } from '../../profile/schema.js';
import { fieldShown } from '../education-field.js';
import type { EligibilityMessages } from '../eligibility-messages.js';
import { licenseTitles } from '../license-titles.js';
import { oncePer } from '../once.js';
import { and, formatAmount, formatHours, formatMonth, joinAnd, joinOr, or, plural } from './format.js';

/**
 * Spanish words for the engine's explanations: requirements, what the person has and still needs,
 * caveats. Neutral Latin-American Spanish of US social services and nursing, with "usted"; the US
 * terms people meet on job postings and board websites stay in parentheses (bachelor's, FTE).
 */

type Gender = 'm' | 'f';

/** Each level with its gender, so "un título" and "una licenciatura" agree with their article. */
const LEVELS: Record<EducationLevel, { word: string; gender: Gender }> = {
  'high-school': { word: 'diploma de escuela secundaria (high school)', gender: 'm' },
  'some-college': { word: 'estudios universitarios sin título', gender: 'm' },
  certificate: { word: 'certificado de estudios postsecundarios', gender: 'm' },
  associate: { word: 'título de asociado (associate degree)', gender: 'm' },
  diploma: { word: 'diploma de enfermería', gender: 'm' },
  bachelor: { word: "licenciatura (bachelor's)", gender: 'f' },
  master: { word: "maestría (master's)", gender: 'f' },
  doctorate: { word: 'doctorado', gender: 'm' },
};

const FIELDS: Record<EducationField, string> = {
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
  business: 'administración de empresas',
  other: 'otro campo',
  'child-and-family-studies': 'estudios de la niñez y la familia',
  'marriage-and-family-therapy': 'terapia matrimonial y familiar',
  'occupational-therapy': 'terapia ocupacional',
  'physical-therapy': 'fisioterapia',
  'recreational-therapy': 'terapia recreativa',
  'respiratory-therapy': 'terapia respiratoria',
  'speech-language-therapy': 'terapia del habla y del lenguaje',
};

/** A license is "la licencia": its status agrees in the feminine. */
const LICENSE_STATUS: Record<LicenseStatus, string> = {
  active: 'activa',
  restricted: 'restringida',
  inactive: 'inactiva',
};

const INTERNSHIP_SUPERVISOR: Record<string, string> = {
  crc: 'un(a) consejero(a) de rehabilitación certificado(a) (CRC)',
  licensed: 'un(a) profesional con licencia',
  other: 'otra persona',
};

export function fieldWords(field: string): string {
  return FIELDS[field as EducationField] ?? field.replace(/-/g, ' ');
}

const article = (gender: Gender) => (gender === 'f' ? 'una' : 'un');

/**
 * "título de asociado (associate degree) en enfermería (en curso)" for one education entry;
 * `inList`: beside others, a degree in an unnamed field says so ("en otro campo").
 */
export function describeEducation(entry: EducationEntry, inList = false): string {
  // Un certificado en enfermería es el certificado de enfermería práctica de una LPN (como en el asistente).
  const level =
    entry.level === 'certificate' && entry.field === 'nursing'
      ? 'certificado de enfermería práctica'
      : LEVELS[entry.level].word;
  const shown = fieldShown(entry, inList);
  const field =
    shown === 'another' ? ' en otro campo' : shown === 'none' ? '' : ` en ${fieldWords(entry.field)}`;
  const progress = entry.status === 'in-progress' ? ' (en curso)' : '';
  return `${level}${field}${progress}`;
}

/** "una licenciatura (bachelor's) o superior en trabajo social de un programa acreditado por CSWE" */
export function describeDegreeCondition(condition: DegreeCondition): string {
  let level: string;
  if (condition.levels) {
    level = joinOr(condition.levels.map((l) => `${article(LEVELS[l].gender)} ${LEVELS[l].word}`));
  } else if (condition.min_level) {
    const { word, gender } = LEVELS[condition.min_level];
    level = `${article(gender)} ${word} o superior`;
  } else if (condition.min_credits) {
    return `al menos ${condition.min_credits} créditos universitarios`;
  } else {
    level = 'un título';
  }
  const field = condition.fields ? ` en ${joinOr(condition.fields.map(fieldWords))}` : '';
  const accreditation = condition.program_accreditation
    ? ` de un programa acreditado por ${joinOr(condition.program_accreditation.map((id) => ACCREDITOR_NAMES[id]))}`
    : condition.accredited
      ? ' de una institución acreditada'
      : '';
  return `${level}${field}${accreditation}`;
}

/** Shortfalls name the data's own conditions, so those words are made once per condition. */
const conditionWords = oncePer(describeDegreeCondition);
const accreditedProgram = oncePer(
  (accreditors: readonly string[]) =>
    `un programa acreditado por ${joinOr(accreditors.map((id) => ACCREDITOR_NAMES[id as keyof typeof ACCREDITOR_NAMES] ?? id))}`,
);

function shortfallWords(shortfall: DegreeShortfall): string {
  switch (shortfall.reason) {
    case 'other-degree':
      return conditionWords(shortfall.condition);
    case 'program-accreditation':
      return accreditedProgram(shortfall.accreditors);
    case 'school-accreditation':
      return 'un título de una institución con acreditación institucional';
    case 'field-experience':
      return 'una práctica supervisada (practicum) como parte del título';
    case 'internship': {
      const by = shortfall.supervisedBy
        ? ` supervisada por ${joinOr(shortfall.supervisedBy.map((s) => INTERNSHIP_SUPERVISOR[s] ?? s))}`
        : '';
      return `una pasantía (internship) de ${formatAmount(shortfall.minHours)} horas${by}`;
    }
    case 'coursework':
      return `cursos de ${shortfall.missing.map(fieldWords).join(', ')}`;
    case 'unfinished':
      return 'terminar el título';
  }
}

/** Needs joined with "y" (or "e"), each word choosing its own conjunction. */
function joinNeeds(items: readonly string[], conjunction: 'y' | 'o', separator = ' '): string {
  return items.reduce((text, item, index) => {
    if (index === 0) return item;
    const word = conjunction === 'y' ? and(item) : or(item);
    return `${text}${separator.trimEnd()} ${word} ${item}`;
  }, '');
}

export function spanishEligibility(data: Data, state?: string | null): EligibilityMessages {
  // Licenses as the person's state names them (src/messages/license-titles.ts).
  const titles = licenseTitles(data, state);
  const licenseName = (type: string, where?: string | null) => titles.name(type, where);
  const certificationName = (id: string) =>
    data.byId.certifications.get(id)?.abbreviation ?? id.toUpperCase();
  /** "el examen ASWB Masters", "el NCLEX-RN", "el National Counselor Examination" */
  const examName = (id: string) => {
    const name = data.byId.exams.get(id)?.name ?? id;
    return / exam$/.test(name) ? `el examen ${name.slice(0, -5)}` : `el ${name}`;
  };
  const describeLicense = (license: LicenseEntry) =>
    `${licenseName(license.type, license.state)} (${LICENSE_STATUS[license.status]}${license.state ? `, ${license.state}` : ''})`;
  const unit = {
    'fte-months': (n: number) => plural(n, 'mes a tiempo completo (FTE)', 'meses a tiempo completo (FTE)'),
    months: (n: number) => plural(n, 'mes'),
  } as const;
  const more = {
    'fte-months': (n: number) =>
      plural(n, 'mes más a tiempo completo (FTE)', 'meses más a tiempo completo (FTE)'),
    months: (n: number) => plural(n, 'mes más', 'meses más'),
  } as const;

  return {
    composedRequirement: (kind, parts) =>
      kind === 'all' ? joinNeeds(parts, 'y', '; ') : `una de estas opciones: ${joinNeeds(parts, 'o', '; ')}`,
    notNeed: (requirement) => `que no se cumpla esto: ${requirement}`,
    noneOfThese: 'ninguna de estas opciones',
    alternativeNeeds: (needs) => joinNeeds(needs, 'y'),
    anyNeed: (options) => joinNeeds(options, 'o', '; '),
    labelledNeed: (requirement, need) =>
      `${/^[A-ZÁÉÍÓÚ][a-záéíóúñ]/.test(requirement) ? requirement.charAt(0).toLowerCase() + requirement.slice(1) : requirement} (${need})`,
    sameNeed: (need, kinds) => `${need} (${joinNeeds(kinds, 'o')})`,
    listHave: (haves) => haves.join('; '),

    have(facts: Facts): string {
      switch (facts.kind) {
        case 'degree':
          if (facts.met) return describeEducation(facts.met);
          return facts.held.length === 0
            ? 'ningún título en el perfil'
            : joinAnd(facts.held.map((entry) => describeEducation(entry, facts.held.length > 1)));
        case 'license':
          if (facts.met) return describeLicense(facts.met);
          return facts.held.length === 0
            ? 'ninguna licencia en el perfil'
            : joinAnd(facts.held.map(describeLicense));
        case 'certification':
          if (facts.met) return certificationName(facts.met);
          return facts.held.length === 0
            ? 'ninguna certificación en el perfil'
            : joinAnd(facts.held.map(certificationName));
        case 'exam':
          if (facts.met) return `aprobó ${examName(facts.met)}`;
          return facts.held.length === 0
            ? 'ningún examen aprobado'
            : `aprobó ${joinAnd(facts.held.map(examName))}`;
        case 'ce':
          return plural(facts.have, 'hora de educación continua (CE)');
        case 'experience':
          return facts.unit === 'hours'
            ? `${formatHours(facts.have, 'down')} h`
            : unit[facts.unit](facts.have);
      }
    },

    need(facts: Facts, requirement: string): string {
      switch (facts.kind) {
        case 'degree':
          return facts.held.length > 0 ? joinAnd(facts.shortfall.map(shortfallWords)) : requirement;
        case 'license': {
          if (facts.wrongStatus) {
            const wanted = joinOr(facts.statuses.map((s) => LICENSE_STATUS[s]));
            return `que la licencia ${licenseName(facts.wrongStatus.type)} esté ${wanted} (está ${LICENSE_STATUS[facts.wrongStatus.status]})`;
          }
          const statuses = joinOr(facts.statuses.map((s) => LICENSE_STATUS[s]));
          return `una licencia ${joinOr(titles.accepted(facts.wanted))} ${statuses}`;
        }
        case 'certification':
          return `una certificación ${joinOr(facts.wanted.map(certificationName))} vigente`;
        case 'exam':
          return `aprobar ${joinOr(facts.wanted.map(examName))}`;
        case 'ce':
          return plural(
            facts.need - facts.have,
            'hora más de educación continua (CE)',
            'horas más de educación continua (CE)',
          );
        case 'experience': {
          const gaps: string[] = [];
          if (facts.degreeFirst) gaps.push('primero el título que se exige');
          if (facts.have + 1e-6 < facts.need) {
            gaps.push(
              facts.unit === 'hours'
                ? `${formatHours(facts.need - facts.have, 'up')} horas más`
                : more[facts.unit](facts.need - facts.have),
            );
          }
          if (facts.notCurrent) gaps.push('estar trabajando ahora en un puesto así');
          return joinAnd(gaps);
        }
      }
    },

    caveat(caveat: VerdictCaveat): string {
      switch (caveat.code) {
        case 'data':
          return caveat.text;
        case 'undated-experience':
          return caveat.afterDegree
            ? 'Parte de la experiencia no tiene fecha de inicio; la contamos como posterior al título. Agregue las fechas de inicio para confirmarlo.'
            : `Parte de la experiencia no tiene fecha de inicio; la contamos como si estuviera dentro de los últimos ${caveat.withinMonths} meses. Agregue las fechas de inicio para confirmarlo.`;
        case 'undated-degree':
          return 'Su título no tiene fecha de finalización; contamos toda la experiencia como posterior a él. Agregue la fecha para confirmarlo.';
        case 'status-unconfirmed':
          return (
            caveat.certification.status_note ??
            `${caveat.certification.abbreviation}: las fuentes que citamos no confirman si se sigue otorgando; no damos un resultado.`
          );
        case 'retired': {
          const when = caveat.certification.retired_on;
          const month = when && /^\d{4}-\d{2}$/.test(when) ? formatMonth(when) : when;
          return `${caveat.certification.abbreviation} dejó de otorgarse en ${month}; ya no se puede obtener.`;
        }
      }
    },
  };
}

import { formatNumber } from '../../../core/number.js';
import type { StateLicensePhrases } from '../../../roadmap/phrases/state-license.js';
import type { AreaMessages } from '../../roadmap-messages.js';
import { gapText, supervisionText } from '../explore-states.js';
import { joinAnd, joinOr } from '../format.js';
import { about, months as monthsWord, span } from './words.js';

/** A state's credential by its kind; each noun's gender, for what agrees with it. */
const KIND_NOUN = {
  license: 'licencia',
  registration: 'registro',
  'voluntary-certification': 'certificación',
} as const;

const NATIONAL_MINIMUM =
  ', el mínimo nacional, porque la cifra del propio estado no está en las fuentes que citamos';

/** "ASWB Clinical exam y California law and ethics exam", "ningún examen": exam names stay as issued. */
function examListText(names: readonly string[], mode: 'all' | 'any', stateExams: readonly string[]): string {
  const joined = mode === 'any' ? joinOr(names) : joinAnd(names);
  const all = [joined, ...stateExams].filter(Boolean);
  return all.length === 0 ? 'ningún examen' : joinAnd(all);
}

/** De dónde salen los meses previstos, cuando no es la duración mínima del propio estado. */
function basis(nationalMinimum: boolean, fromHours: number | null): string {
  if (nationalMinimum) return NATIONAL_MINIMUM;
  return fromHours === null
    ? ''
    : `, el tiempo que llevan ${formatNumber(fromHours)} horas a tiempo completo`;
}

export const stateLicense: AreaMessages<StateLicensePhrases> = {
  'state.held-credential': ({ title, kind }) =>
    `${KIND_NOUN[kind] ?? 'licencia'} ${title.replace(/^Registered /, '')}`,
  'state.title': ({ title, where, kind }) => {
    const inState = where ? ` en ${where}` : '';
    switch (kind) {
      case 'registration':
        return `Obtenga su registro como ${title.replace(/^Registered /, '')}${inState}`;
      case 'voluntary-certification':
        return `Obtenga la certificación ${title}${inState} (voluntaria)`;
      default:
        return `Obtenga su licencia ${title}${inState}`;
    }
  },
  'state.calls-it': ({ state, title, name, national }) =>
    `En ${state} se llama ${title} (${name}), su credencial del nivel ${national}.`,
  'state.registration': () => 'Es un registro ante la junta estatal (board), no una licencia.',
  'state.voluntary': ({ state }) => `${state} no la exige: es una certificación voluntaria.`,
  'state.exam-unknown': ({ state, board }) =>
    `Qué examen pide ${state} aquí no está en las fuentes que citamos, así que el plan no nombra ninguno: pregunte a ${board ?? `la junta estatal (board) de ${state}`} antes de planificar sus estudios.`,
  'state.no-exam': ({ state }) => `${state} no pide ningún examen de licencia en este nivel.`,
  'state.exam': ({ exams }) =>
    `${exams.mode === 'all' && exams.names.length + exams.stateExams.length > 1 ? 'Exámenes' : 'Examen'}: ${examListText(exams.names, exams.mode, exams.stateExams)}.`,
  'state.board': ({ name, url }) => `Junta: ${name}${url ? ` (${url})` : ''}.`,
  // The same facts `explore states` says in Spanish (what is not in the sources, whom to ask).
  'state.gap': ({ licensure }) => gapText(licensure) ?? licensure.fallback_note ?? '',
  'state.supervision-asks': ({ state, licensure }) =>
    `${state} pide ${supervisionText(licensure)}.${licensure.associate_title ? ` Las horas se acumulan con la credencial ${licensure.associate_title}.` : ''}`,
  'state.supervision-allows': ({ months, nationalMinimum, fromHours }) =>
    `El plan prevé ${span(months)}${basis(nationalMinimum, fromHours)}.`,
  'state.supervision-left': ({ credited, left, months, nationalMinimum, fromHours }) =>
    `El trabajo supervisado de su perfil ya suma ${about(monthsWord(credited))} para esto, así que el plan prevé ${span(left)} más, lo que falta de ${span(months)}${basis(nationalMinimum, fromHours)}; confirme con la junta estatal (board) que su supervisor(a) y sus funciones califican, y pregunte antes de cambiar de trabajo si contarían las horas del nuevo puesto.`,
  'state.supervision-national': ({ abbreviation, hours, months }) =>
    `La licencia ${abbreviation} pide práctica supervisada después del título${hours !== null ? ` (${formatNumber(hours)} horas o más)` : ''}, durante al menos ${span(months)}; cada estado es distinto.`,
  'state.endorse-title': ({ title, state, compact, inactive }) =>
    inactive
      ? `Pregunte a la junta estatal (board) de ${state} cómo obtener allí la licencia ${title} (la suya de otro estado está inactiva)`
      : `Solicite la licencia ${title} de ${state}${compact ? ', su nuevo estado de residencia,' : ''} por reconocimiento (licensure by endorsement)`,
  'state.nurse-reach': ({ reach, held, target, outside, asOf }, f) =>
    reach === 'endorsement-needed'
      ? `${joinAnd(outside)} ${outside.length > 1 ? 'no forman' : 'no forma'} parte del Nurse Licensure Compact${asOf ? ` (a ${f.month(asOf)})` : ''}: para trabajar en ${target}, solicite a la junta de enfermería (board of nursing) de ${target} la licencia por reconocimiento (licensure by endorsement).`
      : `Las fuentes que citamos no dicen si su licencia RN de ${held} vale en ${target}; consúltelo con la junta de enfermería (board of nursing) de ${target}.`,
  'state.endorse-compact': ({ held, target }) =>
    `${held} y ${target} forman parte del Nurse Licensure Compact. Si ${target} es ahora su estado de residencia (home state, donde vive principalmente), el compact le pide solicitar la licencia de ese estado por reciprocidad (endorsement); si su licencia de ${held} es multiestatal, puede seguir trabajando con ella hasta que ${target} le otorgue la suya. Así se suelen describir las reglas del compact; las fuentes que citamos dan sus miembros, no estas reglas: confírmelas con la junta de enfermería (board of nursing) de ${target}.`,
  'state.endorse-needed': ({ abbreviation, held, target }) =>
    `La licencia ${abbreviation} se otorga estado por estado: su licencia de ${held} no le permite ejercer en ${target}, cuya junta estatal (board) otorga la licencia por reciprocidad (endorsement) a quienes tienen licencia en otro estado.`,
  'state.endorse-still-counts': ({ held }) =>
    `Su licencia de ${held} sigue contando para las certificaciones que piden una.`,
  'state.endorse-exams': ({ title, state, exams, required, months }) => {
    const many = exams.length > 1;
    return required
      ? `La regla de ${state} para la licencia por reciprocidad (endorsement) pide los exámenes de su licencia ${title}, entre ellos ${many ? 'los exámenes' : 'el examen'} ${joinAnd(exams)}, y su perfil no ${many ? 'los muestra aprobados' : 'lo muestra aprobado'}: cuente con ${many ? 'presentarlos' : 'presentarlo'} (el plan prevé ${span(months)} para prepararse) y pregunte a la junta si cuenta un examen que aprobó en otro estado.`
      : `${state} nombra ${many ? 'los exámenes' : 'el examen'} ${joinAnd(exams)} para su licencia ${title}, y su perfil no ${many ? 'los muestra aprobados' : 'lo muestra aprobado'}: si el trámite por reciprocidad (endorsement) le pide ${many ? 'presentarlos' : 'presentarlo'} antes no figura en las fuentes que citamos. Pregunte a la junta antes de contar con la licencia, y deje tiempo para prepararse si es así.`;
  },
  'state.endorse-inactive': ({ abbreviation, held, target }) =>
    `Su licencia ${abbreviation} de ${held} está inactiva: no le permite ejercer en ningún estado, tampoco en ${target}, y ninguna certificación la cuenta. Si la junta estatal (board) de ${target} quiere que primero la reactive en ${held} o le otorga la licencia directamente no figura en las fuentes que citamos: pregunte a la junta de ${target} antes de empezar cualquiera de los dos pasos.`,
  'state.endorse-board': ({ months }) =>
    `Cuánto tarda la junta estatal (board) en concederla no figura en las fuentes que citamos: el plan prevé ${monthsWord(months)}; pregunte a la junta cuánto tardan hoy las solicitudes.`,
  'state.fallback': ({ code }) =>
    `${code} todavía no está en nuestros datos estatales: los pasos de licencia usan valores nacionales (los títulos, los exámenes, las horas supervisadas y los meses varían según el estado). Confírmelo con las juntas de licencias de ${code}.`,
};

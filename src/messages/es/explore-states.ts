import { formatNumber } from '../../core/number.js';
import type { Data } from '../../data/model.js';
import type { StateLicensure, ThirdPartyFigure, UnknownFact } from '../../data/state-licensure.js';
import type { ExploreStatesMessages } from '../en/explore-states.js';
import { formatMonth, joinAnd, joinOr } from './format.js';

/**
 * The Spanish words of `explore states`. Titles, boards, exams and state names are official names
 * and stay as issued; what they are and what is missing is said in Spanish.
 */

const n = formatNumber;

/** "ASWB Clinical exam y California law and ethics exam", "ninguno", or null when not known. */
function examsText(data: Data, licensure: StateLicensure): string | null {
  if (licensure.exams === null) return null;
  const names = licensure.exams.map((id) => data.byId.exams.get(id)?.name ?? id);
  const national = licensure.exams_mode === 'any' ? joinOr(names) : joinAnd(names);
  const all = [national, ...licensure.state_exams].filter(Boolean);
  return all.length === 0 ? 'ninguno' : joinAnd(all);
}

/** "3,000 horas supervisadas durante al menos 24 meses, sin límite superior; 100 horas de supervisión" */
export function supervisionText(licensure: StateLicensure): string {
  const { supervised_hours: hours, min_months: min, max_months: max } = licensure;
  let text = hours === null ? 'práctica supervisada' : `${n(hours)} horas supervisadas`;
  if (typeof min === 'number') {
    text += ` durante al menos ${n(min)} meses`;
    if (licensure.min_weeks !== null) text += ` (${n(licensure.min_weeks)} semanas)`;
  } else if (min === 'none') text += ' sin duración mínima';
  if (hours === null) text += ' (total de horas: sin datos)';
  if (min === null) text += '; duración mínima: sin datos';
  if (typeof max === 'number') text += `, en un plazo de ${n(max)} meses`;
  else if (max === 'none') text += min === 'none' ? ' ni plazo máximo' : ', sin límite superior';
  else if (licensure.associate_expires_months !== null && licensure.associate_title) {
    // The hours have no limit of their own, but the credential they are earned under runs out.
    text += `; la credencial ${licensure.associate_title}, con la que se acumulan, dura ${n(licensure.associate_expires_months)} meses`;
  } else text += '; plazo máximo: sin datos';
  if (licensure.supervision_hours !== null)
    text += `; ${n(licensure.supervision_hours)} horas de supervisión`;
  else if (licensure.supervision_hours_per_month !== null)
    text += `; al menos ${n(licensure.supervision_hours_per_month)} horas de supervisión al mes`;
  return text + thirdPartyText(licensure.third_party_figures);
}

const FIGURE_NAMES: Record<ThirdPartyFigure, string> = {
  supervised_hours: 'el total de horas',
  min_months: 'la duración mínima',
  max_months: 'el plazo máximo',
  supervision_hours: 'las horas de supervisión',
};

/** "; el total de horas: cifra de páginas de terceros, …; confírmela con la junta", or "". */
function thirdPartyText(figures: readonly ThirdPartyFigure[]): string {
  if (figures.length === 0) return '';
  const names = figures.map((figure) => FIGURE_NAMES[figure]);
  return figures.length === 1
    ? `; ${names[0]}: cifra de páginas de terceros, no de la ley ni de la junta; confírmela con la junta`
    : `; ${joinAnd(names)}: cifras de páginas de terceros, no de la ley ni de la junta; confírmelas con la junta`;
}

const UNKNOWN: Record<UnknownFact, string> = {
  available: 'si el estado tiene esta credencial',
  exams: 'el examen',
  supervised_hours: 'el total de horas supervisadas',
  min_months: 'la duración mínima',
  max_months: 'la duración máxima',
  supervision_hours: 'las horas de supervisión',
};

const BOARD_OF: Record<NonNullable<StateLicensure['gap']>['board_of'], string> = {
  'social-work': 'la junta de trabajo social',
  counseling: 'la junta de consejería (counseling)',
  nursing: 'la junta de enfermería (board of nursing)',
};

const NATIONAL =
  'estos son valores nacionales de referencia, y los títulos, exámenes y horas varían según el estado';

/** What NOT IN OUR DATA says of one credential, from the facts the English note is written from. */
export function gapText(licensure: StateLicensure): string | undefined {
  const gap = licensure.gap;
  if (!gap) return undefined;
  const where = licensure.state_name ?? licensure.state;
  const generic = `${BOARD_OF[gap.board_of]} de ${where}`;
  if (gap.national_default) {
    if (!where) return `Sin estado: ${NATIONAL}; indique su estado para ver sus reglas.`;
    // Una licencia de enfermería de un estado cuya junta nombran los datos (Texas, California).
    if (gap.board_of === 'nursing' && licensure.board && licensure.state_name)
      return `Nuestros datos de ${where} nombran su junta de enfermería y dan solo algunas de sus reglas para la ${licensure.title}: el resto son valores nacionales; consulte a la junta del estado, ${licensure.board.name}${licensure.board.url ? `: ${licensure.board.url}` : ''}.`;
    // Una licencia de enfermería: título y examen son los mismos en todo el país; lo propio del estado es de su junta.
    if (gap.board_of === 'nursing' && licensure.state_name)
      return `Nuestros datos de ${where} no tienen ninguna de las reglas propias de su junta para la ${licensure.title}: los pasos siguen el camino nacional (su examen es el mismo en todos los estados), y cada junta fija sus propios pasos de solicitud, verificaciones y tarifas; consulte a ${generic}.`;
    return licensure.state_name
      ? `Nuestros datos de ${where} no incluyen la ${licensure.title}: ${NATIONAL}; consulte a ${generic}.`
      : `${where} todavía no está en nuestros datos estatales: ${NATIONAL}; consulte a ${generic}.`;
  }
  const board = licensure.board;
  const ask = !board
    ? `consulte a ${generic}`
    : board.url
      ? `consulte a la junta del estado, ${board.name}: ${board.url}`
      : `consulte a la junta del estado, ${board.name} (su sitio web no está en nuestros datos)`;
  return `No tenemos datos de ${where} sobre ${joinAnd(gap.unknown.map((fact) => UNKNOWN[fact]))}; ${ask}.`;
}

export const esExploreStates: ExploreStatesMessages = {
  columns: ['', 'BSW', 'MSW', 'Clín.', 'Horas', 'Meses', 'Examen', 'Cons.', 'Horas', 'NLC'],
  noExam: 'ninguno',
  anyDuration: 'libre',
  inCompact: (year) => (year ? `sí ${year}` : 'sí'),
  notInCompact: 'no',
  tableTitle: (states) => `Licencias por estado · ${states} estados · los demás usan los valores nacionales`,
  legend:
    'BSW, MSW, Clín.: el título de trabajo social al que da acceso cada título universitario y, ' +
    'después, la licencia clínica con sus horas supervisadas (Horas), su duración en meses (Meses, ' +
    'mínimo-máximo) y su examen. Cons.: la licencia independiente de consejería (counseling) y sus ' +
    'horas. NLC: miembro del Nurse Licensure Compact (y el año en que entró).',
  legendKeys: [
    '- no hay en este nivel   ? no está en nuestros datos: consulte a la junta',
    '* un registro (registration)   + una certificación voluntaria',
    '24+ sin límite superior   libre: sin límite de tiempo   +st: y un examen estatal',
    'Clin: examen ASWB Clinical   Intern: interno(a) clínico(a) (clinical intern)',
  ],
  oneState: (code) => `Para ver un estado completo: casemgr-path explore states ${code}`,

  stateTitle: (state) => `${state.name} (${state.code}) · licencias del estado`,
  socialWork: 'TRABAJO SOCIAL',
  counseling: 'CONSEJERÍA (COUNSELING)',
  nursing: 'ENFERMERÍA',
  notInData: 'NO ESTÁ EN NUESTROS DATOS',
  sources: 'FUENTES',
  levels: { bachelor: 'Licenciatura', master: 'Maestría', clinical: 'Clínica', counseling: 'Licencia' },
  title: (licensure) => {
    if (licensure.title === null) return 'no hay en este nivel';
    return licensure.name && licensure.name !== licensure.title
      ? `${licensure.title} (${licensure.name})`
      : licensure.title;
  },
  notALicense: (kind) =>
    kind === 'registration'
      ? 'un registro (registration), no una licencia'
      : 'una certificación voluntaria, no una licencia',
  hoursEarnedAs: (title) => `las horas se acumulan como ${title}`,
  supervision: supervisionText,
  afterMonths: (months) => `tras al menos ${n(months)} meses de experiencia supervisada`,
  exams: (data, licensure) => `examen: ${examsText(data, licensure) ?? 'sin datos'}`,
  board: (board) =>
    board
      ? `${board.name}${board.url ? ` · ${board.url}` : ' · su sitio web no está en nuestros datos'}`
      : 'junta: no está en nuestros datos',
  compact: (nlc) =>
    nlc.member === null
      ? 'No tenemos datos de si el estado forma parte del Nurse Licensure Compact.'
      : nlc.member
        ? `Forma parte del Nurse Licensure Compact${nlc.since ? ` (licencias multiestatales desde ${formatMonth(nlc.since)})` : ''}: aquí es válida una licencia multiestatal de RN de otro estado miembro.`
        : 'No forma parte del Nurse Licensure Compact: una enfermera(o) con licencia de otro estado solicita la licencia por reconocimiento (licensure by endorsement).',
  nursingBoard: (board) =>
    board
      ? `Junta de enfermería (board of nursing): ${board.name}${board.url ? ` · ${board.url}` : ''}`
      : 'Junta de enfermería (board of nursing): no está en nuestros datos; los requisitos de RN siguen la vía nacional (programa aprobado, NCLEX-RN).',
  // A note with no facts behind it (none today) is shown whole in English rather than guessed at.
  gap: (licensure) => `${licensure.title}: ${gapText(licensure) ?? licensure.fallback_note}`,
  source: (title, official, asOf) =>
    `${title} (${official ? 'oficial' : 'de terceros'}, ${formatMonth(asOf)})`,

  notCoveredTitle: (code) => `${code} · no está en nuestros datos estatales`,
  notCovered: (code) =>
    `${code} todavía no está en nuestros datos estatales, así que casemgr-path planifica con los valores nacionales de referencia que siguen; los títulos, exámenes y horas varían según el estado. Consulte a las juntas de trabajo social, consejería y enfermería de ${code}.`,
  nationalHours: (min, max) => `de ${n(min)} a ${n(max)} horas supervisadas, según el estado`,
  covered: (codes) => `Los estados que cubrimos: ${codes.join(', ')}.`,
  nationalInFull: 'Los valores nacionales completos: casemgr-path explore licenses',
};

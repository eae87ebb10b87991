import type { ExamNames, LicensePhrases } from '../../../roadmap/phrases/license.js';
import type { AreaMessages } from '../../roadmap-messages.js';
import {
  andList,
  boardName,
  forText,
  lowerFirst,
  months,
  orList,
  SUPERVISOR_NAMES,
  span,
  yourRole,
} from './words.js';

const notRequired = (goal: string | null) => `No es obligatoria${goal ? ` para la credencial ${goal}` : ''}`;
const examList = ({ names, mode }: ExamNames) => (mode === 'all' ? andList(names) : orList(names));
const QUALIFIES = {
  apply:
    'para solicitarla (qué examen pide no está en las fuentes que citamos: pregunte a la junta estatal y deje tiempo para prepararlo)',
  exam: 'para presentar su examen',
  passed: 'para obtenerla, y ya aprobó su examen',
  license: 'para obtenerla',
  practice: 'para empezar la práctica supervisada que pide',
} as const;

export const license: AreaMessages<LicensePhrases> = {
  'license.recommended-for': ({ title, short }, f) => {
    const said = f.say(title);
    // A title that names the credential already, or ends with its own aside ("(19 meses más)"),
    // reads as part of it: a second parenthesis would only stack up.
    return said.includes(short) || said.endsWith(')')
      ? said
      : `${said} (para la licencia ${short}, recomendable)`;
  },
  'license.why-clinical': ({ goal, short, listed, supervised }) =>
    `${notRequired(goal)}, pero usted tiene la credencial con la que se acumulan los años supervisados de la licencia ${short}${supervised ? ' y ahora trabaja bajo la supervisión de un(a) profesional con licencia' : ''}: la licencia ${short} es la siguiente en su camino, y ${listed ? 'la que piden los puestos clínicos de su campo' : 'una con la que puede ejercer sin supervisión, en el campo en que trabaje'}`,
  'license.why-listed': ({ goal, area, abbreviation, degreeOnPlan, qualifies }) => {
    const degree = degreeOnPlan
      ? `el título de su plan le permitirá ${QUALIFIES[qualifies].replace(/^para /, '')} cuando lo termine`
      : `su título ya le permite ${QUALIFIES[qualifies].replace(/^para /, '')}`;
    return `${notRequired(goal)}, pero el área de ${lowerFirst(area)} incluye la licencia ${abbreviation} entre las que ayudan o se esperan, y ${degree}`;
  },
  'license.clinical-later': ({ short, months: count, where }) =>
    `Este plan no llega a la ${short}, que su meta no necesita: ${where ? `${where} pide` : 'se necesitan'} unos ${span(count)} de práctica supervisada después del MSW para obtenerla. Si la quiere, pregunte ya a la junta si sus puestos y su supervisor(a) cuentan para ella, para que ningún mes quede sin contar.`,
  'license.why-stone': ({ goal, state, clinical, area }) =>
    `${notRequired(goal)}, pero es la forma en que quienes se gradúan de una MSW en ${state} empiezan las horas supervisadas para la licencia ${clinical}, que el área de ${lowerFirst(area)} incluye entre las que ayudan o se esperan; su título ya le permite obtenerla`,
  'license.registration-later': ({ credential, clinical, state, board }, f) =>
    `El plan deja fuera esta credencial (${f.say(credential)}): en ${state}, es la forma en que quienes se gradúan de una MSW acumulan las horas supervisadas para la licencia ${clinical}, y el plan no cuenta un puesto de gestión de casos como práctica clínica. Si más adelante quiere la licencia ${clinical}, pregunte ya a ${board ?? 'la junta'} si contarían las horas de su puesto y cuándo solicitarla: las horas trabajadas antes de tenerla pueden no contar.`,
  'license.associate-first': ({ short, associate, state }) =>
    `Para la licencia ${short}: las horas supervisadas se acumulan con la licencia ${associate}, la que ${state ?? 'el estado'} otorga para ellas, así que esa va primero`,
  'license.limited-title': ({ limited, where }) =>
    `Solicite su licencia ${limited} en ${where} (recomendable)`,
  'license.limited-why': ({ goal, area, abbreviation, where, short, limited }) =>
    `${notRequired(goal)}, pero el área de ${lowerFirst(area)} incluye la licencia ${abbreviation} entre las que ayudan o se esperan, y su título ya le permite solicitarla. En ${where}, la licencia ${short} se otorga primero como licencia limitada, la ${limited}, que se ejerce bajo supervisión.`,
  'license.limited-then': ({ limited, title, hours, minMonths }, f) =>
    `Con la ${limited} se obtiene la licencia completa: la ${title} pide ${f.amount(hours)} horas de práctica supervisada${minMonths ? ` durante al menos ${span(minMonths)}` : ''}, en un puesto donde un supervisor calificado supervise su trabajo; pregunte a la junta qué puestos cuentan.`,
  'license.practice-credited': ({ short, months: count, minimum, asked }) =>
    asked
      ? `El plan cuenta los ${months(count)} de trabajo supervisado de su perfil como la práctica supervisada de la licencia ${short}, así que no planifica más; la junta decide qué horas cuentan, y el plan le hace preguntarle primero.`
      : `El plan cuenta los ${months(count)} de trabajo supervisado de su perfil como la práctica supervisada de la licencia ${short}, así que no planifica más; la junta decide qué horas cuentan, así que confirme con ella que sus funciones y su supervisor califican antes de presentar la solicitud.${minimum ? ` Si no las cuenta, prevea al menos ${span(minimum)} de práctica supervisada que califique antes de que estas fechas valgan.` : ''}`,
  'license.practice-role-unsure': ({ role, short, past }) =>
    `El plan le hace cumplir esta práctica en su trabajo actual, aunque la regla de la licencia ${short} no incluye ${yourRole(role)} entre el trabajo que cuenta: pregunte a la junta si sus funciones y sus horas cuentan antes de confiar en estas fechas. Si no cuentan, hará falta un puesto de práctica clínica.${past > 0 ? ` Los ${months(past)} que lleva en él bajo un supervisor con licencia tampoco se cuentan aquí; si la junta los cuenta, este paso se acorta otro tanto.` : ''}`,
  'license.practice-supervisor-unsure': ({ supervisor, short, past }) =>
    `El plan le hace cumplir esta práctica en su trabajo actual, aunque la regla de la licencia ${short} cuenta el trabajo bajo un supervisor con licencia, y ${supervisor === 'other' ? 'su perfil no indica que el suyo tenga licencia' : `el suyo es ${SUPERVISOR_NAMES[supervisor]}`}: pregunte a la junta si esa supervisión cuenta antes de confiar en estas fechas. Si no cuenta, necesitará un supervisor con licencia para estas horas, en su puesto o en otro.${past > 0 ? ` Los ${months(past)} que lleva en él desde su título no se cuentan aquí; si la junta los cuenta, este paso se acorta otro tanto.` : ''}`,
  'license.degree-through-associate': ({ short, associate }) =>
    `La junta le otorgó la licencia ${associate} con su título, y las horas de la licencia ${short} se acumulan con ella, así que el plan no prevé un título nuevo: confirme con la junta que su título también cuenta para la licencia ${short}.`,
  'license.ask-board-title': ({ short }) =>
    `Pregunte a la junta si su trabajo supervisado cuenta para la licencia ${short}`,
  'license.ask-board-why': ({ short, months: count, board, minimum }) =>
    `El plan cuenta los ${months(count)} de trabajo supervisado de su perfil como la práctica supervisada de la licencia ${short}, pero solo según cómo lee sus funciones (el paso de la licencia ${short} dice qué lectura). Antes de presentar un examen o solicitarla, describa sus funciones y la licencia de su supervisor a ${board ? boardName(board) : 'la junta'} y pregunte si las horas cuentan.${minimum !== null ? ` Si no cuentan, prevea al menos ${span(minimum)} de práctica supervisada que califique antes.` : ''}`,
  'license.limited-apply': ({ board, where, months: count }) =>
    `Presente la solicitud ante ${board ? boardName(board) : `la junta estatal (board) de ${where}`}; el plan prevé ${months(count)} para su revisión.`,
  'license.supervised': ({ short, months: count, more }) =>
    `Complete la práctica supervisada para la licencia ${short} (${span(count)}${more ? ' más' : ''})`,
  'license.practice-in-a-post': () =>
    'La práctica supervisada se hace en un puesto de trabajo, así que el plan la empieza cuando haya encontrado uno.',
  'license.exam-purpose': ({ short, exams, associateTitle, maybePassed, withinAssociate: within }) =>
    `${forText(`la licencia ${short}`, `Apruebe el ${orList(exams)}`)}${
      maybePassed
        ? `. Si lo aprobó para su licencia ${associateTitle ?? 'asociada'}, este paso está hecho: añada el examen aprobado a su perfil`
        : ''
    }${
      within
        ? `. ${within.state ?? 'El estado'} pide aprobarlo mientras tiene la ${associateTitle ? `credencial ${associateTitle}` : 'licencia asociada'}, en un plazo de ${months(within.months)} desde su emisión, no después de las horas supervisadas`
        : ''
    }`,
  'license.title': ({ title, optional }, f) => `${f.say(title)}${optional ? ' (recomendable)' : ''}`,
  'license.issued-after': ({ exams, months: count }) =>
    `La junta estatal (board) la otorga cuando usted apruebe el ${examList(exams)}; el plan prevé ${months(count)} para eso.`,
  'license.board-months': ({ months: count }) =>
    `El plan prevé ${months(count)} para la junta estatal (board).`,
  'license.unnamed-exam-months': ({ months: count, examMonths }) =>
    `El plan prevé ${months(count)}: la revisión de la junta estatal (board) y, por si fija un examen, ${months(examMonths)} para prepararlo y presentarlo.`,
  'license.apply-title': ({ short, where, optional }) =>
    `Solicite su licencia ${short}${where ? ` en ${where}` : ''}${optional ? ' (recomendable)' : ''}`,
  'license.apply-why': ({ board, exams, short, months: count, url, boardFirst }) => {
    const to = board ?? 'la junta estatal (board)';
    return boardFirst
      ? `Presente primero la solicitud ante ${to}: la junta autoriza que usted presente el ${examList(exams)} y le otorga la licencia ${short} cuando usted lo apruebe. Estudie mientras la junta revisa su solicitud; el plan prevé ${months(count)} para la revisión.${url ? ` ${url}` : ''}`
      : `Presente la solicitud ante ${to}: la junta le otorga la licencia ${short} cuando usted apruebe el ${examList(exams)}. Las fuentes que citamos no dicen si la junta autoriza el examen después de la solicitud o si usted lo presenta primero y luego solicita la licencia: pregúntele a la junta. El plan pone primero la solicitud y prevé ${months(count)} para la revisión; estudie mientras tanto.${url ? ` ${url}` : ''}`;
  },
};

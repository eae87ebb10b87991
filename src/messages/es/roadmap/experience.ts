import type { ExperiencePhrases, Post, PostSettings } from '../../../roadmap/phrases/experience.js';
import type { AreaMessages } from '../../roadmap-messages.js';
import { purposeName } from './requirement.js';
import {
  capitalize,
  months,
  orList,
  ROLE_NAMES,
  SETTING_NAMES,
  SUPERVISOR_NAMES,
  yourRole,
} from './words.js';

function where(w: PostSettings | null): string {
  if (!w) return '';
  return ` en ${orList(w.settings.map((s) => SETTING_NAMES[s]))}${w.more ? ' (o similar)' : ''}`;
}

function post(p: Post): string {
  if (p.kind === 'supervised')
    return `un puesto supervisado${where(p.where)}${p.purpose ? ` para ${purposeName(p.purpose)}` : ''}`;
  const supervised = p.supervisors
    ? ` bajo la supervisión de ${orList(p.supervisors.map((k) => SUPERVISOR_NAMES[k]))}`
    : '';
  return `un trabajo como ${ROLE_NAMES[p.role]}${where(p.where)}${supervised}`;
}

export const experience: AreaMessages<ExperiencePhrases> = {
  'experience.have': ({ have, earlier }) =>
    earlier ? `Hoy tiene ${have}; la permanencia del paso anterior se suma.` : `Usted tiene ${have}.`,
  'experience.keep': ({ role, months: count }) => `Continúe en ${yourRole(role)} (${months(count)} más)`,
  'experience.keep-on': ({ role, months: count }) =>
    `Siga en ${yourRole(role)} después de eso (${months(count)} más)`,
  'experience.part-time': ({ hours, rate }) =>
    `Con ${hours} horas por semana, cada mes cuenta como ${rate} de un mes a tiempo completo (FTE).`,
  'experience.after-degree': () => 'Solo cuentan los meses posteriores al título.',
  'experience.closes': ({ month }, f) =>
    `Si continúa en su puesto, completará lo que falta en ${f.month(month)}.`,
  'experience.find': ({ move, post: p }) => `${move ? 'Pase a' : 'Busque'} ${post(p)}`,
  'experience.post-only': ({ requirement }, f) =>
    `${f.say(requirement)}: los meses cuentan solo en un puesto como este.`,
  'experience.near-case-management': ({ role, asked }) =>
    asked
      ? `Aquí no se cuenta ${yourRole(role)} para este requisito; si la entidad certificadora cuenta sus funciones (el paso que se lo pregunta), no hace falta este cambio.`
      : `Aquí no se cuenta ${yourRole(role)} para este requisito. Si sus funciones incluyen evaluación, planificación de la atención y coordinación de servicios, pregunte a la entidad certificadora si cuentan: si cuentan, no hace falta este cambio.`,
  'experience.not-counted': ({ role, caveated }) =>
    `${capitalize(yourRole(role))} no cuenta para esto${caveated ? ' según como el plan lee la regla; las notas de abajo dicen a quién preguntar' : ''}.`,
  'experience.search': ({ months: count }) => `El plan prevé ${months(count)} para encontrarlo.`,
  'experience.return': ({ role, months: count, certificationAhead }) =>
    `Ahora no trabaja en administración de casos; con ${months(count)} como ${ROLE_NAMES[role]} a sus espaldas, el plan empieza con un puesto como el último que tuvo.${certificationAhead ? ' La certificación que sigue no tiene que esperar a que usted esté en él.' : ''}`,
  'experience.clinical-first': ({ short, counted }) =>
    counted
      ? `El plan da por completas las horas supervisadas de su trabajo actual para la licencia ${short}, y aun así prevé el cambio de puesto para cuando ya la tenga: si la junta estatal (board) cuenta menos horas, usted sigue en el puesto donde se acumulan las que falten. Cuando la junta confirme sus horas, podría cambiarse antes.`
      : `Usted acumula en su trabajo actual horas supervisadas para la licencia ${short}, así que el plan prevé el cambio de puesto para cuando ya la tenga: irse antes podría interrumpir esas horas. Si la junta estatal (board) también contara las horas del nuevo puesto, podría cambiarse antes; pregúntele primero.`,
  'experience.before-planned-degree': () =>
    'El plan cuenta estos meses desde el inicio del puesto, mientras estudia: la regla no dice que deban ser posteriores al título. Confirme con la entidad certificadora que los meses trabajados antes del título cuentan antes de contar con ellos.',
  'experience.employer-minimums': () =>
    'Los empleadores fijan sus propios requisitos mínimos para estos puestos, y las fuentes que citamos no dan ninguno: lea las ofertas de su zona antes de contar con esta fecha.',
  'experience.experience-early': () =>
    'El plan fecha este cambio cuando termina el título anterior, porque esos puestos suelen pedirlo; la certificación no lo pide, y algunos empleadores contratan antes con una experiencia como la suya, así que pregunte a los que le interesan: para este requisito, los meses cuentan desde el inicio del puesto.',
  'experience.bachelor-early': () =>
    "Con su licenciatura (bachelor's) podría tomar un puesto así antes de terminar sus estudios (junto a estudios de tiempo completo, es una carga plena); para este requisito, los meses cuentan de las dos maneras.",
  'experience.move-while-studying': () =>
    "Usted trabaja ahora y estudiará junto a su empleo: con su licenciatura (bachelor's), el plan le propone cambiar ahora ese empleo por un puesto así en lugar de esperar al título, porque para este requisito los meses cuentan también antes del título (confírmelo con el organismo certificador antes de contar con ello). Si los puestos que encuentre piden primero el nuevo título, este cambio y los pasos siguientes esperan a que lo termine.",
  'experience.work': ({ months: count, post: p }) =>
    p.kind === 'role'
      ? `Trabaje ${months(count)} a tiempo completo como ${ROLE_NAMES[p.role]}${where(p.where)}`
      : `Trabaje ${months(count)} a tiempo completo bajo supervisión${p.purpose ? ` para ${purposeName(p.purpose)}` : ''}`,
  'experience.still-needed': ({ need }) => `Aún falta: ${need}.`,
  'experience.full-time-assumed': ({ partTime }) =>
    partTime
      ? `El plan supone un trabajo a tiempo completo en el nuevo puesto; con las ${partTime.hours} horas semanales que trabaja ahora, tomaría unos ${months(partTime.months)}, y los pasos siguientes llegarían unos ${months(partTime.later)} más tarde.`
      : 'El plan supone un trabajo a tiempo completo.',
};

import type { LicenseStatus } from '../../../core/vocabulary.js';
import type { StandingPhrases } from '../../../roadmap/phrases/standing.js';
import type { AreaMessages } from '../../roadmap-messages.js';
import {
  capitalize,
  degreeIn,
  type FIELD_NAMES,
  LEVELS,
  lowerFirst,
  orList,
  ROLE_NAMES,
  SETTING_NAMES,
  SUPERVISOR_NAMES,
} from './words.js';

const degree = (p: { level: keyof typeof LEVELS; field: keyof typeof FIELD_NAMES }) =>
  capitalize(p.level === 'high-school' ? LEVELS[p.level].word : degreeIn(p.level, p.field));

/** Said of "el estado" of the credential, so it agrees whether it is a licencia or a registro. */
const STATUS: Record<LicenseStatus, string> = {
  active: 'activo',
  restricted: 'restringido',
  inactive: 'inactivo',
};

/** "Para la credencial CCM: …" for an item of a certification planned beside the goal. */
const forCredential = (purpose: string | null, requirement: string) =>
  purpose ? `Para la credencial ${purpose}: ${lowerFirst(requirement)}` : requirement;

export const standing: AreaMessages<StandingPhrases> = {
  'standing.degree': (p, f) => {
    const notes = [
      p.credits ? `${p.credits} créditos` : '',
      p.completed ? f.month(p.completed) : '',
      p.accredited ? '' : 'institución no acreditada',
    ].filter(Boolean);
    return `${degree(p)}${notes.length > 0 ? ` (${notes.join(', ')})` : ''}`;
  },
  'standing.degree-underway': (p, f) =>
    `${degree(p)} (en curso${p.expected ? `, fin previsto: ${f.month(p.expected)}` : ''})`,
  'standing.license': ({ name, status, state }, f) => {
    const where = state ? `, ${state}` : '';
    const said = capitalize(f.say(name));
    return status === 'active'
      ? `${said} (estado: ${STATUS[status]}${where})`
      : `${said} (estado: ${STATUS[status]}${where}): no cuenta hasta que esté en estado activo y sin restricciones`;
  },
  'standing.certification': ({ abbreviation }) => `${abbreviation} (ya la tiene)`,
  'standing.exam': ({ exam, requiredBy }, f) =>
    `Aprobó el ${exam}${requiredBy ? ` (lo exigía su ${f.say(requiredBy)})` : ''}`,
  'standing.experience': (p, f) => {
    const amount =
      p.hoursPerWeek < 40
        ? `${f.count(p.months, 'mes')} a ${f.amount(p.hoursPerWeek)} horas por semana (${f.count(p.fteMonths, 'mes')} a tiempo completo)`
        : f.count(p.months, 'mes');
    const sup =
      p.supervisedBy === 'none'
        ? ''
        : p.supervisedBy === 'other'
          ? ', con supervisión'
          : `, bajo la supervisión de ${SUPERVISOR_NAMES[p.supervisedBy]}`;
    const role = p.role === 'other' ? 'en otro trabajo' : `como ${ROLE_NAMES[p.role]}`;
    const setting = p.setting === 'other' ? '' : ` en ${SETTING_NAMES[p.setting]}`;
    return `${amount} ${role}${setting}${sup}${p.paid ? '' : ', sin pago'}${p.ongoing ? ' (hasta hoy)' : ''}`;
  },
  'standing.ce': ({ hours }, f) => `${f.amount(hours)} horas de CE en los últimos dos años`,
  'standing.missing': ({ requirement, need, purpose }) =>
    `${forCredential(purpose, requirement)}${need ? ` — aún falta: ${need}` : ''}`,
  'standing.missing-finish': ({ requirement, purpose, oneOf, degree: d }, f) =>
    `${forCredential(purpose, requirement)} — aún falta: ${oneOf ? 'una de estas opciones; su plan: ' : ''}terminar su ${lowerFirst(degree(d))}${d.expected ? ` (fin previsto: ${f.month(d.expected)})` : ''}`,
  'standing.missing-one-of': ({ requirement, planned, purpose, licenses }) =>
    `${forCredential(purpose, requirement)} — aún falta: una de estas opciones; su plan: ${
      licenses.length > 0 ? `una licencia ${orList(licenses)} activa` : planned
    }`,
};

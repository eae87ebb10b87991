import type { StandingPhrases } from '../../../roadmap/phrases/standing.js';
import type { AreaMessages } from '../../roadmap-messages.js';
import {
  article,
  capitalize,
  degreeIn,
  type FIELD_NAMES,
  forText,
  LEVEL_NAMES,
  orList,
  ROLE_NAMES,
  SETTING_NAMES,
  SUPERVISOR_NAMES,
} from './words.js';

const degree = (p: { level: keyof typeof LEVEL_NAMES; field: keyof typeof FIELD_NAMES }) =>
  p.level === 'high-school' ? capitalize(LEVEL_NAMES[p.level]) : capitalize(degreeIn(p.level, p.field));

export const standing: AreaMessages<StandingPhrases> = {
  'standing.degree': (p, f) => {
    const notes = [
      p.credits ? `${p.credits} credits` : '',
      p.completed ? f.month(p.completed) : '',
      p.accredited ? '' : 'school not accredited',
    ].filter(Boolean);
    return `${degree(p)}${notes.length > 0 ? ` (${notes.join(', ')})` : ''}`;
  },
  'standing.degree-underway': (p, f) =>
    `${degree(p)} (in progress${p.expected ? `, expected ${f.month(p.expected)}` : ''})`,
  'standing.license': ({ name, status, state }, f) => {
    const where = state ? `, ${state}` : '';
    return status === 'active'
      ? `${f.say(name)} (active${where})`
      : `${f.say(name)} (${status}${where}): does not count until it is active and unrestricted`;
  },
  'standing.certification': ({ abbreviation }) => `${abbreviation} (held)`,
  'standing.exam': ({ exam, requiredBy }, f) =>
    `Passed the ${exam}${requiredBy ? ` (your ${f.say(requiredBy)} required it)` : ''}`,
  'standing.experience': (p, f) => {
    const amount =
      p.hoursPerWeek < 40
        ? `${f.amount(p.months)} months at ${f.amount(p.hoursPerWeek)} hours a week (${f.amount(p.fteMonths)} months full-time)`
        : `${f.amount(p.months)} months`;
    const sup =
      p.supervisedBy === 'none'
        ? ''
        : p.supervisedBy === 'other'
          ? ', supervised'
          : `, supervised by ${SUPERVISOR_NAMES[p.supervisedBy]}`;
    const role = p.role === 'other' ? 'in other work' : `as ${article(ROLE_NAMES[p.role])}`;
    const setting = p.setting === 'other' ? '' : ` in ${SETTING_NAMES[p.setting]}`;
    return `${amount} ${role}${setting}${sup}${p.paid ? '' : ', unpaid'}${p.ongoing ? ' (ongoing)' : ''}`;
  },
  'standing.ce': ({ hours }, f) => `${f.amount(hours)} CE hours in the last two years`,
  'standing.missing': ({ requirement, need, purpose }) =>
    `${forText(purpose, requirement)}${need ? ` — still needed: ${need}` : ''}`,
  'standing.missing-finish': ({ requirement, purpose, oneOf, degree: d }, f) =>
    `${forText(purpose, requirement)} — still needed: ${oneOf ? 'one of these; your plan: finish' : 'to finish'} your ${degreeIn(d.level, d.field)}${d.expected ? ` (expected ${f.month(d.expected)})` : ''}`,
  'standing.missing-one-of': ({ requirement, planned, purpose, licenses }) =>
    `${forText(purpose, requirement)} — still needed: one of these; your plan: ${
      licenses.length > 0 ? `an active ${orList(licenses)} license` : planned
    }`,
};

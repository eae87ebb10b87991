import type { DonePhrases } from '../../../roadmap/phrases/done.js';
import type { AreaMessages } from '../../roadmap-messages.js';
import { capitalize, degreeIn, lowerFirst, months as monthsWord, yourDegree } from './words.js';

export const done: AreaMessages<DonePhrases> = {
  'done.not-needed': ({ abbreviation, instead, have }) =>
    `No hace falta para la credencial ${abbreviation}: en su lugar cuenta ${lowerFirst(instead)}${have ? `, y usted lo cumple (${have})` : ''}.`,
  'done.finish': ({ level, field }) => `Termine ${yourDegree(level, field)}`,
  'done.diploma-first': () =>
    'Las universidades y los programas de enfermería admiten a quienes terminaron la escuela secundaria, y los trabajos de entrada piden el diploma: los pasos que lo necesitan empiezan cuando usted lo tenga.',
  'done.expected': ({ month }, f) => `Usted prevé terminar en ${f.month(month)}.`,
  'done.expected-assumed': ({ months }) =>
    `Está cursando estos estudios; como su perfil no tiene un mes de terminación futuro, el plan supone ${monthsWord(months)} más.`,
  'done.degree': ({ level, field, accreditor, credits }) =>
    `${capitalize(degreeIn(level, field))}${accreditor ? ` (acreditación ${accreditor})` : ''}${credits ? ` (${credits} créditos)` : ''}`,
  'done.credits': ({ credits }) => `${credits} créditos semestrales terminados.`,
  'done.credits-unknown': () => 'Créditos universitarios terminados; el perfil no dice cuántos.',
  'done.completed-in': ({ month }, f) => `Terminó estos estudios en ${f.month(month)}.`,
  'done.completed': () => 'Terminó estos estudios.',
  'done.meets': ({ requirement }) => `Cumple: ${requirement}.`,
  'done.license': ({ name, state }, f) => `${capitalize(f.say(name))}${state ? ` (${state})` : ''}`,
  'done.passed': ({ exam }) => `Aprobó el ${exam}`,
  'done.hold': ({ abbreviation }) => `Tiene la credencial ${abbreviation}`,
  'done.experience': ({ requirement }) => capitalize(requirement),
  'done.experience-met': ({ abbreviation, have, confirmWith }) =>
    `Requisito cumplido para la credencial ${abbreviation}${confirmWith ? ' según la lectura que el plan hace de su trabajo' : ''}: ${have ? `usted tiene ${have}` : 'usted ya lo cumple'}.${
      confirmWith
        ? ` ${confirmWith} no ha confirmado esa lectura (vea las notas), así que consulte a ${confirmWith} antes de contar con ello.`
        : ''
    }`,
  'done.ce': ({ hours }) => `${hours} horas de educación continua (CE) en los últimos dos años`,
};

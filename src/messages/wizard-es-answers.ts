/**
 * Typed answers in Spanish (the same keys as `wizard-en-answers.ts`). The checks understand
 * Spanish, and the English a person in the US may type as well ("May 2019", "now"): answers are
 * never refused for being in the other language. Yes is "s" or "sí".
 */
import { formatNumber } from '../core/number.js';
import { joinOr } from './es/format.js';
import type { WizardMessages } from './wizard-en.js';

type Answers = WizardMessages['answers'];

const vocabulary = {
  yes: ['s', 'sí', 'si', 'y', 'yes'],
  no: ['n', 'no'],
  unknown: [
    '?',
    'no sé',
    'no se',
    'no lo sé',
    'no lo se',
    'no estoy seguro',
    'no estoy segura',
    'no estoy seguro(a)',
    'desconocido',
    'omitir',
    "don't know",
    'dont know',
    'not sure',
    'unknown',
    'skip',
  ],
  now: [
    'hoy',
    'ahora',
    'actualidad',
    'la actualidad',
    'presente',
    'el presente',
    'actual',
    'actualmente',
    'la fecha',
    'sigo ahí',
    'sigo allí',
    'now',
    'present',
    'today',
    'current',
    'currently',
    'still there',
    'ongoing',
  ],
  // Spanish first, then the English a US form uses ("Apr 2020", "Aug 2021").
  monthNames: [
    ['ene', 'jan'],
    ['feb'],
    ['mar'],
    ['abr', 'apr'],
    ['may'],
    ['jun'],
    ['jul'],
    ['ago', 'aug'],
    ['sep', 'set'],
    ['oct'],
    ['nov'],
    ['dic', 'dec'],
  ],
  monthYearJoin: ['de', 'del'],
  rangeFrom: ['desde', 'de', 'del', 'from', 'since'],
  rangeTo: ['a', 'al', 'hasta', 'to', 'until'],
  since: ['desde', 'since'],
  and: ['y', 'and'],
  yearUnits: ['años', 'año', 'anos', 'ano', 'years', 'year', 'yrs', 'yr', 'y'],
  monthUnits: ['meses', 'mes', 'months', 'month', 'mos', 'mo', 'm'],
  hourWords: [
    'horas',
    'hora',
    'hrs',
    'hr',
    'h',
    'a la semana',
    'por semana',
    'semanales',
    'semanal',
    '/semana',
    '/ semana',
    'hours',
    'hour',
    'a week',
    'per week',
    '/week',
    '/ week',
  ],
  fullTime: ['tiempo completo', 'completo', 'full time', 'full-time', 'fulltime'],
  unpaid: [
    'sin pago',
    'sin paga',
    'sin sueldo',
    'no pagado',
    'no pagadas',
    'no remunerado',
    'voluntario',
    'voluntaria',
    'voluntariado',
    'unpaid',
    'volunteer',
    'volunteering',
  ],
  paid: ['pagado', 'pagadas', 'con pago', 'paid'],
};

const MONTH_EXAMPLE = 'un mes y un año, por ejemplo 2027-05 o mayo de 2027';

const messages = {
  months: (max: number) => `meses: un número de 0 a ${max} (o escriba "2 años" o "1 año 6 meses")`,
  monthsUpTo: (max: number) => `meses: un número de 0 a ${max}`,
  wholeNumber: (what: string, min: number, max: number) =>
    `${what}: un número entero de ${min} a ${formatNumber(max)}`,
  credits: 'créditos',
  internshipHours: 'horas de pasantía',
  ceHours: 'horas de educación continua',
  month: MONTH_EXAMPLE,
  monthPassed: 'ese mes ya pasó: indique el mes en que espera terminar (o diga que ya terminó)',
  monthToCome: 'ese mes todavía no llega: indique un mes pasado',
  finishedWhichMonth: (year: string) => `¿Qué mes de ${year}? Por ejemplo ${year}-05 o mayo de ${year}`,
  finishedOrUnknown: `${MONTH_EXAMPLE}; o escriba ? si no lo sabe`,
  jobWhen:
    'cuándo empezó y cuándo terminó el trabajo: por ejemplo 2024-03 a hoy, o 2016-06 a 2024-03, o 8 años',
  jobAtLeastAMonth: 'una duración de al menos 1 mes',
  jobWhichMonth: (year: string) => `¿Qué mes de ${year}? Por ejemplo ${year}-06 a hoy`,
  jobEnd: (start: string, end: string | null) =>
    `¿Y cuándo terminó? Por ejemplo ${start} a hoy${end ? `, o ${start} a ${end}` : ''}`,
  jobStart: `el mes en que empezó: ${MONTH_EXAMPLE}`,
  jobStartToCome: (month: string) => `${month} todavía no llega: indique el mes en que empezó el trabajo`,
  jobEndMonth: `el mes en que terminó: ${MONTH_EXAMPLE}, o hoy`,
  jobEndToCome: (month: string) => `${month} todavía no llega: escriba hoy si todavía trabaja allí`,
  jobEndsBeforeStart: (end: string, start: string) =>
    `el trabajo no puede terminar (${end}) antes de empezar (${start})`,
  jobOneOngoing: 'solo un período del mismo trabajo puede seguir hasta hoy',
  weeklyHours: 'horas por semana: un número de 1 a 80, por ejemplo 40, o 10 sin pago',
  yesNo: 'escriba s para sí o n para no',
  atMost: (max: number) => `${max} caracteres como máximo`,
  fileName: (example: string) => `un nombre de archivo, por ejemplo ${example}`,
  fileEnding: (extensions: readonly string[]) => `un nombre de archivo que termine en ${joinOr(extensions)}`,
};

const echo: Answers['echo'] = {
  notKnown: 'fecha desconocida',
  weeklyHours: (hours: number, paid: boolean) => `${hours} horas por semana${paid ? '' : ', sin pago'}`,
  hoursTyped: (hours: number, paid: boolean) => `${hours}${paid ? '' : ' sin pago'}`,
  spanTyped: (start: string, end: string | null) => `${start} a ${end ?? 'hoy'}`,
  monthsTyped: (months: number) => `${months} meses`,
  spanLength: (months: number) => `${months} ${months === 1 ? 'mes' : 'meses'}`,
  spanOngoing: (start: string, length: string) => `de ${start} a hoy (${length} hasta ahora)`,
  spanEnded: (start: string, end: string, length: string) => `de ${start} a ${end} (${length})`,
  yes: 'Sí',
  no: 'No',
};

export const answersEs: Answers = { ...vocabulary, ...messages, echo };

import type { BandMedian, PayPhrases } from '../../../roadmap/phrases/pay.js';
import type { AreaMessages, RoadmapFormat } from '../../roadmap-messages.js';
import { periodWords } from './figures.js';
import { lowerFirst, ROLE_TITLES } from './words.js';

// BLS occupations are official names and stay in English.
const median = (band: BandMedian, state: string, f: RoadmapFormat) =>
  `una mediana de ${f.money(band.median)} a nivel nacional${band.stateMedian ? ` y ${f.money(band.stateMedian)} en ${state}` : ''}`;

export const pay: AreaMessages<PayPhrases> = {
  'pay.role': ({ role }) => ROLE_TITLES[role],
  'pay.label': ({ credential, rung, reactivated }) =>
    [credential ? (reactivated ? `${credential} reactivada` : `+ ${credential}`) : '', rung ?? '']
      .filter(Boolean)
      .join(', '),
  'pay.years': () =>
    'Salario: la BLS da el salario de cada ocupación para todos los niveles de experiencia, no por años en el puesto, así que el plan no muestra un cambio de salario con este paso.',
  'pay.same': ({ occupation }) =>
    `Salario: el plan asigna este puesto a la ocupación ${occupation} de la BLS, la misma de su trabajo actual, así que no muestra un cambio de salario.`,
  'pay.unknown': ({ job, rung, area }) => {
    const what = job
      ? 'la BLS no tiene una sola ocupación para este puesto'
      : `la BLS no tiene una ocupación para ${rung ? `los puestos de ${lowerFirst(rung)}` : 'este puesto'}${area ? ` en ${lowerFirst(area)}` : ''}`;
    return `Salario: no está en las fuentes que citamos; ${what}, así que el plan no muestra ninguna cifra. Pregunte a los empleadores cuánto pagan esos puestos.`;
  },
  'pay.no-raise': ({ next, current, period, state, below }, f) => {
    const nextName = next.occupation ? `la ocupación ${next.occupation}` : 'las cifras de su campo';
    const currentName = current.occupation
      ? `la ocupación ${current.occupation}`
      : 'las cifras que sigue hoy su salario';
    return `Salario: el plan asigna este puesto a ${nextName} de la BLS (${median(next, state, f)}${period ? `, ${periodWords(period, f)}` : ''}), ${below ? 'por debajo de' : 'no por encima de'} ${currentName} (${median(current, state, f)}), la que sigue su salario actual. Las fuentes que citamos no dan una cifra para este puesto en sí, así que el plan no muestra un aumento; pregunte a los empleadores cuánto paga.`;
  },
  'pay.state-unknown-now': ({ state, next, nextNational, current, occupation }, f) =>
    `${nextNational !== null ? `En todo el país la mediana de ${occupation ?? 'este puesto'} es ${f.money(nextNational)}, frente a ${f.money(current)} de su trabajo actual; en ${state} es ${f.money(next)}` : `En ${state} la mediana de ${occupation ?? 'este puesto'} es ${f.money(next)}, y la mediana nacional de su trabajo actual es ${f.money(current)}`}, y las fuentes que citamos no dan una cifra de ${state} para su trabajo actual, así que el cambio podría pagar menos donde vive: compare lo que ofrecen los empleadores de su zona antes de cambiar.`,
  'pay.state-unknown-now-above': ({ state, next, nextNational, current, occupation }, f) =>
    `En ${state} la mediana de ${occupation ?? 'este puesto'} es ${f.money(next)}, por encima de la mediana nacional de su trabajo actual (${f.money(current)}), pero eso no indica un aumento: ${state} paga esta ocupación por encima de su mediana nacional (${f.money(nextNational)}), y las fuentes que citamos no dan una cifra de ${state} para su trabajo actual. Compare lo que ofrecen los empleadores de su zona con lo que usted gana antes de cambiar.`,
  'pay.state-lower': ({ state, next, current, occupation }, f) =>
    `A nivel nacional, la mediana de este puesto supera la de su trabajo actual, pero en ${state} la mediana de ${occupation ?? 'este puesto'} (${f.money(next)}) está por debajo de la de la ocupación que sigue su salario actual (${f.money(current)}): el plan asigna los dos puestos a ocupaciones distintas de la BLS, así que compare lo que ofrecen los empleadores de su zona antes de cambiar.`,
};

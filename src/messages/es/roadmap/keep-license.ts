import type { KeepLicensePhrases } from '../../../roadmap/phrases/keep-license.js';
import type { AreaMessages } from '../../roadmap-messages.js';
import { andList, boardName, capitalize, span } from './words.js';

const NOUN = { license: 'licencia', certification: 'certificación', registration: 'inscripción' } as const;

export const keepLicense: AreaMessages<KeepLicensePhrases> = {
  'keep-license.title': ({ short, noun, where }) =>
    `Mantenga activa su ${NOUN[noun]} ${short}${where ? ` de ${where}` : ''}`,
  'keep-license.why': (
    { short, noun, where, board, nursing, practical, renewal, lastsMonths, issuedMonths, from },
    f,
  ) => {
    const boardWords = board
      ? boardName(board)
      : practical
        ? `la junta ${where ? `de ${where}` : 'de su estado'} que le otorgó su ${short} (en algunos estados no es la junta de enfermería)`
        : `la junta ${nursing ? 'de enfermería (board of nursing) ' : 'estatal (board) '}${where ? `de ${where}` : 'de su estado'}`;
    const known: string[] = [];
    const unknown: string[] = [];
    if (renewal?.everyYears) known.push(`se renueva cada ${renewal.everyYears} años`);
    else unknown.push('cada cuánto se renueva');
    if (renewal?.ceHours !== null && renewal?.ceHours !== undefined)
      known.push(`cada ciclo pide ${f.amount(renewal.ceHours)} horas de educación continua (CE)`);
    else unknown.push('la educación continua (CE) que pide');
    if (renewal?.feeUsd) known.push(`renovarla cuesta ${f.money(renewal.feeUsd)}`);
    else unknown.push('su tarifa');
    const knownWords = known.length > 0 ? ` ${capitalize(andList(known))}.` : '';
    const unknownWords =
      unknown.length > 0
        ? ` ${capitalize(andList(unknown))} no ${unknown.length === 1 ? 'está' : 'están'} en las fuentes que citamos;`
        : '';
    if (lastsMonths && issuedMonths) {
      return `Usted tiene la ${NOUN[noun]} ${short}: el plan la mantiene en regla y no vuelve a planificarla. Se otorga por ${span(issuedMonths)} cada vez, así que renuévela cada ${span(issuedMonths)}, y dura como máximo ${span(lastsMonths)} desde que se otorga por primera vez, así que la licencia a la que lleva debe llegar antes; cómo renovarla, pregúntelo a ${boardWords}. Todo paso que cuenta con esta ${NOUN[noun]} la necesita activa.`;
    }
    if (lastsMonths) {
      return `Usted tiene la ${NOUN[noun]} ${short}: el plan la mantiene en regla y no vuelve a planificarla. Dura como máximo ${span(lastsMonths)} desde que se otorga, así que la licencia a la que lleva debe llegar antes; si hay que renovarla entretanto, y cómo, pregúntelo a ${boardWords}. Todo paso que cuenta con esta ${NOUN[noun]} la necesita activa.`;
    }
    const opening =
      from === 'held'
        ? `Usted tiene la ${NOUN[noun]} ${short}: el plan la mantiene vigente y no vuelve a planificarla.`
        : from === 'reactivated'
          ? `Una vez que su ${NOUN[noun]} ${short} vuelva a estar activa, el plan la mantiene así.`
          : `Una vez que tenga la ${NOUN[noun]} ${short}, el plan la mantiene vigente.`;
    const record = from === 'obtained' ? 'aparecerá' : 'aparece';
    return `${opening} Renuévela con ${boardWords} antes de que venza.${knownWords}${unknownWords} ${unknown.length > 0 ? 's' : 'S'}u fecha de renovación ${record} en su registro de licencia ante la junta. Todo paso que cuenta con esta ${NOUN[noun]} la necesita activa.`;
  },
};

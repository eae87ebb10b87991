import type { KeepLicensePhrases } from '../../../roadmap/phrases/keep-license.js';
import type { AreaMessages } from '../../roadmap-messages.js';
import { boardName } from './words.js';

const NOUN = { license: 'licencia', certification: 'certificación' } as const;

export const keepLicense: AreaMessages<KeepLicensePhrases> = {
  'keep-license.title': ({ short, noun, where }) =>
    `Mantenga activa su ${NOUN[noun]} ${short}${where ? ` de ${where}` : ''}`,
  'keep-license.why': ({ short, noun, where, board, nursing }) => {
    const boardWords = board
      ? boardName(board)
      : `la junta ${nursing ? 'de enfermería (board of nursing) ' : 'estatal (board) '}${where ? `de ${where}` : 'de su estado'}`;
    return `Usted tiene la ${NOUN[noun]} ${short}: el plan la mantiene vigente y no vuelve a planificarla. Renuévela con ${boardWords} antes de que venza. Cada cuánto se renueva, la educación continua (CE) que pide y su tarifa no están en las fuentes que citamos; su fecha de renovación aparece en su registro de licencia ante la junta. Todo paso que cuenta con esta ${NOUN[noun]} la necesita activa.`;
  },
};

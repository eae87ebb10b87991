import type { KeepLicensePhrases } from '../../../roadmap/phrases/keep-license.js';
import type { AreaMessages } from '../../roadmap-messages.js';

export const keepLicense: AreaMessages<KeepLicensePhrases> = {
  'keep-license.title': ({ short, noun, where }) =>
    `Keep your ${short} ${noun}${where ? ` in ${where}` : ''} active`,
  'keep-license.why': ({ short, noun, where, board, nursing }) => {
    const boardWords = board
      ? `the ${board.name}${board.url ? ` (${board.url})` : ''}`
      : `your ${where ? `${where} ` : 'state '}board${nursing ? ' of nursing' : ''}`;
    return `You hold the ${short}: the plan keeps it current and never plans it again. Renew it with ${boardWords} before it expires. How often it renews, the continuing education it asks for and its fee are not in the sources we cite; your renewal date is on your license record with the board. Every step that counts on the ${noun} needs it active.`;
  },
};

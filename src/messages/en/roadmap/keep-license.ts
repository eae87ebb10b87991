import type { KeepLicensePhrases } from '../../../roadmap/phrases/keep-license.js';
import type { AreaMessages } from '../../roadmap-messages.js';
import { andList, capitalize, span } from './words.js';

export const keepLicense: AreaMessages<KeepLicensePhrases> = {
  'keep-license.title': ({ short, noun, where }) =>
    `Keep your ${short} ${noun}${where ? ` in ${where}` : ''} active`,
  'keep-license.why': (
    { short, noun, where, board, nursing, practical, renewal, lastsMonths, issuedMonths, from },
    f,
  ) => {
    const boardWords = board
      ? `the ${board.name}${board.url ? ` (${board.url})` : ''}`
      : practical
        ? // Some states license practical nurses through a board of their own (California's LVNs).
          `the ${where ? `${where} ` : 'state '}board that issued your ${short} (in some states not the board of nursing)`
        : `your ${where ? `${where} ` : 'state '}board${nursing ? ' of nursing' : ''}`;
    const known: string[] = [];
    const unknown: string[] = [];
    if (renewal?.everyYears) known.push(`it renews every ${renewal.everyYears} years`);
    else unknown.push('how often it renews');
    if (renewal?.ceHours !== null && renewal?.ceHours !== undefined)
      known.push(`each cycle asks for ${f.amount(renewal.ceHours)} hours of continuing education`);
    else unknown.push('the continuing education it asks for');
    if (renewal?.feeUsd) known.push(`renewing costs ${f.money(renewal.feeUsd)}`);
    else unknown.push('its fee');
    const knownWords = known.length > 0 ? ` ${capitalize(andList(known))}.` : '';
    const unknownWords =
      unknown.length > 0
        ? ` ${capitalize(andList(unknown))} ${unknown.length === 1 ? 'is' : 'are'} not in the sources we cite;`
        : '';
    if (lastsMonths && issuedMonths) {
      return `You hold the ${short}: the plan keeps it in good standing and never plans it again. It is issued for ${span(issuedMonths)} at a time, so renew it every ${span(issuedMonths)}, and it lasts at most ${span(lastsMonths)} from its first issue, so the license it leads to must come before then; ask ${boardWords} how to renew it. Every step that counts on the ${noun} needs it active.`;
    }
    if (lastsMonths) {
      return `You hold the ${short}: the plan keeps it in good standing and never plans it again. It lasts at most ${span(lastsMonths)} from its issue, so the license it leads to must come before then; ask ${boardWords} whether it must be renewed in between, and how. Every step that counts on the ${noun} needs it active.`;
    }
    const opening =
      from === 'held'
        ? `You hold the ${short}: the plan keeps it current and never plans it again.`
        : from === 'reactivated'
          ? `Once your ${short} is active again, the plan keeps it that way.`
          : `Once you hold the ${short}, the plan keeps it current.`;
    const record = from === 'obtained' ? 'will be' : 'is';
    return `${opening} Renew it with ${boardWords} before it expires.${knownWords}${unknownWords} ${unknown.length > 0 ? 'y' : 'Y'}our renewal date ${record} on your license record with the board. Every step that counts on the ${noun} needs it active.`;
  },
};

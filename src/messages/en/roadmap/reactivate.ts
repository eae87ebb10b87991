import type { BoardRef, ReactivatePhrases } from '../../../roadmap/phrases/reactivate.js';
import type { AreaMessages } from '../../roadmap-messages.js';
import { andList, lowerFirst, span } from './words.js';

function boardWords({ board, where, nursing }: BoardRef): string {
  return board
    ? `the ${board.name}${board.url ? ` (${board.url})` : ''}`
    : `the ${where ? `${where} ` : ''}board${nursing ? ' of nursing' : ''}`;
}

export const reactivate: AreaMessages<ReactivatePhrases> = {
  'reactivate.title': ({ short, where, optional }) =>
    `Reactivate your ${short} license${where ? ` in ${where}` : ''}${optional ? ' (recommended)' : ''}`,
  'reactivate.purpose': ({ requirement, optional }, f) =>
    `${f.say(requirement)}${optional ? '.' : ': only an active license counts.'}`,
  'reactivate.inactive': ({ short }) =>
    `Your ${short} is inactive; an active one is what employers and certifiers ask for.`,
  'reactivate.rule': ({ steps, ceHours, ceMonths, note }) => {
    const list = steps.map((step, i) => `(${i + 1}) ${lowerFirst(step)}`).join('; ');
    const ce =
      ceHours === null
        ? ''
        : ceHours > 0
          ? ` The plan allows ${ceMonths} months for the ${ceHours} CE hours.`
          : '';
    return `What the board asks: ${list}.${ce}${note ? ` ${note}` : ''}`;
  },
  'reactivate.unknown': (ref) =>
    `The sources we cite do not say how ${ref.where ?? 'your state'} reactivates it: ask ${boardWords(ref)} what it takes and how long. The plan allows ${ref.months} month as a placeholder, not a figure from the board.`,
  'reactivate.if-lapsed': ({ rules }) => {
    const each = rules.map((rule) => {
      const when =
        rule.atLeast !== null
          ? `lapsed ${span(rule.atLeast)} or more`
          : rule.under !== null
            ? `lapsed less than ${span(rule.under)}`
            : 'lapsed';
      return `${when}: ${rule.steps.map((step, i) => `(${i + 1}) ${lowerFirst(step)}`).join('; ')}`;
    });
    return `If your license lapsed (it was not renewed) rather than being put on inactive status, the board's rule for a lapsed license applies. ${each.map((e) => `${e.charAt(0).toUpperCase()}${e.slice(1)}.`).join(' ')} A refresher course or program takes longer than the month allowed here; ask the board which rule is yours and the course how long it runs, and the later steps move back by as much.`;
  },
  'reactivate.elsewhere': ({ held, target }) =>
    `You live in ${target} now: whether you need this license active again in ${held}, or only a ${target} license, is for the ${target} board to say, so ask it (the step on the ${target} license) before you pay to reactivate.`,
  'reactivate.exams-stay': () => 'The licensing exams you passed stay passed.',
  'reactivate.board': (ref) => `Board: ${boardWords(ref)}.`,
  'reactivate.search-after-endorsement': ({ where }) =>
    `The plan starts the search once you hold the ${where} license: a post in ${where} asks for it from your first day.`,
  'reactivate.search-after-inactive-elsewhere': ({ where }) =>
    `The plan starts the search once you have an active license again, the way the ${where} board tells you (a ${where} license, or your old one made active first): a post in ${where} asks for it from your first day.`,
  'reactivate.search-after': ({ shorts }) =>
    `The plan starts the search once your ${andList(shorts)} ${shorts.length === 1 ? 'is' : 'are'} active again: a post that asks for a license, and a certification that counts on it, need it active.`,
};

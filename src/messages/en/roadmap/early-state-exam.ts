import type { EarlyExamPhrases } from '../../../roadmap/phrases/early-state-exam.js';
import type { AreaMessages } from '../../roadmap-messages.js';
import { article, months } from './words.js';

export const earlyExam: AreaMessages<EarlyExamPhrases> = {
  'early-exam.title': ({ exam, associateTitle }) =>
    `Pass the ${exam} (in your first year as ${article(associateTitle ?? 'associate')})`,
  'early-exam.when': ({ withinMonths, associateTitle, afterRegistration }) => {
    const within = `Take it within ${months(withinMonths)} of your ${associateTitle ?? 'associate'} registration`;
    return afterRegistration ? `${within}.` : `${within}; if you have passed it already, skip this step.`;
  },
  'early-exam.prepare': ({ months: count }) =>
    `The plan allows ${months(count)} to prepare for it and sit it.`,
  'state-exam.title': ({ exam, short }) => `Pass the ${exam} (for the ${short})`,
  'state-exam.why': ({ exam, short, board, where, national }) =>
    `The ${short} asks for the ${exam}${national ? ' besides the national exam' : ''}. How to take it and its fee are not in the sources we cite: ask ${
      board
        ? `the ${board.name}${board.url ? ` (${board.url})` : ''}`
        : `the ${where ? `${where} ` : ''}board`
    }. Take it when the board allows, before the ${short} is issued; the plan gives it no months of its own. If you have passed it already, skip this step.`,
};

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
};

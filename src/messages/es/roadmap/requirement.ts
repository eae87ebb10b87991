import type { RequirementPhrases } from '../../../roadmap/phrases/requirement.js';
import type { AreaMessages } from '../../roadmap-messages.js';
import { forText } from './words.js';

export const requirement: AreaMessages<RequirementPhrases> = {
  'requirement.for': ({ purpose, requirement: text }) => forText(purpose, text),
  'requirement.sentence': ({ requirement: text }, f) => `${f.say(text)}.`,
};

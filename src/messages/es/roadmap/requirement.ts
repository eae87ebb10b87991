import type { Purpose, RequirementPhrases } from '../../../roadmap/phrases/requirement.js';
import type { AreaMessages } from '../../roadmap-messages.js';
import { forText } from './words.js';

/** "CCM", "la licencia LCSW", a job's title as the data gives it. */
export function purposeName(purpose: Purpose | null): string | null {
  return purpose ? (purpose.license ? `la licencia ${purpose.name}` : purpose.name) : null;
}

export const requirement: AreaMessages<RequirementPhrases> = {
  'requirement.for': ({ purpose, requirement: text }) => forText(purposeName(purpose), text),
  'requirement.sentence': ({ requirement: text }, f) => `${f.say(text)}.`,
};

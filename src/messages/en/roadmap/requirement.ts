import type { Purpose, RequirementPhrases } from '../../../roadmap/phrases/requirement.js';
import type { AreaMessages } from '../../roadmap-messages.js';
import { forText } from './words.js';

/** "CCM", "LCSW license". */
export function purposeName(purpose: Purpose | null): string | null {
  return purpose ? `${purpose.name}${purpose.license ? ' license' : ''}` : null;
}

export const requirement: AreaMessages<RequirementPhrases> = {
  'requirement.for': ({ purpose, requirement: text }) => forText(purposeName(purpose), text),
  'requirement.sentence': ({ requirement: text }, f) => `${f.say(text)}.`,
};

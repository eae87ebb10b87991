import type { LadderPhrases } from '../../../roadmap/phrases/ladder.js';
import type { AreaMessages } from '../../roadmap-messages.js';
import { andList, article, lowerFirst, months, span } from './words.js';

export const ladder: AreaMessages<LadderPhrases> = {
  'ladder.move-up': ({ rung }) => `Move up to ${rung.toLowerCase()}`,
  'ladder.moves-up': ({ how }) =>
    `What usually moves people up from your rung: ${andList(how.map(lowerFirst))}.`,
  'ladder.typical': ({ months: count }) =>
    `People on this rung typically have ${span(count)} or more in case management.`,
  'ladder.entry': ({ rung }) => `Find a job as ${article(rung.toLowerCase())} while you study (optional)`,
  'ladder.entry-why': ({ months: count }) =>
    `It does not count toward the certification, but it puts you in the field while you study. The plan allows ${months(count)} to find one; nothing else waits for it.`,
  'ladder.up-now': ({ rung, requirement, months: count }) =>
    `You need not wait for the degree on your plan to apply for ${rung.toLowerCase()} posts: moving up from your rung usually asks for ${lowerFirst(requirement)}, which you have. The plan allows ${months(count)} to find one.`,
  'ladder.keep-post': ({ rung }) =>
    `These months count in the ${rung.toLowerCase()} post the plan moves you into first: keep it, and no second job search is needed.`,
};

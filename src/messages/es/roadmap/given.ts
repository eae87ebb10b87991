import type { GivenPhrases } from '../../../roadmap/phrases/given.js';
import type { AreaMessages } from '../../roadmap-messages.js';

/** Text worded before the planner (the data's, the engine's) is said as it is. */
export const given: AreaMessages<GivenPhrases> = {
  given: ({ text }) => text,
};

import type { GivenPhrases } from '../../../roadmap/phrases/given.js';
import type { LegacyPhrases } from '../../../roadmap/phrases/legacy.js';
import type { AreaMessages } from '../../roadmap-messages.js';

/** Text worded before the planner (the data's, the engine's) is said as it is. */
export const given: AreaMessages<GivenPhrases> = {
  given: ({ text }) => text,
};

/** English of an area the planner has not moved into phrases yet: shown as it is. */
export const legacy: AreaMessages<LegacyPhrases> = {
  english: ({ text }) => text,
};

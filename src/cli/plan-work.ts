/**
 * What `roadmap` does once its options are read: the profile commands' work (as in
 * src/cli/profile-work.ts) and the planner with its words, in one dynamic import. It arrives as
 * the engine and planner chunks of tsdown.config.ts; `eligibility` loads profile-work.ts instead
 * and never parses the planner.
 */
export { renderText } from '../render/text/index.js';
export { loadCliData } from './load-data.js';
export { planInLanguage } from './plan-in-language.js';
export { readProfile } from './read-profile.js';
export { roadmapWords } from './roadmap-language.js';

/**
 * What `eligibility` and `roadmap` do once their options are read, gathered in one module so that
 * each command loads it with one dynamic import: it arrives as one file, the engine chunk of
 * tsdown.config.ts, instead of a file per module (Node's ESM loader costs about a millisecond a
 * file; docs/architecture.md, start-up).
 */
export { eligibilityWords, evaluate } from '../api/evaluate.js';
export { planRoadmap } from '../api/plan.js';
export { renderEligibilityText, renderText } from '../render/text/index.js';
export { loadCliData } from './load-data.js';
export { planInLanguage } from './plan-in-language.js';
export { readProfile } from './read-profile.js';
export { roadmapWords } from './roadmap-language.js';

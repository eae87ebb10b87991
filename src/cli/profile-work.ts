/**
 * What `eligibility` and `roadmap` do once their options are read, gathered in one module so that
 * each command loads it with one dynamic import: it arrives as one file, the engine chunk of
 * tsdown.config.ts, instead of a file per module (Node's ESM loader costs about a millisecond a
 * file; docs/architecture.md, start-up). The planner is not here (src/cli/plan-work.ts): an
 * eligibility run never parses it.
 */
export { eligibilityWords, evaluate } from '../api/evaluate.js';
export { renderEligibilityText, renderText } from '../render/text/index.js';
export { loadCliData } from './load-data.js';
export { readProfile } from './read-profile.js';

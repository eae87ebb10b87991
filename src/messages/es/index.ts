/**
 * Spanish, as one module the CLI imports only when Spanish is used (`await import(...)`), so an
 * English run never loads a Spanish word. It imports nothing an English run does not already
 * load (`tests/lang/lazy.test.ts` checks the bundle).
 */

export { esDiagnostics as diagnostics } from './diagnostics.js';
export { spanishEligibility as eligibility } from './eligibility.js';
export { esEligibilityView as eligibilityView } from './eligibility-view.js';
export { esExplore as explore } from './explore.js';
export { esExploreStates as exploreStates } from './explore-states.js';
export { esFormat as format } from './format.js';
export { esRoadmapLanguage as roadmapLanguage } from './roadmap/index.js';
export { esRoadmapView as roadmapView } from './roadmap-view.js';

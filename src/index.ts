/** The library API: the same pure functions the CLI uses. */
export type { Diagnostic } from './core/diagnostic.js';
export { type Data, dataSetOf, indexData } from './data/model.js';
export { mergeLayers, parseDataLayer } from './data/parse-data.js';
export { renderJson } from './render/json.js';
export { renderMarkdown } from './render/markdown.js';
export { type PlanOptions, planRoadmap } from './roadmap/plan.js';
export type {
  Alternative,
  Answer,
  PayAfter,
  PayPoint,
  Roadmap,
  RoadmapGoal,
  RoadmapStep,
  StandingItem,
} from './roadmap/types.js';

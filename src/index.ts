/**
 * The library API: the same pure functions the CLI uses. Only `loadData({ dir })` reads files;
 * everything else takes values and returns values. Errors are classes (DataError, ProfileError),
 * each with the located `diagnostics` behind it.
 */
export { CasemgrPathError, DataError, ProfileError } from './api/errors.js';
export { type EvaluateOptions, evaluate, evaluateRule, verdicts } from './api/evaluate.js';
export { type LoadDataOptions, type LoadedData, loadData } from './api/load-data.js';
export { type PlanOptions, planRoadmap } from './api/plan.js';
export { validateProfile } from './api/profile.js';
export type { Diagnostic } from './core/diagnostic.js';
export type { Month } from './core/month.js';
export { type Data, dataSetOf, indexData } from './data/model.js';
export { mergeLayers, parseDataLayer } from './data/parse-data.js';
export { type Explained, explain, explainRule } from './engine/evaluate.js';
export type {
  CertificationResult,
  Explanation,
  Facts,
  RouteResult,
  VerdictCaveat,
} from './engine/explanation.js';
export type {
  CertificationOutcome,
  CertificationVerdict,
  EligibilityReport,
  EvalNode,
  MissingItem,
  RouteVerdict,
  VerdictStatus,
  VerdictsReport,
} from './engine/types.js';
export { enRoadmapLanguage } from './messages/en/roadmap/index.js';
export { wordRoadmap } from './messages/roadmap.js';
export type { RoadmapLanguage, RoadmapMessages } from './messages/roadmap-messages.js';
export {
  CSV_TEMPLATE_COLUMNS,
  type CsvCellError,
  type CsvRowOptions,
  type CsvRowResult,
  checkCsvHeader,
  profileFromCsvRow,
} from './profile/csv.js';
export { type ProfileResult, parseProfile } from './profile/parse.js';
export type { Profile, ProfileInput } from './profile/schema.js';
export { renderJson } from './render/json.js';
export { renderMarkdown } from './render/markdown.js';
export type { RoadmapModel } from './roadmap/model.js';
export type { Phrase, RoadmapPhrases } from './roadmap/phrases/index.js';
export { type ModelOptions, planRoadmapModel } from './roadmap/plan.js';
export type {
  Alternative,
  Answer,
  PayAfter,
  PayFigures,
  PayPoint,
  PaySource,
  Roadmap,
  RoadmapGoal,
  RoadmapStep,
  StandingItem,
} from './roadmap/types.js';

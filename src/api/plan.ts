import type { Data } from '../data/model.js';
import type { EligibilityReport } from '../engine/types.js';
import { enRoadmapLanguage } from '../messages/en/roadmap/index.js';
import { wordRoadmap } from '../messages/roadmap.js';
import type { RoadmapLanguage } from '../messages/roadmap-messages.js';
import type { Profile } from '../profile/schema.js';
import { type ModelOptions, planRoadmapModel } from '../roadmap/plan.js';
import type { Roadmap } from '../roadmap/types.js';

export interface PlanOptions extends ModelOptions {
  /** The language to say the roadmap in (its messages and formats); US English by default. */
  language?: RoadmapLanguage;
}

/**
 * The roadmap for one person, worded: the planner's model (`planRoadmapModel`, phrases where the
 * contract has prose) said in one language. Pure: the same inputs always give the same roadmap.
 */
export function planRoadmap(
  profile: Profile,
  data: Data,
  report: EligibilityReport,
  options: PlanOptions,
): Roadmap {
  const model = planRoadmapModel(profile, data, report, {
    asOf: options.asOf,
    ...(options.words ? { words: options.words } : {}),
  });
  return wordRoadmap(model, options.language ?? enRoadmapLanguage);
}

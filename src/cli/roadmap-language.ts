import type { EligibilityLanguage } from '../api/evaluate.js';
import type { Lang } from '../core/lang.js';
import { enRoadmapView } from '../messages/en/roadmap-view.js';
import type { RoadmapLanguage } from '../messages/roadmap-messages.js';
import type { RoadmapViewMessages } from '../messages/roadmap-view-messages.js';

/**
 * Everything a roadmap says in one language: the eligibility words its certification table
 * quotes, the planner's phrases and the views' own words. English is the default of each function
 * (nothing to load); Spanish comes through `import()`, so an English run loads no Spanish.
 */
export interface RoadmapWords {
  lang: Lang;
  /** undefined: English (each function's default). */
  eligibility?: EligibilityLanguage;
  plan?: RoadmapLanguage;
  view: RoadmapViewMessages;
}

export async function roadmapWords(lang: Lang): Promise<RoadmapWords> {
  if (lang !== 'es') return { lang: 'en', view: enRoadmapView };
  const spanish = await import('../messages/es/index.js');
  return {
    lang: 'es',
    eligibility: spanish.eligibility,
    plan: spanish.roadmapLanguage,
    view: spanish.roadmapView,
  };
}

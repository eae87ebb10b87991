import { eligibilityWords, evaluate } from '../api/evaluate.js';
import { planRoadmap } from '../api/plan.js';
import type { Month } from '../core/month.js';
import type { Data } from '../data/model.js';
import type { Profile } from '../profile/schema.js';
import type { Roadmap } from '../roadmap/types.js';
import type { RoadmapWords } from './roadmap-language.js';

/**
 * One person's roadmap in a language: the verdicts worded in it (license names as their state
 * issues them), the plan's phrases said in it, and those words passed to the planner for the
 * rules and caveats it quotes. `data` must carry the language's text. The one place `roadmap`,
 * `report` and the wizard plan, so the three say the same plan.
 */
export function planInLanguage(profile: Profile, data: Data, asOf: Month, words: RoadmapWords): Roadmap {
  const say = words.eligibility
    ? eligibilityWords(data, words.eligibility, profile.state ?? null)
    : undefined;
  return planRoadmap(profile, data, evaluate(profile, data, { asOf }, say), {
    asOf,
    ...(words.plan ? { language: words.plan } : {}),
    ...(say ? { words: say } : {}),
  });
}

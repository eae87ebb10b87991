import type { Lang } from '../core/lang.js';
import { enRoadmapView } from '../messages/en/roadmap-view.js';
import type { RoadmapViewMessages } from '../messages/roadmap-view-messages.js';

/**
 * The roadmap views' own words in a language: English as it is always loaded, Spanish through
 * `import()`, so an English run loads no Spanish. Pass the result as `view` to `renderText`,
 * `renderMarkdown` or `renderHtml`. (`roadmap --lang es` does not use it yet: the planner's own
 * words are still English.)
 */
export async function loadRoadmapView(lang: Lang): Promise<RoadmapViewMessages> {
  if (lang !== 'es') return enRoadmapView;
  return (await import('../messages/es/index.js')).roadmapView;
}

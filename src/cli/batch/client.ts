import type { Lang } from '../../core/lang.js';
import type { Month } from '../../core/month.js';
import type { Data } from '../../data/model.js';
import type { RoadmapViewMessages } from '../../messages/roadmap-view-messages.js';
import type { Profile } from '../../profile/schema.js';
import type { Roadmap } from '../../roadmap/types.js';
import { roadmapWords } from '../roadmap-language.js';
import type { ClientPipeline } from './run.js';

export type ReportFormat = 'md' | 'json' | 'html';

/**
 * The per-client work of `report`, the same as `roadmap` does for one profile: evaluate, plan,
 * render, in the client's language. The one place the batch wires to the engine, the planner and
 * the renderers. `spanishData` is the data with its Spanish text (the CLI loads it once); without
 * it the reports are English only.
 */
export async function loadClientPipeline(
  data: Data,
  asOf: Month,
  format: ReportFormat,
  spanishData?: Data,
): Promise<ClientPipeline> {
  const [{ planInLanguage }, render, english, spanish] = await Promise.all([
    import('../plan-in-language.js'),
    loadRenderer(format),
    roadmapWords('en'),
    spanishData ? roadmapWords('es') : Promise.resolve(undefined),
  ]);
  const plan = (profile: Profile, lang?: Lang): Roadmap =>
    lang === 'es' && spanish && spanishData
      ? planInLanguage(profile, spanishData, asOf, spanish)
      : planInLanguage(profile, data, asOf, english);
  return {
    plan,
    render: (roadmap, lang) => render(roadmap, lang === 'es' ? spanish?.view : undefined),
    extension: format,
    speaks: spanish ? ['en', 'es'] : ['en'],
  };
}

type Render = (roadmap: Roadmap, view?: RoadmapViewMessages) => string;

async function loadRenderer(format: ReportFormat): Promise<Render> {
  switch (format) {
    case 'json': {
      const { renderJson } = await import('../../render/json.js');
      return (roadmap) => renderJson(roadmap);
    }
    case 'md': {
      const { renderMarkdown } = await import('../../render/markdown.js');
      return (roadmap, view) => renderMarkdown(roadmap, view ? { view } : {});
    }
    case 'html': {
      const { renderHtml } = await import('../../render/html.js');
      return (roadmap, view) => renderHtml(roadmap, view ? { view } : {});
    }
  }
}

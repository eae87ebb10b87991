import type { Month } from '../../core/month.js';
import type { Data } from '../../data/model.js';
import type { Profile } from '../../profile/schema.js';
import type { Roadmap } from '../../roadmap/types.js';
import type { ClientPipeline } from './run.js';

export type ReportFormat = 'md' | 'json' | 'html';

/**
 * The per-client work of `report`, the same as `roadmap` does for one profile: evaluate, plan,
 * render. The one place the batch wires to the engine, the planner and the renderers.
 */
export async function loadClientPipeline(
  data: Data,
  asOf: Month,
  format: ReportFormat,
): Promise<ClientPipeline> {
  const [{ evaluate }, { planRoadmap }, render] = await Promise.all([
    import('../../api/evaluate.js'),
    import('../../api/plan.js'),
    loadRenderer(format),
  ]);
  const plan = (profile: Profile): Roadmap =>
    planRoadmap(profile, data, evaluate(profile, data, { asOf }), { asOf });
  return { plan, render, extension: format };
}

async function loadRenderer(format: ReportFormat): Promise<(roadmap: Roadmap) => string> {
  switch (format) {
    case 'json':
      return (await import('../../render/json.js')).renderJson;
    case 'md':
      return (await import('../../render/markdown.js')).renderMarkdown;
    case 'html':
      return (await import('../../render/html.js')).renderHtml;
  }
}

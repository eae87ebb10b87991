import type { Month } from '../../core/month.js';
import type { Data } from '../../data/model.js';
import { evaluate } from '../../engine/evaluate.js';
import type { Profile } from '../../profile/schema.js';
import type { Roadmap } from '../../roadmap/types.js';
import type { ClientPipeline } from './run.js';

export type ReportFormat = 'md' | 'json' | 'html';

/**
 * The per-client work of `report`: evaluate, plan, render. This is the one place the batch wires
 * to the planner and the renderers.
 *
 * PROVISIONAL until the planner and renderers land: the roadmap holds the verdicts only and the
 * renderers are minimal. Only this function changes when they land.
 */
export async function loadClientPipeline(
  data: Data,
  asOf: Month,
  format: ReportFormat,
): Promise<ClientPipeline> {
  const plan = (profile: Profile): Roadmap => ({
    version: 1,
    as_of: asOf,
    profile: { name: profile.name ?? null, state: profile.state ?? null },
    goal: {
      specialization: profile.goals?.specialization ?? null,
      certification: profile.goals?.certification ?? null,
      recommended: false,
      why: '',
    },
    certifications: evaluate(profile, data, { asOf }).certifications,
    steps: [],
    alternatives: [],
    caveats: [],
    standing: [],
    pay: [],
  });
  if (format === 'html') {
    const { renderHtml } = await import('../../render/html.js');
    return { plan, render: renderHtml, extension: format };
  }
  const render =
    format === 'json'
      ? (roadmap: Roadmap) => `${JSON.stringify(roadmap, null, 2)}\n`
      : (roadmap: Roadmap) =>
          `# Roadmap for ${roadmap.profile.name ?? 'a client'}\n\n${roadmap.certifications.map((c) => `- ${c.name}: ${c.status}`).join('\n')}\n`;
  return { plan, render, extension: format };
}

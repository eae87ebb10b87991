import { currentMonth, type Month } from '../core/month.js';
import type { Data } from '../data/model.js';
import type { Profile } from '../profile/schema.js';
import type { Roadmap } from '../roadmap/types.js';
import type { Io } from './context.js';

/**
 * The wizard's one door to the planner and the renderers, so the wizard never depends on how they
 * are built. The text and HTML renderers are wired; the planner is not in main yet.
 *
 * WIRING (lead), once `src/roadmap/plan.ts` (and the Markdown renderer) are in main:
 *   - `planFor`: return `planRoadmap(profile, data, evaluate(profile, data, { asOf }), { asOf })`,
 *     importing both with `await import(...)`;
 *   - `renderRoadmap`: add `md` (the Markdown renderer), and `EXPORT_FORMATS` = `['md', 'html']`.
 * Nothing else in the wizard changes.
 */

export type ExportFormat = 'md' | 'html';

export interface ShowOptions {
  asOf: Month;
  /** Terminal width in columns. */
  width: number;
  color: boolean;
  unicode: boolean;
  /** The profile file the roadmap's hints name ("casemgr-path eligibility --profile …"). */
  profilePath?: string;
}

/** Formats the wizard offers to export (HTML now; Markdown when its renderer is in main). */
export const EXPORT_FORMATS: readonly ExportFormat[] = ['html'];

async function planFor(_profile: Profile, _data: Data, _asOf: Month): Promise<Roadmap | null> {
  return null;
}

/** Plans the roadmap and prints it as text to stdout; returns it (null when there is no planner). */
export async function showRoadmap(
  profile: Profile,
  data: Data,
  io: Io,
  options: Partial<ShowOptions> = {},
): Promise<Roadmap | null> {
  const asOf = options.asOf ?? currentMonth();
  const roadmap = await planFor(profile, data, asOf);
  if (!roadmap) {
    io.stdout.write('(This build has no roadmap planner yet: your answers are complete and can be saved.)\n');
    return null;
  }
  const { renderText } = await import('../render/text/index.js');
  io.stdout.write(
    renderText(roadmap, {
      width: Math.max(40, Math.min(options.width ?? io.stdout.columns ?? 80, 100)),
      color: options.color ?? false,
      unicode: options.unicode ?? true,
      profilePath: options.profilePath,
    }),
  );
  return roadmap;
}

/** The roadmap as a document to keep. */
export async function renderRoadmap(roadmap: Roadmap, format: ExportFormat): Promise<string> {
  if (format === 'html') {
    const { renderHtml } = await import('../render/html.js');
    return renderHtml(roadmap);
  }
  throw new Error(`the ${format} renderer is not in this build`);
}

import { currentMonth, type Month } from '../core/month.js';
import type { Data } from '../data/model.js';
import type { Profile } from '../profile/schema.js';
import type { Roadmap } from '../roadmap/types.js';
import type { Io } from './context.js';

/**
 * The wizard's one door to the roadmap planner and the renderers, so the wizard never depends
 * on how they are built.
 *
 * WIRING (lead), once `src/roadmap` and `src/render` are in main:
 *   - `planFor`: return `planRoadmap(profile, data, { asOf })`, imported with `await import(...)`;
 *   - `renderTextFor`: return `renderText(roadmap, { width, color, unicode })`;
 *   - `renderRoadmap`: return the Markdown / HTML renderers' output;
 *   - `EXPORT_FORMATS`: `['md', 'html']`.
 * Nothing else in the wizard changes.
 */

export type ExportFormat = 'md' | 'html';

export interface ShowOptions {
  asOf: Month;
  /** Terminal width in columns. */
  width: number;
  color: boolean;
  unicode: boolean;
}

/** Formats the wizard offers to export; empty until the renderers are wired. */
export const EXPORT_FORMATS: readonly ExportFormat[] = [];

async function planFor(_profile: Profile, _data: Data, _asOf: Month): Promise<Roadmap | null> {
  return null;
}

async function renderTextFor(_roadmap: Roadmap, _options: ShowOptions): Promise<string> {
  throw new Error('the text renderer is not wired yet');
}

/** Plans the roadmap and prints it as text to stdout; returns it (null when there is no planner). */
export async function showRoadmap(
  profile: Profile,
  data: Data,
  io: Io,
  options: Partial<ShowOptions> = {},
): Promise<Roadmap | null> {
  const full: ShowOptions = {
    asOf: options.asOf ?? currentMonth(),
    width: options.width ?? io.stdout.columns ?? 80,
    color: options.color ?? false,
    unicode: options.unicode ?? true,
  };
  const roadmap = await planFor(profile, data, full.asOf);
  if (!roadmap) {
    io.stdout.write('(This build has no roadmap planner yet: your answers are complete and can be saved.)\n');
    return null;
  }
  io.stdout.write(await renderTextFor(roadmap, full));
  return roadmap;
}

/** The roadmap as a Markdown or HTML document. */
export async function renderRoadmap(_roadmap: Roadmap, format: ExportFormat): Promise<string> {
  throw new Error(`the ${format} renderer is not wired yet`);
}

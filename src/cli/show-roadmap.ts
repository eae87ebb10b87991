import type { Lang } from '../core/lang.js';
import { currentMonth, type Month } from '../core/month.js';
import type { Data } from '../data/model.js';
import type { Profile } from '../profile/schema.js';
import type { Roadmap } from '../roadmap/types.js';
import type { Io } from './context.js';
import { type RoadmapWords, roadmapWords } from './roadmap-language.js';

/**
 * The wizard's one door to the engine, the planner and the renderers, so the wizard never depends
 * on how they are built. Each is loaded only when a roadmap is shown.
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
  /** The language to plan and show it in; the data passed in must carry that language's text. */
  lang?: Lang;
}

/** Formats the wizard offers to export. */
export const EXPORT_FORMATS: readonly ExportFormat[] = ['md', 'html'];

async function planFor(profile: Profile, data: Data, asOf: Month, words: RoadmapWords): Promise<Roadmap> {
  const { planInLanguage } = await import('./plan-in-language.js');
  return planInLanguage(profile, data, asOf, words);
}

/** Plans the roadmap and prints it as text to stdout; returns it. */
export async function showRoadmap(
  profile: Profile,
  data: Data,
  io: Io,
  options: Partial<ShowOptions> = {},
): Promise<Roadmap> {
  const asOf = options.asOf ?? currentMonth();
  const words = await roadmapWords(options.lang ?? 'en');
  const roadmap = await planFor(profile, data, asOf, words);
  const { renderText } = await import('../render/text/index.js');
  io.stdout.write(
    renderText(roadmap, {
      view: words.view,
      width: Math.max(40, Math.min(options.width ?? io.stdout.columns ?? 80, 100)),
      color: options.color ?? false,
      unicode: options.unicode ?? true,
      profilePath: options.profilePath,
    }),
  );
  return roadmap;
}

/** The roadmap as a document to keep. */
export async function renderRoadmap(
  roadmap: Roadmap,
  format: ExportFormat,
  lang: Lang = 'en',
): Promise<string> {
  const { view } = await roadmapWords(lang);
  if (format === 'html') {
    const { renderHtml } = await import('../render/html.js');
    return renderHtml(roadmap, { view });
  }
  const { renderMarkdown } = await import('../render/markdown.js');
  return renderMarkdown(roadmap, { view });
}

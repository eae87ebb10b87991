/**
 * The roadmap as one self-contained printable page: inline CSS, no scripts, no network, every
 * piece of model text escaped. Readable on screen; on paper (A4 or Letter) the plan starts a new
 * page and no section or row is split.
 */
import { enRoadmapView } from '../messages/en/roadmap-view.js';
import type { RoadmapViewMessages } from '../messages/roadmap-view-messages.js';
import type { Roadmap } from '../roadmap/types.js';
import { areaWords, pageCertifications } from './format.js';
import { CSS } from './html/css.js';
import { esc } from './html/escape.js';
import {
  certificationsHtml,
  headerHtml,
  notesHtml,
  payHtml,
  planHtml,
  sourcesHtml,
  standingHtml,
} from './html/sections.js';
import { mapStrings, stripControl } from './sanitize.js';

/** The page's options. */
export interface HtmlOptions {
  /** The page's own words and its language; default English. */
  view?: RoadmapViewMessages;
}

export function renderHtml(model: Roadmap, options: HtmlOptions = {}): string {
  const say = options.view ?? enRoadmapView;
  const roadmap = mapStrings(model, stripControl);
  // Every caveat of every certification the page lists; those for another discipline are named
  // under the table, their notes left to the eligibility command.
  const { shown: certs, notes, left } = pageCertifications(roadmap, say, 'casemgr-path eligibility');
  const who = say.html.title(roadmap.profile.name || null);
  const body = [
    headerHtml(roadmap, say),
    standingHtml(roadmap.standing, say),
    certificationsHtml(certs, roadmap.goal.certification, say, left),
    planHtml(roadmap, say),
    payHtml(roadmap.pay, roadmap.as_of, areaWords(roadmap.goal), say),
    notesHtml(notes, say),
    sourcesHtml(roadmap, say),
  ]
    .filter(Boolean)
    .join('\n');
  return `<!doctype html>
<html lang="${esc(say.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="casemgr-path">
<title>${esc(who)} · ${esc(say.html.asOf(roadmap.as_of))} · casemgr-path</title>
<style>${CSS}</style>
</head>
<body>
<main>
${body}
<footer>${esc(say.html.footer(roadmap.as_of))}</footer>
</main>
</body>
</html>
`;
}

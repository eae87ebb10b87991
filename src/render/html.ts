/**
 * The roadmap as one self-contained printable page: inline CSS, no scripts, no network, every
 * piece of model text escaped. Readable on screen; on paper (A4 or Letter) the plan starts a new
 * page and no section or row is split.
 */
import { formatMonth } from '../core/month.js';
import type { Roadmap } from '../roadmap/types.js';
import { areaWords, certsForDisplay, collectNotes } from './format.js';
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

export function renderHtml(model: Roadmap): string {
  const roadmap = mapStrings(model, stripControl);
  const certs = certsForDisplay(roadmap.certifications, roadmap.goal.certification);
  // The page has room for every certification, so every caveat is shown.
  const { notes } = collectNotes(roadmap, certs);
  const who = roadmap.profile.name ? `Roadmap for ${roadmap.profile.name}` : 'Your roadmap';
  const body = [
    headerHtml(roadmap),
    standingHtml(roadmap.standing),
    certificationsHtml(certs, roadmap.goal.certification),
    planHtml(roadmap),
    payHtml(roadmap.pay, roadmap.as_of, areaWords(roadmap.goal)),
    notesHtml(notes),
    sourcesHtml(roadmap),
  ]
    .filter(Boolean)
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="casemgr-path">
<title>${esc(who)} · as of ${esc(formatMonth(roadmap.as_of))} · casemgr-path</title>
<style>${CSS}</style>
</head>
<body>
<main>
${body}
<footer>Made by casemgr-path from the facts as of ${esc(formatMonth(roadmap.as_of))}. Rules and fees change: check each source before you apply.</footer>
</main>
</body>
</html>
`;
}

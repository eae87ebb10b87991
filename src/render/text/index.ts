/**
 * The terminal view of a roadmap (docs/architecture.md): title, where you stand, certifications, the
 * plan as a timeline chart, pay along the way, and a NOTE for every caveat. Pure: a string out.
 */
import type { Roadmap } from '../../roadmap/types.js';
import { areaWords, certsForDisplay, collectNotes, sourceDates } from '../format.js';
import { mapStrings } from '../sanitize.js';
import { certificationsSection, pickShown } from './certifications.js';
import { goalLines, roadmapTitle } from './header.js';
import { trimEnd } from './layout.js';
import { noteLines, sourcesLine } from './notes.js';
import { paySection } from './pay.js';
import { planSection } from './plan.js';
import { standingSection } from './standing.js';
import { lookOf, type TextOptions } from './style.js';
import { hanging } from './wrap.js';

export { renderEligibilityText } from './eligibility.js';
export type { TextOptions } from './style.js';

/** Certification rows shown in the roadmap before pointing to the eligibility command. */
const CERT_ROWS = 4;

export function renderText(model: Roadmap, options: TextOptions = {}): string {
  const look = lookOf(options);
  const { say } = look;
  const roadmap = mapStrings(model, look.clean);
  const profile = look.clean(look.profilePath);
  const certs = certsForDisplay(roadmap.certifications, roadmap.goal.certification);
  const shownCerts = pickShown(certs, CERT_ROWS).shown;
  const { notes, hidden } = collectNotes(roadmap, shownCerts, certs);
  const eligibilityHint = `casemgr-path eligibility --profile ${profile}`;

  const sections: string[][] = [
    [...roadmapTitle(roadmap, look), ...goalLines(roadmap, look)],
    standingSection(roadmap.standing, look),
    certificationsSection(certs, look, { limit: CERT_ROWS, hint: eligibilityHint }),
    planSection(roadmap.steps, roadmap.alternatives, roadmap.as_of, look),
    paySection(roadmap.pay, roadmap.as_of, areaWords(roadmap.goal), look),
  ];
  const closing = noteLines(notes, look, '', say.text.note);
  if (hidden > 0) {
    const text = say.text.moreNotes(hidden, eligibilityHint);
    closing.push(...hanging(text, look.width, '       ', '       ').map(look.style.dim));
  }
  const goal = roadmap.goal.certification ? ` ${roadmap.goal.certification}` : '';
  closing.push(...sourcesLine(sourceDates(roadmap), `casemgr-path explore certifications${goal}`, look));
  sections.push(closing);

  const lines = sections.filter((section) => section.length > 0).flatMap((section) => ['', ...section]);
  return `${lines.slice(1).map(trimEnd).join('\n')}\n`;
}

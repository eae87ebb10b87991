import { stateName } from '../../core/state-names.js';
import type { Roadmap } from '../../roadmap/types.js';
import { areaWords, certLabel, nextStep, stepWhen } from '../format.js';
import { stripControl } from '../sanitize.js';
import type { Look, Paint } from './style.js';
import { visibleWidth } from './width.js';
import { hanging, joinParts, wrap } from './wrap.js';

/**
 * "casemgr-path · roadmap for Maria Lopez · as of Nov 2026 · Texas": parts joined by a separator,
 * broken between words when too wide, each word keeping its part's style (dim tool name, strong
 * part at `strongIndex`).
 */
export function titleLines(parts: string[], look: Look, strongIndex: number | null): string[] {
  const sep = look.glyphs.sep;
  const paint = (index: number): Paint =>
    index === strongIndex ? look.style.strong : index === 0 ? look.style.dim : (text) => text;
  const tokens: { text: string; paint: Paint }[] = [];
  parts.forEach((part, index) => {
    if (index > 0) tokens.push({ text: sep, paint: look.style.dim });
    for (const word of part.split(/\s+/).filter(Boolean)) tokens.push({ text: word, paint: paint(index) });
  });
  const lines: string[] = [];
  let plain = '';
  let styled = '';
  for (const token of tokens) {
    const pieces = visibleWidth(token.text) > look.width ? wrap(token.text, look.width) : [token.text];
    for (const piece of pieces) {
      const candidate = plain === '' ? piece : `${plain} ${piece}`;
      if (visibleWidth(candidate) <= look.width) {
        styled = plain === '' ? token.paint(piece) : `${styled} ${token.paint(piece)}`;
        plain = candidate;
        continue;
      }
      lines.push(styled);
      plain = piece;
      styled = token.paint(piece);
    }
  }
  if (plain !== '') lines.push(styled);
  return lines;
}

export function roadmapTitle(roadmap: Roadmap, look: Look): string[] {
  const name = roadmap.profile.name ? stripControl(roadmap.profile.name).trim() : '';
  const parts = ['casemgr-path', look.say.text.title(name || null), look.say.text.asOf(roadmap.as_of)];
  if (roadmap.profile.state) parts.push(stateName(stripControl(roadmap.profile.state)));
  return titleLines(parts, look, 1);
}

/** "Goal: Certified Case Manager (CCM) · healthcare", and why, when the tool chose it. */
export function goalLines(roadmap: Roadmap, look: Look): string[] {
  const { goal } = roadmap;
  const cert = goal.certification
    ? roadmap.certifications.find((c) => c.id === goal.certification)
    : undefined;
  const pieces: string[] = [];
  if (goal.certification) {
    const label = certLabel(goal.certification);
    pieces.push(cert ? `${label} ${look.glyphs.dash} ${stripControl(cert.name)}` : label);
  }
  const area = areaWords(goal);
  if (area) pieces.push(area);
  const { say } = look;
  if (pieces.length === 0) pieces.push(say.noGoal);
  // A goal the person already holds is kept current, not suggested; its why still says so.
  const lead = say.goal(goal.recommended && !goal.certification_chosen && !cert?.held);
  pieces[0] = `${lead} ${pieces[0]}`;
  const lines = joinParts(pieces, look.width, ' ', '   ', ` ${look.glyphs.sep} `).map((line, i) =>
    i === 0 ? line.replace(lead, look.style.strong(lead)) : line,
  );
  const why = stripControl(goal.why).trim();
  if ((goal.recommended || cert?.held) && why !== '') {
    for (const line of hanging(why, look.width, '   ', '   ')) lines.push(look.style.dim(line));
  }
  const next = nextStep(roadmap.steps);
  if (next) {
    const when = stepWhen(next, look.glyphs.dash, say);
    const text = `${say.nextStep} ${stripControl(next.title).trim()}${when ? ` (${when})` : ''}`;
    lines.push(
      ...hanging(text, look.width, ' ', '   ').map((line, i) =>
        i === 0 ? line.replace(say.nextStep, look.style.strong(say.nextStep)) : line,
      ),
    );
  }
  return lines;
}

import type { Note } from '../format.js';
import type { Look } from './style.js';
import { hanging, joinParts } from './wrap.js';

/**
 * NOTE lines, one per caveat, wrapped under their own text. `label` is the language's four-letter
 * word for a note ("NOTE", "NOTA").
 */
export function noteLines(notes: Note[], look: Look, indent = '', label = 'NOTE'): string[] {
  const lines: string[] = [];
  const LEAD = ` ${label}  `;
  const rest = ' '.repeat(indent.length + LEAD.length);
  for (const note of notes) {
    const about = note.about.length > 0 ? `${note.about.join(', ')}: ` : '';
    const block = hanging(`${about}${note.text}`, look.width, `${indent}${LEAD}`, rest);
    lines.push(...block.map((line, i) => (i === 0 ? line.replace(label, look.style.warn(label)) : line)));
  }
  return lines;
}

/** Where the facts come from and how old they are. */
export function sourcesLine(
  dates: { oldest: string | null; newest: string | null },
  exploreCommand: string,
  look: Look,
): string[] {
  const parts = [look.say.text.sourcesAndDates(exploreCommand)];
  if (dates.oldest && dates.newest) {
    parts.push(look.say.text.sourcesFrom(dates.oldest, dates.newest, look.glyphs.dash));
  }
  return joinParts(parts, look.width, ' ', '   ', ` ${look.glyphs.sep} `).map(look.style.dim);
}

/** Plain-text layout helpers for the human outputs (one character = one column). */

/** Cuts text to `width` columns, marking the cut with an ellipsis. */
export function clip(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, Math.max(0, width - 1))}…`;
}

/**
 * Greedy word wrap with a hanging indent: the first line starts with `indent + lead` (a bullet,
 * a number), the rest line up under the text after it. A word longer than a line is left whole.
 */
export function wrap(text: string, width: number, indent = '', lead = ''): string[] {
  const lines: string[] = [];
  const hang = indent + ' '.repeat(lead.length);
  let line = '';
  let prefix = indent + lead;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && prefix.length + line.length + 1 + word.length > width) {
      lines.push(prefix + line);
      prefix = hang;
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line || lines.length === 0) lines.push(prefix + line);
  return lines;
}

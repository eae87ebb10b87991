import { charWidth, visibleWidth } from './width.js';

/**
 * Word-wraps plain text to lines of at most `width` columns. Breaks after spaces, and after a
 * slash or hyphen inside a long word (URLs, double-barrelled names); a word longer than a whole
 * line is cut hard rather than allowed to overflow.
 */
export function wrap(text: string, width: number): string[] {
  const limit = Math.max(1, width);
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (visibleWidth(candidate) <= limit) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(line);
    line = '';
    for (const piece of splitLongWord(word, limit)) {
      if (line !== '') lines.push(line);
      line = piece;
    }
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  return lines;
}

/** Pieces of one word, each at most `limit` columns, preferring breaks after '/' or '-'. */
function splitLongWord(word: string, limit: number): string[] {
  const pieces: string[] = [];
  let rest = word;
  while (visibleWidth(rest) > limit) {
    const head = fitPrefix(rest, limit);
    const soft = Math.max(head.lastIndexOf('/'), head.lastIndexOf('-'));
    const cut = soft > 0 && soft >= head.length / 3 ? soft + 1 : head.length;
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  pieces.push(rest);
  return pieces;
}

function fitPrefix(text: string, limit: number): string {
  let out = '';
  let used = 0;
  for (const char of text) {
    const w = charWidth(char);
    if (used + w > limit) break;
    out += char;
    used += w;
  }
  // A single character wider than the limit still has to go somewhere.
  return out === '' ? Array.from(text)[0]! : out;
}

/**
 * Wraps `text` into a block: the first line starts with `first`, the following lines with `rest`
 * (a hanging indent), and no line is wider than `width`.
 */
export function hanging(text: string, width: number, first: string, rest: string): string[] {
  const room = Math.max(1, width - Math.max(visibleWidth(first), visibleWidth(rest)));
  return wrap(text, room).map((line, i) => (i === 0 ? first : rest) + line);
}

/**
 * Joins `parts` with `sep`, breaking lines only between parts where it can (a part wider than a
 * line is wrapped on its own). Lines after the first start with `rest`.
 */
export function joinParts(
  parts: string[],
  width: number,
  first: string,
  rest: string,
  sep: string,
): string[] {
  const lines: string[] = [];
  let line = first;
  let empty = true;
  for (const part of parts) {
    const candidate = empty ? `${line}${part}` : `${line}${sep}${part}`;
    if (visibleWidth(candidate) <= width) {
      line = candidate;
      empty = false;
      continue;
    }
    if (!empty) lines.push(line);
    const lead = lines.length === 0 && empty ? first : rest;
    const pieces = hanging(part, width, lead, rest);
    lines.push(...pieces.slice(0, -1));
    line = pieces.at(-1) ?? lead;
    empty = false;
  }
  lines.push(line);
  return lines;
}

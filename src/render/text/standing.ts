import type { StandingItem } from '../../roadmap/types.js';
import { stripControl } from '../sanitize.js';
import { heading } from './layout.js';
import type { Look } from './style.js';
import { padEnd, visibleWidth } from './width.js';
import { hanging } from './wrap.js';

const INDENT = '  ';
const GUTTER = 3;

/** WHERE YOU STAND: ✔ / ✘ / ~ items, in two columns when every item fits its half. */
export function standingSection(items: StandingItem[], look: Look): string[] {
  if (items.length === 0) return [];
  const { glyphs, style } = look;
  const markWidth = visibleWidth(glyphs.ok);
  const cells = items.map((item) => {
    const mark = item.ok === true ? glyphs.ok : item.ok === 'partial' ? glyphs.partial : glyphs.no;
    const paint = item.ok === true ? style.good : item.ok === 'partial' ? style.warn : style.bad;
    return { mark: padEnd(mark, markWidth), paint, text: stripControl(item.text).trim() };
  });
  const column = Math.floor((look.width - INDENT.length - GUTTER) / 2);
  const twoColumns =
    cells.length > 1 && cells.every((cell) => markWidth + 1 + visibleWidth(cell.text) <= column);
  const lines = [heading(look, look.say.headings.standing.toUpperCase())];
  if (twoColumns) {
    for (let i = 0; i < cells.length; i += 2) {
      const left = cells[i]!;
      const right = cells[i + 1];
      const leftText = `${left.paint(left.mark)} ${left.text}`;
      const padded = padEnd(leftText, column + GUTTER);
      lines.push(
        right ? `${INDENT}${padded}${right.paint(right.mark)} ${right.text}` : `${INDENT}${leftText}`,
      );
    }
    return lines;
  }
  const rest = ' '.repeat(INDENT.length + markWidth + 1);
  for (const cell of cells) {
    const block = hanging(cell.text, look.width, `${INDENT}${cell.mark} `, rest);
    lines.push(...block.map((line, i) => (i === 0 ? line.replace(cell.mark, cell.paint(cell.mark)) : line)));
  }
  return lines;
}

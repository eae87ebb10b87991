/**
 * The month timeline chart of YOUR PLAN: a Gantt-like row per step, with year and month headers.
 * It picks the densest scale that fits: two columns a month, one column a month, or one column a
 * quarter; when none fits the width, the caller falls back to a plain list.
 */
import { monthFromIndex } from '../../core/month.js';
import { enFormat } from '../../messages/en/format.js';
import type { LocaleFormat } from '../../messages/locale-format.js';
import type { RoadmapStep } from '../../roadmap/types.js';
import { spanOf, type Window } from '../timeline-model.js';
import type { Look, Paint } from './style.js';

export interface Scale {
  /** Months in one cell (1 or 3; both divide a year, so January always starts a cell). */
  monthsPerCell: 1 | 3;
  /** Columns one cell takes (2 only for monthly cells). */
  cellWidth: 1 | 2;
}

export const SCALES: Scale[] = [
  { monthsPerCell: 1, cellWidth: 2 },
  { monthsPerCell: 1, cellWidth: 1 },
  { monthsPerCell: 3, cellWidth: 1 },
];

export class Grid {
  readonly first: number;
  readonly cells: number;
  readonly columns: number;

  constructor(
    readonly window: Window,
    readonly scale: Scale,
  ) {
    this.first = Math.floor(window.from / scale.monthsPerCell) * scale.monthsPerCell;
    this.cells = Math.ceil((window.to - this.first) / scale.monthsPerCell);
    // One spare column for the ▶ that ends an open or clipped bar.
    this.columns = this.cells * scale.cellWidth + 1;
  }

  cellStart(cell: number): number {
    return this.first + cell * this.scale.monthsPerCell;
  }

  /**
   * The year row ("2026   2027") and, for monthly cells, the month row: "N D J F …" at two
   * columns a month, "Jan   Jul   Jan" at one.
   */
  headers(format: LocaleFormat = enFormat): string[] {
    const { cellWidth, monthsPerCell } = this.scale;
    const labels: { at: number; long: string; short: string }[] = [];
    for (let cell = 0; cell < this.cells; cell++) {
      const month = this.cellStart(cell);
      if (cell === 0 || month % 12 === 0) {
        const year = Math.floor(month / 12);
        labels.push({ at: cell * cellWidth, long: String(year), short: `'${String(year).slice(-2)}` });
      }
    }
    const row = Array<string>(this.columns).fill(' ');
    labels.forEach((label, i) => {
      // Leave a blank before the next label; the last one may run to the edge.
      const room = i + 1 < labels.length ? labels[i + 1]!.at - label.at - 1 : this.columns - label.at;
      const text = monthsPerCell === 1 && label.long.length <= room ? label.long : label.short;
      if (text.length > room) return;
      [...text].forEach((ch, k) => {
        row[label.at + k] = ch;
      });
    });
    const lines = [row.join('')];
    if (monthsPerCell === 1 && cellWidth === 2) {
      // Every month's initial, with a gap: N D J F M A M J J A S O.
      let months = '';
      for (let cell = 0; cell < this.cells; cell++) {
        months += `${format
          .monthShort(monthFromIndex(this.cellStart(cell)))
          .charAt(0)
          .toUpperCase()} `;
      }
      lines.push(months);
    } else if (monthsPerCell === 1) {
      // One column a month leaves no room for every month: January and July by name (a row of
      // quarter initials, "J  A  J  O", cannot tell January from July).
      const months = Array<string>(this.columns).fill(' ');
      let free = 0;
      for (let cell = 0; cell < this.cells; cell++) {
        const month = this.cellStart(cell);
        if (month % 6 !== 0) continue;
        const name = monthName(format, month);
        if (cell < free || cell + name.length > this.columns) continue;
        [...name].forEach((ch, k) => {
          months[cell + k] = ch;
        });
        free = cell + name.length + 1;
      }
      lines.push(months.join(''));
    }
    return lines;
  }

  /** One step's chart cells; plain text plus the paint for its bar. */
  row(step: RoadmapStep, look: Look, barPaint: Paint): string {
    const { glyphs, style, say } = look;
    if (step.status === 'done') return style.dim(cutTo(say.done, this.columns));
    if (step.status === 'n-a') return style.dim(cutTo(say.notNeeded, this.columns));
    const span = spanOf(step);
    if (!span) return style.dim(cutTo(say.noDate, this.columns));
    const { cellWidth, monthsPerCell } = this.scale;
    if (span.start >= this.window.to) {
      return style.dim(cutTo(`${say.from(monthFromIndex(span.start))} ${glyphs.arrow}`, this.columns));
    }
    let out = '';
    let lastFilled = -1;
    for (let cell = 0; cell < this.cells; cell++) {
      const start = this.cellStart(cell);
      const end = start + monthsPerCell;
      if (span.start < end && span.end > start) {
        out += barPaint(glyphs.full.repeat(cellWidth));
        lastFilled = cell;
      } else if (end <= span.start) {
        out += style.dim(glyphs.dot) + ' '.repeat(cellWidth - 1);
      } else {
        out += ' '.repeat(cellWidth);
      }
    }
    const clipped = span.end > this.cellStart(this.cells);
    if ((span.open || clipped) && lastFilled >= 0) {
      const at = (lastFilled + 1) * cellWidth;
      // Replace the blank after the bar with the arrow, keeping the row the same width.
      out = spliceBlank(out, at, barPaint(glyphs.arrow));
    }
    return out;
  }
}

/** "Jan", "Jul"; "Ene", "Jul": a month's name in three letters, for the one-column-a-month row. */
function monthName(format: LocaleFormat, month: number): string {
  const name = format.monthShort(monthFromIndex(month)).slice(0, 3);
  return name.charAt(0).toUpperCase() + name.slice(1);
}

function cutTo(text: string, width: number): string {
  return text.length <= width ? text : text.slice(0, width);
}

/** Puts `glyph` at visible column `at` if the row is blank there (ANSI-aware). */
function spliceBlank(row: string, at: number, glyph: string): string {
  let column = 0;
  for (let i = 0; i < row.length; ) {
    const ansi = /^\u001b\[[0-9;]*m/.exec(row.slice(i));
    if (ansi) {
      i += ansi[0].length;
      continue;
    }
    if (column === at) return row[i] === ' ' ? row.slice(0, i) + glyph + row.slice(i + 1) : row;
    column += 1;
    i += 1;
  }
  return column === at ? row + glyph : row;
}

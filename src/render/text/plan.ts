import type { Alternative, RoadmapStep } from '../../roadmap/types.js';
import { costSummary, costText, monthsText, stepWhen } from '../format.js';
import { stripControl } from '../sanitize.js';
import { windowOf } from '../timeline-model.js';
import { heading } from './layout.js';
import { type Look, stepStatusPaint } from './style.js';
import { Grid, SCALES } from './timeline.js';
import { padEnd, padStart, visibleWidth } from './width.js';
import { hanging, joinParts, wrap } from './wrap.js';

const INDENT = '  ';
/** The narrowest title column worth drawing a chart beside: 2 columns a month needs roomier titles. */
const MIN_TITLE = { wide: 22, narrow: 18 };
/** Narrower than this, the chart gives way to the list (the brief: never break at 60 or less). */
export const CHART_MIN_WIDTH = 60;

interface Row {
  number: string;
  mark: string;
  title: string;
  cost: string;
  step: RoadmapStep;
}

function rowsOf(steps: RoadmapStep[], look: Look): Row[] {
  const numberWidth = String(steps.length).length;
  return steps.map((step, i) => ({
    number: padStart(String(i + 1), numberWidth),
    mark: padEnd(look.glyphs.status[step.status], visibleWidth(look.glyphs.status.done)),
    title: stripControl(step.title).trim(),
    cost:
      step.cost_usd && step.status !== 'done' && step.status !== 'n-a'
        ? costText(step.cost_usd, look.glyphs.dash, look.say)
        : '',
    step,
  }));
}

interface ChartLayout {
  grid: Grid;
  titleWidth: number;
  costWidth: number;
}

/** The densest scale whose chart leaves the titles enough room, or null for the list view. */
function chartLayout(rows: Row[], asOf: string, look: Look): ChartLayout | null {
  if (rows.length === 0 || look.width < CHART_MIN_WIDTH) return null;
  const window = windowOf(
    asOf,
    rows.map((row) => row.step),
  );
  const costWidth = Math.max(0, ...rows.map((row) => visibleWidth(row.cost)));
  const fixed = INDENT.length + visibleWidth(rows[0]!.number) + 1 + visibleWidth(rows[0]!.mark) + 1;
  const longest = Math.max(...rows.map((row) => visibleWidth(row.title)));
  for (const scale of SCALES) {
    const grid = new Grid(window, scale);
    const room = look.width - fixed - 1 - grid.columns - (costWidth > 0 ? costWidth + 1 : 0);
    const minimum = Math.min(longest, scale.cellWidth === 2 ? MIN_TITLE.wide : MIN_TITLE.narrow);
    if (room >= minimum) return { grid, titleWidth: Math.min(room, longest), costWidth };
  }
  return null;
}

function chartLines(rows: Row[], layout: ChartLayout, look: Look): string[] {
  const { grid, titleWidth, costWidth } = layout;
  const left =
    INDENT.length + visibleWidth(rows[0]!.number) + 1 + visibleWidth(rows[0]!.mark) + 1 + titleWidth + 1;
  const [years = '', months] = grid.headers(look.say.format);
  const title = ` ${look.say.headings.plan.toUpperCase()}`;
  const lines =
    left > title.length
      ? [`${look.style.heading(title)}${' '.repeat(left - title.length)}${look.style.dim(years)}`]
      : [look.style.heading(title), `${' '.repeat(left)}${look.style.dim(years)}`];
  if (months !== undefined) lines.push(`${' '.repeat(left)}${look.style.dim(months)}`);
  const blankLead = ' '.repeat(left - titleWidth - 1);
  for (const row of rows) {
    const paint = stepStatusPaint(look.style, row.step.status);
    const titleLines = wrap(row.title, titleWidth);
    const chart = grid.row(row.step, look, look.style.bar);
    const cost = costWidth > 0 ? ` ${padStart(row.cost, costWidth)}` : '';
    const lead = `${INDENT}${row.number} ${paint(row.mark)} `;
    lines.push(`${lead}${padEnd(titleLines[0] ?? '', titleWidth)} ${padEnd(chart, grid.columns)}${cost}`);
    for (const more of titleLines.slice(1)) lines.push(`${blankLead}${more}`);
  }
  return lines;
}

function listLines(rows: Row[], look: Look): string[] {
  const lines = [heading(look, look.say.headings.plan.toUpperCase())];
  for (const row of rows) {
    const paint = stepStatusPaint(look.style, row.step.status);
    const lead = `${INDENT}${row.number} ${row.mark} `;
    const rest = ' '.repeat(visibleWidth(lead));
    lines.push(
      ...hanging(row.title, look.width, lead, rest).map((line, i) =>
        i === 0 ? line.replace(row.mark, paint(row.mark)) : line,
      ),
    );
    const meta = whenText(row.step, look) + (row.cost ? ` ${look.glyphs.sep} ${row.cost}` : '');
    lines.push(...hanging(meta, look.width, rest, rest).map(look.style.dim));
    const why = stripControl(row.step.why).trim();
    if (why !== '' && row.step.status !== 'done') lines.push(...hanging(why, look.width, rest, rest));
  }
  return lines;
}

function whenText(step: RoadmapStep, look: Look): string {
  const { say } = look;
  if (step.status === 'done') return say.done;
  if (step.status === 'n-a') return say.notNeeded;
  const when = stepWhen(step, look.glyphs.dash, say) ?? say.noDate;
  const months =
    step.end && step.duration_months && step.duration_months > 1
      ? ` (${monthsText(step.duration_months, say)})`
      : '';
  return `${when}${months}`;
}

/** Below the chart: each step still ahead, its months, and why it is there. */
function whyLines(rows: Row[], look: Look): string[] {
  const lines: string[] = [];
  const numberWidth = visibleWidth(rows[0]?.number ?? '');
  for (const row of rows) {
    if (row.step.status === 'done') continue;
    const why = stripControl(row.step.why).trim();
    const text =
      why === '' ? whenText(row.step, look) : `${whenText(row.step, look)} ${look.glyphs.sep} ${why}`;
    const lead = `${INDENT}${row.number}  `;
    lines.push(...hanging(text, look.width, lead, ' '.repeat(INDENT.length + numberWidth + 2)));
  }
  return lines;
}

function alternativeLines(alternatives: Alternative[], look: Look): string[] {
  const lines: string[] = [];
  for (const alt of alternatives) {
    const saves = alt.saves_months > 0 ? ` (${look.say.saves(monthsText(alt.saves_months, look.say))})` : '';
    const text = `${stripControl(alt.title).trim()}${saves}`;
    const rest = `${INDENT}        `;
    lines.push(...hanging(text, look.width, `${INDENT}${look.style.accent(look.say.faster)} `, rest));
    const path = alt.steps.map((step) => stripControl(step).trim()).filter(Boolean);
    if (path.length > 0) {
      lines.push(...joinParts(path, look.width, rest, rest, ` ${look.glyphs.to} `).map(look.style.dim));
    }
  }
  return lines;
}

function costLine(steps: RoadmapStep[], look: Look): string[] {
  const sum = costSummary(steps);
  if (sum.known === 0 && sum.unknown === 0) return [];
  const { say } = look;
  const parts: string[] = [];
  if (sum.known > 0) parts.push(say.knownFees(costText(sum, look.glyphs.dash, say)));
  if (sum.unknown > 0) parts.push(say.noPublishedFee(sum.unknown));
  return hanging(say.costsAhead(parts), look.width, INDENT, `${INDENT}  `).map(look.style.dim);
}

/** YOUR PLAN: the chart when it fits (with the reasons below it), else a list with reasons inline. */
export function planSection(
  steps: RoadmapStep[],
  alternatives: Alternative[],
  asOf: string,
  look: Look,
): string[] {
  if (steps.length === 0)
    return [heading(look, look.say.headings.plan.toUpperCase()), `${INDENT}${look.say.noSteps}`];
  const rows = rowsOf(steps, look);
  const layout = chartLayout(rows, asOf, look);
  const lines = layout ? chartLines(rows, layout, look) : listLines(rows, look);
  const whys = layout ? whyLines(rows, look) : [];
  if (whys.length > 0) lines.push('', `${INDENT}${look.style.strong(look.say.text.whenAndWhy)}`, ...whys);
  const extras = [...alternativeLines(alternatives, look), ...costLine(steps, look)];
  if (extras.length > 0) lines.push('', ...extras);
  return lines;
}

import type { PayPoint } from '../../roadmap/types.js';
import { nationalFromThirdParty, paidAsText, paySources, payText, stateMedianWhat } from '../format.js';
import { stripControl } from '../sanitize.js';
import type { Look } from './style.js';
import { padEnd, padStart, visibleWidth } from './width.js';
import { hanging, wrap } from './wrap.js';

const INDENT = '  ';
const MIN_BAR = 10;
const MAX_LABEL = 24;
const MIN_LABEL = 12;

/**
 * One pay band as a bar on a scale from $0 to the highest band: solid up to the low end, light
 * from the low to the high end, so both the level and the spread read at a glance.
 */
export function payBar(
  point: Pick<PayPoint, 'min_usd' | 'max_usd'>,
  scaleMax: number,
  width: number,
  look: Look,
): string {
  const { glyphs, style } = look;
  const solid = Math.max(1, Math.round((point.min_usd / scaleMax) * width));
  const total = Math.max(solid, Math.round((point.max_usd / scaleMax) * width));
  return (
    style.bar(glyphs.full.repeat(Math.min(solid, width))) +
    style.barLight(glyphs.light.repeat(Math.min(total, width) - Math.min(solid, width))) +
    ' '.repeat(width - Math.min(total, width))
  );
}

/**
 * "median $45,120 · NY $46,210 · all social and human service assistants, May 2024 (BLS)": the
 * national median, the state's median for the same occupation, and the occupation they cover.
 */
function detailLines(point: PayPoint, look: Look): string[] {
  const { say } = look;
  const usd = say.format.money;
  const paidAs = paidAsText(point, say);
  const [state, statePeriod] = (point.state_median_period ?? '').split(', ');
  const parts = [
    point.median_usd !== undefined
      ? `${say.median(usd(point.median_usd))}${nationalFromThirdParty(point) ? ` (${say.thirdPartyFigure})` : ''}`
      : '',
    point.state_median_usd && state
      ? `${stripControl(state)} ${usd(point.state_median_usd)}${statePeriod && statePeriod !== point.period ? ` (${say.period(stripControl(statePeriod))})` : ''}`
      : '',
    paidAs ? say.paidAsAll(paidAs) : '',
  ].filter(Boolean);
  if (parts.length === 0) return [];
  // A state median with no occupation named (a hand-made model) says what it covers itself.
  if (!paidAs && point.state_median_usd)
    return [stripControl(`${stateMedianWhat(point, say)}: ${usd(point.state_median_usd)} (BLS)`)];
  return [parts.join(' · ')];
}

/** "Pay sources: BLS Occupational Outlook Handbook, Registered Nurses (Pay), Aug 2025; …" */
function sourcesText(points: readonly PayPoint[], look: Look): string | null {
  const sources = paySources(points);
  if (sources.length === 0) return null;
  return look.say.paySources(sources.map((s) => look.say.sourceAsOf(stripControl(s.title), s.as_of)));
}

/** PAY ALONG THE WAY: today's pay, then each step that moves pay, as bars with ranges. */

export function paySection(
  points: PayPoint[],
  asOf: string,
  /** The goal's area in words ("healthcare case management"), or null. */
  area: string | null,
  look: Look,
): string[] {
  if (points.length === 0) return [];
  const { say } = look;
  const pay = say.headings.pay.toUpperCase();
  const title = area ? `${pay} (${area})` : pay;
  const lines = hanging(title, look.width, ' ', ' ').map(look.style.heading);
  const rows = points.map((point) => ({
    when: point.month === asOf ? say.now : say.format.monthShort(point.month),
    label: stripControl(point.label).trim(),
    range: payText(point.min_usd, point.max_usd, point.open_ended, look.glyphs.dash),
    point,
  }));
  const scaleMax = Math.max(...points.map((p) => p.max_usd), 1);
  const whenWidth = Math.max(...rows.map((r) => visibleWidth(r.when)));
  const rangeWidth = Math.max(...rows.map((r) => visibleWidth(r.range)));
  const longest = Math.max(...rows.map((r) => visibleWidth(r.label)));
  // Labels may wrap down to MIN_LABEL columns to keep the bar beside them.
  const besideRoom = look.width - INDENT.length - whenWidth - 2 - 2 - MIN_BAR - 2 - rangeWidth;
  const labelWidth = Math.min(MAX_LABEL, longest, besideRoom);
  if (labelWidth >= Math.min(MIN_LABEL, longest)) {
    const barWidth = look.width - INDENT.length - whenWidth - 2 - labelWidth - 2 - 2 - rangeWidth;
    const labelAt = INDENT.length + whenWidth + 2;
    for (const row of rows) {
      const labelLines = wrap(row.label, labelWidth);
      const bar = payBar(row.point, scaleMax, barWidth, look);
      lines.push(
        `${INDENT}${padEnd(row.when, whenWidth)}  ${padEnd(labelLines[0] ?? '', labelWidth)}  ${bar}  ${padStart(row.range, rangeWidth)}`,
      );
      for (const more of labelLines.slice(1)) lines.push(`${' '.repeat(labelAt)}${more}`);
      for (const detail of detailLines(row.point, look)) {
        for (const part of wrap(detail, look.width - labelAt))
          lines.push(`${' '.repeat(labelAt)}${look.style.dim(part)}`);
      }
    }
    return [...lines, ...sourceLines(points, look)];
  }
  // Narrow: the month and label on one line, the bar and range under them.
  const stackedBar = Math.max(4, look.width - INDENT.length - 2 - 2 - rangeWidth);
  const labelRoom = look.width - INDENT.length - whenWidth - 2;
  for (const row of rows) {
    const [first = '', ...rest] = wrap(row.label, labelRoom);
    lines.push(`${INDENT}${padEnd(row.when, whenWidth)}  ${first}`);
    for (const more of rest) lines.push(`${' '.repeat(INDENT.length + whenWidth + 2)}${more}`);
    lines.push(
      `${INDENT}  ${payBar(row.point, scaleMax, stackedBar, look)}  ${padStart(row.range, rangeWidth)}`,
    );
    for (const detail of detailLines(row.point, look)) {
      for (const part of wrap(detail, look.width - INDENT.length - 2))
        lines.push(`${INDENT}  ${look.style.dim(part)}`);
    }
  }
  return [...lines, ...sourceLines(points, look)];
}

/** The pay figures' sources, dim, under the rows. */
function sourceLines(points: readonly PayPoint[], look: Look): string[] {
  const text = sourcesText(points, look);
  return text ? wrap(text, look.width - INDENT.length).map((part) => `${INDENT}${look.style.dim(part)}`) : [];
}

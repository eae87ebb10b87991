/**
 * The plan as a CSS grid: one column per month from the as-of month, a row per step, bars placed
 * with grid-column. Only numbers computed here go into style attributes; text is escaped.
 */
import { monthFromIndex } from '../../core/month.js';
import { enRoadmapView } from '../../messages/en/roadmap-view.js';
import type { RoadmapViewMessages } from '../../messages/roadmap-view-messages.js';
import type { RoadmapStep } from '../../roadmap/types.js';
import { costText, stepWhen } from '../format.js';
import { spanOf, windowOf } from '../timeline-model.js';
import { esc } from './escape.js';

export const STEP_MARKS: Record<RoadmapStep['status'], string> = {
  done: '✔',
  'in-progress': '▶',
  next: '▶',
  pending: '·',
  'n-a': '–',
};

/** Month initials for every month up to three years; beyond that, only each quarter's first. */
const ALL_INITIALS_UP_TO = 36;

function cell(
  row: number,
  from: number,
  to: number,
  cls: string,
  body: string,
  extra = '',
  style = '',
): string {
  return `<div class="${cls}" style="grid-row:${row};grid-column:${from} / ${to}${style}"${extra}>${body}</div>`;
}

export function timelineHtml(
  steps: RoadmapStep[],
  asOf: string,
  say: RoadmapViewMessages = enRoadmapView,
): string {
  const window = windowOf(asOf, steps);
  const months = window.to - window.from;
  const first = 2;
  const costCol = first + months;
  const col = (month: number): number =>
    first + Math.min(Math.max(month, window.from), window.to) - window.from;
  const parts: string[] = [];

  // Row 1: years; row 2: months.
  for (let m = window.from; m < window.to; ) {
    const next = Math.min(window.to, (Math.floor(m / 12) + 1) * 12);
    const year = String(Math.floor(m / 12));
    // A year with only a few months in view gets its short form, or none when the columns are
    // too narrow even for that, so it never spills over the next year's label.
    const inView = next - m;
    const label = inView >= 4 ? year : inView >= (months > 36 ? 3 : 2) ? `’${year.slice(-2)}` : '';
    parts.push(cell(1, col(m), col(next), 'year', label));
    m = next;
  }
  for (let m = window.from; m < window.to; m++) {
    const initial = say.format.monthShort(monthFromIndex(m)).charAt(0).toUpperCase();
    const show = months <= ALL_INITIALS_UP_TO || m % 3 === 0;
    const cls = m === window.from ? 'month now' : 'month';
    const title = m === window.from ? ` title="${esc(say.html.nowMonth(monthFromIndex(m)))}"` : '';
    parts.push(cell(2, col(m), col(m) + 1, cls, show ? initial : '', title));
  }

  steps.forEach((step, i) => {
    const row = 3 + i;
    const label =
      `<span class="num">${i + 1}</span>` +
      `<span class="mark st-${step.status}">${STEP_MARKS[step.status]}</span>` +
      `<span>${esc(step.title)}</span>`;
    parts.push(cell(row, 1, 2, 'label', label));
    parts.push(cell(row, first, costCol, 'track', ''));
    const span = spanOf(step);
    if (step.status === 'done') parts.push(cell(row, first, costCol, 'note', esc(say.done)));
    else if (step.status === 'n-a') parts.push(cell(row, first, costCol, 'note', esc(say.notNeeded)));
    else if (!span) parts.push(cell(row, first, costCol, 'note', esc(say.noDate)));
    else if (span.start >= window.to) {
      parts.push(cell(row, first, costCol, 'note', `${esc(say.from(monthFromIndex(span.start)))} →`));
    } else {
      const open = span.open || span.end > window.to;
      const cls = `bar ${step.status === 'pending' ? 'pending' : 'active'}${open ? ' open' : ''}`;
      const when = stepWhen(step, '–', say) ?? '';
      parts.push(
        cell(
          row,
          col(span.start),
          Math.max(col(span.start) + 1, col(span.end)),
          cls,
          '',
          ` title="${esc(when)}"`,
        ),
      );
    }
    const cost =
      step.cost_usd && step.status !== 'done' && step.status !== 'n-a'
        ? costText(step.cost_usd, '–', say)
        : '';
    parts.push(cell(row, costCol, costCol + 1, 'cost', esc(cost)));
  });

  const columns = `--months:${months}`;
  return `<div class="timeline" role="img" aria-label="${esc(say.html.timeline(asOf))}" style="${columns}">${parts.join('')}</div>`;
}

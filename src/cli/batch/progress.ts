import { formatNumber } from '../../core/number.js';

/** A one-line progress display on a terminal: rows done, rate, share of the input, time left. */

const REDRAW_EVERY_MS = 100;

export interface ProgressState {
  rows: number;
  failed: number;
  /** Share of the input read, 0 to 1, when the reader can tell. */
  fraction: number | undefined;
}

// formatNumber, not toLocaleString: the first Intl call loads ICU data (some 20-30 ms).
const count = (n: number) => formatNumber(n);

export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m ${String(seconds % 60).padStart(2, '0')}s`;
  return `${Math.floor(minutes / 60)}h ${String(minutes % 60).padStart(2, '0')}m`;
}

/** The text of the progress line; pure, so it can be tested without a terminal. */
export function progressText(state: ProgressState, elapsedMs: number, width: number): string {
  const parts = [`${count(state.rows)} rows`];
  if (elapsedMs >= 1000) parts.push(`${count((state.rows * 1000) / elapsedMs)}/s`);
  if (state.fraction !== undefined && state.fraction > 0) {
    parts.push(`${Math.floor(state.fraction * 100)}%`);
    if (elapsedMs >= 1000 && state.fraction < 1) {
      parts.push(`about ${formatDuration((elapsedMs * (1 - state.fraction)) / state.fraction)} left`);
    }
  }
  if (state.failed > 0) parts.push(`${count(state.failed)} failed`);
  const text = parts.join(' · ');
  const barWidth = Math.min(30, width - text.length - 4);
  if (state.fraction === undefined || barWidth < 10) return text.slice(0, width - 1);
  const filled = Math.round(barWidth * Math.min(1, state.fraction));
  return `[${'#'.repeat(filled)}${'.'.repeat(barWidth - filled)}] ${text}`;
}

export class ProgressLine {
  private lastDraw = Number.NEGATIVE_INFINITY;
  private readonly started: number;

  constructor(
    private readonly stream: NodeJS.WriteStream,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.started = now();
  }

  /** Redraws at most ten times a second, whatever the row rate. */
  update(state: ProgressState): void {
    const now = this.now();
    if (now - this.lastDraw < REDRAW_EVERY_MS) return;
    this.lastDraw = now;
    // A pseudo-terminal may report 0 columns.
    const width = this.stream.columns && this.stream.columns > 20 ? this.stream.columns : 80;
    this.stream.write(`\r${progressText(state, now - this.started, width)}\x1b[K`);
  }

  clear(): void {
    if (this.lastDraw !== Number.NEGATIVE_INFINITY) this.stream.write('\r\x1b[K');
  }
}

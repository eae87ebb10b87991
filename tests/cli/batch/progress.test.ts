import { describe, expect, it } from 'vitest';
import { formatDuration, ProgressLine, progressText } from '../../../src/cli/batch/progress.js';

describe('progress line', () => {
  it('shows rows, rate, share, time left and failures', () => {
    expect(progressText({ rows: 12_345, failed: 3, fraction: 0.25 }, 10_000, 120)).toBe(
      '[########......................] 12,345 rows · 1,235/s · 25% · about 30s left · 3 failed',
    );
    expect(progressText({ rows: 5, failed: 0, fraction: undefined }, 500, 80)).toBe('5 rows');
  });

  it('formats durations for people', () => {
    expect([formatDuration(4_000), formatDuration(125_000), formatDuration(7_500_000)]).toEqual([
      '4s',
      '2m 05s',
      '2h 05m',
    ]);
  });

  it('redraws at most ten times a second', () => {
    let clock = 0;
    const writes: string[] = [];
    const stream = {
      columns: 60,
      write: (text: string) => writes.push(text),
    } as unknown as NodeJS.WriteStream;
    const line = new ProgressLine(stream, () => clock);
    for (let rows = 1; rows <= 100; rows++) {
      clock += 5;
      line.update({ rows, failed: 0, fraction: rows / 100 });
    }
    line.clear();
    expect(writes).toHaveLength(6);
    expect(writes.at(-1)).toBe('\r\x1b[K');
  });
});

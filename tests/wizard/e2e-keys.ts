import type { Terminal } from './tmux.js';

/** Moving through Inquirer lists in a real terminal by what the person reads, not by counting rows. */

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function activeLine(t: Terminal): string {
  return (
    t
      .screen()
      .split('\n')
      .find((line) => /^[❯>]/.test(line)) ?? ''
  );
}

/**
 * Waits for the cursor line to change after a key (the prompt redraws asynchronously). Up to 3 s:
 * on a loaded 2-core machine a redraw can take over a second, and giving up early reads as the
 * end of the list.
 */
async function settle(t: Terminal, before: string): Promise<string> {
  for (let i = 0; i < 60; i++) {
    const now = activeLine(t);
    if (now !== before) return now;
    await sleep(50);
  }
  return activeLine(t);
}

/** In a select list, moves to the choice containing `label` (down, then up) and presses Enter. */
export async function choose(t: Terminal, label: string): Promise<void> {
  for (const key of ['Down', 'Up']) {
    for (let i = 0; i < 25; i++) {
      const line = activeLine(t);
      if (line.includes(label)) {
        t.keys('Enter');
        return;
      }
      t.keys(key);
      if ((await settle(t, line)) === line) break; // the end of the list
    }
  }
  throw new Error(`no choice "${label}" on the screen:\n${t.screen()}`);
}

/** In a checkbox list (cursor at the top), ticks every choice containing one of `labels`, then Enter. */
export async function tick(t: Terminal, labels: readonly string[]): Promise<void> {
  const left = new Set(labels);
  for (let i = 0; i < 30 && left.size > 0; i++) {
    let line = activeLine(t);
    const match = [...left].find((label) => line.includes(label));
    if (match) {
      t.keys('Space');
      left.delete(match);
      // Wait for the tick to be drawn, so that the Down below is compared with the ticked row: on a
      // loaded machine the redraw of the tick could otherwise pass for the move, and the next
      // row would be skipped.
      line = await settle(t, line);
      if (left.size === 0) break;
    }
    t.keys('Down');
    if ((await settle(t, line)) === line && !match) break;
  }
  if (left.size > 0) throw new Error(`could not tick ${[...left].join(', ')}:\n${t.screen()}`);
  t.keys('Enter');
}

/** Types an answer and presses Enter. */
export function answer(t: Terminal, text: string): void {
  if (text !== '') t.type(text);
  t.keys('Enter');
}

/** The questions answered before the review: the lines a done prompt leaves ("✔ …" or "+ …"). */
export function answeredBeforeReview(history: string): string[] {
  const before = history.split('Your answers')[0] ?? '';
  return before.split('\n').filter((line) => /^(✔|\+) /.test(line));
}

import { describe, expect, it } from 'vitest';
import type { Roadmap, RoadmapStep } from '../../src/roadmap/types.js';
import { compareProgress, progressText, rememberRoadmap } from '../../src/wizard/progress.js';

function roadmap(steps: [string, RoadmapStep['status']][]): Roadmap {
  return {
    as_of: '2026-11',
    steps: steps.map(([id, status]) => ({ id, title: `Title ${id}`, status })),
  } as unknown as Roadmap;
}

describe('progress against the roadmap shown last time', () => {
  it('lists steps done since, including milestones the planner words anew', () => {
    const before = rememberRoadmap(
      roadmap([
        ['degree', 'done'],
        ['keep-role', 'in-progress'],
        ['exam', 'pending'],
        ['join', 'next'],
      ]),
    );
    const now = roadmap([
      ['degree', 'done'],
      ['experience-met', 'done'],
      ['exam', 'in-progress'],
      ['join', 'done'],
      ['other', 'n-a'],
    ]);
    const progress = compareProgress(before, now);
    expect(progress.newlyDone.map((s) => s.id)).toEqual(['experience-met', 'join']);
    expect(progress.newlyStarted.map((s) => s.id)).toEqual(['exam']);
    expect(progress).toMatchObject({ doneNow: 3, doneBefore: 1, total: 4 });
    expect(progressText(progress, '2026-03', { done: '+', started: '>' })).toBe(
      [
        'Progress since Mar 2026',
        '  + Title experience-met: done',
        '  + Title join: done',
        '  > Title exam: under way',
        '  3 of 4 steps done (1 last time)',
      ].join('\n'),
    );
  });

  it('says so when nothing moved', () => {
    const same = roadmap([['exam', 'pending']]);
    const text = progressText(compareProgress(rememberRoadmap(same), same), '2026-03', {
      done: '+',
      started: '>',
    });
    expect(text).toContain('No step finished since then.');
  });
});

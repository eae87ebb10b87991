import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { monthsBetween } from '../../src/core/month.js';
import { DraftSet, type DraftStep } from '../../src/roadmap/draft.js';
import { given } from '../../src/roadmap/phrases/index.js';
import { lastEnd, monthsToFinish, schedule } from '../../src/roadmap/schedule.js';

const step = (id: string, duration: number, extra: Partial<DraftStep> = {}): DraftStep => ({
  id,
  kind: 'education',
  title: given(id),
  why: [],
  cost: null,
  sources: [],
  duration,
  after: [],
  ...extra,
});

describe('schedule', () => {
  it('starts a step when everything it waits for has ended', () => {
    const dates = schedule(
      [step('degree', 24), step('exam', 2, { after: ['degree'] }), step('license', 1, { after: ['exam'] })],
      '2026-11',
    );
    expect(dates.get('degree')).toEqual({ start: '2026-11', end: '2028-11' });
    expect(dates.get('exam')).toEqual({ start: '2028-11', end: '2029-01' });
    expect(dates.get('license')).toEqual({ start: '2029-01', end: '2029-02' });
  });

  it('honors earliest and notBeforeEnd', () => {
    const dates = schedule(
      [step('apply', 1, { earliest: '2027-10' }), step('sit', 1, { notBeforeEnd: '2027-02' })],
      '2026-11',
    );
    expect(dates.get('apply')).toEqual({ start: '2027-10', end: '2027-11' });
    expect(dates.get('sit')).toEqual({ start: '2026-11', end: '2027-02' });
  });

  it('keeps the dates of done and underway steps', () => {
    const dates = schedule(
      [
        step('bsw', 0, { fixed: { status: 'in-progress', start: '2026-11', end: '2027-05' } }),
        step('job', 3, { after: ['bsw'] }),
      ],
      '2026-11',
    );
    expect(dates.get('job')).toEqual({ start: '2027-05', end: '2027-08' });
    expect(lastEnd(dates, '2026-11')).toBe('2027-08');
  });

  it('refuses steps that wait on each other', () => {
    expect(() =>
      schedule([step('a', 1, { after: ['b'] }), step('b', 1, { after: ['a'] })], '2026-11'),
    ).toThrow(/wait on each other/);
  });
});

describe('monthsToFinish', () => {
  // Scratch plans are dated for their length only, in month indexes: the same months as the
  // whole schedule's last end, for any set of steps that wait on earlier ones.
  const plans = fc
    .array(
      fc.record({
        duration: fc.integer({ min: 0, max: 60 }),
        waits: fc.array(fc.nat(), { maxLength: 3 }),
        earliest: fc.option(fc.integer({ min: -12, max: 40 }), { nil: undefined }),
        notBeforeEnd: fc.option(fc.integer({ min: -12, max: 80 }), { nil: undefined }),
        fixedEnd: fc.option(fc.option(fc.integer({ min: -40, max: 30 }), { nil: null }), { nil: undefined }),
      }),
      { minLength: 0, maxLength: 12 },
    )
    .map((specs) =>
      specs.map((spec, i) => {
        const month = (offset: number) => {
          const index = 2026 * 12 + 10 + offset;
          return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
        };
        // Only earlier steps are waited for: a plan never waits on itself.
        const after = i === 0 ? [] : [...new Set(spec.waits.map((w) => `s${w % i}`))];
        return step(`s${i}`, spec.duration, {
          after,
          ...(spec.earliest !== undefined ? { earliest: month(spec.earliest) } : {}),
          ...(spec.notBeforeEnd !== undefined ? { notBeforeEnd: month(spec.notBeforeEnd) } : {}),
          ...(spec.fixedEnd !== undefined
            ? {
                fixed: {
                  status: 'done' as const,
                  start: null,
                  end: spec.fixedEnd === null ? null : month(spec.fixedEnd),
                },
              }
            : {}),
        });
      }),
    );

  it('gives the months to the last end of the whole schedule', () => {
    let runs = 0;
    fc.assert(
      fc.property(plans, (drafts) => {
        runs++;
        const asOf = '2026-11';
        expect(monthsToFinish(drafts, asOf)).toBe(monthsBetween(asOf, lastEnd(schedule(drafts, asOf), asOf)));
      }),
      { numRuns: 300 },
    );
    expect(runs).toBe(300);
  });
});

describe('DraftSet', () => {
  it('keeps one step per id, the longer, with both sets of prerequisites', () => {
    const drafts = new DraftSet();
    drafts.add(step('keep-role', 5, { after: ['x'] }));
    drafts.add(step('keep-role', 11, { after: ['y', 'keep-role'] }));
    expect(drafts.all()).toHaveLength(1);
    expect(drafts.get('keep-role')).toMatchObject({ duration: 11, after: ['x', 'y'] });
  });
});

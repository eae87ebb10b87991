import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { monthIndex } from '../../src/core/month.js';
import { DraftSet, type DraftStep } from '../../src/roadmap/draft.js';
import { phrase } from '../../src/roadmap/phrases/index.js';
import { schedule } from '../../src/roadmap/schedule.js';
import { keepRole } from '../../src/roadmap/steps/keep-role.js';

const AS_OF = '2026-11';

const need = (months: number): DraftStep => ({
  id: 'keep-role-0',
  kind: 'experience',
  title: phrase('experience.keep', { role: 'care-coordinator', months }),
  why: [],
  cost: null,
  sources: [],
  duration: months,
  after: [],
  ongoing: true,
});

describe('keepRole: one stay in a role, cut at each need', () => {
  it('in any order, each need ends when its months are up, and nothing waits on itself', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 60 }), { minLength: 1, maxLength: 6 }), (needs) => {
        const drafts = new DraftSet();
        // A step waits for each need as soon as it is planned, and keeps waiting for the same id
        // while later needs cut the stay again.
        const ends = needs.map((months, i) => {
          const id = keepRole(drafts, need(months), 'care-coordinator');
          return { months, waiting: drafts.add({ ...need(0), id: `after-${i}`, duration: 0, after: [id] }) };
        });
        const dates = schedule(drafts.all(), AS_OF);
        for (const { months, waiting } of ends) {
          const start = dates.get(waiting)?.start;
          expect(start && monthIndex(start) - monthIndex(AS_OF)).toBe(months);
        }
        // One step per distinct need, and together they last as long as the longest.
        const stay = drafts.all().filter((d) => d.id.startsWith('keep-role-0'));
        expect(stay).toHaveLength(new Set(needs).size);
        expect(stay.reduce((sum, d) => sum + d.duration, 0)).toBe(Math.max(...needs));
      }),
      { numRuns: 200 },
    );
  });

  it('never makes a step wait on itself, when a need starts after a step that counts on the stay', () => {
    // A license whose supervised months are this very stay, and a credential whose months must
    // follow that license: the later need cannot also hold up the stay's first part.
    const drafts = new DraftSet();
    keepRole(drafts, need(35), 'care-coordinator');
    drafts.add({ ...need(1), id: 'license-lcsw', after: ['keep-role-0'] });
    const shorter = keepRole(drafts, { ...need(24), after: ['license-lcsw'] }, 'care-coordinator');
    // schedule() throws "roadmap steps wait on each other" on a circle.
    const dates = schedule(drafts.all(), AS_OF);
    expect(dates.get(shorter)?.end).toBeDefined();
    expect(dates.get('keep-role-0')?.end).toBeDefined();
  });

  it('names the first step by its months and each later one as the months after it', () => {
    const drafts = new DraftSet();
    keepRole(drafts, need(26), 'care-coordinator');
    keepRole(drafts, need(18), 'care-coordinator');
    const stay = drafts.all().filter((d) => d.id.startsWith('keep-role-0'));
    expect(stay.map((d) => [d.id, d.duration, d.title.code])).toEqual(
      expect.arrayContaining([
        ['keep-role-0-to-18', 18, 'experience.keep'],
        ['keep-role-0', 8, 'experience.keep-on'],
      ]),
    );
  });
});

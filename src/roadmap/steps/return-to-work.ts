import { ASSUME, type PlanContext } from '../context.js';
import type { DraftSet } from '../draft.js';
import { fteMonthsIn, levelForRole } from '../ladder.js';
import { phrase } from '../phrases/index.js';

/**
 * Someone not working now who has held a case-management post, and whose plan has no job search
 * (the certification needs no more experience): the job-first plan still starts with finding a
 * post like the last one, on the same rung, paid as that rung of their field.
 */
export function returnToWorkStep(ctx: PlanContext, drafts: DraftSet): string | null {
  if (ctx.profile.experience.some((e) => e.ongoing)) return null;
  const searching = drafts.all().some((d) => !d.fixed && (d.kind === 'job' || d.id.startsWith('find-job-')));
  if (searching) return null;
  const past = ctx.profile.experience
    .filter((e) => levelForRole(ctx.data, e.role) !== undefined)
    .sort((a, b) => (b.end ?? b.start ?? '').localeCompare(a.end ?? a.start ?? ''))[0];
  if (!past) return null;
  const rung = levelForRole(ctx.data, past.role)!;
  const months = Math.floor(fteMonthsIn(ctx, new Set([past.role])));
  return drafts.add({
    id: `find-job-${past.role}`,
    kind: 'career',
    title: phrase('experience.find', {
      move: false,
      post: {
        kind: 'role',
        role: past.role,
        where: past.setting === 'other' ? null : { settings: [past.setting], more: false },
        supervisors: null,
      },
    }),
    why: [
      phrase('experience.return', {
        role: past.role,
        months,
        // A certification still to earn on the plan (none for someone who holds the goal).
        certificationAhead: drafts
          .all()
          .some(
            (d) =>
              !d.fixed &&
              d.gains?.credential !== undefined &&
              ctx.data.byId.certifications.has(d.gains.credential),
          ),
      }),
      phrase('experience.search', { months: ASSUME.jobSearchMonths }),
    ],
    cost: null,
    sources: [],
    duration: ASSUME.jobSearchMonths,
    after: [],
    gains: { level: rung.id },
  });
}

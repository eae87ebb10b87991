import type { Role } from '../core/vocabulary.js';
import type { License } from '../data/schema/families.js';
import type { Rule } from '../data/schema/rules.js';
import { predicatesOf } from '../engine/compile.js';
import type { PlanContext } from './context.js';

/**
 * The licenses a job's minimum qualifications ask for that the person does not hold active now
 * (the steps before the job give them): an RN case manager's post for a new RN.
 */
export function newlyLicensed(ctx: PlanContext, requires: Rule | null): string[] {
  if (!requires) return [];
  const out: string[] = [];
  for (const leaf of predicatesOf(requires)) {
    if (!('license' in leaf)) continue;
    const types = leaf.license.types;
    if (ctx.profile.licenses.some((l) => types.includes(l.type) && l.status === 'active')) continue;
    for (const type of types) {
      const name = ctx.data.byId.licenses.get(type)?.abbreviation ?? type.toUpperCase();
      if (!out.includes(name)) out.push(name);
    }
  }
  return out;
}

/**
 * Fewer months than this of work under a license held counts as newly licensed: the hedge of
 * `jobs.newly-licensed` is said, no minimum is planned (the sources give employers' none).
 */
const RECENT_MONTHS = 24;

/** The work done under a license of each discipline: its own practice, and case management. */
const PRACTICE_ROLES: Record<License['discipline'], readonly Role[]> = {
  nursing: [
    'registered-nurse',
    'utilization-review',
    'case-manager',
    'care-coordinator',
    'case-management-supervisor',
  ],
  'social-work': ['social-worker', 'case-manager', 'care-coordinator', 'case-management-supervisor'],
  counseling: ['counselor', 'rehabilitation-counselor', 'case-manager', 'case-management-supervisor'],
};

/**
 * A license a job asks for that the person holds active, with fewer than {@link RECENT_MONTHS}
 * months of work of its discipline on the profile (a new graduate RN four months on a ward): the
 * license and those months. Null when none is.
 */
export function recentlyLicensed(
  ctx: PlanContext,
  requires: Rule | null,
): { license: string; months: number } | null {
  if (!requires) return null;
  for (const leaf of predicatesOf(requires)) {
    if (!('license' in leaf)) continue;
    const held = ctx.profile.licenses.find(
      (l) => leaf.license.types.includes(l.type) && l.status === 'active',
    );
    const license = held ? ctx.data.byId.licenses.get(held.type) : undefined;
    const roles = license ? PRACTICE_ROLES[license.discipline] : undefined;
    if (!license || !roles) continue;
    const months = ctx.profile.experience
      .filter((e) => roles.includes(e.role))
      .reduce((sum, e) => sum + e.months * Math.min(e.hours_per_week / 40, 1), 0);
    if (months < RECENT_MONTHS) return { license: license.abbreviation, months: Math.floor(months) };
  }
  return null;
}

import type { Month } from '../core/month.js';
import type { Role } from '../core/vocabulary.js';
import type { License } from '../data/schema/families.js';
import type { Rule } from '../data/schema/rules.js';
import { predicatesOf } from '../engine/compile.js';
import type { PlanContext } from './context.js';
import { fteMonthsIn } from './ladder.js';
import { type Phrase, phrase } from './phrases/index.js';

/**
 * The licenses a job's minimum qualifications ask for that the person does not hold active now
 * (the steps before the job give them): an RN case manager's post for a new RN.
 */
function newlyLicensed(ctx: PlanContext, requires: Rule | null): string[] {
  if (!requires) return [];
  const out: string[] = [];
  for (const leaf of predicatesOf(requires)) {
    if (!('license' in leaf)) continue;
    const types = leaf.license.types;
    // Held already, active or not: someone coming back to a license is not newly licensed.
    if (ctx.profile.licenses.some((l) => types.includes(l.type))) continue;
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
const PRACTICE_ROLES: Record<License['discipline'], ReadonlySet<Role>> = {
  nursing: new Set([
    'registered-nurse',
    'utilization-review',
    'case-manager',
    'care-coordinator',
    'case-management-supervisor',
  ]),
  'social-work': new Set(['social-worker', 'case-manager', 'care-coordinator', 'case-management-supervisor']),
  counseling: new Set([
    'counselor',
    'rehabilitation-counselor',
    'case-manager',
    'case-management-supervisor',
  ]),
};

/**
 * A license a job asks for that the person holds active, with fewer than {@link RECENT_MONTHS}
 * months of work of its discipline on the profile (a new graduate RN four months on a ward): the
 * license and those months. Null when none is.
 */
function recentlyLicensed(
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
    if (!license) continue;
    const months = fteMonthsIn(ctx, PRACTICE_ROLES[license.discipline]);
    if (months < RECENT_MONTHS) return { license: license.abbreviation, months: Math.floor(months) };
  }
  return null;
}

/**
 * The `jobs.newly-licensed` hedge for posts whose rules ask for a license: the licenses the plan
 * gets before them (when `planGets`), else one held with little work under it; null for neither.
 */
export function newLicenseHedge(
  ctx: PlanContext,
  rules: readonly (Rule | null)[],
  planGets = true,
): Phrase | null {
  const newly = planGets ? [...new Set(rules.flatMap((rule) => newlyLicensed(ctx, rule)))] : [];
  if (newly.length > 0) return phrase('jobs.newly-licensed', { licenses: newly, months: null });
  const back = planGets ? returning(ctx, rules) : null;
  if (back) return phrase('jobs.returning-to-license', back);
  const recent = rules.map((rule) => recentlyLicensed(ctx, rule)).find((found) => found !== null);
  return recent ? phrase('jobs.newly-licensed', { licenses: [recent.license], months: recent.months }) : null;
}

/**
 * A license a job asks for that the person holds but not active (an RN inactive since 2018),
 * with the month their last work of its discipline ended: they come back to it, with experience
 * that is not recent. Null when none is.
 */
function returning(
  ctx: PlanContext,
  rules: readonly (Rule | null)[],
): { license: string; lastWorked: Month | null } | null {
  for (const rule of rules) {
    if (!rule) continue;
    for (const leaf of predicatesOf(rule)) {
      if (!('license' in leaf)) continue;
      const held = ctx.profile.licenses.find(
        (l) => leaf.license.types.includes(l.type) && l.status !== 'active',
      );
      const license = held ? ctx.data.byId.licenses.get(held.type) : undefined;
      if (!license) continue;
      const roles = PRACTICE_ROLES[license.discipline];
      const ends = ctx.profile.experience
        .filter((e) => roles.has(e.role) && !e.ongoing && e.end)
        .map((e) => e.end!)
        .sort();
      return { license: license.abbreviation, lastWorked: ends.at(-1) ?? null };
    }
  }
  return null;
}

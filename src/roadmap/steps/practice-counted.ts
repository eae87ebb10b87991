import { monthsBetween } from '../../core/month.js';
import { EDUCATION_RANK, type Role, type SupervisorKind } from '../../core/vocabulary.js';
import type { ExperienceCondition } from '../../data/schema/rules.js';
import { predicatesOf } from '../../engine/compile.js';
import type { PlanContext } from '../context.js';
import { holdsDegree, isCompleted } from '../degree-match.js';
import type { Walk } from '../needs.js';

/**
 * Whether the supervised practice a license asks for runs in the job the person holds now: the
 * role its rule names, under the supervisor it names, and the degree it is earned on.
 */

/**
 * The person's current role, when the license's own experience rule does not count it or its
 * supervisor (then `supervisor` is set): the board decides.
 */
export function roleNotCounted(
  ctx: PlanContext,
  walk: Walk,
): { role: Role; past: number; supervisor?: SupervisorKind } | null {
  const current = ctx.profile.experience.find((e) => e.ongoing);
  const leaf = walk.unmet.find((u) => u.leaf.kind === 'experience')?.leaf;
  if (!current || leaf?.kind !== 'experience') return null;
  // The role counts, but not its supervisor (a rehabilitation counselor under a CRC, where the
  // rule asks for a licensed one): whether that supervision counts is the board's call too.
  const supervisors = leaf.cond.supervised_by;
  if (
    (!leaf.cond.roles || leaf.cond.roles.includes(current.role)) &&
    supervisors &&
    current.supervised_by !== 'none' &&
    !supervisors.includes(current.supervised_by)
  ) {
    // Months count only after the degree the practice follows: none while it is still ahead.
    const since = lastMonth([current.start, ...completedDegrees(ctx)]);
    const past =
      current.start && since && afterDegreeHeld(ctx, leaf.cond)
        ? Math.max(0, monthsBetween(since, ctx.asOf))
        : 0;
    return { role: current.role, past, supervisor: current.supervised_by };
  }
  if (!leaf.cond.roles) return null;
  if (leaf.cond.roles.includes(current.role)) return null;
  // The months already worked in the role under a licensed supervisor since the last degree: not
  // counted either, and the board may count them as it may count the months to come.
  const since = lastMonth([current.start, ...completedDegrees(ctx)]);
  const past =
    current.supervised_by === 'licensed' && current.start && since && afterDegreeHeld(ctx, leaf.cond)
      ? Math.max(0, monthsBetween(since, ctx.asOf))
      : 0;
  return { role: current.role, past };
}

/** The degree the condition's months must follow is held (or the condition names none). */
function afterDegreeHeld(ctx: PlanContext, cond: ExperienceCondition): boolean {
  return cond.after_degree === undefined || holdsDegree(ctx.profile, ctx.asOf, cond.after_degree);
}

/** The completion months of the person's finished degrees. */
function completedDegrees(ctx: PlanContext): string[] {
  return ctx.profile.education
    .filter((e) => e.status === 'completed' && e.completed)
    .map((e) => e.completed as string);
}

/** The latest of these months, or undefined for none. */
function lastMonth(months: readonly (string | undefined)[]): string | undefined {
  return months
    .filter((m): m is string => Boolean(m))
    .sort()
    .at(-1);
}

/**
 * The person holds this associate license active, its own rule asks for a degree, and the profile
 * has a finished degree at that level (in whatever field): the board judged that degree when it
 * issued the title. A profile with no such degree is not taken on trust.
 */
export function associateVouchesForDegree(ctx: PlanContext, associate: string | null): boolean {
  if (!associate) return false;
  const held = ctx.profile.licenses.some((l) => l.type === associate && l.status === 'active');
  const rule = ctx.data.byId.licenses.get(associate)?.requires;
  if (!held || !rule) return false;
  const levels = predicatesOf(rule).flatMap((p) =>
    'degree' in p && p.degree.min_level ? [p.degree.min_level] : [],
  );
  if (levels.length === 0) return false;
  const need = Math.min(...levels.map((level) => EDUCATION_RANK[level]));
  return ctx.profile.education.some((e) => isCompleted(e, ctx.asOf) && EDUCATION_RANK[e.level] >= need);
}

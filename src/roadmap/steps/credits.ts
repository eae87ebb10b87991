import { EDUCATION_RANK } from '../../core/vocabulary.js';
import type { Degree } from '../../data/schema/families.js';
import type { DegreeCondition } from '../../data/schema/rules.js';
import { creditsOf, LEVEL_CREDITS } from '../../engine/leaves/degree.js';
import type { PlanContext } from '../context.js';
import { isCompleted } from '../degree-match.js';
import { type DraftSet, sourceRefs } from '../draft.js';
import { type Phrase, phrase } from '../phrases/index.js';
import { plannedDegreeFor, quickestChain } from './education.js';

/**
 * A condition of college credits alone (a Texas CPS post's "60 credits with two years of work"):
 * what it takes is the credits, not a degree. Someone 12 credits short is planned those 12, at
 * the pace of the degree they would count toward (the one the plan already takes, or the
 * quickest that fits): the first part of it, not the whole. `null` when the condition asks for
 * more than credits, or when no degree in the data gives a pace.
 */
export function planCredits(
  ctx: PlanContext,
  drafts: DraftSet,
  cond: DegreeCondition,
  requirement: Phrase,
): string | null {
  const total = cond.min_credits;
  if (total === undefined || !creditsOnly(cond)) return null;
  const have = Math.max(
    0,
    ...ctx.profile.education
      .filter((e) => e.level === 'some-college' || isCompleted(e, ctx.asOf))
      .map(creditsOf),
  );
  const more = total - have;
  if (more <= 0) return null;
  const id = `credits-${total}`;
  if (drafts.has(id)) return id;
  // The degree these credits count toward: one the plan already takes, else the quickest.
  const planned = plannedDegreeFor(ctx, drafts, cond);
  const chain = planned ? null : quickestChain(ctx, cond);
  const degree: Degree | undefined = planned?.degree ?? chain?.degrees[0];
  const degreeCredits = degree ? (LEVEL_CREDITS as Partial<Record<string, number>>)[degree.level] : undefined;
  if (!degree || !degreeCredits || EDUCATION_RANK[degree.level] > EDUCATION_RANK.bachelor) return null;
  const perMonth = degreeCredits / degree.typical_months;
  const months = Math.max(1, Math.ceil(more / perMonth));
  return drafts.add({
    id,
    kind: 'education',
    title: phrase('education.credits-more', { more, total }),
    why: [
      phrase('requirement.sentence', { requirement }),
      phrase('education.credits-more-why', {
        have,
        more,
        months,
        degree: { name: degree.name, abbreviation: degree.abbreviation },
        planned: planned !== undefined,
        degreeCredits,
        degreeMonths: degree.typical_months,
      }),
    ],
    cost: null,
    sources: sourceRefs(degree.sources),
    duration: months,
    after: planned ? [...planned.draft.after] : [...(chain?.after ?? [])],
  });
}

/** Credits and nothing else: no level, field, accreditation or placement is asked for. */
function creditsOnly(cond: DegreeCondition): boolean {
  return Object.entries(cond).every(([key, value]) => key === 'min_credits' || value === undefined);
}

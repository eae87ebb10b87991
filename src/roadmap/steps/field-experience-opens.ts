import type { Rule } from '../../data/schema/rules.js';
import { predicatesOf } from '../../engine/compile.js';
import type { EvalNode } from '../../engine/types.js';
import type { PlanContext } from '../context.js';
import { degreeMeets, entryFacts, isCompleted } from '../degree-match.js';
import type { DraftSet } from '../draft.js';
import { phrase } from '../phrases/index.js';
import { unrecordedPlacement, unrecordedPlacementUnderway } from './education.js';

/**
 * A certification of the goal's field that the person's finished degree would open but for a
 * supervised field experience the profile does not record (a sociology BA toward the CCM): the
 * plan asks them to check first, because if the degree included one the certification may need
 * no new degree at all. The plan itself does not count on it: the step says what it would open.
 */
export function fieldExperienceOpens(ctx: PlanContext, drafts: DraftSet, goal: string | null): string | null {
  const spec = ctx.specialization;
  if (!spec) return null;
  for (const id of spec.certifications) {
    if (id === goal) continue;
    const cert = ctx.data.byId.certifications.get(id);
    const verdict = ctx.verdicts.get(id);
    if (!cert || !verdict || verdict.status === 'eligible') continue;
    for (const route of cert.routes) {
      for (const predicate of predicatesOf(route.rule)) {
        if (!('degree' in predicate) || !predicate.degree.field_experience) continue;
        const cond = predicate.degree;
        // Another degree already meets it in full (an MSW with its practicum): nothing to check.
        if (ctx.profile.education.some((e) => isCompleted(e, ctx.asOf) && degreeMeets(cond, entryFacts(e))))
          continue;
        // Another branch of its `any` is met already (an RN license for the CCM): the degree is
        // not what the route lacks, so its placement would open nothing.
        if (!stillNeeded(route.rule, ctx.evaluate(route.rule), predicate)) continue;
        const finished = unrecordedPlacement(ctx, cond);
        // A degree still underway is asked about too: its program may include a placement.
        const index = finished >= 0 ? finished : unrecordedPlacementUnderway(ctx, cond);
        if (index < 0) continue;
        const stepId = `check-field-experience-${index}`;
        if (drafts.has(stepId)) return null;
        const entry = ctx.profile.education[index]!;
        const degree = { level: entry.level, field: entry.field };
        const opens = { ...degree, abbreviation: cert.abbreviation };
        return drafts.add({
          id: stepId,
          kind: 'education',
          title: phrase(finished >= 0 ? 'education.check-field' : 'education.check-field-underway', degree),
          why: [
            finished >= 0
              ? phrase('education.check-field-opens', opens)
              : phrase('education.check-field-underway-why', opens),
          ],
          cost: { min: 0, max: 0 },
          sources: [],
          duration: 0,
          after: [],
        });
      }
    }
  }
  return null;
}

/** Whether `target` is unmet and the route still lacks it: no other branch of its `any` is met cleanly. */
function stillNeeded(rule: Rule, node: EvalNode, target: Rule): boolean {
  if (rule === target) return !node.ok;
  const parts = 'all' in rule ? rule.all : 'any' in rule ? rule.any : null;
  if (!parts || node.children?.length !== parts.length) return false;
  // A branch met on a reading the issuer has not confirmed (an LBSW for the CCM) leaves the check
  // worth making: the placement would give a way that rests on no reading.
  if ('any' in rule && node.children.some((c) => c.ok && c.caveats.length === 0)) return false;
  return parts.some((part, i) => stillNeeded(part, node.children![i]!, target));
}

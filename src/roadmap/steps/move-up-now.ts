import { monthIndex } from '../../core/month.js';
import { ASSUME, type PlanContext } from '../context.js';
import { type DraftSet, sourceRefs } from '../draft.js';
import { SOON_MONTHS } from '../jobs.js';
import { currentLevel, nextLevel } from '../ladder.js';
import { given, phrase } from '../phrases/index.js';
import { schedule } from '../schedule.js';
import { CASE_MANAGER_SEARCH, searchIsHeld } from './search-held.js';

/**
 * Someone on the first rung (a case-management assistant) who already meets what moving up
 * usually asks (ladder.yaml `moves_up_rule`: a bachelor's in a related field) is not kept there
 * until a degree the certification needs: the plan moves them up now, and the later search for a
 * case-manager post becomes the post they hold by then. Returns the new step's id, or null.
 */
export function moveUpNow(ctx: PlanContext, drafts: DraftSet): string | null {
  const from = currentLevel(ctx);
  const rule = from?.moves_up_rule;
  const to = from ? nextLevel(ctx.data, from) : undefined;
  const search = drafts.get(CASE_MANAGER_SEARCH);
  if (!from || !rule || !to || !search || search.fixed || search.gains?.level !== to.id) return null;
  const node = ctx.evaluate(rule);
  if (!node.ok) return null;
  // Only a search that waits (for a degree) past the near term: a sooner one already is the move.
  const start = schedule(drafts.all(), ctx.asOf).get(CASE_MANAGER_SEARCH)?.start;
  if (!start || monthIndex(start) - monthIndex(ctx.asOf) <= SOON_MONTHS) return null;
  const id = drafts.add({
    id: `move-up-now-${to.id}`,
    kind: 'career',
    title: phrase('ladder.move-up', { rung: to.name }),
    why: [
      given(to.summary),
      phrase('ladder.up-now', {
        rung: to.name,
        requirement: node.requirement,
        months: ASSUME.jobSearchMonths,
      }),
      ...node.caveats.map(given),
    ],
    cost: null,
    sources: sourceRefs([...(rule.source ? [rule.source] : []), ...to.sources]),
    duration: ASSUME.jobSearchMonths,
    after: [],
    gains: { level: to.id },
  });
  searchIsHeld(ctx, drafts, search, id, phrase('ladder.keep-post', { rung: to.name }));
  return id;
}

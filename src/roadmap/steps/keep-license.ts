import { licensureFor, titleIn } from '../../data/state-licensure.js';
import type { PlanContext } from '../context.js';
import { type DraftSet, sourceRefs } from '../draft.js';
import { given, phrase } from '../phrases/index.js';

/**
 * A license the person holds is kept current, never earned again (docs/data-provenance.md, the
 * planner's readings). Where the state's data gives the renewal cycle, its CE hours or its fee
 * (Texas and New York social work, the California LCSW's fee), the step says them; what it does
 * not give, the step sends to the board rather than guessing.
 */
export function addLicenseUpkeep(ctx: PlanContext, drafts: DraftSet): string[] {
  const out: string[] = [];
  for (const held of ctx.profile.licenses) {
    if (held.status !== 'active') continue;
    // A license held in another state is the endorsement step's concern, not a renewal to plan.
    if (held.state && ctx.profile.state && held.state !== ctx.profile.state) continue;
    const license = ctx.data.byId.licenses.get(held.type);
    const id = `keep-license-${held.type}`;
    if (!license || drafts.has(id)) continue;
    // A registration or associate license is held on the way to the clinical license the plan
    // names; its own limits (the Florida intern's five years, the California ASW's yearly exam)
    // are in that license's steps.
    if (license.tier === 'associate') continue;
    const licensure = licensureFor(ctx.data, held.state ?? ctx.profile.state, license.id);
    if (licensure.kind === 'registration') continue;
    const fromState = licensure.source === 'state';
    const short = titleIn(licensure, license.abbreviation);
    const where = licensure.state_name ?? licensure.state;
    const board = fromState ? licensure.board : null;
    const renewal = fromState ? licensure.renewal : null;
    const kept = {
      short,
      noun: licensure.kind === 'voluntary-certification' ? ('certification' as const) : ('license' as const),
      where: where ?? null,
    };
    out.push(
      drafts.add({
        id,
        // Kept like a certification's renewal: a cost due later, not one ahead on the plan.
        kind: 'continuing-education',
        title: phrase('keep-license.title', kept),
        why: [
          phrase('keep-license.why', {
            ...kept,
            board: board ? { name: board.name, url: board.url ?? null } : null,
            nursing: license.discipline === 'nursing',
            renewal: renewal
              ? {
                  everyYears: renewal.every_years,
                  ceHours: renewal.ce_hours,
                  feeUsd: renewal.fee_usd ?? null,
                }
              : null,
          }),
          ...(renewal?.note ? [given(renewal.note)] : []),
        ],
        // The renewal fee is due when the license comes up for renewal, as with a certification's.
        cost: renewal?.fee_usd ? { min: renewal.fee_usd, max: renewal.fee_usd } : null,
        sources: sourceRefs([...(renewal?.sources ?? []), ...(fromState ? licensure.sources : [])]),
        duration: 0,
        after: [],
        keeps: license.id,
      }),
    );
  }
  return out;
}

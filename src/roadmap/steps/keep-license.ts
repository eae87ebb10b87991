import { licensureFor } from '../../data/state-licensure.js';
import type { PlanContext } from '../context.js';
import { type DraftSet, sourceRefs } from '../draft.js';

/**
 * A license the person holds is kept current, never earned again (docs/data-provenance.md, the
 * planner's readings). Renewal cycles, CE hours and fees per state are not in the sources we cite,
 * so the step names the board to check with rather than a cycle it would have to guess.
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
    const noun = licensure.kind === 'voluntary-certification' ? 'certification' : 'license';
    const short = fromState && licensure.title ? licensure.title : license.abbreviation;
    const where = licensure.state_name ?? licensure.state;
    const board = fromState ? licensure.board : null;
    const boardWords = board
      ? `the ${board.name}${board.url ? ` (${board.url})` : ''}`
      : `your ${where ? `${where} ` : 'state '}board${license.discipline === 'nursing' ? ' of nursing' : ''}`;
    out.push(
      drafts.add({
        id,
        // Kept like a certification's renewal: a cost due later, not one ahead on the plan.
        kind: 'continuing-education',
        title: `Keep your ${short} ${noun}${where ? ` in ${where}` : ''} active`,
        why: `You hold the ${short}: the plan keeps it current and never plans it again. Renew it with ${boardWords} before it expires. How often it renews, the continuing education it asks for and its fee are not in the sources we cite; your renewal date is on your license record with the board. Every step that counts on the ${noun} needs it active.`,
        cost: null,
        sources: sourceRefs(fromState ? licensure.sources : []),
        duration: 0,
        after: [],
        keeps: license.id,
      }),
    );
  }
  return out;
}

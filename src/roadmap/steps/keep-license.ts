import { licensureFor, titleIn } from '../../data/state-licensure.js';
import type { PlanContext } from '../context.js';
import { type DraftSet, sourceRefs } from '../draft.js';
import { given, phrase } from '../phrases/index.js';

/**
 * A license the person holds is kept current, never earned again (docs/data-provenance.md, the
 * planner's readings). Where the state's data gives the renewal cycle, its CE hours or its fee
 * (Texas and New York social work, the California LCSW's fee, the California RN), the step says them; what it does
 * not give, the step sends to the board rather than guessing.
 */
export function addLicenseUpkeep(ctx: PlanContext, drafts: DraftSet): string[] {
  const out: string[] = [];
  for (const held of ctx.profile.licenses) {
    if (held.status !== 'active') continue;
    // A license held in another state is the endorsement step's concern, not a renewal to plan.
    if (held.state && ctx.profile.state && held.state !== ctx.profile.state) continue;
    const id = keepLicense(ctx, drafts, held.type, held.state ?? ctx.profile.state, null);
    if (id) out.push(id);
  }
  return out;
}

/**
 * A license the plan gets or makes active again (a new MSW's LMSW, an inactive Texas LMSW) is
 * kept current from then on, like a certification the plan earns: nothing earned is left to
 * lapse. Associate titles and registrations are not: their limits are in the steps toward the
 * clinical license they lead to.
 */
export function addUpkeepOfPlannedLicenses(ctx: PlanContext, drafts: DraftSet): void {
  for (const draft of drafts.all()) {
    const type = draft.gains?.credential;
    if (draft.fixed || draft.kind !== 'license' || !type || draft.id !== `license-${type}`) continue;
    const license = ctx.data.byId.licenses.get(type);
    if (!license || license.tier === 'associate' || license.kind === 'registration') continue;
    const held = ctx.profile.licenses.find((l) => l.type === type);
    // Reactivated in another state (with the new state's license planned): not this state's upkeep.
    if (held?.state && ctx.profile.state && held.state !== ctx.profile.state) continue;
    const licensure = licensureFor(ctx.data, held?.state ?? ctx.profile.state, type);
    if (licensure.kind === 'registration') continue;
    keepLicense(ctx, drafts, type, held?.state ?? ctx.profile.state, {
      step: draft.id,
      reactivated: held?.status === 'inactive',
    });
  }
}

/** The keep-current step for one license; `after`: the plan's step that gets it, if any. */
function keepLicense(
  ctx: PlanContext,
  drafts: DraftSet,
  type: string,
  state: string | undefined,
  after: { step: string; reactivated: boolean } | null,
): string | null {
  const license = ctx.data.byId.licenses.get(type);
  const id = `keep-license-${type}`;
  if (!license || drafts.has(id)) return null;
  // A registration or associate license is kept current too (it lapses like any license); its
  // own limits (the Florida intern's five years, the California ASW's yearly exam, the NC
  // LCSWA's exam within two years) are in the steps toward the clinical license.
  const licensure = licensureFor(ctx.data, state, license.id);
  const fromState = licensure.source === 'state';
  // An associate title's whole life, as the clinical license it leads to records it (the
  // Florida intern's five years, the NC LCSWA's six); a full license's own record names its
  // associate's, not its own.
  const { lasts: lastsMonths, issued: issuedMonths } = associateLifeMonths(ctx, state, license.id);
  const short = titleIn(licensure, license.abbreviation);
  const where = licensure.state_name ?? licensure.state;
  // A state's board of nursing and RN renewal come with the national license's facts.
  const board = licensure.board;
  const renewal = licensure.renewal;
  const kept = {
    short,
    noun:
      licensure.kind === 'voluntary-certification'
        ? ('certification' as const)
        : licensure.kind === 'registration' || license.kind === 'registration'
          ? ('registration' as const)
          : ('license' as const),
    where: where ?? null,
  };
  return drafts.add({
    id,
    // Kept like a certification's renewal: a cost due later, not one ahead on the plan.
    kind: 'continuing-education',
    title: phrase('keep-license.title', kept),
    why: [
      phrase('keep-license.why', {
        ...kept,
        board: board ? { name: board.name, url: board.url ?? null } : null,
        nursing: license.discipline === 'nursing',
        practical: license.tier === 'practical',
        renewal: renewal
          ? {
              everyYears: renewal.every_years,
              ceHours: renewal.ce_hours,
              feeUsd: renewal.fee_usd ?? null,
            }
          : null,
        ...(lastsMonths ? { lastsMonths } : {}),
        ...(lastsMonths && issuedMonths ? { issuedMonths } : {}),
        from: after ? (after.reactivated ? 'reactivated' : 'obtained') : 'held',
      }),
      ...(renewal?.note ? [given(renewal.note)] : []),
    ],
    // The renewal fee is due when the license comes up for renewal, as with a certification's.
    cost: renewal?.fee_usd ? { min: renewal.fee_usd, max: renewal.fee_usd } : null,
    sources: sourceRefs([...(renewal?.sources ?? []), ...(fromState ? licensure.sources : [])]),
    duration: 0,
    after: after ? [after.step] : [],
    keeps: license.id,
  });
}

/** How long an associate title lasts in all, from the clinical license's record that names it. */
function associateLifeMonths(
  ctx: PlanContext,
  state: string | undefined,
  associateId: string,
): { lasts: number | null; issued: number | null } {
  for (const clinical of ctx.data.licenses) {
    const licensure = licensureFor(ctx.data, state, clinical.id);
    if (licensure.associate_license === associateId)
      return { lasts: licensure.associate_expires_months, issued: licensure.associate_issued_months };
  }
  return { lasts: null, issued: null };
}

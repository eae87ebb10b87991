import { licensureFor, titleIn } from '../../data/state-licensure.js';
import type { PlanContext } from '../context.js';
import type { DraftSet, DraftStep } from '../draft.js';
import { type Phrase, phrase } from '../phrases/index.js';
import { endorsementsNeeded } from '../state-license.js';

/**
 * A job search waits for the reactivation of an inactive license held in the person's state
 * (docs/data-provenance.md: reactivating comes first): a post that asks for the license, or a
 * certification that counts on it, needs it active from the first day. Each search says so.
 */
export function searchesAfterReactivation(ctx: PlanContext, drafts: DraftSet): void {
  const reactivated = ctx.profile.licenses
    .filter((held) => held.status === 'inactive' && (!held.state || held.state === ctx.profile.state))
    .map((held) => drafts.get(`license-${held.type}`))
    .filter((draft): draft is NonNullable<typeof draft> => draft !== undefined && draft.kind === 'license');
  if (reactivated.length === 0) return;
  const shorts = ctx.profile.licenses
    .filter((held) => reactivated.some((d) => d.id === `license-${held.type}`))
    .map((held) => {
      const license = ctx.data.byId.licenses.get(held.type);
      const licensure = licensureFor(ctx.data, held.state ?? ctx.profile.state, held.type);
      return titleIn(licensure, license?.abbreviation ?? held.type.toUpperCase());
    });
  searchesWaitFor(drafts, reactivated, phrase('reactivate.search-after', { shorts }));
}

/**
 * Job searches wait for a license in the person's new state (a Texas RN moving to California,
 * which is not in the Nurse Licensure Compact, applies by endorsement first): a post there asks
 * for the state's license from the first day. Each search says so.
 */
export function searchesAfterEndorsement(ctx: PlanContext, drafts: DraftSet): void {
  // Within the Nurse Licensure Compact the old multistate license keeps working meanwhile, if
  // it is active: an inactive one lets the person work nowhere until a license is active.
  const waiting = new Set(
    endorsementsNeeded(ctx.data, ctx.profile, ctx.asOf)
      .filter((need) => need.reach !== 'compact' || need.inactive)
      .map((need) => `endorse-${need.license}-${need.target.toLowerCase()}`),
  );
  const endorsements = drafts.all().filter((d) => waiting.has(d.id) && !d.fixed);
  if (endorsements.length === 0 || !ctx.profile.state) return;
  const where = ctx.data.byId.states.get(ctx.profile.state.toLowerCase())?.name ?? ctx.profile.state;
  // An inactive license from the old state: the step for the new state only asks its board, and
  // either way a license is active again only after the reactivation the plan dates (which waits
  // for that answer), so the searches wait for it too.
  const reactivations = endorsementsNeeded(ctx.data, ctx.profile, ctx.asOf)
    .filter((need) => need.inactive)
    .map((need) => drafts.get(`license-${need.license}`))
    .filter((d): d is DraftStep => d !== undefined && d.kind === 'license' && !d.fixed);
  const why =
    reactivations.length > 0
      ? phrase('reactivate.search-after-inactive-elsewhere', { where })
      : phrase('reactivate.search-after-endorsement', { where });
  searchesWaitFor(drafts, [...endorsements, ...reactivations], why, true);
}

/**
 * An inactive license held in a state the person has left is reactivated, if at all, once the new
 * state's board has said what it wants (its step asks it): the board may license the person
 * without it, and the reactivation step says to ask before paying.
 */
export function reactivationAfterAskingHome(ctx: PlanContext, drafts: DraftSet): void {
  const home = ctx.profile.state;
  if (!home) return;
  for (const held of ctx.profile.licenses) {
    if (held.status !== 'inactive' || !held.state || held.state === home) continue;
    const reactivate = drafts.get(`license-${held.type}`);
    const ask = `endorse-${held.type}-${home.toLowerCase()}`;
    if (reactivate && !reactivate.fixed && drafts.has(ask)) drafts.waitFor(reactivate.id, [ask]);
  }
}

/**
 * Makes every job search wait for `steps`, saying why. With `givesLicense` (a license in the new
 * state), a job whose minimum qualifications the license held elsewhere met now says the steps
 * before it give them: a New York RN's license does not let her work in Georgia.
 */
function searchesWaitFor(
  drafts: DraftSet,
  steps: readonly DraftStep[],
  why: Phrase,
  givesLicense = false,
): void {
  for (const draft of drafts.all()) {
    if (draft.fixed || !(draft.kind === 'job' || draft.id.startsWith('find-job-'))) continue;
    const before = draft.after.length;
    drafts.waitFor(
      draft.id,
      steps.map((d) => d.id),
    );
    if (draft.after.length === before) continue;
    if (givesLicense) {
      draft.why = draft.why.map((p) =>
        p.code === 'jobs.qualifies' && p.params.met
          ? phrase('jobs.qualifies', { ...p.params, met: false })
          : p,
      );
    }
    draft.why.push(why);
  }
}

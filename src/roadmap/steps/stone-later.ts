import type { PlanContext } from '../context.js';
import type { DraftSet } from '../draft.js';
import { type Phrase, phrase } from '../phrases/index.js';
import { heldCredential, stateLicenseFacts } from '../state-license.js';
import { inNonClinicalPost, stoneInReach } from './license-optional.js';

const CLINICAL_SOCIAL_WORK = ['lcsw'];

/**
 * The registration a state's MSW graduates gather their clinical hours under (the California ASW,
 * the North Carolina LCSWA), for someone it is open to who works in case management now: the plan
 * does not register them (the registration is for clinical years it does not plan), but says
 * what it is for and whom to ask, so that the choice of whether and when to register is theirs.
 */
export function registrationLaterNote(ctx: PlanContext, drafts: DraftSet): Phrase | null {
  if (!inNonClinicalPost(ctx)) return null;
  // The clinical social-work license whatever the area: an MSW's registration window is the same
  // in child welfare as in mental health.
  const clinical = [...new Set([...(ctx.specialization?.licenses ?? []), ...CLINICAL_SOCIAL_WORK])];
  const found = stoneInReach(ctx, drafts, () => 0, clinical);
  if (!found || drafts.has(`license-${found.clinical.id}`)) return null;
  const facts = stateLicenseFacts(ctx.data, ctx.profile, found.stone.id);
  const board = facts.licensure.board?.name ?? null;
  return phrase('license.registration-later', {
    credential: heldCredential(ctx.data, { type: found.stone.id }, ctx.profile.state),
    clinical: stateLicenseFacts(ctx.data, ctx.profile, found.clinical.id).short,
    state: String(facts.licensure.state_name ?? ctx.profile.state),
    board,
  });
}

import { heldFirstFacts } from '../profile/ids.js';
import type { PlanContext } from './context.js';
import { type Phrase, phrase } from './phrases/index.js';

/**
 * A license the state issues only after a limited one (Michigan's LBSW after the LLBSW): a
 * profile naming the full one is planned as if it were held. The profile check warns on standard
 * error; the plan says it too, where a person reading only the plan will see it.
 */
export function heldFirstCaveats(ctx: PlanContext): Phrase[] {
  return ctx.profile.licenses.flatMap((license) => {
    const facts = heldFirstFacts(ctx.data, license.type, license.state ?? ctx.profile.state);
    return facts ? [phrase('plan.held-first', facts)] : [];
  });
}

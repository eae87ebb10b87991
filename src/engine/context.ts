import type { Data } from '../data/model.js';
import type { Profile } from '../profile/schema.js';

/** What every predicate sees: the person, the data, and the month being evaluated (as an index). */
export interface EvalContext {
  profile: Profile;
  data: Data;
  /** The month the profile describes (as_of), as a month index. */
  asOf: number;
  /** The month evaluated: as_of, or a later month when projecting ongoing roles forward. */
  at: number;
}

import type { Data } from '../data/model.js';
import { licensureFor, titleIn } from '../data/state-licensure.js';

/**
 * License names as the person's state issues them: Pennsylvania's master's license is the LSW,
 * New York's counselor license the LMHC. A list of licenses a rule accepts leaves out the ones the
 * state does not issue as a license (New York has no bachelor's license; California's master's
 * level is the ASW registration, which the rules do not count), so a New Yorker reads "an RN,
 * LMSW, LCSW or LMHC license", not titles they cannot hold. Without a state, or for a state not in
 * the data, the national abbreviations stand.
 */
export interface LicenseTitles {
  /** The license's name in `where` (a held license's own state), else in the person's state. */
  name(type: string, where?: string | null): string;
  /** The names of the licenses a rule accepts, as the state issues them (the national ones if none). */
  accepted(types: readonly string[]): string[];
}

export function licenseTitles(data: Data, state: string | null | undefined): LicenseTitles {
  const national = (type: string) => data.byId.licenses.get(type)?.abbreviation ?? type.toUpperCase();
  if (!state || !data.byId.states.get(state.toLowerCase())) {
    return { name: (type) => national(type), accepted: (types) => types.map(national) };
  }
  const own = (type: string, held: string | null | undefined) =>
    data.byId.licenses.has(type) ? licensureFor(data, held ?? state, type) : null;
  const name = (type: string, held?: string | null) => {
    const licensure = own(type, held);
    return licensure && sameCredential(licensure.state_license, type)
      ? titleIn(licensure, national(type))
      : national(type);
  };
  return {
    name: (type, where) => name(type, where),
    accepted(types) {
      const issued = types.filter((type) => {
        const licensure = own(type, state);
        if (licensure?.source !== 'state') return true;
        // Not issued here at this level, or issued as another credential the rule does not name.
        return (
          licensure.available !== false &&
          licensure.kind !== 'registration' &&
          sameCredential(licensure.state_license, type)
        );
      });
      const names = (issued.length > 0 ? issued : types).map((type) => name(type));
      return [...new Set(names)];
    },
  };
}

/** The state's title is issued as this license id (not as a credential of its own, such as the CA ASW). */
function sameCredential(stateLicense: string | null, type: string): boolean {
  return stateLicense === null || stateLicense === type;
}

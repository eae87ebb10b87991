/** A license held, kept current (steps/keep-license.ts). `noun`: what the state issues it as. */
export interface KeepLicensePhrases {
  'keep-license.title': {
    short: string;
    noun: 'license' | 'certification' | 'registration';
    where: string | null;
  };
  /** `board`: the state's board, null when the state's record is not in the data. */
  'keep-license.why': {
    short: string;
    noun: 'license' | 'certification' | 'registration';
    where: string | null;
    board: { name: string; url: string | null } | null;
    nursing: boolean;
    /** A practical nurse's license (LPN, LVN): some states license it through a board of its own. */
    practical: boolean;
    /** The state's renewal rule where a source gives it; null when none does. */
    renewal: { everyYears: number | null; ceHours: number | null; feeUsd: number | null } | null;
    /** An associate title's whole life, from issue, where a source gives it (the FL intern's 60 months). */
    lastsMonths?: number;
    /** How long each issue of it lasts, where a source gives it (the NC LCSWA's two years). */
    issuedMonths?: number;
    /** Held now, or made active again or got by a step of the plan. */
    from: 'held' | 'reactivated' | 'obtained';
  };
}

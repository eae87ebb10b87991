import type { Phrase } from './index.js';

/** The board to ask: the state's own, or the state (or "your state") and whether it is nursing's. */
export interface BoardRef {
  board: { name: string; url: string | null } | null;
  where: string | null;
  nursing: boolean;
}

/** Reactivating an inactive license (steps/reactivate.ts). */
export interface ReactivatePhrases {
  'reactivate.title': { short: string; where: string | null; optional: boolean };
  /** The requirement the license meets; `optional`: a recommended license, not one the goal needs. */
  'reactivate.purpose': { requirement: Phrase; optional: boolean };
  'reactivate.inactive': { short: string };
  /** The board's rule: its steps as the data words them, CE hours (null: not said) and the months they take. */
  'reactivate.rule': {
    steps: readonly string[];
    ceHours: number | null;
    ceMonths: number;
    note: string | null;
  };
  'reactivate.unknown': BoardRef & { months: number };
  /**
   * The board's rules for a lapsed license (not renewed), where the data has none for the
   * inactive status the profile gives: each with the months since lapsing it is for.
   */
  'reactivate.if-lapsed': {
    rules: readonly { under: number | null; atLeast: number | null; steps: readonly string[] }[];
  };
  'reactivate.exams-stay': Record<string, never>;
  /** The license is held in a state the person no longer lives in (`target`): that board is asked first. */
  'reactivate.elsewhere': { held: string; target: string };
  'reactivate.board': BoardRef;
  /** A job search that waits for the licenses to be active again. */
  'reactivate.search-after': { shorts: readonly string[] };
  /** A job search that waits for the license of the person's new state. */
  'reactivate.search-after-endorsement': { where: string };
  /** The license held in the state left is inactive: the search waits for a license active again. */
  'reactivate.search-after-inactive-elsewhere': { where: string };
}

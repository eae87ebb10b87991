import type { Month } from '../../core/month.js';

/** Shorter ways to a certification (alternatives.ts). `route`: the route's title as the data words it. */
export interface AlternativePhrases {
  'alternatives.route': { abbreviation: string; route: string };
  'alternatives.instead': { abbreviation: string; name: string; by: Month };
  'alternatives.license': { abbreviation: string; license: string };
  'alternatives.lifted': { licenses: readonly string[] };
  'alternatives.ask-board': Record<string, never>;
}

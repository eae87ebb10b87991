import type { Phrase } from './index.js';

/** License steps (steps/license.ts). */
export interface LicensePhrases {
  /** A step planned for an optional license: its title, marked as for that license. */
  'license.recommended-for': { title: Phrase; short: string };
}

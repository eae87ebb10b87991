import type { TitleKind } from '../../data/schema/states.js';

/** License steps as the person's state grants them (state-license.ts). */
export interface StateLicensePhrases {
  /** A credential held, named as its state issues it: "LSW license", "ASW registration". */
  'state.held-credential': { title: string; kind: TitleKind };
}

import type { Phrase } from './index.js';

/** A requirement as the engine words it, and the credential it serves ("For the CCM: …"). */
export interface RequirementPhrases {
  'requirement.for': { purpose: string | null; requirement: string };
  /** The same, as a sentence of a step's reason. */
  'requirement.sentence': { requirement: Phrase };
}

import type { Phrase } from './index.js';

/** The credential (or job) steps serve: a certification's abbreviation, a job, or a license. */
export interface Purpose {
  name: string;
  license: boolean;
}

/** A requirement as the engine words it, and the credential it serves ("For the CCM: …"). */
export interface RequirementPhrases {
  'requirement.for': { purpose: Purpose | null; requirement: string };
  /** The same, as a sentence of a step's reason. */
  'requirement.sentence': { requirement: Phrase };
}

import type { Month } from '../core/month.js';
import type { Data } from '../data/model.js';
import type { WizardMessages } from '../messages/wizard-en.js';
import type { ProfileInput } from '../profile/schema.js';
import type { Choice, Prompter } from './prompter.js';
import type { Relevance } from './relevance.js';

/** What every section of the interview works with. */
export interface WizardContext {
  data: Data;
  relevance: Relevance;
  /** The month the interview happens in: "still in this role" counts up to here. */
  asOf: Month;
  ask: Prompter;
  /** Prints a line of guidance between questions (stdout). */
  say: (text: string) => void;
  /** Every sentence the person reads, in their language. */
  words: WizardMessages;
}

/**
 * The sections, in interview order. (0.1 drafts may still name a `certifications` section: held
 * certifications are now asked with the licenses, and continuing education with the experience.)
 */
export const SECTIONS = ['education', 'licenses', 'experience', 'goals'] as const;
export type Section = (typeof SECTIONS)[number];

/** Keeps the sections this version knows, in interview order (a 0.1 draft's list may name more). */
export function knownSections(sections: readonly string[]): Section[] {
  return SECTIONS.filter((s) => sections.includes(s));
}

/** One topic of the interview: asks its questions and returns the profile with its part replaced. */
export type SectionRunner = (ctx: WizardContext, profile: ProfileInput) => Promise<ProfileInput>;

export type EducationInput = NonNullable<ProfileInput['education']>[number];
export type LicenseInput = NonNullable<ProfileInput['licenses']>[number];
export type ExperienceInput = NonNullable<ProfileInput['experience']>[number];

/** Choices for a closed vocabulary, in the vocabulary's order, labeled for people. */
export function choicesOf<V extends string>(values: readonly V[], labels: Record<V, string>): Choice<V>[] {
  return values.map((value) => ({ value, name: labels[value] }));
}

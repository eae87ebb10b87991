import type { AlternativePhrases } from './alternatives.js';
import type { AnswerPhrases } from './answers.js';
import type { AskDutiesPhrases } from './ask-duties.js';
import type { CredentialPhrases } from './credential.js';
import type { DerivePhrases } from './derive.js';
import type { DonePhrases } from './done.js';
import type { EarlyExamPhrases } from './early-state-exam.js';
import type { EducationPhrases } from './education.js';
import type { ExperiencePhrases } from './experience.js';
import type { GivenPhrases } from './given.js';
import type { GoalPhrases } from './goal.js';
import type { JobEarlyPhrases } from './job-before-degree.js';
import type { JobPhrases } from './jobs.js';
import type { KeepLicensePhrases } from './keep-license.js';
import type { LadderPhrases } from './ladder.js';
import type { LicensePhrases } from './license.js';
import type { NetworkPhrases } from './network.js';
import type { PayPhrases } from './pay.js';
import type { PlanPhrases } from './plan.js';
import type { ReactivatePhrases } from './reactivate.js';
import type { RequirementPhrases } from './requirement.js';
import type { StandingPhrases } from './standing.js';
import type { StateLicensePhrases } from './state-license.js';
import type { StepsOutPhrases } from './steps-out.js';

/**
 * Every phrase the planner can return, by code, with its typed parameters. The planner builds no
 * sentences: it says which phrase and with which values, and `src/messages/` words it. Each area
 * of the planner declares its own codes in a file of this folder; a language implements every
 * code (`RoadmapMessages`), so a phrase with no English is a type error.
 */
export interface RoadmapPhrases
  extends GivenPhrases,
    AnswerPhrases,
    LicensePhrases,
    NetworkPhrases,
    EarlyExamPhrases,
    ReactivatePhrases,
    DonePhrases,
    StateLicensePhrases,
    CredentialPhrases,
    RequirementPhrases,
    DerivePhrases,
    EducationPhrases,
    ExperiencePhrases,
    JobEarlyPhrases,
    JobPhrases,
    GoalPhrases,
    AlternativePhrases,
    StandingPhrases,
    LadderPhrases,
    PayPhrases,
    StepsOutPhrases,
    KeepLicensePhrases,
    AskDutiesPhrases,
    PlanPhrases {}

export type PhraseCode = keyof RoadmapPhrases;

/** One phrase: a code and its parameters. Plain data, so a plan can be searched and compared. */
export type Phrase = {
  [C in PhraseCode]: { readonly code: C; readonly params: RoadmapPhrases[C] };
}[PhraseCode];

export function phrase<C extends PhraseCode>(code: C, params: RoadmapPhrases[C]): Phrase {
  return { code, params } as Phrase;
}

const NO_PARAMS: Record<string, never> = Object.freeze({}) as Record<string, never>;

/** A phrase that takes no parameters. */
export function fixed<C extends PhraseCode>(
  code: RoadmapPhrases[C] extends Record<string, never> ? C : never,
): Phrase {
  return { code, params: NO_PARAMS } as Phrase;
}

/** Text worded before it reached the planner (the data's, the engine's): said as it is. */
export function given(text: string): Phrase {
  return { code: 'given', params: { text } };
}

/** A key that is the same for the same phrase: for comparing titles and dropping repeats. */
export function phraseKey(p: Phrase | readonly Phrase[]): string {
  return JSON.stringify(p);
}

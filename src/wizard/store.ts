import type { Lang } from '../core/lang.js';
import type { Month } from '../core/month.js';
import type { StepStatus } from '../core/vocabulary.js';
import type { ProfileInput } from '../profile/schema.js';
import type { Section } from './context.js';
import type { StoredAnswer } from './prompter.js';

/**
 * What the wizard keeps between runs, and the storage it needs. The file-system implementation
 * lives in `src/cli/wizard-store.ts` (the CLI owns I/O); tests use an in-memory one.
 */

/** Answers so far, written after every answer: Ctrl-C never loses one. */
export interface Draft {
  version: 1;
  /** The month the interview started. */
  started: Month;
  /** `update`: editing the saved profile (welcome back); `new`: a profile from scratch. */
  mode: 'new' | 'update';
  /** `changes`: choosing what changed (welcome back); `interview`: sections to go; `review`: all asked. */
  stage: 'changes' | 'interview' | 'review';
  profile: ProfileInput;
  /** Sections still to ask, in order (the first may be under way). */
  todo: Section[];
  /** Answers given so far in the section under way (`todo[0]`), replayed on resume. */
  answers: Record<string, StoredAnswer>;
  /** sha256 of the saved profile this draft started from: saving over that file needs no question. */
  base_sha: string | null;
  /** The language the answers were given in: a resumed interview goes on in it. */
  lang?: Lang;
}

/** Kept beside the saved profile (the profile contract has no room for it). */
export interface SavedState {
  version: 1;
  /** The month the profile was saved: ongoing roles grow by the months since. */
  saved_at: Month;
  /** The roadmap shown then, to show progress next time. */
  roadmap: { as_of: Month; steps: { id: string; title: string; status: StepStatus }[] } | null;
}

export interface SavedProfile {
  path: string;
  text: string;
  sha: string;
  /** The profile as written (defaults not filled in), when it is valid. */
  profile: ProfileInput | null;
  /** Why it could not be used, in one line, when it is not valid. */
  problem: string | null;
  state: SavedState | null;
}

export interface WizardStore {
  /** Where the profile is kept by default (shown to the person). */
  readonly profilePath: string;
  loadDraft(): Promise<Draft | null>;
  saveDraft(draft: Draft): Promise<void>;
  clearDraft(): Promise<void>;
  loadSaved(): Promise<SavedProfile | null>;
  saveState(state: SavedState): Promise<void>;
  /** null when the file does not exist. */
  readText(path: string): Promise<string | null>;
  /** Writes atomically, creating folders. */
  writeText(path: string, text: string): Promise<void>;
  sha(text: string): string;
}

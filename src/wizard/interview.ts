import type { Month } from '../core/month.js';
import type { Data } from '../data/model.js';
import type { WizardMessages } from '../messages/wizard-en.js';
import type { Section, SectionRunner, WizardContext } from './context.js';
import { type Prompter, RecordingPrompter } from './prompter.js';
import type { Relevance } from './relevance.js';
import { askEducation } from './sections/education.js';
import { askExperience } from './sections/experience.js';
import { askGoals } from './sections/goals.js';
import { askLicenses } from './sections/licenses.js';
import type { Draft } from './store.js';

export const RUNNERS: Record<Section, SectionRunner> = {
  education: askEducation,
  licenses: askLicenses,
  experience: askExperience,
  goals: askGoals,
};

export interface InterviewDeps {
  data: Data;
  relevance: Relevance;
  asOf: Month;
  prompter: Prompter;
  say: (text: string) => void;
  words: WizardMessages;
  /** Persists the draft; a failure to save must not stop the interview (the caller warns once). */
  saveDraft: (draft: Draft) => Promise<void>;
}

export interface InterviewResult {
  draft: Draft;
  /** Ids of the questions actually put to the person (replayed answers are not counted). */
  asked: string[];
}

/**
 * Asks every section left in `draft.todo`, in order. The draft is saved after every answer and
 * after every section, so Ctrl-C at any prompt keeps all answers given; resuming replays the
 * answers of the section that was under way and asks from the first question not yet answered.
 */
export async function runInterview(deps: InterviewDeps, start: Draft): Promise<InterviewResult> {
  let draft: Draft = { ...start, stage: 'interview' };
  const asked: string[] = [];
  while (draft.todo.length > 0) {
    const section = draft.todo[0]!;
    const replay = new Map(Object.entries(draft.answers));
    const snapshot = draft;
    const recorder = new RecordingPrompter(deps.prompter, {
      replay,
      onAnswer: async () => {
        await deps.saveDraft({ ...snapshot, answers: Object.fromEntries(recorder.answers) });
      },
    });
    const ctx: WizardContext = {
      data: deps.data,
      relevance: deps.relevance,
      asOf: deps.asOf,
      ask: recorder,
      say: deps.say,
      words: deps.words,
    };
    const profile = await RUNNERS[section](ctx, draft.profile);
    asked.push(...recorder.asked);
    draft = { ...draft, profile, todo: draft.todo.slice(1), answers: {} };
    await deps.saveDraft(draft);
  }
  draft = { ...draft, stage: 'review' };
  await deps.saveDraft(draft);
  return { draft, asked };
}

import type { Lang } from '../core/lang.js';
import type { Month } from '../core/month.js';
import type { Data } from '../data/model.js';
import type { WizardMessages } from '../messages/wizard-en.js';
import { checkProfileIds } from '../profile/parse.js';
import { type Profile, type ProfileInput, ProfileSchema, settleAt } from '../profile/schema.js';
import type { Roadmap } from '../roadmap/types.js';
import { SECTIONS, type Section } from './context.js';
import { runInterview } from './interview.js';
import type { LanguagePort, Spoken } from './language.js';
import { compareProgress, progressText } from './progress.js';
import { type Prompter, RecordingPrompter } from './prompter.js';
import { analyseRules, type Relevance } from './relevance.js';
import { type ExportFormat, offerExport, offerSave, type SaveDeps } from './save.js';
import { speak, startingPoint } from './start.js';
import type { Draft, SavedProfile, WizardStore } from './store.js';
import { fitLines, reviewText } from './summary.js';
import { askWhatChanged } from './welcome.js';

/** What the roadmap step needs from the outside (planner + renderers), behind one small port. */
export interface RoadmapPort {
  /**
   * Plans and prints the roadmap; null when it could not be planned (the port says why). The
   * roadmap's hints name `profilePath` only when that file exists (a saved profile). `lang` is
   * the language the wizard speaks (the roadmap is planned and shown in it too).
   */
  show(profile: Profile, options?: { profilePath?: string; lang?: Lang }): Promise<Roadmap | null>;
  exportFormats: readonly ExportFormat[];
  render(roadmap: Roadmap, format: ExportFormat): Promise<string>;
}

export interface WizardDeps {
  /** The data the questions are drawn from (its rules decide what is asked). */
  data: Data;
  asOf: Month;
  prompter: Prompter;
  /** Writes lines to stdout. */
  print: (text: string) => void;
  /** Writes a line to stderr. */
  warn: (text: string) => void;
  width: number;
  symbols: { done: string; started: string; arrow?: string };
  store: WizardStore;
  roadmap: RoadmapPort;
  cwd: string;
  /** How to choose and load the language; without it, English, never asked (tests, the library). */
  language?: LanguagePort;
}

export interface WizardOutcome {
  profile: Profile;
  /** Interview questions put to the person (not the save/export ones). */
  asked: string[];
  savedTo: string | null;
}

/**
 * The whole wizard: resume a draft, welcome back a saved profile, or start fresh; the interview;
 * the review; the roadmap; save and export. Ctrl-C anywhere rejects with Inquirer's
 * ExitPromptError, and the draft already holds every answer given.
 */
export async function runWizard(given: WizardDeps): Promise<WizardOutcome> {
  // Everything the wizard prints is wrapped to the terminal, so nothing breaks mid-word.
  const deps: WizardDeps = { ...given, print: (text) => given.print(fitLines(text, given.width)) };
  const relevance = analyseRules(deps.data);
  const ask = new RecordingPrompter(deps.prompter);
  const saved = await deps.store.loadSaved();
  const unfinished = await deps.store.loadDraft();
  const spoken = await speak(deps, ask, unfinished, saved);
  const words = spoken.words;
  const saveDraft = draftSaver(deps, words);
  const start = await startingPoint(deps, ask, spoken, unfinished, saved);
  const asked: string[] = [];
  const saving = { ask, store: deps.store, print: deps.print, cwd: deps.cwd, asOf: deps.asOf, words };

  if (start.kind === 'show') {
    // A dated job still under way has run to this month, whatever months were saved with it.
    const profile = settleAt(validate(start.saved.profile!), deps.asOf);
    const roadmap = await deps.roadmap.show(profile, { profilePath: start.saved.path, lang: spoken.lang });
    showProgress(deps, words, start.saved, roadmap);
    await offerExportOf(deps, saving, roadmap);
    return { profile, asked, savedTo: null };
  }

  let draft = start.draft;
  if (draft.stage === 'changes') {
    await saveDraft(draft); // keeps the months just confirmed if the next question is cancelled
    const todo = await askWhatChanged(
      ask,
      draft.profile,
      spoken.data,
      start.saved?.state?.saved_at ?? null,
      deps.width,
      start.askedBefore,
      deps.symbols.done === '✔' ? '…' : '...',
      words,
    );
    asked.push('update.sections');
    draft = { ...draft, stage: 'interview', todo, answers: {} };
    await saveDraft(draft);
  }
  if (draft.stage === 'interview') {
    const result = await runInterview(interviewDeps(deps, spoken, relevance, saveDraft), draft);
    draft = result.draft;
    asked.push(...result.asked);
  }

  let profile: Profile;
  for (;;) {
    deps.print(`\n${words.review.title}\n${reviewText(draft.profile, spoken.data, deps.width, words)}\n`);
    const next = await ask.select<'roadmap' | Section>({
      id: 'review.next',
      message: words.review.ready,
      choices: [
        { value: 'roadmap', name: words.review.showRoadmap },
        ...SECTIONS.map((s) => ({ value: s, name: words.review.change(words.sections[s]) })),
      ],
      default: 'roadmap',
    });
    if (next === 'roadmap') {
      const problem = problemWith(draft.profile, deps.data);
      if (problem === null) {
        profile = settleAt(ProfileSchema.parse(draft.profile), deps.asOf);
        break;
      }
      // The questions only give valid answers, but a saved profile or an old draft may not fit today's data.
      deps.print(words.review.needsChange(problem));
      continue;
    }
    const result = await runInterview(interviewDeps(deps, spoken, relevance, saveDraft), {
      ...draft,
      stage: 'interview',
      todo: [next],
      answers: {},
    });
    draft = result.draft;
    asked.push(...result.asked);
  }

  deps.print('');
  // Not saved yet: the roadmap's hints name a file only once there is one (a profile being updated).
  const roadmap = await deps.roadmap.show(profile, {
    ...(draft.mode === 'update' && start.saved ? { profilePath: start.saved.path } : {}),
    lang: spoken.lang,
  });
  showProgress(deps, words, start.saved, roadmap);
  deps.print('');
  const savedTo = await offerSave(saving, draft.profile, {
    baseSha: draft.base_sha,
    roadmap,
    previous: start.saved?.state ?? null,
    isNew: draft.mode === 'new',
  });
  // Saved or declined on purpose: the draft has done its job.
  await deps.store.clearDraft().catch(() => undefined);
  await offerExportOf(deps, saving, roadmap);
  if (savedTo) {
    deps.print(
      savedTo.path === deps.store.profilePath
        ? words.save.nextTimeDefault
        : words.save.nextTimeFile(savedTo.path),
    );
  } else deps.print(words.save.notSaved);
  return { profile, asked, savedTo: savedTo?.path ?? null };
}

function interviewDeps(
  deps: WizardDeps,
  spoken: Spoken,
  relevance: Relevance,
  saveDraft: (d: Draft) => Promise<void>,
) {
  return {
    data: spoken.data,
    relevance,
    asOf: deps.asOf,
    prompter: deps.prompter,
    say: deps.print,
    words: spoken.words,
    saveDraft,
  };
}

/** Saves drafts; if the config folder cannot be written, says so once and carries on. */
function draftSaver(deps: WizardDeps, words: WizardMessages): (draft: Draft) => Promise<void> {
  let warned = false;
  return async (draft) => {
    try {
      await deps.store.saveDraft(draft);
    } catch (error) {
      if (!warned) {
        warned = true;
        deps.warn(words.start.draftNotKept((error as Error).message));
      }
    }
  };
}

/** Why the profile cannot be planned (schema or unknown ids), or null. */
function problemWith(profile: ProfileInput, data: Data): string | null {
  const checked = ProfileSchema.safeParse(profile);
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    return `${issue.path.join('.')}: ${issue.message}`;
  }
  const unknown = checkProfileIds(checked.data, data).filter((d) => d.severity === 'error');
  return unknown.length > 0 ? `${unknown[0]!.path}: ${unknown[0]!.message}` : null;
}

function validate(profile: ProfileInput): Profile {
  return ProfileSchema.parse(profile);
}

function showProgress(
  deps: WizardDeps,
  words: WizardMessages,
  saved: SavedProfile | null,
  roadmap: Roadmap | null,
): void {
  const previous = saved?.state?.roadmap;
  if (!roadmap || !previous || !saved?.state) return;
  const progress = compareProgress(previous, roadmap);
  deps.print(`\n${progressText(progress, saved.state.saved_at, deps.symbols, words)}`);
}

async function offerExportOf(deps: WizardDeps, saving: SaveDeps, roadmap: Roadmap | null): Promise<void> {
  if (!roadmap) return;
  await offerExport(saving, deps.roadmap.exportFormats, (format) => deps.roadmap.render(roadmap, format));
}

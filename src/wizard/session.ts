import { formatMonth, type Month } from '../core/month.js';
import type { Data } from '../data/model.js';
import { wizardEn } from '../messages/wizard-en.js';
import { checkProfileIds } from '../profile/parse.js';
import { type Profile, type ProfileInput, ProfileSchema, settleAt } from '../profile/schema.js';
import type { Roadmap } from '../roadmap/types.js';
import { knownSections, SECTION_TITLES, SECTIONS, type Section } from './context.js';
import { runInterview } from './interview.js';
import { compareProgress, progressText } from './progress.js';
import { type Prompter, RecordingPrompter } from './prompter.js';
import { analyseRules, type Relevance } from './relevance.js';
import { type ExportFormat, offerExport, offerSave } from './save.js';
import type { Draft, SavedProfile, WizardStore } from './store.js';
import { fitLines, reviewText } from './summary.js';

import { askWhatChanged, catchUpOngoingRoles } from './welcome.js';

/** What the roadmap step needs from the outside (planner + renderers), behind one small port. */
export interface RoadmapPort {
  /**
   * Plans and prints the roadmap; null when it could not be planned (the port says why). The
   * roadmap's hints name `profilePath` only when that file exists (a saved profile).
   */
  show(profile: Profile, options?: { profilePath?: string }): Promise<Roadmap | null>;
  exportFormats: readonly ExportFormat[];
  render(roadmap: Roadmap, format: ExportFormat): Promise<string>;
}

export interface WizardDeps {
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
  const saveDraft = draftSaver(deps);
  const start = await startingPoint(deps, ask);
  const asked: string[] = [];

  if (start.kind === 'show') {
    // A dated job still under way has run to this month, whatever months were saved with it.
    const profile = settleAt(validate(start.saved.profile!), deps.asOf);
    const roadmap = await deps.roadmap.show(profile, { profilePath: start.saved.path });
    showProgress(deps, start.saved, roadmap);
    await offerExportOf(deps, ask, roadmap);
    return { profile, asked, savedTo: null };
  }

  let draft = start.draft;
  if (draft.stage === 'changes') {
    await saveDraft(draft); // keeps the months just confirmed if the next question is cancelled
    const todo = await askWhatChanged(
      ask,
      draft.profile,
      deps.data,
      start.saved?.state?.saved_at ?? null,
      deps.width,
      start.askedBefore,
      deps.symbols.done === '✔' ? '…' : '...',
    );
    asked.push('update.sections');
    draft = { ...draft, stage: 'interview', todo, answers: {} };
    await saveDraft(draft);
  }
  if (draft.stage === 'interview') {
    const result = await runInterview(interviewDeps(deps, relevance, saveDraft), draft);
    draft = result.draft;
    asked.push(...result.asked);
  }

  let profile: Profile;
  for (;;) {
    deps.print(`\nYour answers\n${reviewText(draft.profile, deps.data, deps.width)}\n`);
    const next = await ask.select<'roadmap' | Section>({
      id: 'review.next',
      message: 'Ready?',
      choices: [
        { value: 'roadmap', name: 'Yes, show my roadmap' },
        ...SECTIONS.map((s) => ({ value: s, name: `Change ${SECTION_TITLES[s].toLowerCase()}` })),
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
      deps.print(`One answer needs changing first: ${problem}`);
      continue;
    }
    const result = await runInterview(interviewDeps(deps, relevance, saveDraft), {
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
  const roadmap = await deps.roadmap.show(
    profile,
    draft.mode === 'update' && start.saved ? { profilePath: start.saved.path } : {},
  );
  showProgress(deps, start.saved, roadmap);
  deps.print('');
  const saved = await offerSave(
    { ask, store: deps.store, print: deps.print, cwd: deps.cwd, asOf: deps.asOf },
    draft.profile,
    { baseSha: draft.base_sha, roadmap, previous: start.saved?.state ?? null, isNew: draft.mode === 'new' },
  );
  // Saved or declined on purpose: the draft has done its job.
  await deps.store.clearDraft().catch(() => undefined);
  await offerExportOf(deps, ask, roadmap);
  if (saved) {
    deps.print(
      saved.path === deps.store.profilePath ? wizardEn.nextTimeDefault : wizardEn.nextTimeFile(saved.path),
    );
  } else deps.print(wizardEn.notSaved);
  return { profile, asked, savedTo: saved?.path ?? null };
}

type Start =
  | { kind: 'draft'; draft: Draft; saved: SavedProfile | null; askedBefore?: boolean }
  | { kind: 'show'; saved: SavedProfile };

async function startingPoint(deps: WizardDeps, ask: RecordingPrompter): Promise<Start> {
  const saved = await deps.store.loadSaved();
  const usable = saved?.profile ? saved : null;
  const draft = await deps.store.loadDraft();
  if (draft) {
    const resume = await ask.select<'resume' | 'over'>({
      id: 'start.resume',
      message: `You have unfinished answers from ${formatMonth(draft.started)}. Pick up where you left off?`,
      choices: [
        { value: 'resume', name: 'Yes, pick up where I left off', short: 'Yes' },
        {
          value: 'over',
          name: 'No, start over',
          short: 'No',
          description: 'The unfinished answers are thrown away.',
        },
      ],
      default: 'resume',
    });
    if (resume === 'resume') {
      const kept = SECTIONS.filter((s) => !draft.todo.includes(s)).map((s) =>
        SECTION_TITLES[s].toLowerCase(),
      );
      if (kept.length > 0 && draft.stage === 'interview') deps.print(wizardEn.kept(kept));
      // A 0.1 draft may list a section this version asks elsewhere; keep the ones it knows.
      const todo = knownSections(draft.todo);
      return { kind: 'draft', draft: { ...draft, todo }, saved: draft.mode === 'update' ? usable : null };
    }
    await deps.store.clearDraft();
  }

  if (saved && !saved.profile) {
    deps.print(
      `Your saved profile ${saved.path} could not be read (${saved.problem}). Starting a new one; that file stays as it is unless you say so.`,
    );
  }
  if (usable) {
    const name = usable.profile!.name ? `, ${usable.profile!.name}` : '';
    const when = usable.state ? ` in ${formatMonth(usable.state.saved_at)}` : '';
    deps.print(`Welcome back${name}. Your profile was saved${when}.`);
    const choice = await ask.select<'update' | 'show' | 'new'>({
      id: 'start.saved',
      message: 'What would you like to do?',
      choices: [
        { value: 'update', name: 'Update it with what has changed, then see my roadmap', short: 'Update it' },
        { value: 'show', name: 'Just show my roadmap', short: 'Show my roadmap' },
        { value: 'new', name: 'Start a new profile (for someone else)', short: 'Start a new profile' },
      ],
      default: 'update',
    });
    if (choice === 'show') return { kind: 'show', saved: usable };
    if (choice === 'update') {
      const before = ask.asked.length;
      const profile = await catchUpOngoingRoles(
        ask,
        usable.profile!,
        usable.state?.saved_at ?? null,
        deps.asOf,
        deps.symbols.arrow,
      );
      return {
        kind: 'draft',
        saved: usable,
        askedBefore: ask.asked.length > before,
        draft: newDraft(deps, 'update', profile, usable.sha, 'changes'),
      };
    }
  }
  deps.print(wizardEn.intro);
  return { kind: 'draft', saved: null, draft: newDraft(deps, 'new', { version: 1 }, null, 'interview') };
}

function newDraft(
  deps: WizardDeps,
  mode: Draft['mode'],
  profile: ProfileInput,
  baseSha: string | null,
  stage: Draft['stage'],
): Draft {
  return {
    version: 1,
    started: deps.asOf,
    mode,
    stage,
    profile,
    todo: mode === 'new' ? [...SECTIONS] : [],
    answers: {},
    base_sha: baseSha,
  };
}

function interviewDeps(deps: WizardDeps, relevance: Relevance, saveDraft: (d: Draft) => Promise<void>) {
  return {
    data: deps.data,
    relevance,
    asOf: deps.asOf,
    prompter: deps.prompter,
    say: deps.print,
    saveDraft,
  };
}

/** Saves drafts; if the config folder cannot be written, says so once and carries on. */
function draftSaver(deps: WizardDeps): (draft: Draft) => Promise<void> {
  let warned = false;
  return async (draft) => {
    try {
      await deps.store.saveDraft(draft);
    } catch (error) {
      if (!warned) {
        warned = true;
        deps.warn(
          `casemgr-path: cannot keep a draft of your answers (${(error as Error).message}); carrying on.`,
        );
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

function showProgress(deps: WizardDeps, saved: SavedProfile | null, roadmap: Roadmap | null): void {
  const previous = saved?.state?.roadmap;
  if (!roadmap || !previous || !saved?.state) return;
  deps.print(`\n${progressText(compareProgress(previous, roadmap), saved.state.saved_at, deps.symbols)}`);
}

async function offerExportOf(deps: WizardDeps, ask: Prompter, roadmap: Roadmap | null): Promise<void> {
  if (!roadmap) return;
  await offerExport(
    { ask, store: deps.store, print: deps.print, cwd: deps.cwd, asOf: deps.asOf },
    deps.roadmap.exportFormats,
    (format) => deps.roadmap.render(roadmap, format),
  );
}

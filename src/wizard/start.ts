import { wizardEn } from '../messages/wizard-en.js';
import type { ProfileInput } from '../profile/schema.js';
import { knownSections, SECTIONS } from './context.js';
import { askLanguage, knownLanguage, type Spoken } from './language.js';
import type { RecordingPrompter } from './prompter.js';
import type { WizardDeps } from './session.js';
import type { Draft, SavedProfile } from './store.js';
import { catchUpOngoingRoles } from './welcome.js';

/**
 * Where a run of the wizard starts: in which language, then resuming unfinished answers,
 * welcoming back a saved profile (update it, or just show its roadmap), or a new profile.
 */

/**
 * The language to speak, and its words: known from `--lang`, the answers being resumed, the saved
 * profile or the locale; else asked. Without a language port, English.
 */
export async function speak(
  deps: WizardDeps,
  ask: RecordingPrompter,
  draft: Draft | null,
  saved: SavedProfile | null,
): Promise<Spoken> {
  const port = deps.language;
  if (!port) return { lang: 'en', words: wizardEn, data: deps.data, chosen: false };
  const known = knownLanguage(port, draft, saved) ?? { lang: await askLanguage(ask), chosen: true };
  const { words, data } = await port.load(known.lang);
  deps.prompter.speak?.(words);
  return { ...known, words, data };
}

export type Start =
  | { kind: 'draft'; draft: Draft; saved: SavedProfile | null; askedBefore?: boolean }
  | { kind: 'show'; saved: SavedProfile };

export async function startingPoint(
  deps: WizardDeps,
  ask: RecordingPrompter,
  spoken: Spoken,
  draft: Draft | null,
  saved: SavedProfile | null,
): Promise<Start> {
  const words = spoken.words;
  const usable = saved?.profile ? saved : null;
  // The language chosen just now is the profile's from here on; otherwise it stays as it was.
  const speaking = (profile: ProfileInput): ProfileInput =>
    spoken.chosen ? { ...profile, lang: spoken.lang } : profile;
  if (draft) {
    const resume = await ask.select<'resume' | 'over'>({
      id: 'start.resume',
      message: words.start.resume(words.format.month(draft.started)),
      choices: [
        { value: 'resume', name: words.start.resumeYes, short: words.start.resumeYesShort },
        {
          value: 'over',
          name: words.start.resumeOver,
          short: words.start.resumeOverShort,
          description: words.start.resumeOverNote,
        },
      ],
      default: 'resume',
    });
    if (resume === 'resume') {
      const kept = SECTIONS.filter((s) => !draft.todo.includes(s)).map((s) =>
        words.sections[s].toLowerCase(),
      );
      if (kept.length > 0 && draft.stage === 'interview') deps.print(words.start.kept(kept));
      // A 0.1 draft may list a section this version asks elsewhere; keep the ones it knows.
      const todo = knownSections(draft.todo);
      return {
        kind: 'draft',
        draft: { ...draft, todo, profile: speaking(draft.profile), lang: spoken.lang },
        saved: draft.mode === 'update' ? usable : null,
      };
    }
    await deps.store.clearDraft();
  }

  if (saved && !saved.profile) deps.print(words.start.unreadable(saved.path, saved.problem ?? ''));
  if (usable) {
    const when = usable.state ? words.format.month(usable.state.saved_at) : null;
    deps.print(words.start.welcomeBack(usable.profile!.name || null, when));
    const choice = await ask.select<'update' | 'show' | 'new'>({
      id: 'start.saved',
      message: words.start.whatToDo,
      choices: [
        { value: 'update', name: words.start.update, short: words.start.updateShort },
        { value: 'show', name: words.start.show, short: words.start.showShort },
        { value: 'new', name: words.start.startNew, short: words.start.startNewShort },
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
        words,
      );
      return {
        kind: 'draft',
        saved: usable,
        askedBefore: ask.asked.length > before,
        draft: newDraft(deps, spoken, 'update', speaking(profile), usable.sha, 'changes'),
      };
    }
  }
  deps.print(words.intro);
  return {
    kind: 'draft',
    saved: null,
    draft: newDraft(deps, spoken, 'new', speaking({ version: 1 }), null, 'interview'),
  };
}

function newDraft(
  deps: WizardDeps,
  spoken: Spoken,
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
    lang: spoken.lang,
  };
}

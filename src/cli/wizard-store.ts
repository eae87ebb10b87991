import { createHash } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { parseProfileText } from '../wizard/profile-file.js';
import type { Draft, SavedProfile, SavedState, WizardStore } from '../wizard/store.js';
import { writeFileAtomic } from './fs.js';
import { fsFailure, isFsError } from './fs-errors.js';

/**
 * The wizard's files in the config folder (`env-paths('casemgr-path', { suffix: '' }).config`:
 * `$XDG_CONFIG_HOME/casemgr-path` on Linux, the usual place elsewhere):
 *   profile.yaml  the saved profile (profile v1, nothing else in it)
 *   state.json    when it was saved, and the step statuses of the roadmap shown then
 *   draft.yaml    answers of an unfinished interview, rewritten after every answer
 */
export class FsWizardStore implements WizardStore {
  readonly profilePath: string;
  readonly #statePath: string;
  readonly #draftPath: string;

  constructor(readonly dir: string) {
    this.profilePath = join(dir, 'profile.yaml');
    this.#statePath = join(dir, 'state.json');
    this.#draftPath = join(dir, 'draft.yaml');
  }

  async loadDraft(): Promise<Draft | null> {
    const text = await this.readText(this.#draftPath);
    if (text === null) return null;
    try {
      const draft = parse(text) as Draft;
      // A draft from another version or hand-mangled is not worth a crash: start afresh.
      if (draft?.version !== 1 || !Array.isArray(draft.todo) || typeof draft.profile !== 'object')
        return null;
      return { ...draft, answers: draft.answers ?? {} };
    } catch {
      return null;
    }
  }

  /** Why the last draft could not be written (one line), or undefined when it was. */
  lastWriteError: string | undefined;

  async saveDraft(draft: Draft): Promise<void> {
    const header = '# Unfinished answers of the casemgr-path wizard; the next run offers to resume them.\n';
    try {
      await writeFileAtomic(this.#draftPath, header + stringify(draft, { lineWidth: 0 }));
      this.lastWriteError = undefined;
    } catch (error) {
      this.lastWriteError = isFsError(error) ? fsFailure(error).message : String((error as Error)?.message);
      throw error;
    }
  }

  async clearDraft(): Promise<void> {
    await rm(this.#draftPath, { force: true });
  }

  async loadSaved(): Promise<SavedProfile | null> {
    const text = await this.readText(this.profilePath);
    if (text === null) return null;
    const parsed = parseProfileText(text);
    return {
      path: this.profilePath,
      text,
      sha: this.sha(text),
      profile: parsed.ok ? parsed.profile : null,
      problem: parsed.ok ? null : parsed.problem,
      state: await this.#loadState(),
    };
  }

  async #loadState(): Promise<SavedState | null> {
    const text = await this.readText(this.#statePath);
    if (text === null) return null;
    try {
      const state = JSON.parse(text) as SavedState;
      return state?.version === 1 && typeof state.saved_at === 'string' ? state : null;
    } catch {
      return null;
    }
  }

  async saveState(state: SavedState): Promise<void> {
    await writeFileAtomic(this.#statePath, `${JSON.stringify(state, null, 2)}\n`);
  }

  async readText(path: string): Promise<string | null> {
    try {
      return await readFile(path, 'utf8');
    } catch (error) {
      // No file, or a home folder that is missing or not a folder: nothing saved there.
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return null;
      throw error;
    }
  }

  async writeText(path: string, text: string): Promise<void> {
    await writeFileAtomic(path, text);
  }

  sha(text: string): string {
    return createHash('sha256').update(text).digest('hex');
  }
}

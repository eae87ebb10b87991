import { createHash } from 'node:crypto';
import { parseProfileText } from '../../src/wizard/profile-file.js';
import type {
  CheckboxQuestion,
  ConfirmQuestion,
  Prompter,
  SelectQuestion,
  TextQuestion,
} from '../../src/wizard/prompter.js';
import type { Draft, SavedProfile, SavedState, WizardStore } from '../../src/wizard/store.js';

/** Answers Ctrl-C at this question (throws what Inquirer throws). */
export const CANCEL = Symbol('cancel');
/** Presses Enter on the question's default. */
export const DEFAULT = Symbol('default');

export type Script = Record<string, unknown>;

/** Several answers to a question asked more than once (the review, a section edited twice). */
export class Answers {
  readonly queue: unknown[];
  constructor(...answers: unknown[]) {
    this.queue = answers;
  }
}

export class ScriptError extends Error {}

/**
 * A prompter that answers by question id from a script, as a person would: a choice must be one
 * offered, typed text goes through the question's own check (an invalid answer throws with the
 * message the person would see). Every question asked is recorded, in order, with its message.
 */
export class ScriptedPrompter implements Prompter {
  readonly asked: { id: string; message: string; choices?: unknown[] }[] = [];
  readonly #script: Map<string, unknown>;

  constructor(script: Script) {
    this.#script = new Map(Object.entries(script));
  }

  get ids(): string[] {
    return this.asked.map((q) => q.id);
  }

  /** Script entries never asked: a test that scripts them expects a question that did not come. */
  get unused(): string[] {
    return [...this.#script.keys()];
  }

  #take(id: string, message: string, choices?: readonly { value: unknown }[]): unknown {
    this.asked.push({ id, message, choices: choices?.map((c) => c.value) });
    if (!this.#script.has(id)) throw new ScriptError(`unexpected question ${id}: "${message}"`);
    let answer = this.#script.get(id);
    if (answer instanceof Answers) {
      answer = answer.queue.shift();
      if ((this.#script.get(id) as Answers).queue.length === 0) this.#script.delete(id);
    } else this.#script.delete(id);
    if (answer === CANCEL) {
      const error = new Error('User force closed the prompt with SIGINT');
      error.name = 'ExitPromptError';
      throw error;
    }
    return answer;
  }

  async select<V>(q: SelectQuestion<V>): Promise<V> {
    const answer = this.#take(q.id, q.message, q.choices);
    if (answer === DEFAULT) return (q.default ?? q.choices[0]!.value) as V;
    const choice = q.choices.find((c) => c.value === answer);
    if (!choice) {
      throw new ScriptError(
        `${q.id}: ${String(answer)} is not offered (${q.choices.map((c) => String(c.value)).join(', ')})`,
      );
    }
    return choice.value;
  }

  search<V>(q: SelectQuestion<V>): Promise<V> {
    return this.select(q);
  }

  async checkbox<V>(q: CheckboxQuestion<V>): Promise<V[]> {
    const answer = this.#take(q.id, q.message, q.choices);
    if (answer === DEFAULT) return [...(q.checked ?? [])];
    const values = q.choices.map((c) => c.value);
    for (const value of answer as V[]) {
      if (!values.includes(value)) throw new ScriptError(`${q.id}: ${String(value)} is not offered`);
    }
    return answer as V[];
  }

  async text<T>(q: TextQuestion<T>): Promise<T> {
    const answer = this.#take(q.id, q.message);
    const raw = answer === DEFAULT || answer === '' ? (q.default ?? '') : String(answer);
    const parsed = q.parse(raw);
    if (!parsed.ok) throw new ScriptError(`${q.id}: "${raw}" rejected: ${parsed.message}`);
    return parsed.value;
  }

  async confirm(q: ConfirmQuestion): Promise<boolean> {
    const answer = this.#take(q.id, q.message);
    if (answer === DEFAULT) {
      // A strict yes/no: Enter answers only when there is a saved answer to take.
      if (q.default === undefined)
        throw new ScriptError(`${q.id}: Enter is not an answer here (no saved answer)`);
      return q.default;
    }
    return answer as boolean;
  }
}

/** The wizard's storage in memory: files by path, and the draft/profile/state of the config folder. */
export class MemoryStore implements WizardStore {
  readonly profilePath = '/config/casemgr-path/profile.yaml';
  readonly files = new Map<string, string>();
  draft: Draft | null = null;
  state: SavedState | null = null;
  draftWrites = 0;

  async loadDraft(): Promise<Draft | null> {
    return this.draft ? structuredClone(this.draft) : null;
  }
  async saveDraft(draft: Draft): Promise<void> {
    this.draftWrites++;
    this.draft = structuredClone(draft);
  }
  async clearDraft(): Promise<void> {
    this.draft = null;
  }
  async loadSaved(): Promise<SavedProfile | null> {
    const text = this.files.get(this.profilePath);
    if (text === undefined) return null;
    const parsed = parseProfileText(text);
    return {
      path: this.profilePath,
      text,
      sha: this.sha(text),
      profile: parsed.ok ? parsed.profile : null,
      problem: parsed.ok ? null : parsed.problem,
      state: this.state,
    };
  }
  async saveState(state: SavedState): Promise<void> {
    this.state = structuredClone(state);
  }
  async readText(path: string): Promise<string | null> {
    return this.files.get(path) ?? null;
  }
  async writeText(path: string, text: string): Promise<void> {
    this.files.set(path, text);
  }
  sha(text: string): string {
    return createHash('sha256').update(text).digest('hex');
  }
}

/** A prompter that presses Enter at every question: what editing a section without changes does. */
export class EnterPrompter implements Prompter {
  readonly ids: string[] = [];
  async select<V>(q: SelectQuestion<V>): Promise<V> {
    this.ids.push(q.id);
    return q.default === undefined ? q.choices[0]!.value : q.default;
  }
  search<V>(q: SelectQuestion<V>): Promise<V> {
    return this.select(q);
  }
  async checkbox<V>(q: CheckboxQuestion<V>): Promise<V[]> {
    this.ids.push(q.id);
    return [...(q.checked ?? [])];
  }
  async text<T>(q: TextQuestion<T>): Promise<T> {
    this.ids.push(q.id);
    const parsed = q.parse(q.default ?? '');
    if (!parsed.ok)
      throw new ScriptError(`${q.id}: default "${q.default ?? ''}" rejected: ${parsed.message}`);
    return parsed.value;
  }
  async confirm(q: ConfirmQuestion): Promise<boolean> {
    this.ids.push(q.id);
    if (q.default === undefined)
      throw new ScriptError(`${q.id}: Enter is not an answer here (no saved answer)`);
    return q.default;
  }
}

import type { WizardMessages } from '../messages/wizard-en.js';

/**
 * The prompt layer the interview talks to. Every question carries a stable `id`
 * (`experience.0.months`), so a scripted prompter can answer by id in tests, a draft can record
 * answers by id, and a resumed interview can replay them. The Inquirer implementation lives in
 * `inquirer-prompter.ts`, loaded only when the wizard really runs on a terminal.
 */

export interface Choice<V> {
  value: V;
  name: string;
  /** Shown under the list while this choice is highlighted. */
  description?: string;
  /** Shown after the question once answered (defaults to `name`). */
  short?: string;
  /** Also found when the person types to search (a state's English name in Spanish). */
  keywords?: string;
}

interface BaseQuestion {
  id: string;
  message: string;
}

export interface SelectQuestion<V> extends BaseQuestion {
  choices: readonly Choice<V>[];
  default?: V;
}

export interface CheckboxQuestion<V> extends BaseQuestion {
  choices: readonly Choice<V>[];
  checked?: readonly V[];
  /** Shown under the list, for example "space to select, Enter when done; none is fine". */
  hint?: string;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

/** Free text, parsed and checked where it is typed: an invalid answer shows `message` and stays. */
export interface TextQuestion<T> extends BaseQuestion {
  default?: string;
  parse: (raw: string) => Parsed<T>;
  /** How the answer reads once given ("2 years (24 months)", "skipped"); the typed text otherwise. */
  echo?: (value: T, raw: string) => string;
}

export interface ConfirmQuestion extends BaseQuestion {
  default?: boolean;
}

export interface Prompter {
  /**
   * From now on, the prompts' own words (key help, yes/no) in the person's language. Called once
   * the language is known; a prompter without words of its own need not have it.
   */
  speak?(words: WizardMessages): void;
  select<V>(question: SelectQuestion<V>): Promise<V>;
  /** A long list filtered as the person types (US states). */
  search<V>(question: SelectQuestion<V>): Promise<V>;
  checkbox<V>(question: CheckboxQuestion<V>): Promise<V[]>;
  text<T>(question: TextQuestion<T>): Promise<T>;
  confirm(question: ConfirmQuestion): Promise<boolean>;
}

/** The error Inquirer throws on Ctrl-C (or a closed terminal); matched by name, not by class. */
export function isPromptCancel(error: unknown): boolean {
  return (
    error instanceof Error &&
    (error.name === 'ExitPromptError' ||
      error.name === 'AbortPromptError' ||
      error.name === 'CancelPromptError')
  );
}

/** What the wizard keeps of one answer: choice values as they are, free text as typed. */
export type StoredAnswer = string | number | boolean | null | string[];

export interface RecordingOptions {
  /** Answers given before (a resumed draft): accepted again without asking while they are still valid. */
  replay?: ReadonlyMap<string, StoredAnswer>;
  /** Called after every answer, so the caller can save a draft. */
  onAnswer?: (id: string, answer: StoredAnswer) => Promise<void> | void;
}

/**
 * Wraps a prompter: replays earlier answers (resuming a draft), records every answer by id, and
 * reports each one as it comes. A replayed answer that no longer fits (a choice gone from the data,
 * a value that no longer parses) is simply asked again.
 */
export class RecordingPrompter implements Prompter {
  readonly asked: string[] = [];
  readonly answers = new Map<string, StoredAnswer>();
  readonly #inner: Prompter;
  readonly #replay: Map<string, StoredAnswer>;
  readonly #onAnswer: RecordingOptions['onAnswer'];

  constructor(inner: Prompter, options: RecordingOptions = {}) {
    this.#inner = inner;
    this.#replay = new Map(options.replay ?? []);
    this.#onAnswer = options.onAnswer;
  }

  speak(words: WizardMessages): void {
    this.#inner.speak?.(words);
  }

  /** Stops replaying (for example when the person chose to start over). */
  forgetReplay(): void {
    this.#replay.clear();
  }

  async select<V>(question: SelectQuestion<V>): Promise<V> {
    const replayed = this.#replayChoice(question.id, question.choices);
    if (replayed.found) return this.#record(question.id, replayed.value, replayed.value as StoredAnswer);
    const value = await this.#inner.select(question);
    return this.#record(question.id, value, value as StoredAnswer, true);
  }

  async search<V>(question: SelectQuestion<V>): Promise<V> {
    const replayed = this.#replayChoice(question.id, question.choices);
    if (replayed.found) return this.#record(question.id, replayed.value, replayed.value as StoredAnswer);
    const value = await this.#inner.search(question);
    return this.#record(question.id, value, value as StoredAnswer, true);
  }

  async checkbox<V>(question: CheckboxQuestion<V>): Promise<V[]> {
    const stored = this.#replay.get(question.id);
    if (Array.isArray(stored)) {
      const values = question.choices.map((c) => c.value);
      if (stored.every((s) => values.includes(s as V))) {
        return this.#record(question.id, stored as V[], stored);
      }
    }
    const value = await this.#inner.checkbox(question);
    return this.#record(question.id, value, value as StoredAnswer, true);
  }

  async text<T>(question: TextQuestion<T>): Promise<T> {
    const stored = this.#replay.get(question.id);
    if (typeof stored === 'string') {
      const parsed = question.parse(stored);
      if (parsed.ok) return this.#record(question.id, parsed.value, stored);
    }
    // The raw text is what we store, so a replay re-checks it against today's rules.
    let raw = '';
    const value = await this.#inner.text({
      ...question,
      parse: (typed) => {
        raw = typed;
        return question.parse(typed);
      },
    });
    return this.#record(question.id, value, raw === '' ? (question.default ?? '') : raw, true);
  }

  async confirm(question: ConfirmQuestion): Promise<boolean> {
    const stored = this.#replay.get(question.id);
    if (typeof stored === 'boolean') return this.#record(question.id, stored, stored);
    const value = await this.#inner.confirm(question);
    return this.#record(question.id, value, value, true);
  }

  #replayChoice<V>(id: string, choices: readonly Choice<V>[]): { found: true; value: V } | { found: false } {
    if (!this.#replay.has(id)) return { found: false };
    const stored = this.#replay.get(id);
    const match = choices.find((c) => c.value === stored);
    return match ? { found: true, value: match.value } : { found: false };
  }

  async #record<T>(id: string, value: T, stored: StoredAnswer, asked = false): Promise<T> {
    if (asked) this.asked.push(id);
    this.#replay.delete(id);
    this.answers.set(id, stored);
    await this.#onAnswer?.(id, stored);
    return value;
  }
}

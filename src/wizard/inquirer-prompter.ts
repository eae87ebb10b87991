import { stripVTControlCharacters, styleText } from 'node:util';
import { checkbox, input, search, select } from '@inquirer/prompts';
import { type WizardMessages, wizardEn } from '../messages/wizard-en.js';
import { parseYesNo } from './parse.js';
import type {
  CheckboxQuestion,
  Choice,
  ConfirmQuestion,
  Prompter,
  SelectQuestion,
  TextQuestion,
} from './prompter.js';

export interface TerminalOptions {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** Color in prompts (off with NO_COLOR, --no-color, TERM=dumb or a pipe). */
  color: boolean;
  /** Unicode symbols; ASCII on TERM=dumb, the Linux console or a non-UTF-8 locale. */
  unicode: boolean;
  /** Terminal rows, to size the lists. */
  rows: number;
  /** The prompts' words until `speak` gives others; English when not given. */
  words?: WizardMessages;
}

type Keys = [key: string, action: string][];

/** Words of `text` in lines of at most `width` characters (`first` for the first line). */
function atSpaces(text: string, width: number, first = width): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.at(-1);
    const room = lines.length === 1 ? first : width;
    if (last !== undefined && last.length + 1 + word.length <= room)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** Text as a search compares it: lower case, accents dropped ("mexico" finds "Nuevo México"). */
const searchable = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** A typed answer's hint after its question: "(for example 2024-03 to now)", "(y/N)". */
const HINT = / \([^()]*\)$/;

/**
 * Inquirer's themes, reduced to what the terminal can show, with Inquirer's own English (the key
 * help under a list, "No results found") said in the person's language.
 */
function theme(options: TerminalOptions, words: WizardMessages) {
  const plain = (text: string) => text;
  const ascii = words.prompt.asciiKeys as Record<string, string>;
  const actions = words.prompt.keyActions as Record<string, string>;
  const action = (name: string) => actions[name] ?? name;
  const keysHelpTip = (keys: Keys) =>
    keys.map(([key, name]) => `${ascii[key] ?? key} ${action(name)}`).join(', ');
  // Inquirer's own look (a bold key, a dim action, "•" between), with the action translated.
  const shade = (style: 'bold' | 'dim', text: string) => (options.color ? styleText(style, text) : text);
  const unicodeKeysHelpTip = (keys: Keys) =>
    keys
      .map(([key, name]) => `${shade('bold', key)} ${shade('dim', action(name))}`)
      .join(shade('dim', ' • '));
  const error = (text: string) => {
    const said = text === wizardEn.prompt.noResults ? words.prompt.noResults : text;
    return options.color ? styleText('red', `> ${said}`) : `> ${said}`;
  };
  const themed: { prefix?: object; icon?: object; style?: Record<string, unknown> } = {};
  if (words !== wizardEn) themed.style = { keysHelpTip: unicodeKeysHelpTip, error };
  if (!options.color) {
    themed.prefix = { idle: '?', done: options.unicode ? '✔' : '+' };
    themed.style = {
      ...themed.style,
      answer: plain,
      message: plain,
      error,
      defaultAnswer: (text: string) => `(${text})`,
      help: plain,
      highlight: plain,
      key: (text: string) => `<${text}>`,
      description: plain,
      disabled: (text: string) => `- ${text}`,
      disabledChoice: (text: string) => `- ${text}`,
      searchTerm: plain,
    };
  }
  if (!options.unicode) {
    themed.prefix = { idle: '?', done: '+' };
    themed.icon = { cursor: '>', checked: '[x]', unchecked: '[ ]' };
    themed.style = { ...themed.style, keysHelpTip };
  }
  return themed;
}

/** The real prompter: Inquirer prompts on the given terminal streams. */
export function createInquirerPrompter(options: TerminalOptions): Prompter {
  type Context = { input: NodeJS.ReadableStream; output: NodeJS.WritableStream; signal: AbortSignal };
  /**
   * Ctrl-D (end of input) closes Inquirer's line reader but leaves its prompt waiting forever, and
   * Node then exits 0 as if all went well. Abort the prompt instead: the wizard treats it as Ctrl-C.
   */
  const guarded = <T>(
    start: (context: Context & { clearPromptOnDone: boolean }) => Promise<T>,
  ): Promise<T> => {
    const controller = new AbortController();
    const onKey = (_: unknown, key?: { ctrl?: boolean; name?: string }) => {
      if (key?.ctrl && key.name === 'd') controller.abort();
    };
    const onEnd = () => controller.abort();
    options.input.on('keypress', onKey);
    options.input.on('end', onEnd);
    return start({
      input: options.input,
      output: options.output,
      clearPromptOnDone: false,
      signal: controller.signal,
    }).finally(() => {
      options.input.removeListener('keypress', onKey);
      options.input.removeListener('end', onEnd);
    });
  };
  let words = options.words ?? wizardEn;
  let t = theme(options, words);
  const columns = () => Math.max(40, (options.output as { columns?: number }).columns || 80);
  /**
   * Inquirer breaks a long line wherever the terminal edge falls and keeps the space it broke at,
   * so the next line starts with a stray space. Messages are broken at spaces here instead, and
   * an answer that would not fit after the question goes on a line of its own.
   */
  const fitted = (message: string, typed = false) => {
    const width = columns() - 1;
    // The first line shares the row with the "? " in front of it.
    const wrapped = (text: string): string[] => atSpaces(text, width, width - 2);
    // A typed answer's hint shows how to answer; once answered, the question reads without it
    // ("✔ Your job as a nurse: from when to when? Jun 2016 to Aug 2024").
    const done = wrapped(typed ? message.replace(HINT, '') : message);
    const lastLength = (done.at(-1) ?? '').length + (done.length === 1 ? 2 : 0);
    const answer = (text: string) => {
      const cyan = (line: string) => (options.color ? styleText('cyan', line) : line);
      if (lastLength + 1 + stripVTControlCharacters(text).length <= width) return cyan(text);
      // On lines of its own, indented, and broken at spaces when longer than one.
      return atSpaces(text, width - 2)
        .map((line) => `\n  ${cyan(line)}`)
        .join('');
    };
    const bold = (text: string) => (options.color ? styleText('bold', text) : text);
    const asked = wrapped(message);
    const askedLength = (asked.at(-1) ?? '').length + (asked.length === 1 ? 2 : 0);
    // A saved answer shown after a typed question goes under it when it would not fit beside it.
    const defaultAnswer = (text: string) => {
      const shown = options.color ? styleText('dim', `(${text})`) : `(${text})`;
      return askedLength + 3 + text.length > width ? `\n  ${shown}` : shown;
    };
    const style = {
      ...t.style,
      answer,
      defaultAnswer,
      message: (text: string, status: string) => bold(status === 'done' ? done.join('\n') : text),
    };
    return { message: asked.join('\n'), theme: { ...t, style } };
  };
  // An empty list reads back as "none", not as nothing at all.
  const checkboxFitted = (message: string) => {
    const shown = fitted(message);
    const renderSelectedChoices = (selected: readonly { short: string }[]) =>
      selected.length === 0 ? words.prompt.noneTicked : selected.map((c) => c.short).join(', ');
    return { ...shown, theme: { ...shown.theme, style: { ...shown.theme.style, renderSelectedChoices } } };
  };
  /** Rows for a list: all of it when it fits (a choice broken over two lines takes two). */
  const pageSize = (choices: readonly { name: string }[]) => {
    const lines = choices.reduce((sum, c) => sum + c.name.split('\n').length, 0);
    return Math.max(4, Math.min(lines, options.rows - 6, 14));
  };
  /**
   * A choice too long for the terminal goes on under itself, lined up with its first line
   * (`indent`: the cursor, and a checkbox's box, come before it), not from the left edge.
   */
  const plainChoices = <V>(choices: readonly Choice<V>[], indent = 2) =>
    choices.map((c) => ({
      value: c.value,
      name: atSpaces(c.name, columns() - 1 - indent).join(`\n${' '.repeat(indent)}`),
      // Inquirer would break it at the edge, keeping the space it broke at.
      description:
        c.description === undefined ? undefined : atSpaces(c.description, columns() - 1).join('\n'),
      short: c.short ?? c.name,
    }));
  /** A list's hint, broken at spaces like the questions. */
  const hint = (text: string) => atSpaces(`(${text})`, columns() - 1).join('\n');

  return {
    speak(spoken: WizardMessages): void {
      words = spoken;
      t = theme(options, spoken);
    },

    select<V>(q: SelectQuestion<V>): Promise<V> {
      const choices = plainChoices(q.choices);
      return guarded((context) =>
        select<V>(
          {
            ...fitted(q.message),
            choices,
            default: q.default,
            pageSize: pageSize(choices),
            loop: false,
          },
          context,
        ),
      );
    },

    search<V>(q: SelectQuestion<V>): Promise<V> {
      const all = plainChoices(q.choices);
      const first = q.default === undefined ? undefined : all.find((c) => c.value === q.default);
      const ordered = first ? [first, ...all.filter((c) => c !== first)] : all;
      const matching = (term: string | undefined) => {
        const needle = searchable(term ?? '').trim();
        if (needle === '') return ordered;
        return all.filter((_, index) =>
          searchable(`${q.choices[index]!.name} ${q.choices[index]!.keywords ?? ''}`).includes(needle),
        );
      };
      // The last text searched for. Typed fast ("GA" and Enter in one burst), Enter reaches Inquirer
      // before the filtered list does: it returns the old list's first choice ("not in the US")
      // while it shows the new one's ("Georgia"). The answer is then what was shown.
      let lastTerm: string | undefined;
      const shown = (value: V): V => {
        const results = matching(lastTerm);
        if (results.length === 0 || results.some((c) => c.value === value)) return value;
        return results[0]!.value;
      };
      return guarded((context) =>
        search<V>(
          {
            ...fitted(q.message),
            instructions: {
              navigation: options.unicode ? words.prompt.searchHelp : words.prompt.searchHelpAscii,
              pager: options.unicode ? words.prompt.searchHelp : words.prompt.searchHelpAscii,
            },
            source: (term) => {
              lastTerm = term;
              return matching(term);
            },
            pageSize: pageSize(all.slice(0, 8)),
          },
          context,
        ).then(shown),
      );
    },

    checkbox<V>(q: CheckboxQuestion<V>): Promise<V[]> {
      const checked = new Set(q.checked ?? []);
      const choices = plainChoices(q.choices, 3);
      return guarded((context) =>
        checkbox<V>(
          {
            ...checkboxFitted(q.message),
            choices: choices.map((c) => ({ ...c, checked: checked.has(c.value) })),
            instructions: q.hint ? hint(q.hint) : undefined,
            pageSize: pageSize(choices),
            loop: false,
          },
          context,
        ),
      );
    },

    async text<T>(q: TextQuestion<T>): Promise<T> {
      const shown = fitted(q.message, true);
      const raw = await guarded((context) =>
        input(
          {
            ...shown,
            default: q.default,
            validate: (value) => {
              const parsed = q.parse(value);
              return parsed.ok ? true : parsed.message;
            },
            // With a transformer Inquirer leaves the final answer unstyled: style (and place) it here.
            transformer: (value, { isFinal }) => {
              if (!isFinal) return value;
              const typed = value === '' ? (q.default ?? '') : value;
              const parsed = q.parse(typed);
              return shown.theme.style.answer(parsed.ok && q.echo ? q.echo(parsed.value, typed) : typed);
            },
          },
          context,
        ),
      );
      const parsed = q.parse(raw);
      if (!parsed.ok) throw new Error(`unreachable: a validated answer failed to parse (${parsed.message})`);
      return parsed.value;
    },

    /**
     * A strict yes or no: y/yes/n/no only ("q" is not a No), and Enter takes the saved answer
     * only when there is one. Inquirer's own confirm reads any other key as the default.
     */
    async confirm(q: ConfirmQuestion): Promise<boolean> {
      const said = words.prompt;
      const hint = q.default === undefined ? said.yesNo : q.default ? said.yesNoYes : said.yesNoNo;
      const shown = fitted(`${q.message} ${hint}`, true);
      const echo = words.answers.echo;
      const raw = await guarded((context) =>
        input(
          {
            ...shown,
            validate: (value) => {
              const parsed = parseYesNo(value, q.default, words);
              return parsed.ok ? true : parsed.message;
            },
            transformer: (value, { isFinal }) => {
              if (!isFinal) return value;
              const parsed = parseYesNo(value, q.default, words);
              return shown.theme.style.answer(parsed.ok ? (parsed.value ? echo.yes : echo.no) : value);
            },
          },
          context,
        ),
      );
      const parsed = parseYesNo(raw, q.default, words);
      if (!parsed.ok) throw new Error(`unreachable: a validated answer failed to parse (${parsed.message})`);
      return parsed.value;
    },
  };
}

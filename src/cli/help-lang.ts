import { type Argument, type Command, Help, type Option } from 'commander';

/**
 * `--help` in another language. The English words stay where each command is written (its
 * `.description()`, `.option()`, `.argument()` and `.addHelpText()`), so the English help is
 * exactly what commander prints. For another language, `localizeHelp` lays that language's words
 * over the built program: every description, commander's own headings and notes, and the
 * placeholders of the usage lines. Imported only when the run speaks that language.
 */
export interface HelpWords {
  /** Commander's headings: "Usage:", "Options:", "Arguments:", "Commands:". */
  headings: Readonly<Record<string, string>>;
  /** The names in usage lines and option terms: `[options]`, `<file>`, `[dir...]`. */
  placeholders: Readonly<Record<string, string>>;
  /** The note commander adds after an option's description: `(choices: "en", "es")`. */
  choices(values: string): string;
  defaultValue(value: string): string;
  /** `-h, --help` of every command. */
  help: string;
  /** The program itself (`casemgr-path --help`) and each command, by name. */
  program: CommandWords;
  commands: Readonly<Record<string, CommandWords>>;
}

export interface CommandWords {
  description: string;
  /** By long flag: `--profile`, `--no-color`. */
  options?: Readonly<Record<string, string>>;
  /** By name: `family`, `dir`. */
  arguments?: Readonly<Record<string, string>>;
  /** The text after the help (examples, exit codes), when the command has one. */
  after?: string;
}

/** Every command of the program (the program first) with its words, for laying and for tests. */
export function commandsOf(program: Command): Command[] {
  return [program, ...program.commands];
}

export function wordsOf(words: HelpWords, program: Command, command: Command): CommandWords | undefined {
  return command === program ? words.program : words.commands[command.name()];
}

/** `[options]` → `[opciones]`, `<file>` → `<archivo>`, `[dir...]` → `[carpeta...]`; other names stay. */
function placeholders(text: string, words: HelpWords): string {
  return text.replace(
    /([<[])([\w-]+)(\.\.\.)?([>\]])/g,
    (whole, open: string, name: string, rest: string | undefined, close: string) =>
      words.placeholders[name] ? `${open}${words.placeholders[name]}${rest ?? ''}${close}` : whole,
  );
}

/** Lays `words` over the program's help. Missing words leave the English (the tests list them). */
export function localizeHelp(program: Command, words: HelpWords): void {
  const english = new Help();
  for (const command of commandsOf(program)) {
    const own = wordsOf(words, program, command);
    if (own) {
      command.description(own.description);
      for (const option of command.options as Option[]) {
        const said = option.long ? own.options?.[option.long] : undefined;
        if (said !== undefined) option.description = said;
      }
      for (const argument of command.registeredArguments as Argument[]) {
        const said = own.arguments?.[argument.name()];
        if (said !== undefined) argument.description = said;
      }
      if (own.after !== undefined) {
        // addHelpText listens for afterHelp; the English listener gives way to this language's.
        (command as unknown as NodeJS.EventEmitter).removeAllListeners('afterHelp');
        command.addHelpText('after', own.after);
      }
    }
    command.helpOption('-h, --help', words.help);
    command.configureHelp({
      styleTitle: (title) => words.headings[title] ?? title,
      commandUsage: (cmd) => placeholders(english.commandUsage(cmd), words),
      subcommandTerm: (cmd) => placeholders(english.subcommandTerm(cmd), words),
      optionTerm: (option) => placeholders(english.optionTerm(option), words),
      argumentTerm: (argument) => words.placeholders[argument.name()] ?? argument.name(),
      // Commander's note after a description, its words said in this language; the values stay.
      optionDescription: (option) => extras(english.optionDescription(option), option.description, words),
      argumentDescription: (argument) =>
        extras(english.argumentDescription(argument), argument.description, words),
    });
  }
}

function extras(full: string, description: string, words: HelpWords): string {
  const note = full.slice(description.length);
  const said = note
    .replace(/choices: ("[^"]*"(?:, "[^"]*")*)/, (_, values: string) => words.choices(values))
    .replace(/default: ("[^"]*"|\S+?)(?=[,)])/, (_, value: string) => words.defaultValue(value));
  return `${description}${said}`;
}

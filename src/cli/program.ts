import { Command, CommanderError, Option } from 'commander';
import { neutralizeControls } from '../core/input-text.js';
import { LANGS, type Lang, langInArgv, localeLang } from '../core/lang.js';
import { COMMANDS } from './commands/index.js';
import { type GlobalOptions, type Io, processIo, type RunState } from './context.js';
import { CliError, EXIT } from './errors.js';
import { fsFailure, isFsError } from './fs-errors.js';
import { VERSION } from './version.js';

/** The Spanish words of the CLI's own messages (src/messages/es/cli.ts), loaded only for Spanish. */
type SpanishCli = typeof import('../messages/es/cli.js');

/** Wires commander: global options, one module per command, usage errors as exit 2. */
export function buildProgram(
  io: Io,
  spanish?: SpanishCli,
): { program: Command; globals: () => GlobalOptions; run: RunState } {
  const run: RunState = { exitCode: EXIT.ok };
  const program = new Command('casemgr-path')
    .description(
      'Your personal, dated roadmap to becoming a case manager.\nRun with no command on a terminal for the wizard.',
    )
    .addHelpText(
      'after',
      '\nExit codes: 0 success, 1 input understood but failing (invalid data or profile, failed batch rows),\n2 usage error, 130 cancelled. NO_COLOR is honored; DEBUG=casemgr-path shows stack traces.',
    )
    .version(VERSION, '-V, --version', 'print the version')
    .option('--data <dir>', 'a data folder overlaid on the built-in data (same id replaces, new id adds)')
    .option('--no-color', 'no color, even on a terminal (NO_COLOR is honored too)')
    .addOption(
      new Option(
        '--lang <lang>',
        'the language you read (default: from LC_ALL, LC_MESSAGES or LANG)',
      ).choices(LANGS),
    )
    .addOption(
      new Option('--no-input', 'never prompt; fail with a usage error where a prompt would be needed'),
    )
    .showSuggestionAfterError(true)
    .configureOutput(output(io, spanish))
    .exitOverride();

  const globals = (): GlobalOptions => {
    const options = program.opts<{ data?: string; color: boolean; input: boolean; lang?: Lang }>();
    return { data: options.data, color: options.color, input: options.input, lang: options.lang };
  };
  for (const register of COMMANDS) {
    const command = register(program, io, globals, run);
    command.exitOverride().configureOutput(output(io, spanish));
  }
  return { program, globals, run };
}

/** Where commander writes; its errors in Spanish when the run speaks Spanish. */
function output(io: Io, spanish: SpanishCli | undefined) {
  return {
    writeOut: (text: string) => io.stdout.write(text),
    writeErr: (text: string) => io.stderr.write(text),
    // The help's width from the streams it goes to (commander reads process.stdout's otherwise);
    // 80 when it is not a terminal, as commander does.
    getOutHelpWidth: () => (io.stdout.isTTY && io.stdout.columns ? io.stdout.columns : 80),
    getErrHelpWidth: () => (io.stderr.isTTY && io.stderr.columns ? io.stderr.columns : 80),
    ...(spanish
      ? { outputError: (text: string, write: (t: string) => void) => write(spanish.cliMessage(text)) }
      : {}),
  };
}

/**
 * Runs the CLI and returns the exit code; never throws for errors meant for a person. Touches no
 * process-wide state (exit code, color level, listeners), so it can run many times in one process.
 */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  // Errors are said in the run's language: --lang (read before commander parses, so a usage
  // error is said in it too), else the locale. Spanish words are loaded only then.
  const lang: Lang = langInArgv(argv) ?? localeLang(io.env) ?? 'en';
  const spanish = lang === 'es' ? await import('../messages/es/cli.js') : undefined;
  const { program, run } = buildProgram(io, spanish);
  if (lang === 'es') {
    // --help in Spanish too: the same program, with the Spanish words laid over its English.
    const [{ localizeHelp }, { esHelp }] = await Promise.all([
      import('./help-lang.js'),
      import('../messages/es/help.js'),
    ]);
    localizeHelp(program, esHelp);
  }
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return run.exitCode;
  } catch (error) {
    return handleError(error, io, spanish);
  }
}

function handleError(error: unknown, io: Io, spanish?: SpanishCli): number {
  // Any file-system failure no command caught (a full disk, a rename not permitted): one line.
  if (isFsError(error)) error = fsFailure(error);
  if (error instanceof CommanderError) {
    // --help and --version land here too, with exit code 0.
    if (error.exitCode === 0) return EXIT.ok;
    return EXIT.usage;
  }
  if (error instanceof CliError) {
    // An empty message: the command has already told the person (the wizard's Ctrl-C note).
    // Messages quote input (names, keys, arguments): no control character reaches the terminal.
    if (error.message !== '') {
      const message = spanish ? spanish.cliMessage(error.message) : error.message;
      io.stderr.write(`casemgr-path: ${neutralizeControls(message)}\n`);
    }
    return error.exitCode;
  }
  if (isCancel(error)) {
    io.stderr.write(`${spanish ? spanish.cliWords.cancelled : 'Cancelled.'}\n`);
    return EXIT.cancelled;
  }
  const debug = (io.env.DEBUG ?? '').split(',').includes('casemgr-path');
  const message = neutralizeControls(error instanceof Error ? error.message : String(error));
  io.stderr.write(
    `casemgr-path: ${spanish ? spanish.cliWords.unexpected(message) : `unexpected error: ${message}`}\n`,
  );
  if (debug && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
  else
    io.stderr.write(
      `${spanish ? spanish.cliWords.reportIt : 'Run with DEBUG=casemgr-path for details, and please report it.'}\n`,
    );
  return EXIT.failed;
}

function isCancel(error: unknown): boolean {
  return error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError');
}

import { Option } from 'commander';
import { didYouMean } from '../../core/diagnostic.js';
import { type Lang, localeLang } from '../../core/lang.js';
import type { WizardMessages } from '../../messages/wizard-en.js';
import { canPrompt, type GlobalOptions, type Io, wantsColor, wantsUnicode } from '../context.js';
import { CliError, EXIT, usageError } from '../errors.js';
import type { RegisterCommand } from './index.js';

/**
 * The program's default action (no subcommand): the wizard on a terminal; otherwise a usage
 * error naming the command to use instead, so nothing ever waits for input that cannot come.
 * `--start` (hidden; `npm start` passes it) shows the example profile's roadmap instead.
 */
export const registerWizard: RegisterCommand = (program, io, globals) => {
  program
    .addOption(new Option('--start', 'npm start: the example roadmap when not on a terminal').hideHelp())
    // Extra words reach the action, which names them as an unknown command (with a suggestion).
    .allowExcessArguments(true)
    .action(async () => {
      const [word] = program.args;
      if (word !== undefined) {
        const names = program.commands.map((c) => c.name());
        throw usageError(`unknown command '${word}'${didYouMean(word, names)}; see casemgr-path --help`);
      }
      const options = program.opts<{ start?: boolean }>();
      if (!canPrompt(io, globals())) {
        if (options.start) return showExample(io, globals());
        throw usageError(
          `the wizard needs a terminal, and ${whyNoPrompt(io, globals())}.\n` +
            'Instead: casemgr-path roadmap --profile FILE\n' +
            '(casemgr-path init --out profile.yaml writes a profile template to fill in)',
        );
      }
      await runOnTerminal(io, globals());
    });
  return program;
};

function whyNoPrompt(io: Io, globals: GlobalOptions): string {
  if (!globals.input) return '--no-input was given';
  const ci = io.env.CI;
  if (ci !== undefined && ci !== '' && ci !== 'false' && ci !== '0') return 'CI is set';
  if (!io.stdin.isTTY) return 'standard input is not a terminal';
  return 'standard output is not a terminal';
}

async function runOnTerminal(io: Io, globals: GlobalOptions): Promise<void> {
  const [
    { runWizard },
    { createInquirerPrompter },
    { isPromptCancel },
    { FsWizardStore },
    roadmapDoor,
    data,
  ] = await Promise.all([
    import('../../wizard/session.js'),
    import('../../wizard/inquirer-prompter.js'),
    import('../../wizard/prompter.js'),
    import('../wizard-store.js'),
    import('../show-roadmap.js'),
    loadWizardData(io, globals),
  ]);
  const { default: envPaths } = await import('env-paths');
  const { currentMonth } = await import('../../core/month.js');

  const color = wantsColor(io.stdout, io.env, globals.color);
  const unicode = wantsUnicode(io.env);
  const width = io.stdout.columns || 80;
  const asOf = currentMonth();
  const store = new FsWizardStore(envPaths('casemgr-path', { suffix: '' }).config);
  const print = (text: string) => io.stdout.write(`${text}\n`);
  // The words of the language the wizard speaks, once it is known: Ctrl-C is said in them too.
  let words: WizardMessages | undefined;
  // The language the roadmap was last shown in, for the files the person exports after it.
  let shownLang: Lang = 'en';
  const speak = async (lang: Lang) => {
    const [spoken, spokenData] = await Promise.all([
      lang === 'es'
        ? import('../../messages/wizard-es.js').then((m) => m.wizardEs)
        : import('../../messages/wizard-en.js').then((m) => m.wizardEn),
      lang === 'en' ? data : loadWizardData(io, globals, lang),
    ]);
    words = spoken;
    return { words: spoken, data: spokenData };
  };
  // A prompt left waiting with nothing else to do (its input gone) would let Node exit 0 as if the
  // wizard had finished: report it as a cancel instead. (Ctrl-D is caught earlier, in the prompter.)
  // The run then ends as cancelled (exit 130) through main's return, not a process-wide exit code.
  let giveUp: (error: Error) => void = () => {};
  const gaveUp = new Promise<never>((_, reject) => {
    giveUp = reject;
  });
  const abandoned = () => {
    io.stderr.write(`\n${(words ?? englishStop).stop.inputEnded}\n`);
    giveUp(new CliError('', EXIT.cancelled));
  };
  // Loaded now: at exit there is no time left to load anything.
  const englishStop = (await import('../../messages/wizard-en.js')).wizardEn;
  process.once('beforeExit', abandoned);
  try {
    await Promise.race([
      gaveUp,
      runWizard({
        data,
        asOf,
        prompter: createInquirerPrompter({
          input: io.stdin,
          output: io.stdout,
          color,
          unicode,
          rows: io.stdout.rows || 24,
        }),
        print,
        warn: (text) => io.stderr.write(`${text}\n`),
        width,
        symbols: unicode ? { done: '✔', started: '▶', arrow: '→' } : { done: '+', started: '>', arrow: '->' },
        store,
        cwd: process.cwd(),
        language: { flag: globals.lang, locale: localeLang(io.env), load: speak },
        roadmap: {
          show: async (profile, shown) => {
            // The plan speaks the wizard's language: its words and the data's text in it.
            shownLang = shown?.lang === 'es' ? 'es' : 'en';
            const planData = shownLang === 'es' ? await loadWizardData(io, globals, 'es') : data;
            return roadmapDoor.showRoadmap(profile, planData, io, {
              asOf,
              width,
              color,
              unicode,
              profilePath: shown?.profilePath,
              lang: shownLang,
            });
          },
          exportFormats: roadmapDoor.EXPORT_FORMATS,
          render: (roadmap, format) => roadmapDoor.renderRoadmap(roadmap, format, shownLang),
        },
      }),
    ]);
  } catch (error) {
    if (!isPromptCancel(error)) throw error;
    // Wrapped at spaces to the terminal, so no word breaks at the edge.
    const { fitLines } = await import('../../wizard/summary.js');
    const note = (await cancelNote(store, words)).trim();
    io.stderr.write(`\n${fitLines(note, io.stderr.columns || width)}\n`);
    throw new CliError('', EXIT.cancelled);
  } finally {
    process.removeListener('beforeExit', abandoned);
  }
}

/**
 * What to say on Ctrl-C: that the answers are kept, or, when the draft could not be written (a
 * read-only or missing home folder), that they are not, and why.
 */
export async function cancelNote(store: FsWizardStoreLike, words?: WizardMessages): Promise<string> {
  const said = (words ?? (await import('../../messages/wizard-en.js')).wizardEn).stop;
  const kept = (await store.loadDraft().catch(() => null)) !== null;
  if (kept) return `\n${said.cancelled}\n`;
  const failure = store.lastWriteError;
  if (failure) return `\n${said.cancelledNotSaved(failure)}\n`;
  return `\n${said.cancelledNothingKept}\n`;
}

interface FsWizardStoreLike {
  loadDraft(): Promise<unknown>;
  readonly lastWriteError: string | undefined;
}

/**
 * The data the wizard offers its choices from (the built-in data, with any --data overlay), its
 * text in `lang` (English by default).
 */
function loadWizardData(io: Io, globals: GlobalOptions, lang: Lang = 'en') {
  return import('../load-data.js').then((m) => m.loadCliData(globals, io, lang));
}

/** `npm start` without a terminal: the example roadmap, saying so. */
async function showExample(io: Io, globals: GlobalOptions): Promise<void> {
  const [
    { readFile },
    { join },
    { packageRoot },
    { parseProfileText },
    { ProfileSchema },
    { showRoadmap },
    data,
  ] = await Promise.all([
    import('node:fs/promises'),
    import('node:path'),
    import('../package-paths.js'),
    import('../../wizard/profile-file.js'),
    import('../../profile/schema.js'),
    import('../show-roadmap.js'),
    loadWizardData(io, globals),
  ]);
  const text = await readFile(join(packageRoot(), 'examples', 'maria.yaml'), 'utf8').catch(() => {
    throw new CliError('the example profile examples/maria.yaml is missing from this install', EXIT.failed);
  });
  const parsed = parseProfileText(text);
  if (!parsed.ok) throw new CliError(`examples/maria.yaml: ${parsed.problem}`, EXIT.failed);
  io.stderr.write(
    'Not on a terminal, so here is the roadmap of the example profile examples/maria.yaml.\n' +
      'For your own: run `npx casemgr-path` in a terminal, or `casemgr-path roadmap --profile FILE`.\n\n',
  );
  await showRoadmap(ProfileSchema.parse(parsed.profile), data, io, {
    color: wantsColor(io.stdout, io.env, globals.color),
    unicode: wantsUnicode(io.env),
    profilePath: 'examples/maria.yaml',
  });
}

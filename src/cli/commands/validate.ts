import { Option } from 'commander';
import { localeLang } from '../../core/lang.js';
import { VALIDATE_FORMATS, type ValidateFormat } from '../../render/diagnostics/report.js';
import { resolveAsOf } from '../as-of.js';
import { type GlobalOptions, type Io, wantsColor } from '../context.js';
import { EXIT, usageError } from '../errors.js';
import type { RegisterCommand } from './index.js';

interface ValidateOptions {
  format?: ValidateFormat;
  strict?: boolean;
  asOf?: string;
}

export const register: RegisterCommand = (program, io, globals, run) =>
  program
    .command('validate')
    .description('check data files: every problem in every file at once, as file:line:col')
    .argument('[dir...]', 'data folders, each checked as a complete data set (default: the built-in data)')
    .addOption(
      new Option(
        '--format <format>',
        'stylish, json, github or junit (github when GITHUB_ACTIONS=true)',
      ).choices(VALIDATE_FORMATS),
    )
    .option('--strict', 'warnings (such as stale sources) fail the run too')
    .option('--as-of <month>', 'judge how old sources are as of this month, YYYY-MM (default: this month)')
    .addHelpText(
      'after',
      '\nWith --data DIR, the built-in data with DIR overlaid is checked.\nExit codes: 0 clean, 1 problems found, 2 usage error.',
    )
    .action(async (dirs: string[], options: ValidateOptions) => {
      run.exitCode = await runValidate(dirs, options, io, globals());
    });

async function runValidate(
  dirs: readonly string[],
  options: ValidateOptions,
  io: Io,
  globals: GlobalOptions,
): Promise<number> {
  const asOf = resolveAsOf(options.asOf);
  if (dirs.length > 0 && globals.data) {
    throw usageError('give data folders to check on their own, or --data DIR to check an overlay, not both');
  }
  const format = options.format ?? (io.env.GITHUB_ACTIONS === 'true' ? 'github' : 'stylish');

  const [
    { checkCompleteDir, checkOverlay },
    { packageDataDir },
    { formatReport, summarize },
    { describeFsError },
  ] = await Promise.all([
    import('../data-layers.js'),
    import('../package-paths.js'),
    import('../../render/diagnostics/index.js'),
    import('../fs.js'),
  ]);
  // Every folder is checked before any output, so a typo in the last one does not come after pages of results.
  const { stat } = await import('node:fs/promises');
  for (const dir of dirs) {
    const info = await stat(dir).catch((error: unknown) => {
      throw usageError(describeFsError(error, dir, 'data folder'));
    });
    if (!info.isDirectory())
      throw usageError(`${dir} is a file; validate takes the folder that holds the data files`);
  }

  const sets = globals.data
    ? [await checkOverlay(globals.data, asOf)]
    : dirs.length > 0
      ? await Promise.all(dirs.map((dir) => checkCompleteDir(dir, asOf)))
      : [await checkCompleteDir(packageDataDir(), asOf, true)];
  const report = {
    files: sets.flatMap((set) => set.files),
    diagnostics: sets.flatMap((set) => set.diagnostics),
    strict: Boolean(options.strict),
  };
  // The human format speaks the run's language (--lang, else the locale); the machine formats are
  // read by tools and by maintainers in CI logs, and stay the same whatever the locale.
  const spanish =
    format === 'stylish' && (globals.lang ?? localeLang(io.env)) === 'es'
      ? await import('../../messages/es/index.js')
      : undefined;
  io.stdout.write(
    formatReport(report, format, wantsColor(io.stdout, io.env, globals.color), spanish?.diagnostics),
  );
  return summarize(report).ok ? EXIT.ok : EXIT.failed;
}

import { localeLang } from '../../core/lang.js';
import type { GlobalOptions, Io } from '../context.js';
import type { RegisterCommand } from './index.js';

/**
 * `casemgr-path init [--out FILE]`: a commented profile template, valid as it stands, to fill in
 * by hand (the non-interactive way to the same profile the wizard builds). With `--csv`, the
 * header row of a caseload spreadsheet for `report` instead (docs/csv.md).
 */
export const registerInit: RegisterCommand = (program, io, globals) =>
  program
    .command('init')
    .description('write a commented profile template to fill in (every field explained)')
    .option('--out <file>', 'write it to this file (default: standard output); never overwrites one')
    .option('--csv', 'write the header row of a caseload CSV for casemgr-path report instead')
    .action(async (options: { out?: string; csv?: boolean }) => {
      const csv = options.csv ? await import('../batch/csv-template.js') : undefined;
      const text = csv ? csv.csvTemplate() : await profileText(globals, io);

      if (options.out === undefined || options.out === '-') {
        io.stdout.write(text);
        return;
      }
      const [{ stat }, { writeFileAtomic }, { CliError, EXIT }] = await Promise.all([
        import('node:fs/promises'),
        import('../fs.js'),
        import('../errors.js'),
      ]);
      const exists = await stat(options.out).then(
        () => true,
        () => false,
      );
      if (exists) {
        throw new CliError(
          `${options.out} already exists; choose another name or move it away first`,
          EXIT.usage,
        );
      }
      await writeFileAtomic(options.out, text);
      io.stderr.write(
        csv
          ? csv.csvTemplateHint(options.out)
          : `Wrote ${options.out}. Fill it in, then: casemgr-path roadmap --profile ${options.out}\n`,
      );
    });

async function profileText(globals: () => GlobalOptions, io: Io): Promise<string> {
  const [{ profileTemplate }, { loadCliData }] = await Promise.all([
    import('../../profile/template.js'),
    import('../load-data.js'),
  ]);
  // The template remembers the language of the run that wrote it (--lang, else the locale).
  return profileTemplate(await loadCliData(globals(), io), globals().lang ?? localeLang(io.env) ?? 'en');
}

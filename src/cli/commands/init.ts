import type { RegisterCommand } from './index.js';

/**
 * `casemgr-path init [--out FILE]`: a commented profile template, valid as it stands, to fill in
 * by hand (the non-interactive way to the same profile the wizard builds).
 */
export const registerInit: RegisterCommand = (program, io, globals) =>
  program
    .command('init')
    .description('write a commented profile template to fill in (every field explained)')
    .option('--out <file>', 'write it to this file (default: standard output); never overwrites one')
    .action(async (options: { out?: string }) => {
      const [{ profileTemplate }, { loadCliData }] = await Promise.all([
        import('../../profile/template.js'),
        import('../load-data.js'),
      ]);
      const text = profileTemplate(await loadCliData(globals(), io));

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
        `Wrote ${options.out}. Fill it in, then: casemgr-path roadmap --profile ${options.out}\n`,
      );
    });

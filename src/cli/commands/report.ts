import { Option } from 'commander';
import { type Lang, localeLang } from '../../core/lang.js';
import { formatNumber } from '../../core/number.js';
import { resolveAsOf } from '../as-of.js';
import { CliError, EXIT } from '../errors.js';
import type { RegisterCommand } from './index.js';

interface ReportOptions {
  profiles: string;
  out: string;
  format: 'md' | 'json' | 'html';
  asOf?: string;
}

export const registerReport: RegisterCommand = (program, io, globals, run) =>
  program
    .command('report')
    .description(
      'one report per client from a CSV, JSONL, YAML or JSON caseload, plus summary.csv and errors.csv',
    )
    .requiredOption(
      '--profiles <file>',
      'the caseload: .csv (one client per row), .jsonl, or a .yaml/.json list',
    )
    .requiredOption(
      '--out <dir>',
      'the folder for reports/, summary.csv and errors.csv (replaced on each run)',
    )
    .addOption(new Option('--format <format>', 'report format').choices(['md', 'json', 'html']).default('md'))
    .option('--as-of <month>', 'plan as of this month, YYYY-MM (default: this month)')
    .action(async (options: ReportOptions) => {
      const started = performance.now();
      const asOf = resolveAsOf(options.asOf);
      const [
        { loadCliData },
        { openProfiles },
        { loadClientPipeline },
        output,
        { runBatch },
        summary,
        progress,
      ] = await Promise.all([
        import('../load-data.js'),
        import('../batch/read-profiles.js'),
        import('../batch/client.js'),
        import('../batch/output.js'),
        import('../batch/run.js'),
        import('../batch/summary.js'),
        import('../batch/progress.js'),
      ]);
      const data = await loadCliData(globals(), io);
      const input = await openProfiles(options.profiles, data);
      // Any client may ask for Spanish (a `lang` column or key), so its words and data text are ready.
      const pipeline = await loadClientPipeline(
        data,
        asOf,
        options.format,
        await loadCliData(globals(), io, 'es'),
      );
      const folder = await output.ReportFolder.open(
        options.out,
        { summary: summary.SUMMARY_COLUMNS, errors: summary.ERROR_COLUMNS },
        { onStep: crashHook(io.env) },
      );
      const line = io.stderr.isTTY ? new progress.ProgressLine(io.stderr) : undefined;
      const controller = new AbortController();
      const onInterrupt = () => controller.abort();
      process.once('SIGINT', onInterrupt);
      let stats: Awaited<ReturnType<typeof runBatch>>;
      // A client's own `lang` wins; --lang (else the locale) is the caseload's default.
      const lang: Lang = globals().lang ?? localeLang(io.env) ?? 'en';
      let inEnglishInstead = 0;
      try {
        stats = await runBatch(input, folder, pipeline, {
          lang,
          onEnglishInstead: () => inEnglishInstead++,
          signal: controller.signal,
          ...(line ? { onProgress: (state) => line.update(state) } : {}),
        });
        if (controller.signal.aborted) {
          throw new CliError(`cancelled; ${options.out} is as it was before this run`, EXIT.cancelled);
        }
        await folder.commit();
      } catch (error) {
        line?.clear();
        await folder.abort();
        throw error;
      } finally {
        process.off('SIGINT', onInterrupt);
      }
      line?.clear();
      const seconds = (performance.now() - started) / 1000;
      const time = seconds < 60 ? `${seconds.toFixed(1)} s` : progress.formatDuration(seconds * 1000);
      const spanish = lang === 'es' ? (await import('../../messages/es/cli.js')).cliWords : undefined;
      if (spanish) {
        io.stderr.write(
          `report: ${spanish.reportDone({ ...stats, out: options.out, errorsFile: output.ERRORS_FILE, time, count })}\n`,
        );
      } else {
        const failures =
          stats.failed === 0
            ? 'no failures'
            : `${count(stats.failed)} failed (see ${output.ERRORS_FILE} in ${options.out})`;
        io.stderr.write(
          `report: ${count(stats.rows)} ${stats.rows === 1 ? 'row' : 'rows'} · ${count(stats.written)} ${stats.written === 1 ? 'report' : 'reports'} written to ${options.out} · ${failures} · ${time}\n`,
        );
      }
      if (inEnglishInstead > 0) {
        const n = inEnglishInstead;
        const note = spanish
          ? spanish.reportInEnglish(count(n), n)
          : `${count(n)} ${n === 1 ? 'client asked' : 'clients asked'} for Spanish; roadmaps cannot be written in Spanish yet, so ${n === 1 ? 'that report is' : 'those reports are'} in English`;
        io.stderr.write(`report: ${note}\n`);
      }
      if (stats.failed > 0) run.exitCode = EXIT.failed;
    });

// formatNumber, not toLocaleString: the first Intl call loads ICU data (some 20-30 ms of every run).
const count = (n: number) => formatNumber(n);

/**
 * Test-only fault injection (docs/faults.md): with CASEMGR_PATH_TEST_CRASH_AFTER=<step>, the
 * process kills itself (SIGKILL, as `kill -9` would) right after that step of publishing a run,
 * so the tests can check what each possible crash leaves. Not for use outside the test suite.
 */
function crashHook(env: NodeJS.ProcessEnv): ((step: string) => void) | undefined {
  const at = env.CASEMGR_PATH_TEST_CRASH_AFTER;
  if (!at) return undefined;
  return (step) => {
    if (step === at) process.kill(process.pid, 'SIGKILL');
  };
}

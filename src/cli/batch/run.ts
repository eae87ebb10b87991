import type { Lang } from '../../core/lang.js';
import type { Profile } from '../../profile/schema.js';
import type { Roadmap } from '../../roadmap/types.js';
import { reportBaseName } from './file-names.js';
import type { ReportFolder } from './output.js';
import type { ProgressState } from './progress.js';
import type { BatchInput, RowError } from './rows.js';
import { failedSummary, safeCell, summarize } from './summary.js';

/** What is done for one client: plan, then render. Injected, so tests and the CLI share the loop. */
export interface ClientPipeline {
  /** The plan in `lang`, one of `speaks` (its prose; the machine fields are the same in every language). */
  plan(profile: Profile, lang?: Lang): Roadmap;
  /** The report in `lang`, one of `speaks` (English when the pipeline says nothing of languages). */
  render(roadmap: Roadmap, lang?: Lang): string;
  /** The report files' extension: md, json or html. */
  extension: string;
  /** The languages the reports can be written in; default English only. */
  speaks?: readonly Lang[];
}

export interface BatchStats {
  rows: number;
  written: number;
  failed: number;
}

export interface BatchOptions {
  /** The language of a client whose profile names none (`report --lang`, else the locale). */
  lang?: Lang;
  /**
   * Called for each report written in English because the language asked for (the client's
   * `lang`, else the run's) cannot be written by this pipeline yet.
   */
  onEnglishInstead?: (asked: Lang) => void;
  onProgress?: (state: ProgressState) => void;
  /** Checked between rows: when aborted, the loop stops and the caller abandons the run. */
  signal?: AbortSignal;
}

/**
 * Runs every row through the pipeline, one at a time, writing each report as soon as it is made
 * (while the next row is planned), so memory does not grow with the input. A row that fails (bad
 * input, or an error while planning) goes to errors.csv and the run goes on.
 */
export async function runBatch(
  input: BatchInput,
  folder: ReportFolder,
  pipeline: ClientPipeline,
  options: BatchOptions = {},
): Promise<BatchStats> {
  const stats: BatchStats = { rows: 0, written: 0, failed: 0 };
  const speaks = pipeline.speaks ?? ['en'];
  const fail = async (row: number, name: string | null, errors: readonly RowError[]) => {
    stats.failed++;
    for (const error of errors) {
      await folder.errors.write({
        row: error.row,
        name: safeCell(name),
        column: safeCell(error.column),
        message: safeCell(error.message),
      });
    }
    await folder.summary.write(failedSummary(row, name));
  };

  // A report is written while the next client is read and planned, so the disk and the CPU work
  // at the same time. The next write starts only when it is done and its summary row is written:
  // file names are still taken one after another, and rows stay in input order.
  let pending: Promise<void> | undefined;
  const settle = async () => {
    const write = pending;
    pending = undefined;
    await write;
  };
  try {
    for await (const item of input.rows) {
      if (options.signal?.aborted) break;
      stats.rows++;
      if ('errors' in item) {
        await settle();
        await fail(item.row, item.name, item.errors);
      } else {
        let content: string;
        let roadmap: Roadmap;
        try {
          const asked = item.profile.lang ?? options.lang ?? 'en';
          const lang = speaks.includes(asked) ? asked : 'en';
          roadmap = pipeline.plan(item.profile, lang);
          content = pipeline.render(roadmap, lang);
          if (lang !== asked) options.onEnglishInstead?.(asked);
        } catch (error) {
          const message = `could not build this client's report: ${(error as Error)?.message ?? String(error)}`;
          await settle();
          await fail(item.row, item.name, [{ row: item.row, column: '', message }]);
          options.onProgress?.({ ...stats, fraction: input.fraction() });
          continue;
        }
        await settle();
        const { row, name } = item;
        pending = folder
          .writeReport(reportBaseName(name, row), pipeline.extension, content)
          .then(async (file) => {
            stats.written++;
            await folder.summary.write(summarize(row, name, file, roadmap));
          });
        // A failed write is reported by the next settle(), not as an unhandled rejection meanwhile.
        pending.catch(() => {});
      }
      options.onProgress?.({ ...stats, fraction: input.fraction() });
    }
  } catch (error) {
    // The caller removes the run's folder: no write may still be going on in it.
    await pending?.catch(() => {});
    throw error;
  }
  await settle();
  return stats;
}

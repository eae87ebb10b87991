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
 * How many reports may be on their way to disk at once. Each write is three calls (open, write,
 * close) that finish while the next clients are planned; one at a time, the planner waited on
 * each call in turn (a quarter of a batch's time was spent idle).
 */
const WRITES_IN_FLIGHT = 16;

/** Lets finished file calls run their callbacks (a resolved promise would not reach the loop). */
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Runs every row through the pipeline, one at a time, writing each report as soon as it is made
 * (while the next rows are planned, up to WRITES_IN_FLIGHT at once), so memory does not grow with
 * the input. A row that fails (bad input, or an error while planning) goes to errors.csv and the
 * run goes on. Summary and error rows are written in input order, and file names are taken in
 * input order; a write that fails stops the run once no write is left running.
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

  // The CSV rows, one after another in input order; each report's row once its file is written.
  let rows: Promise<void> = Promise.resolve();
  let failure: { error: unknown } | undefined;
  const inOrder = (then: () => Promise<void>) => {
    rows = rows.then(then);
    rows.catch((error) => {
      failure ??= { error };
    });
    return rows;
  };
  // The reports still being written (each settles whether it succeeds or not).
  const writing = new Set<Promise<unknown>>();
  const window: Promise<void>[] = [];
  const settleAll = async () => {
    await Promise.allSettled([...writing]);
    await rows.catch(() => {});
  };
  try {
    for await (const item of input.rows) {
      if (options.signal?.aborted || failure) break;
      stats.rows++;
      if ('errors' in item) {
        inOrder(() => fail(item.row, item.name, item.errors));
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
          inOrder(() => fail(item.row, item.name, [{ row: item.row, column: '', message }]));
          options.onProgress?.({ ...stats, fraction: input.fraction() });
          continue;
        }
        const { row, name } = item;
        // The name is taken now, in input order; the file is written while the next rows are planned.
        const file = folder.writeReport(reportBaseName(name, row), pipeline.extension, content);
        // A failed write stops the run at the next row, before its CSV row's turn comes.
        const settled = file.then(
          () => {},
          (error: unknown) => {
            failure ??= { error };
          },
        );
        writing.add(settled);
        void settled.then(() => writing.delete(settled));
        window.push(
          inOrder(async () => {
            const written = await file;
            stats.written++;
            await folder.summary.write(summarize(row, name, written, roadmap));
          }).catch(() => {}),
        );
        if (window.length >= WRITES_IN_FLIGHT) await window.shift();
      }
      options.onProgress?.({ ...stats, fraction: input.fraction() });
      await turn();
    }
  } catch (error) {
    // The caller removes the run's folder: no write may still be going on in it.
    await settleAll();
    throw error;
  }
  await settleAll();
  if (failure) throw failure.error;
  return stats;
}

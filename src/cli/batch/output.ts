import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, open, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type Stringifier, stringify } from 'csv-stringify';
import { CliError, EXIT } from '../errors.js';
import { candidateName } from './file-names.js';

/**
 * The output folder of `report`:
 *
 *   DIR/summary.csv   one row per client
 *   DIR/errors.csv    one row per problem in a failed row (header only when none failed)
 *   DIR/reports/      one report per client
 *
 * A run writes everything into hidden staging files first and swaps them in at the end, so DIR
 * always holds one complete run: the previous one until the new one is finished, then the new
 * one. Reports of the previous run are replaced as a whole (a client who left the spreadsheet
 * loses their stale report). Files in DIR that the tool did not write are never touched.
 */
export const REPORTS_DIR = 'reports';
export const SUMMARY_FILE = 'summary.csv';
export const ERRORS_FILE = 'errors.csv';
/** Marks a reports folder as ours, so a later run may replace it. */
const MARKER = '.casemgr-path-reports';
const LOCK = '.casemgr-path.lock';
/** Staging folders and temp files: anything under this prefix (but the lock) is left from an interrupted run. */
const TEMP_PREFIX = '.casemgr-path-';

export class CsvSink {
  private readonly stringifier: Stringifier;
  private readonly file: WriteStream;
  private readonly finished: Promise<unknown>;

  constructor(
    readonly path: string,
    columns: readonly string[],
  ) {
    this.stringifier = stringify({ header: true, columns: [...columns] });
    this.file = createWriteStream(path, { flags: 'wx' });
    this.finished = once(this.file, 'finish');
    this.finished.catch(() => {});
    this.stringifier.pipe(this.file);
  }

  /** Writes one record, waiting when the file falls behind (back-pressure). */
  async write(record: Record<string, string | number | null>): Promise<void> {
    if (!this.stringifier.write(record)) await once(this.stringifier, 'drain');
  }

  async close(): Promise<void> {
    this.stringifier.end();
    await this.finished;
  }

  destroy(): void {
    this.stringifier.destroy();
    this.file.destroy();
  }
}

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException)?.code === 'ENOENT';
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch (error) {
    if (isMissing(error)) return false;
    throw error;
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** One run's hold on an output folder: the lock, the staging folder and the two CSV temp files. */
export class ReportFolder {
  private constructor(
    readonly dir: string,
    private readonly staging: string,
    readonly summary: CsvSink,
    readonly errors: CsvSink,
  ) {}

  static async open(
    dir: string,
    columns: { summary: readonly string[]; errors: readonly string[] },
  ): Promise<ReportFolder> {
    try {
      await mkdir(dir, { recursive: true });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const why = code === 'EEXIST' || code === 'ENOTDIR' ? 'a file is in the way' : (error as Error).message;
      throw new CliError(`cannot create the output folder ${dir}: ${why}`, EXIT.usage);
    }
    await takeLock(dir);
    try {
      await removeLeftovers(dir);
      await checkOwnership(dir);
      const id = randomBytes(6).toString('hex');
      const staging = join(dir, `${TEMP_PREFIX}staging-${id}`);
      await mkdir(staging);
      await writeFile(
        join(staging, MARKER),
        'Written by casemgr-path report; the next run replaces this folder.\n',
      );
      const summary = new CsvSink(join(dir, `${TEMP_PREFIX}${id}-${SUMMARY_FILE}`), columns.summary);
      const errors = new CsvSink(join(dir, `${TEMP_PREFIX}${id}-${ERRORS_FILE}`), columns.errors);
      return new ReportFolder(dir, staging, summary, errors);
    } catch (error) {
      await rm(join(dir, LOCK), { force: true });
      throw error;
    }
  }

  /**
   * Writes one report under the first free name (`base.ext`, `base-2.ext`, …). The staging folder
   * is the set of names taken in this run, so no list of names is kept in memory.
   */
  async writeReport(base: string, extension: string, content: string): Promise<string> {
    for (let attempt = 1; ; attempt++) {
      const name = candidateName(base, attempt, extension);
      let handle: Awaited<ReturnType<typeof open>>;
      try {
        handle = await open(join(this.staging, name), 'wx');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue;
        throw error;
      }
      try {
        await handle.writeFile(content);
      } finally {
        await handle.close();
      }
      return `${REPORTS_DIR}/${name}`;
    }
  }

  /** Swaps the finished run in: reports folder, then summary and errors; removes the old run. */
  async commit(): Promise<void> {
    await Promise.all([this.summary.close(), this.errors.close()]);
    const reports = join(this.dir, REPORTS_DIR);
    const old = join(this.dir, `${TEMP_PREFIX}old-${randomBytes(6).toString('hex')}`);
    const hadReports = await exists(reports);
    if (hadReports) await rename(reports, old);
    await rename(this.staging, reports);
    await rename(this.summary.path, join(this.dir, SUMMARY_FILE));
    await rename(this.errors.path, join(this.dir, ERRORS_FILE));
    if (hadReports) await rm(old, { recursive: true, force: true });
    await rm(join(this.dir, LOCK), { force: true });
  }

  /** Leaves the folder as it was before the run. */
  async abort(): Promise<void> {
    this.summary.destroy();
    this.errors.destroy();
    await rm(this.staging, { recursive: true, force: true });
    await rm(this.summary.path, { force: true });
    await rm(this.errors.path, { force: true });
    await rm(join(this.dir, LOCK), { force: true });
  }
}

/** One run per folder at a time; a lock left by a process that has died is taken over. */
async function takeLock(dir: string): Promise<void> {
  const lock = join(dir, LOCK);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await writeFile(lock, `${process.pid}\n`, { flag: 'wx' });
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new CliError(
          `cannot write to the output folder ${dir}: ${(error as Error).message}`,
          EXIT.usage,
        );
      }
    }
    const pid = Number.parseInt(await readFile(lock, 'utf8').catch(() => ''), 10);
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && processAlive(pid)) {
      throw new CliError(
        `another casemgr-path report (process ${pid}) is writing to ${dir}; wait for it to finish (if it is not running, delete ${lock})`,
        EXIT.usage,
      );
    }
    await rm(lock, { force: true });
  }
  throw new CliError(
    `cannot lock the output folder ${dir}; is another run starting at the same time?`,
    EXIT.usage,
  );
}

async function removeLeftovers(dir: string): Promise<void> {
  for (const entry of await readdir(dir)) {
    if (entry.startsWith(TEMP_PREFIX) && entry !== LOCK) {
      await rm(join(dir, entry), { recursive: true, force: true });
    }
  }
}

/** Refuses to replace a reports folder, summary or errors file that an earlier run did not write. */
async function checkOwnership(dir: string): Promise<void> {
  const reports = join(dir, REPORTS_DIR);
  if (await exists(join(reports, MARKER))) return;
  const foreign: string[] = [];
  try {
    const info = await stat(reports);
    if (!info.isDirectory() || (await readdir(reports)).length > 0) foreign.push(`${REPORTS_DIR}/`);
  } catch (error) {
    if (!isMissing(error)) throw error;
  }
  for (const file of [SUMMARY_FILE, ERRORS_FILE]) if (await exists(join(dir, file))) foreign.push(file);
  if (foreign.length > 0) {
    throw new CliError(
      `${dir} already holds ${foreign.join(', ')} that casemgr-path did not write; choose an empty or new --out folder`,
      EXIT.usage,
    );
  }
}

import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import * as fsp from 'node:fs/promises';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import { type Stringifier, stringify } from 'csv-stringify';
import { CliError, EXIT } from '../errors.js';
import { candidateName } from './file-names.js';

/**
 * The output folder of `report`, as a person sees it:
 *
 *   DIR/summary.csv   one row per client
 *   DIR/errors.csv    one row per problem in a failed row (header only when none failed)
 *   DIR/reports/      one report per client
 *
 * and as it is stored: each run is written whole into a fresh generation folder, and published by
 * one atomic step, the rename of a symbolic link:
 *
 *   DIR/.casemgr-path/gen-<id>/{summary.csv, errors.csv, reports/}   one complete run
 *   DIR/.casemgr-path/current -> gen-<id>                           the published run
 *   DIR/summary.csv -> .casemgr-path/current/summary.csv            (and errors.csv, reports)
 *
 * Until the rename, every path above shows the previous run; after it, the new one; never a mix.
 * A run that dies before the rename leaves only an unpublished generation, which the next run
 * removes; one that dies after it leaves the previous generation, removed the same way. Files in
 * DIR that the tool did not write are never touched, whatever their names (docs/faults.md).
 */
export const REPORTS_DIR = 'reports';
export const SUMMARY_FILE = 'summary.csv';
export const ERRORS_FILE = 'errors.csv';
/** The tool's own folder inside DIR: generations, the current pointer, an explanation. */
export const STATE_DIR = '.casemgr-path';
const STATE_NOTE = 'README.txt';
const CURRENT = 'current';
/** Marks a reports folder as ours (kept from 0.1, where it was the only mark). */
const MARKER = '.casemgr-path-reports';
const LOCK = '.casemgr-path.lock';
const GENERATION = /^gen-[0-9a-f]{12}$/;
const TEMP_LINK = /^link-[0-9a-f]{12}$/;
const OLD_REPORTS = /^old-reports-[0-9a-f]{12}$/;
/** What 0.1 left behind when interrupted: exactly these names, and folders only with our marker. */
const LEGACY_TEMP_FILE = /^\.casemgr-path-[0-9a-f]{12}-(summary|errors)\.csv$/;
const LEGACY_TEMP_DIR = /^\.casemgr-path-(staging|old)-[0-9a-f]{12}$/;

const ENTRIES = [SUMMARY_FILE, ERRORS_FILE, REPORTS_DIR] as const;
const entryTarget = (name: string) => `${STATE_DIR}/${CURRENT}/${name}`;

/** The steps of publishing a run, in order; a fault-injection hook may stop the process after any. */
export const PUBLISH_STEPS = ['closed', 'linked', 'staged', 'published', 'cleaned', 'unlocked'] as const;
export type PublishStep = (typeof PUBLISH_STEPS)[number];

/** The file-system calls the folder makes, replaceable in tests (to count them or inject faults). */
export interface FolderFs {
  open: typeof fsp.open;
  mkdir: typeof fsp.mkdir;
  rename: typeof fsp.rename;
  rm: typeof fsp.rm;
  symlink: typeof fsp.symlink;
  readlink: (path: string) => Promise<string>;
  lstat: typeof fsp.lstat;
  readdir: (path: string) => Promise<string[]>;
  writeFile: typeof fsp.writeFile;
  readFile: typeof fsp.readFile;
  link: typeof fsp.link;
  copyFile: typeof fsp.copyFile;
  createWriteStream: (path: string, options: { flags: string }) => Writable;
}

const nodeFs: FolderFs = {
  open: fsp.open,
  mkdir: fsp.mkdir,
  rename: fsp.rename,
  rm: fsp.rm,
  symlink: fsp.symlink,
  readlink: (path) => fsp.readlink(path),
  lstat: fsp.lstat,
  readdir: (path) => fsp.readdir(path),
  writeFile: fsp.writeFile,
  readFile: fsp.readFile,
  link: fsp.link,
  copyFile: fsp.copyFile,
  createWriteStream: (path, options) => createWriteStream(path, options),
};

export interface FolderOptions {
  fs?: Partial<FolderFs>;
  /** Called after each step of {@link ReportFolder.commit}; tests use it to simulate a crash there. */
  onStep?: (step: PublishStep) => void | Promise<void>;
}

/**
 * A CSV file written row by row. A failing file (a full disk) fails the next write or the close
 * with its error, instead of leaving a wait for a 'drain' that never comes.
 */
export class CsvSink {
  private readonly stringifier: Stringifier;
  private readonly file: Writable;
  private readonly failed: Promise<never>;
  private failure: Error | undefined;

  constructor(
    readonly path: string,
    columns: readonly string[],
    open: FolderFs['createWriteStream'] = nodeFs.createWriteStream,
  ) {
    this.stringifier = stringify({ header: true, columns: [...columns] });
    this.file = open(path, { flags: 'wx' });
    this.failed = new Promise<never>((_, reject) => {
      const fail = (error: Error) => {
        this.failure ??= error;
        reject(this.failure);
      };
      this.file.on('error', fail);
      this.stringifier.on('error', fail);
    });
    this.failed.catch(() => {});
    this.stringifier.pipe(this.file);
  }

  /** Writes one record, waiting when the file falls behind (back-pressure). */
  async write(record: Record<string, string | number | null>): Promise<void> {
    if (this.failure) throw this.failure;
    if (!this.stringifier.write(record)) await Promise.race([once(this.stringifier, 'drain'), this.failed]);
  }

  async close(): Promise<void> {
    if (this.failure) throw this.failure;
    const finished = once(this.file, 'finish');
    finished.catch(() => {});
    this.stringifier.end();
    await Promise.race([finished, this.failed]);
  }

  /**
   * Stops writing and waits until the file is closed: a stream still opening would otherwise
   * create its file after the caller removed the folder, leaving the folder behind.
   */
  async destroy(): Promise<void> {
    this.stringifier.destroy();
    if (this.file.closed) return;
    const closed = new Promise<void>((resolve) => this.file.once('close', () => resolve()));
    this.file.destroy();
    await closed;
  }
}

const codeOf = (error: unknown) => (error as NodeJS.ErrnoException)?.code;
const id = () => randomBytes(6).toString('hex');

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return codeOf(error) === 'EPERM';
  }
}

/** `empty`: a reports/ folder with nothing in it (made by hand), which the link may replace. */
type EntryState = 'absent' | 'empty' | 'ours' | 'legacy' | 'foreign';

/** One run's hold on an output folder: the lock, its generation folder and the two CSV files. */
export class ReportFolder {
  /** Next suffix to try per base name that has collided, so 1,000 "Client" rows cost 1,000 opens, not 500,000. */
  private readonly nextAttempt = new Map<string, number>();

  private constructor(
    readonly dir: string,
    /** The generation folder of this run. */
    readonly generation: string,
    readonly summary: CsvSink,
    readonly errors: CsvSink,
    private readonly fs: FolderFs,
    private readonly onStep: FolderOptions['onStep'],
  ) {}

  private get state(): string {
    return join(this.dir, STATE_DIR);
  }

  static async open(
    dir: string,
    columns: { summary: readonly string[]; errors: readonly string[] },
    options: FolderOptions = {},
  ): Promise<ReportFolder> {
    const fs: FolderFs = { ...nodeFs, ...options.fs };
    try {
      await fs.mkdir(dir, { recursive: true });
    } catch (error) {
      const code = codeOf(error);
      const why = code === 'EEXIST' || code === 'ENOTDIR' ? 'a file is in the way' : (error as Error).message;
      throw new CliError(`cannot create the output folder ${dir}: ${why}`, EXIT.usage);
    }
    await takeLock(dir, fs);
    try {
      const entries = await checkOwnership(dir, fs);
      const state = join(dir, STATE_DIR);
      await removeLeftovers(dir, fs);
      if (entries.includes('legacy')) await adoptLegacyRun(dir, fs);
      const name = `gen-${id()}`;
      const generation = join(state, name);
      await fs.mkdir(join(generation, REPORTS_DIR), { recursive: true });
      await fs.writeFile(
        join(generation, REPORTS_DIR, MARKER),
        'Written by casemgr-path report; the next run replaces this folder.\n',
      );
      const summary = new CsvSink(join(generation, SUMMARY_FILE), columns.summary, fs.createWriteStream);
      const errors = new CsvSink(join(generation, ERRORS_FILE), columns.errors, fs.createWriteStream);
      return new ReportFolder(dir, generation, summary, errors, fs, options.onStep);
    } catch (error) {
      await fs.rm(join(dir, LOCK), { force: true });
      throw error;
    }
  }

  /**
   * Writes one report under the first free name (`base.ext`, `base-2.ext`, …). The generation
   * folder is the set of names taken in this run; for a base that has collided, the next suffix
   * to try is remembered, so many clients of one name cost one attempt each. The name is taken
   * before the first wait, so reports written at the same time get their names in call order.
   */
  async writeReport(base: string, extension: string, content: string): Promise<string> {
    for (;;) {
      const attempt = this.nextAttempt.get(base) ?? 1;
      this.nextAttempt.set(base, attempt + 1);
      const name = candidateName(base, attempt, extension);
      let handle: Awaited<ReturnType<typeof fsp.open>>;
      try {
        handle = await this.fs.open(join(this.generation, REPORTS_DIR, name), 'wx');
      } catch (error) {
        if (codeOf(error) === 'EEXIST') continue;
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

  /**
   * Publishes the finished run: the CSVs are closed, the entry links exist (made once, on a
   * folder's first run), a link to the new generation is made beside `current`, and renamed over
   * it: that rename is the one moment the folder changes from the old run to the new one. Then
   * the old generation and the lock are removed.
   */
  async commit(): Promise<void> {
    const step = async (name: PublishStep) => this.onStep?.(name);
    const previous = await this.fs.readlink(join(this.state, CURRENT)).catch(() => undefined);
    await Promise.all([this.summary.close(), this.errors.close()]);
    await step('closed');
    for (const entry of ENTRIES) {
      const path = join(this.dir, entry);
      const present = await this.fs.lstat(path).then(
        () => true,
        (error: unknown) => {
          if (codeOf(error) === 'ENOENT') return false;
          throw error;
        },
      );
      if (!present) await placeLink(this.fs, this.state, path, entryTarget(entry));
    }
    await step('linked');
    const staged = join(this.state, `link-${id()}`);
    await this.fs.symlink(this.generation.split(/[\\/]/).pop()!, staged, 'dir');
    await step('staged');
    await this.fs.rename(staged, join(this.state, CURRENT));
    await step('published');
    if (previous && GENERATION.test(previous)) {
      await this.fs.rm(join(this.state, previous), { recursive: true, force: true });
    }
    await step('cleaned');
    await this.fs.rm(join(this.dir, LOCK), { force: true });
    await step('unlocked');
  }

  /** Leaves the folder as it was before the run. */
  async abort(): Promise<void> {
    await Promise.all([this.summary.destroy(), this.errors.destroy()]);
    await this.fs.rm(this.generation, { recursive: true, force: true }).catch(() => {});
    // A folder that never had a run published goes back to holding nothing of ours.
    const published = await this.fs.lstat(join(this.state, CURRENT)).then(
      () => true,
      () => false,
    );
    if (!published) {
      await this.fs.rm(join(this.state, STATE_NOTE), { force: true }).catch(() => {});
      await fsp.rmdir(this.state).catch(() => {});
    }
    await this.fs.rm(join(this.dir, LOCK), { force: true }).catch(() => {});
  }
}

/** Makes `path` a symbolic link to `target` in one rename, replacing a file that is there. */
async function placeLink(fs: FolderFs, state: string, path: string, target: string): Promise<void> {
  const temp = join(state, `link-${id()}`);
  await fs.symlink(target, temp, target.endsWith(REPORTS_DIR) ? 'dir' : 'file');
  try {
    await fs.rename(temp, path);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
}

/** One run per folder at a time; a lock left by a process that has died is taken over. */
async function takeLock(dir: string, fs: FolderFs): Promise<void> {
  const lock = join(dir, LOCK);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await fs.writeFile(lock, `${process.pid}\n`, { flag: 'wx' });
      return;
    } catch (error) {
      if (codeOf(error) !== 'EEXIST') {
        throw new CliError(
          `cannot write to the output folder ${dir}: ${(error as Error).message}`,
          codeOf(error) === 'ENOSPC' ? EXIT.failed : EXIT.usage,
        );
      }
    }
    const pid = Number.parseInt(await fs.readFile(lock, 'utf8').catch(() => ''), 10);
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && processAlive(pid)) {
      throw new CliError(
        `another casemgr-path report (process ${pid}) is writing to ${dir}; wait for it to finish (if it is not running, delete ${lock})`,
        EXIT.usage,
      );
    }
    await fs.rm(lock, { force: true });
  }
  throw new CliError(
    `cannot lock the output folder ${dir}; is another run starting at the same time?`,
    EXIT.usage,
  );
}

async function kindAt(fs: FolderFs, path: string) {
  try {
    return await fs.lstat(path);
  } catch (error) {
    if (codeOf(error) === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Sorts the folder's entries into ours (links this tool makes, or a 0.1 run) and foreign, and
 * refuses a folder where any of summary.csv, errors.csv, reports/ or .casemgr-path/ is not ours,
 * before anything is written: a directory named summary.csv stops the run here, not halfway.
 */
async function checkOwnership(dir: string, fs: FolderFs): Promise<EntryState[]> {
  const foreign: string[] = [];
  const states: EntryState[] = [];
  const state = join(dir, STATE_DIR);
  const stateInfo = await kindAt(fs, state);
  if (stateInfo) {
    const ours =
      stateInfo.isDirectory() &&
      (await kindAt(fs, join(state, STATE_NOTE)).then((note) => Boolean(note?.isFile())));
    if (!ours) foreign.push(`${STATE_DIR}/`);
  }
  const reportsInfo = await kindAt(fs, join(dir, REPORTS_DIR));
  const legacyReports =
    reportsInfo?.isDirectory() === true &&
    (await kindAt(fs, join(dir, REPORTS_DIR, MARKER)).then((marker) => Boolean(marker?.isFile())));
  for (const entry of ENTRIES) {
    const path = join(dir, entry);
    const info = entry === REPORTS_DIR ? reportsInfo : await kindAt(fs, path);
    let kind: EntryState;
    if (!info) kind = 'absent';
    else if (info.isSymbolicLink()) {
      kind = (await fs.readlink(path).catch(() => '')) === entryTarget(entry) ? 'ours' : 'foreign';
    } else if (legacyReports && (entry === REPORTS_DIR ? info.isDirectory() : info.isFile())) kind = 'legacy';
    else if (entry === REPORTS_DIR && info.isDirectory() && (await fs.readdir(path)).length === 0) {
      kind = 'empty';
    } else kind = 'foreign';
    if (kind === 'foreign') foreign.push(entry === REPORTS_DIR ? `${REPORTS_DIR}/` : entry);
    states.push(kind);
  }
  if (foreign.length > 0) {
    throw new CliError(
      `${dir} already holds ${foreign.join(', ')} that casemgr-path did not write; choose an empty or new --out folder`,
      EXIT.usage,
    );
  }
  if (!stateInfo) {
    await fs.mkdir(state);
    await fs.writeFile(
      join(state, STATE_NOTE),
      'casemgr-path report keeps its runs here. summary.csv, errors.csv and reports/ beside this folder\n' +
        'are links to the current run. Do not edit; the next run replaces the contents.\n',
    );
  }
  // An empty reports/ folder (made by hand) is replaced by the link: a link cannot be renamed over it.
  if (states.includes('empty')) await fs.rm(join(dir, REPORTS_DIR), { recursive: true });
  return states;
}

/** Removes what an interrupted run left: unpublished or superseded generations, temp links. */
async function removeLeftovers(dir: string, fs: FolderFs): Promise<void> {
  const state = join(dir, STATE_DIR);
  const current = await fs.readlink(join(state, CURRENT)).catch(() => undefined);
  for (const entry of await fs.readdir(state)) {
    if ((GENERATION.test(entry) && entry !== current) || OLD_REPORTS.test(entry)) {
      await fs.rm(join(state, entry), { recursive: true, force: true });
    } else if (TEMP_LINK.test(entry)) {
      await fs.rm(join(state, entry), { force: true });
    }
  }
  // 0.1 wrote its temp files beside the run: remove only those exact names, and its staging
  // folders only when they carry its marker.
  for (const entry of await fs.readdir(dir)) {
    if (LEGACY_TEMP_FILE.test(entry)) await fs.rm(join(dir, entry), { force: true });
    else if (LEGACY_TEMP_DIR.test(entry) && (await kindAt(fs, join(dir, entry, MARKER)))?.isFile()) {
      await fs.rm(join(dir, entry), { recursive: true, force: true });
    }
  }
}

/**
 * Turns a run written by 0.1 (real files at summary.csv, errors.csv, reports/) into a generation,
 * once. Its files are hard-linked (copied where links are not possible) into a generation that is
 * published first, then each entry is replaced by its link, so every path keeps its content at
 * every moment; only reports/ is briefly absent between its two renames (see docs/faults.md).
 */
async function adoptLegacyRun(dir: string, fs: FolderFs): Promise<void> {
  const state = join(dir, STATE_DIR);
  const name = `gen-${id()}`;
  const generation = join(state, name);
  const keep = async (from: string, to: string) => {
    await fs.link(from, to).catch(() => fs.copyFile(from, to));
  };
  await fs.mkdir(join(generation, REPORTS_DIR), { recursive: true });
  for (const file of [SUMMARY_FILE, ERRORS_FILE]) {
    if (await kindAt(fs, join(dir, file))) await keep(join(dir, file), join(generation, file));
  }
  for (const entry of await fs.readdir(join(dir, REPORTS_DIR))) {
    const info = await kindAt(fs, join(dir, REPORTS_DIR, entry));
    if (info?.isFile()) await keep(join(dir, REPORTS_DIR, entry), join(generation, REPORTS_DIR, entry));
  }
  const staged = join(state, `link-${id()}`);
  await fs.symlink(name, staged, 'dir');
  await fs.rename(staged, join(state, CURRENT));
  for (const file of [SUMMARY_FILE, ERRORS_FILE]) {
    await placeLink(fs, state, join(dir, file), entryTarget(file));
  }
  const old = join(state, `old-reports-${id()}`);
  await fs.rename(join(dir, REPORTS_DIR), old);
  await placeLink(fs, state, join(dir, REPORTS_DIR), entryTarget(REPORTS_DIR));
  await fs.rm(old, { recursive: true, force: true });
}

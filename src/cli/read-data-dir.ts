import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Diagnostic } from '../core/diagnostic.js';
import type { DataFileInput } from '../data/parse-data.js';
import { isDataFileName } from '../data/parse-data.js';
import { MAX_INPUT_BYTES } from '../data/yaml-source.js';
import { CliError, EXIT } from './errors.js';
import { describeFsError } from './fs.js';

/** What a data folder holds: the files read, and a diagnostic for each file that could not be. */
export interface DataDirContents {
  inputs: DataFileInput[];
  problems: Diagnostic[];
}

/** The file-system calls used, replaceable in tests (for example to fake EACCES when running as root). */
export interface DataDirFs {
  readdir: (dir: string) => Promise<string[]>;
  stat: (file: string) => Promise<{ size: number; isDirectory(): boolean; isFile?(): boolean }>;
  readFile: (file: string) => Promise<Uint8Array>;
}

const nodeFs: DataDirFs = { readdir: (dir) => readdir(dir), stat: (file) => stat(file), readFile };

function problem(file: string, code: string, message: string): Diagnostic {
  return { file, line: 1, column: 1, severity: 'error', code, path: '', message };
}

/**
 * Reads every YAML file of a data folder, sorted so output order is stable. A folder that cannot
 * be listed is a usage error (exit 2); a file inside it that cannot be read is a diagnostic, so
 * every other file is still checked. Oversized files are refused from their size, unread.
 */
export async function readDataDir(dir: string, fs: DataDirFs = nodeFs): Promise<DataDirContents> {
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException)?.code;
    if (code === 'ENOTDIR') throw new CliError(`${dir} is a file; give the folder that holds the data files`);
    throw new CliError(describeFsError(error, dir, 'data folder'), EXIT.usage);
  }
  const dataFiles = names.filter(isDataFileName).sort();
  if (dataFiles.length === 0) throw new CliError(`no data files (*.yaml) in ${dir}`, EXIT.usage);
  return readFiles(dir, dataFiles, fs);
}

/**
 * Reads the named files of a folder, each on its own: a file that cannot be read is a diagnostic,
 * and the others are still read. Oversized files are refused from their size, unread.
 */
async function readFiles(dir: string, names: readonly string[], fs: DataDirFs): Promise<DataDirContents> {
  const inputs: DataFileInput[] = [];
  const problems: Diagnostic[] = [];
  for (const name of names) {
    const file = join(dir, name);
    try {
      const info = await fs.stat(file);
      if (info.isDirectory()) {
        problems.push(problem(file, 'unreadable', 'this is a folder, not a data file'));
        continue;
      }
      // A FIFO would block the read, a device (or a link to one) never end it.
      if (info.isFile && !info.isFile()) {
        problems.push(problem(file, 'unreadable', 'this is not a regular file (a FIFO, socket or device)'));
        continue;
      }
      if (info.size > MAX_INPUT_BYTES) {
        const mb = (info.size / 1024 / 1024).toFixed(1);
        problems.push(
          problem(file, 'too-large', `file is ${mb} MB; the limit is ${MAX_INPUT_BYTES / 1024 / 1024} MB`),
        );
        continue;
      }
      inputs.push({ file, bytes: await fs.readFile(file) });
    } catch (error) {
      problems.push(problem(file, 'unreadable', unreadableMessage(error)));
    }
  }
  return { inputs, problems };
}

function unreadableMessage(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'EACCES' || code === 'EPERM') return 'cannot read this file: permission denied';
  if (code === 'ENOENT') return 'this file disappeared while being read';
  return `cannot read this file: ${(error as Error)?.message ?? String(error)}`;
}

/** What a data folder's `i18n/` holds: the translation files of each language, and problems. */
export interface TranslationDirContents {
  /** Language code → its translation files (possibly none). */
  languages: Map<string, DataFileInput[]>;
  problems: Diagnostic[];
}

/**
 * Reads `DIR/i18n/<lang>/*.yaml` for every language folder. A data folder without `i18n/` offers
 * no translation (nothing is checked). A folder named for a language the tool does not speak is
 * an error; so is a file that cannot be read (the others are still read).
 */
export async function readTranslationDirs(
  dir: string,
  known: readonly string[],
  fs: DataDirFs = nodeFs,
): Promise<TranslationDirContents> {
  const root = join(dir, 'i18n');
  const languages = new Map<string, DataFileInput[]>();
  const problems: Diagnostic[] = [];
  let folders: string[];
  try {
    folders = (await fs.readdir(root)).sort();
  } catch {
    return { languages, problems };
  }
  for (const lang of folders) {
    const folder = join(root, lang);
    let names: string[];
    try {
      if (!(await fs.stat(folder)).isDirectory()) continue;
      names = await fs.readdir(folder);
    } catch (error) {
      problems.push(problem(folder, 'unreadable', unreadableMessage(error)));
      continue;
    }
    if (!known.includes(lang)) {
      problems.push(
        problem(
          folder,
          'unknown-language',
          `not a language this tool speaks (${known.join(', ')}); add its code to LANGS in src/core/lang.ts first`,
        ),
      );
      continue;
    }
    const { inputs, problems: unread } = await readFiles(folder, names.filter(isDataFileName).sort(), fs);
    problems.push(...unread);
    languages.set(lang, inputs);
  }
  return { languages, problems };
}

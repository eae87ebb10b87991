import { stat } from 'node:fs/promises';
import type { Data } from '../../data/model.js';
import { CliError, EXIT, usageError } from '../errors.js';
import { describeFsError } from '../fs.js';
import type { BatchInput } from './rows.js';

export type InputFormat = 'csv' | 'jsonl' | 'list';

/** The input format, from the file's extension (the only hint a spreadsheet export carries). */
export function inputFormatOf(file: string): InputFormat {
  const ext = /\.([^./\\]+)$/.exec(file)?.[1]?.toLowerCase();
  switch (ext) {
    case 'csv':
      return 'csv';
    case 'jsonl':
    case 'ndjson':
      return 'jsonl';
    case 'yaml':
    case 'yml':
    case 'json':
      return 'list';
    default:
      throw usageError(
        `cannot tell the format of ${file}; --profiles takes a .csv, .jsonl (one profile per line), or a .yaml/.json list of profiles`,
      );
  }
}

/** Opens a batch input of any supported format. Missing or unreadable files are usage errors. */
export async function openProfiles(file: string, data: Data): Promise<BatchInput> {
  const format = inputFormatOf(file);
  let size: number;
  try {
    const info = await stat(file);
    if (info.isDirectory())
      throw new CliError(`profiles file ${file} is a directory, not a file`, EXIT.usage);
    size = info.size;
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(describeFsError(error, file, 'profiles file'), EXIT.usage);
  }
  switch (format) {
    case 'csv':
      return (await import('./read-csv.js')).readCsvProfiles(file, data, size);
    case 'jsonl':
      return (await import('./read-jsonl.js')).readJsonlProfiles(file, data, size);
    case 'list':
      return (await import('./read-list.js')).readListProfiles(file, data, size);
  }
}

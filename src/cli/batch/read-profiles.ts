import type { Data } from '../../data/model.js';
import { usageError } from '../errors.js';
import { openRegularFile } from '../fs.js';
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
  // A regular file only: a FIFO would block, /dev/zero (or a link to it) would never end.
  const { handle, size } = await openRegularFile(file, 'profiles file');
  try {
    switch (format) {
      case 'csv':
        return (await import('./read-csv.js')).readCsvProfiles(file, data, size, handle.createReadStream());
      case 'jsonl':
        return (await import('./read-jsonl.js')).readJsonlProfiles(
          file,
          data,
          size,
          handle.createReadStream(),
        );
      case 'list':
        return await (await import('./read-list.js')).readListProfiles(file, data, size, handle);
    }
  } catch (error) {
    await handle.close().catch(() => {});
    throw error;
  }
}

import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DataFileInput } from '../data/parse-data.js';
import { isDataFileName } from '../data/parse-data.js';
import { CliError, EXIT } from './errors.js';
import { describeFsError } from './fs.js';

/** Reads every YAML file of a data folder (sorted, so output order is stable). */
export async function readDataDir(dir: string): Promise<DataFileInput[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    throw new CliError(describeFsError(error, dir, 'data folder'), EXIT.usage);
  }
  const files = names.filter(isDataFileName).sort();
  return Promise.all(
    files.map(async (name) => {
      const file = join(dir, name);
      try {
        return { file, bytes: await readFile(file) };
      } catch (error) {
        throw new CliError(describeFsError(error, file, 'data file'), EXIT.usage);
      }
    }),
  );
}

import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Diagnostic } from '../core/diagnostic.js';
import { currentMonth, isMonth } from '../core/month.js';
import { type Data, dataSetOf, indexData } from '../data/model.js';
import {
  type DataFileInput,
  isDataFileName,
  mergeLayers,
  type ParsedLayer,
  parseDataLayer,
} from '../data/parse-data.js';
import type { DataSet } from '../data/schema/families.js';
import builtin from '../generated/builtin-data.json' with { type: 'json' };
import { validateLayer } from '../validate-layer.js';
import { DataError, describeDiagnostics } from './errors.js';

export interface LoadDataOptions {
  /** A folder of data files overlaid on the built-in data: a record with the same id replaces, a new id adds. */
  dir?: string;
  /** The month against which source dates are judged stale (default: this month). */
  asOf?: string;
}

export interface LoadedData {
  data: Data;
  /** Warnings (stale sources and the like); errors are thrown as a DataError instead. */
  diagnostics: Diagnostic[];
}

let builtinData: Data | undefined;

/** The built-in data was validated when the package was built, so it is only indexed here. */
function loadBuiltin(): Data {
  builtinData ??= indexData(builtin as unknown as DataSet);
  return builtinData;
}

/** The built-in data as a parsed layer, so an overlay can be merged onto it. */
function builtinLayer(): ParsedLayer {
  const lists = new Map<string, Record<string, unknown>[]>();
  for (const [list, records] of Object.entries(
    builtin as unknown as Record<string, Record<string, unknown>[]>,
  )) {
    lists.set(list, records);
  }
  return { lists, origins: new WeakMap(), diagnostics: [], files: [] };
}

async function readFolder(dir: string): Promise<DataFileInput[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'the folder does not exist'
        : code === 'ENOTDIR'
          ? 'this is a file, not a folder'
          : (error as Error).message;
    const diagnostic: Diagnostic = {
      file: dir,
      line: 1,
      column: 1,
      severity: 'error',
      code: 'unreadable',
      path: '',
      message: why,
    };
    throw new DataError(`cannot read the data folder ${dir}: ${why}`, [diagnostic]);
  }
  const files = names.filter(isDataFileName).sort();
  return Promise.all(
    files.map(async (name) => ({ file: join(dir, name), bytes: await readFile(join(dir, name)) })),
  );
}

/**
 * The data every other function takes. Without `dir`, the built-in data (no I/O). With `dir`,
 * that folder's YAML files overlaid on the built-in data and checked as a whole; any error
 * throws a DataError whose `diagnostics` list every problem with its file, line and column.
 */
export async function loadData(options: LoadDataOptions = {}): Promise<LoadedData> {
  if (options.dir === undefined) return { data: loadBuiltin(), diagnostics: [] };
  const asOf = options.asOf ?? currentMonth();
  if (!isMonth(asOf)) throw new DataError(`asOf must be a month as YYYY-MM, got "${asOf}"`);
  const overlay = parseDataLayer(await readFolder(options.dir));
  const merged = mergeLayers(builtinLayer(), overlay);
  const diagnostics = [...merged.diagnostics, ...validateLayer(merged, asOf)];
  if (diagnostics.some((d) => d.severity === 'error')) {
    throw new DataError(describeDiagnostics(`the data in ${options.dir}`, diagnostics), diagnostics);
  }
  return { data: indexData(dataSetOf(merged)), diagnostics };
}

// TEMPORARY stand-in until the real loadCliData lands in main (built-in data only, no --data).
import { type Data, indexData } from '../data/model.js';
import type { DataSet } from '../data/schema/families.js';
import builtin from '../generated/builtin-data.json' with { type: 'json' };
import type { GlobalOptions } from './context.js';
import { usageError } from './errors.js';

export async function loadCliData(globals: GlobalOptions): Promise<Data> {
  if (globals.data) throw usageError('--data is not wired yet');
  return indexData(builtin as unknown as DataSet);
}

import { type Data, indexData } from '../data/model.js';
import type { DataSet } from '../data/schema/families.js';
import builtin from '../generated/builtin-data.json' with { type: 'json' };
import type { GlobalOptions } from './context.js';
import { usageError } from './errors.js';

/**
 * The data the wizard offers choices from: the built-in data, embedded by the build.
 * WIRING (lead): replace with `loadCliData(globals)` from `src/cli/load-data.ts` when it lands,
 * so `--data DIR` overlays apply to the wizard too; then delete this file.
 */
export async function loadWizardData(globals: GlobalOptions): Promise<Data> {
  if (globals.data) throw usageError('--data is not supported by the wizard in this build');
  return indexData(builtin as unknown as DataSet);
}

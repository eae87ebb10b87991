import { currentMonth } from '../core/month.js';
import { type Data, indexData } from '../data/model.js';
import type { DataSet } from '../data/schema/families.js';
import builtin from '../generated/builtin-data.json' with { type: 'json' };
import type { GlobalOptions, Io } from './context.js';
import { processIo, wantsColor } from './context.js';
import { CliError, EXIT } from './errors.js';

let builtinData: Data | undefined;

/**
 * The data a command works on. Without --data: the built-in data, validated at build time and
 * embedded, so nothing is parsed or checked at run time. With --data DIR: the package's data
 * files with DIR overlaid, parsed and checked; any error is printed and fails the command.
 */
export async function loadCliData(globals: GlobalOptions, io: Io = processIo): Promise<Data> {
  if (!globals.data) {
    builtinData ??= indexData(builtin as unknown as DataSet);
    return builtinData;
  }
  const [{ checkOverlay }, { dataSetOf }, { formatStylish }] = await Promise.all([
    import('./data-layers.js'),
    import('../data/model.js'),
    import('../render/diagnostics/stylish.js'),
  ]);
  const checked = await checkOverlay(globals.data, currentMonth());
  const errors = checked.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) {
    const color = wantsColor(io.stderr, io.env, globals.color);
    io.stderr.write(formatStylish({ files: checked.files, diagnostics: errors, strict: false }, { color }));
    throw new CliError(
      `the data in ${globals.data} has ${errors.length === 1 ? 'an error' : `${errors.length} errors`}; fix ${errors.length === 1 ? 'it' : 'them'} or run without --data`,
      EXIT.failed,
    );
  }
  return indexData(dataSetOf(checked.layer));
}

import type { Diagnostic } from '../core/diagnostic.js';
import { mergeLayers, type ParsedLayer, type ParseOptions, parseDataLayer } from '../data/parse-data.js';
import { FAMILY_NAMES } from '../data/schema/families.js';
import { validateLayer } from '../validate-layer.js';
import { displayPath, packageDataDir } from './package-paths.js';
import { readDataDir } from './read-data-dir.js';

/** One data set to check: its parsed layer, plus every problem found on the way. */
export interface CheckedData {
  layer: ParsedLayer;
  /** Every file looked at, in order, as displayed. */
  files: string[];
  diagnostics: Diagnostic[];
}

/** Reads and parses one folder. Display paths are relative to the working folder where possible. */
export async function parseDataDir(
  dir: string,
  options: ParseOptions = {},
): Promise<{ layer: ParsedLayer; problems: Diagnostic[] }> {
  const { inputs, problems } = await readDataDir(displayPath(dir));
  const layer = parseDataLayer(inputs, options);
  layer.files.push(...problems.map((p) => p.file));
  return { layer, problems };
}

/** A complete data set has one file per family; say which are missing instead of a flood of dangling ids. */
function missingFamilies(dir: string, files: readonly string[], builtin: boolean): Diagnostic[] {
  const present = new Set(files.map((file) => (file.split(/[\\/]/).pop() ?? file).replace(/\.ya?ml$/i, '')));
  return FAMILY_NAMES.filter((family) => !present.has(family)).map((family) => ({
    file: `${displayPath(dir)}/${family}.yaml`,
    line: 1,
    column: 1,
    severity: 'error' as const,
    code: 'missing-file',
    path: '',
    message: builtin
      ? `missing: the built-in data has no ${family}.yaml`
      : `missing: a complete data set has ${family}.yaml (to check an overlay, use --data ${displayPath(dir)})`,
  }));
}

/** Checks one folder as a complete data set on its own. */
export async function checkCompleteDir(dir: string, asOf: string, builtin = false): Promise<CheckedData> {
  const { layer, problems } = await parseDataDir(dir);
  return {
    layer,
    files: layer.files,
    diagnostics: [
      ...problems,
      ...layer.diagnostics,
      ...missingFamilies(dir, layer.files, builtin),
      ...validateLayer(layer, asOf, [...problems, ...layer.diagnostics]),
    ],
  };
}

/** Checks the built-in data with a maintainer's overlay on top (same id replaces, new id adds). */
export async function checkOverlay(overlayDir: string, asOf: string): Promise<CheckedData> {
  const base = await parseDataDir(packageDataDir());
  const top = await parseDataDir(overlayDir, { partial: true });
  const layer = mergeLayers(base.layer, top.layer);
  return {
    layer,
    files: layer.files,
    diagnostics: [
      ...base.problems,
      ...top.problems,
      ...layer.diagnostics,
      ...validateLayer(layer, asOf, [...base.problems, ...top.problems, ...layer.diagnostics]),
    ],
  };
}

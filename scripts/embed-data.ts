import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hasErrors } from '../src/core/diagnostic.js';
import { currentMonth } from '../src/core/month.js';
import { dataSetOf } from '../src/data/model.js';
import { isDataFileName, parseDataLayer } from '../src/data/parse-data.js';
import { validateLayer } from '../src/validate-layer.js';

/**
 * Validates the built-in data and writes it as one JSON file that the CLI bundle embeds, so a
 * normal run never re-parses or re-validates YAML. Throws (failing the build) on any error.
 */
export function embedBuiltinData(root = join(dirname(fileURLToPath(import.meta.url)), '..')): string {
  const dataDir = join(root, 'data');
  const inputs = readdirSync(dataDir)
    .filter(isDataFileName)
    .sort()
    .map((name) => ({ file: `data/${name}`, bytes: readFileSync(join(dataDir, name)) }));
  const layer = parseDataLayer(inputs);
  const diagnostics = [...layer.diagnostics, ...validateLayer(layer, currentMonth())];
  if (hasErrors(diagnostics)) {
    const lines = diagnostics
      .filter((d) => d.severity === 'error')
      .map((d) => `${d.file}:${d.line}:${d.column}  ${d.message}  ${d.path}`);
    throw new Error(`the built-in data has errors:\n${lines.join('\n')}`);
  }
  const out = join(root, 'src', 'generated', 'builtin-data.json');
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(dataSetOf(layer)));
  return out;
}

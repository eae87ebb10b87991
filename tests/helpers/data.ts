import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Data, dataSetOf, indexData } from '../../src/data/model.js';
import { isDataFileName, parseDataLayer } from '../../src/data/parse-data.js';

let cached: Data | undefined;

/** The repository's data/ folder, parsed and indexed (what the build embeds). */
export function builtinData(): Data {
  if (cached) return cached;
  const dir = join(import.meta.dirname, '..', '..', 'data');
  const inputs = readdirSync(dir)
    .filter(isDataFileName)
    .sort()
    .map((name) => ({ file: `data/${name}`, bytes: readFileSync(join(dir, name)) }));
  const layer = parseDataLayer(inputs);
  const errors = layer.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) {
    throw new Error(
      `data/ has errors:\n${errors.map((d) => `${d.file}:${d.line}:${d.column} ${d.path} ${d.message}`).join('\n')}`,
    );
  }
  cached = indexData(dataSetOf(layer));
  return cached;
}

import type { FileHandle } from 'node:fs/promises';
import type { Data } from '../../data/model.js';
import { decodeSource, MAX_INPUT_BYTES, parseYamlSource } from '../../data/yaml-source.js';
import { CliError, EXIT } from '../errors.js';
import { readCapped } from '../fs.js';
import { formatProblems } from '../read-profile.js';
import type { BatchInput, BatchRow } from './rows.js';
import { validateProfileValue } from './rows.js';

/**
 * Reads a YAML or JSON file holding a list of profiles. It is parsed whole, with positions, so
 * errors can name lines; that is why it is limited to 5 MB (CSV and JSONL stream instead).
 * Rows are the profiles' places in the list, from 1.
 */
export async function readListProfiles(
  file: string,
  data: Data,
  size: number,
  handle: FileHandle,
): Promise<BatchInput> {
  if (size > MAX_INPUT_BYTES) {
    await handle.close();
    const mb = (size / 1024 / 1024).toFixed(1);
    throw new CliError(
      `${file} is ${mb} MB; YAML and JSON lists are read whole and limited to ${MAX_INPUT_BYTES / 1024 / 1024} MB. For a larger caseload use CSV or JSON Lines (.jsonl, one profile per line), which are streamed`,
      EXIT.usage,
    );
  }
  const bytes = await readCapped(handle, file, 'profiles file', MAX_INPUT_BYTES);
  const decoded = decodeSource(file, bytes);
  if (!decoded.ok) throw new CliError(formatProblems([decoded.diagnostic]), EXIT.failed);
  const source = parseYamlSource(file, decoded.text);
  if (source.diagnostics.length > 0) {
    throw new CliError(
      `${file} could not be read; no report was written:\n${formatProblems(source.diagnostics)}`,
      EXIT.failed,
    );
  }
  const root: unknown = source.value;
  if (!Array.isArray(root)) {
    const what = root && typeof root === 'object' ? 'a single mapping' : 'no list';
    throw new CliError(
      `${file} holds ${what}; report expects a list of profiles (for one profile, use casemgr-path roadmap --profile ${file})`,
      EXIT.failed,
    );
  }
  const items: unknown[] = root;
  let done = 0;
  async function* rows(): AsyncGenerator<BatchRow> {
    for (const [index, value] of items.entries()) {
      done = index + 1;
      yield validateProfileValue(value, data, index + 1, { source, root: items, prefix: [index] });
    }
  }
  return { rows: rows(), fraction: () => (items.length > 0 ? done / items.length : undefined) };
}

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DataFileInput } from '../../src/data/parse-data.js';
import { isDataFileName } from '../../src/data/parse-data.js';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
export const VALID_DATA = join(FIXTURES, 'data', 'valid');

/**
 * The small valid data set as in-memory inputs, with some files' text edited: `edits` maps a file
 * name to a function of its text (or to new text). Display names are `data/<name>`.
 */
export function validInputs(
  edits: Record<string, string | ((text: string) => string)> = {},
): DataFileInput[] {
  const names = new Set([...readdirSync(VALID_DATA).filter(isDataFileName), ...Object.keys(edits)]);
  return [...names].sort().map((name) => {
    let text = readFileSync(join(VALID_DATA, name), 'utf8');
    const edit = edits[name];
    if (typeof edit === 'string') text = edit;
    else if (edit) text = edit(text);
    return { file: `data/${name}`, bytes: new TextEncoder().encode(text) };
  });
}

/** Replaces exactly one occurrence, so a fixture edit fails loudly when the fixture changes. */
export function replaceOnce(search: string, replacement: string): (text: string) => string {
  return (text) => {
    const first = text.indexOf(search);
    if (first < 0 || text.indexOf(search, first + 1) >= 0) {
      throw new Error(`expected exactly one "${search}" in the fixture`);
    }
    return text.replace(search, replacement);
  };
}

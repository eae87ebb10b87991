import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { readCsvProfiles } from '../../src/cli/batch/read-csv.js';
import { parseJsonLine, splitLines } from '../../src/cli/batch/read-jsonl.js';
import { type BatchRow, validateProfileValue } from '../../src/cli/batch/rows.js';
import { CliError } from '../../src/cli/errors.js';
import { parseDataLayer } from '../../src/data/parse-data.js';
import { profileFromCsvRow } from '../../src/profile/csv.js';
import { parseProfile } from '../../src/profile/parse.js';
import { builtinData } from '../helpers/data.js';

/**
 * Malformed input at every door (profile files, CSV files and rows, JSON Lines rows, data
 * overlays) gives results or diagnostics, never an unexpected exception, and never lets a
 * control character through into a message.
 */

const data = builtinData();
const root = mkdtempSync(join(tmpdir(), 'casemgr-fuzz-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const TERMINAL_CONTROL = /[\u001b\u0007\u009b]/;

/** Text that looks a little like YAML, JSON or CSV, salted with controls, quotes and odd bytes. */
const pieces = fc.constantFrom(
  'version: 1\n',
  'name: ',
  '"',
  "'",
  '\\e]0;x\\a',
  '\u001b[31m',
  '\u0007',
  '\u0000',
  '\uFEFF',
  '[',
  ']',
  '{',
  '}',
  ',',
  ':',
  '- ',
  '  ',
  '\n',
  '\r\n',
  '\t',
  '#',
  '&a ',
  '*a',
  '!!binary ',
  'education:\n  - level: bachelor\n',
  'licenses: [rn]\n',
  'experience:\n',
  '  months: -1\n',
  'completed: 9999-12\n',
  'name: a\nname: b\n',
  '"version": 1',
  '{"version": 1, "name": "A", "name": "B"}',
  'María',
  '\uD800',
  'name,state\n',
  'cm_months,',
  '"a""b"',
  '=cmd()',
);
const textish = fc.oneof(
  fc.array(pieces, { maxLength: 30 }).map((parts) => parts.join('')),
  fc.string({ unit: 'binary', maxLength: 200 }),
);
const bytesish = fc.oneof(
  textish.map((text) => Buffer.from(text)),
  fc.uint8Array({ maxLength: 300 }),
  textish.map((text) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])),
);

const clean = (messages: readonly string[]) => {
  for (const message of messages) expect(message).not.toMatch(TERMINAL_CONTROL);
};

describe('malformed input never throws an unexpected error', () => {
  it('profile files (YAML or JSON bytes)', () => {
    fc.assert(
      fc.property(bytesish, (bytes) => {
        const result = parseProfile('p.yaml', bytes, data);
        if (!result.ok) {
          expect(result.diagnostics.length).toBeGreaterThan(0);
          for (const d of result.diagnostics) expect(d.line).toBeGreaterThanOrEqual(1);
        }
        clean(result.diagnostics.map((d) => `${d.path} ${d.message}`));
      }),
      { numRuns: 400 },
    );
  });

  it('CSV rows, cell by cell', () => {
    const cell = fc.oneof(textish, fc.constantFrom('', 'yes', 'no', '12', '-3', '2026-13', 'rn;lpn', 'ZZ'));
    const column = fc.oneof(
      fc.constantFrom(
        'name',
        'state',
        'degree_level',
        'cm_months',
        'cm2_start',
        'licenses',
        'goal_certification',
      ),
      textish,
    );
    fc.assert(
      fc.property(fc.dictionary(column, cell, { maxKeys: 8 }), (record) => {
        // Control characters are neutralized before parsing, by the stream (next test); here, no throw.
        const result = profileFromCsvRow(record, { row: 2, data });
        if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
      }),
      { numRuns: 400 },
    );
  });

  it('CSV files, streamed: rows or a CliError for the whole file', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(bytesish, async (bytes) => {
        const file = join(root, `f${++n}.csv`);
        writeFileSync(file, Buffer.concat([Buffer.from('name,state\n'), bytes]));
        const handle = await fsp.open(file);
        const input = readCsvProfiles(file, data, bytes.length, handle.createReadStream());
        const rows: BatchRow[] = [];
        try {
          for await (const row of input.rows) rows.push(row);
        } catch (error) {
          expect(error).toBeInstanceOf(CliError);
          clean([(error as Error).message]);
          return;
        }
        for (const row of rows) if ('errors' in row) clean(row.errors.map((e) => e.message));
      }),
      { numRuns: 150 },
    );
  });

  it('JSON Lines rows', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(bytesish, { maxLength: 5 }), async (lines) => {
        const source = (async function* () {
          yield Buffer.concat(lines.flatMap((line) => [line, Buffer.from('\n')]));
        })();
        try {
          for await (const line of splitLines(source, 1024)) {
            if (!('text' in line)) continue;
            const parsed = parseJsonLine(line.text);
            if (!parsed.ok) {
              clean([parsed.message]);
              continue;
            }
            const row = validateProfileValue(parsed.value, data, line.line);
            if ('errors' in row) clean(row.errors.map((e) => `${e.column} ${e.message}`));
          }
        } catch (error) {
          // Only a UTF-16 file as a whole is refused.
          expect(error).toBeInstanceOf(CliError);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('JSON values of any shape as profiles', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const row = validateProfileValue(value, data, 1);
        expect(row.row).toBe(1);
      }),
      { numRuns: 300 },
    );
  });

  it('data overlays (any family file, partial)', () => {
    const family = fc.constantFrom('certifications', 'licenses', 'specializations', 'degrees', 'states');
    fc.assert(
      fc.property(family, bytesish, (name, bytes) => {
        const layer = parseDataLayer([{ file: `overlay/${name}.yaml`, bytes }], { partial: true });
        clean(layer.diagnostics.map((d) => `${d.path} ${d.message}`));
      }),
      { numRuns: 300 },
    );
  });
});

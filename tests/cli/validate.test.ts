import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliResult, runMain } from '../helpers/cli.js';
import { VALID_DATA } from '../helpers/fixtures.js';

let temp: string;
beforeAll(() => {
  temp = mkdtempSync(join(tmpdir(), 'casemgr-validate-'));
});
afterAll(() => {
  rmSync(temp, { recursive: true, force: true });
});

/** A copy of the valid fixture data set with some files replaced, in its own temp folder. */
function dataSetWith(name: string, files: Record<string, string | Uint8Array>): string {
  const dir = join(temp, name);
  cpSync(VALID_DATA, dir, { recursive: true });
  for (const [file, content] of Object.entries(files)) writeFileSync(join(dir, file), content);
  return dir;
}

function expectOneLineUsageError(result: CliResult, message: RegExp): void {
  expect(result.status).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(result.stderr).toMatch(message);
}

const SKILL = (extra = '') =>
  `skills:\n  - id: care-coordination\n    name: Care coordination\n    summary: s\n    kind: organizational\n${extra}    how_to_build: [x]\n    sources: [{ title: t, as_of: 2026-01 }]\n`;

function billionLaughs(): string {
  const lines = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
  for (let i = 1; i < 9; i++) {
    const name = String.fromCharCode(97 + i);
    lines.push(
      `${name}: &${name} [${Array(9)
        .fill(`*${String.fromCharCode(96 + i)}`)
        .join(', ')}]`,
    );
  }
  return `${lines.join('\n')}\n`;
}

describe('validate: bad input, each one clear positioned line and exit 1', () => {
  it.each([
    [
      'malformed YAML',
      SKILL().replace('how_to_build: [x]', 'how_to_build: [x'),
      /skills\.yaml\n {2}7:5 +error +Flow sequence .*sufficiently indented/,
    ],
    [
      'a tab indent',
      SKILL().replace('    how_to_build', '\thow_to_build'),
      /6:1 +error +a tab is used for indentation/,
    ],
    ['a duplicate key', SKILL('    kind: clinical\n'), /6:5 +error +duplicate key "kind"/],
    ['an alias bomb', billionLaughs(), /1:1 +error +too many alias expansions/],
    [
      'a __proto__ key',
      SKILL('    __proto__: { polluted: true }\n'),
      /6:5 +error +unknown key "__proto__" +skills\[0\]/,
    ],
    [
      'a binary file',
      Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0]),
      /1:1 +error +this is a binary file/,
    ],
    [
      'an unknown key',
      SKILL('    how_to_bild: [y]\n'),
      /6:5 +error +unknown key "how_to_bild" \(did you mean "how_to_build"\?\)/,
    ],
  ])('%s', async (name, content, expected) => {
    const dir = dataSetWith(name.replace(/\W+/g, '-'), { 'skills.yaml': content });
    const result = await runMain(['validate', dir, '--as-of', '2026-11']);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(expected);
    expect(result.stdout).toMatch(/✖ \d+ errors?, 0 warnings in 1 of 11 files/);
    expect(result.stdout).not.toMatch(/\n\s+at /);
  });

  it('a 50 MB file is refused from its size, without parsing it', async () => {
    const dir = dataSetWith('huge', {});
    writeFileSync(join(dir, 'skills.yaml'), Buffer.alloc(50 * 1024 * 1024, 'a'));
    const result = await runMain(['validate', dir, '--as-of', '2026-11']);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/skills\.yaml\n {2}1:1 +error +file is 50\.0 MB; the limit is 5 MB/);
  });

  it('an unknown data file name, with did-you-mean', async () => {
    const dir = dataSetWith('misnamed', { 'skill.yaml': SKILL() });
    const result = await runMain(['validate', dir, '--as-of', '2026-11']);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(
      /skill\.yaml\n {2}1:1 +error +not a data file this tool knows \(did you mean "skills\.yaml"\?\)/,
    );
  });

  it('an unknown predicate in a rule, with did-you-mean', async () => {
    const dir = dataSetWith('predicate', {});
    const file = join(dir, 'certifications.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        '- license: { types: [lmsw, lbsw] }',
        '- lisence: { types: [lmsw, lbsw] }',
      ),
    );
    const result = await runMain(['validate', dir, '--as-of', '2026-11']);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(
      /14:15 +error +unknown predicate "lisence" \(did you mean "license"\?\) +certifications\[0\]\.routes\[0\]\.rule\.all\[0\]/,
    );
  });

  // Root reads any file whatever its mode, so this case is real only for other users; the
  // permission-denied path itself is tested with a faked EACCES in tests/cli/read-data-dir.test.ts.
  it.skipIf(process.getuid?.() === 0)('an unreadable file (chmod 000; not meaningful as root)', async () => {
    const dir = dataSetWith('unreadable', {});
    chmodSync(join(dir, 'skills.yaml'), 0o000);
    const result = await runMain(['validate', dir, '--as-of', '2026-11']);
    chmodSync(join(dir, 'skills.yaml'), 0o644);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/skills\.yaml\n {2}1:1 +error +cannot read this file: permission denied/);
  });
});

describe('validate: usage errors exit 2 with one line', () => {
  it('a missing folder', async () => {
    expectOneLineUsageError(
      await runMain(['validate', 'no/such/dir']),
      /^casemgr-path: data folder not found: no\/such\/dir$/m,
    );
  });

  it('a file instead of a folder', async () => {
    expectOneLineUsageError(
      await runMain(['validate', 'tests/fixtures/data/valid/skills.yaml']),
      /is a file; validate takes the folder that holds the data files/,
    );
  });

  it('a folder without data files', async () => {
    const empty = join(temp, 'empty');
    mkdirSync(empty, { recursive: true });
    expectOneLineUsageError(await runMain(['validate', empty]), /no data files \(\*\.yaml\) in /);
  });

  it('an unknown format', async () => {
    const result = await runMain(['validate', '--format', 'xml']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/Allowed choices are stylish, json, github, junit/);
  });

  it('a bad --as-of', async () => {
    expectOneLineUsageError(
      await runMain(['validate', '--as-of', '2026-13']),
      /--as-of expects a month as YYYY-MM/,
    );
  });

  it('folders and --data together', async () => {
    expectOneLineUsageError(
      await runMain(['--data', 'tests/fixtures/data/valid', 'validate', 'tests/fixtures/data/valid']),
      /not both/,
    );
  });
});

describe('validate: what is checked, and exit codes', () => {
  it('several folders, each a complete data set, in one run', async () => {
    const result = await runMain([
      'validate',
      'tests/fixtures/data/valid',
      'tests/fixtures/data/broken',
      '--format',
      'json',
      '--as-of',
      '2026-11',
    ]);
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.summary.files).toBe(23);
    expect(new Set(report.diagnostics.map((d: { file: string }) => d.file.split('/')[3]))).toEqual(
      new Set(['broken']),
    );
  });

  it('a partial folder names the missing families', async () => {
    const dir = join(temp, 'partial');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'skills.yaml'), SKILL());
    const result = await runMain(['validate', dir, '--format', 'json', '--as-of', '2026-11']);
    expect(result.status).toBe(1);
    const codes = JSON.parse(result.stdout).diagnostics.map((d: { code: string }) => d.code);
    expect(codes).toEqual(Array(10).fill('missing-file'));
  });

  it('warnings pass, unless --strict', async () => {
    const dir = dataSetWith('stale', { 'skills.yaml': SKILL().replace('as_of: 2026-01', 'as_of: 2020-01') });
    const lenient = await runMain(['validate', dir, '--as-of', '2026-11']);
    expect(lenient.status).toBe(0);
    expect(lenient.stdout).toMatch(
      /7:15 +warning +source as_of 2020-01 is older than 24 months +skills\[0\]\.sources\[0\]/,
    );
    expect(lenient.stdout).toMatch(/⚠ 0 errors, 1 warning in 1 of 11 files\n$/);
    const strict = await runMain(['validate', dir, '--strict', '--as-of', '2026-11']);
    expect(strict.status).toBe(1);
    expect(strict.stdout).toMatch(/⚠ 0 errors, 1 warning in 1 of 11 files \(--strict: warnings fail\)\n$/);
  });

  it('with no folder, checks the built-in data that ships in the package', async () => {
    const result = await runMain(['validate', '--format', 'json']);
    const report = JSON.parse(result.stdout);
    expect(report.summary.files).toBeGreaterThan(0);
    for (const d of report.diagnostics) expect(d.file).toMatch(/^data\//);
    expect(result.status).toBe(report.summary.ok ? 0 : 1);
  });

  it('--data checks the built-in data with the overlay on top, pointing into the overlay', async () => {
    const overlay = join(temp, 'overlay');
    mkdirSync(overlay, { recursive: true });
    writeFileSync(
      join(overlay, 'organizations.yaml'),
      'organizations:\n  - id: local-board\n    name: A local board\n    abbreviation: LB\n    summary: s\n    kinds: [goverment]\n    url: https://example.org\n    sources: [{ title: t, as_of: 2026-01 }]\n',
    );
    const result = await runMain(['--data', overlay, 'validate', '--format', 'json', '--as-of', '2026-11']);
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.diagnostics.filter((d: { severity: string }) => d.severity === 'error')).toEqual([
      expect.objectContaining({
        file: expect.stringMatching(/overlay\/organizations\.yaml$/),
        line: 6,
        column: 13,
        message: 'unknown value "goverment" (did you mean "government"?)',
      }),
    ]);
    expect(report.summary.files).toBeGreaterThan(1);
  });
});

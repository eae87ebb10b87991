import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/build.js';
import { runMain } from '../helpers/cli.js';

const GOLDEN = join(ROOT, 'tests', 'golden');
const BROKEN = 'tests/fixtures/data/broken';

/** Compares with tests/golden/NAME; `UPDATE_GOLDEN=1 npx vitest run tests/cli` rewrites the files. */
function expectGolden(name: string, actual: string): void {
  const path = join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(path, actual);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

describe('validate output formats (golden)', () => {
  it.each([
    ['stylish', 'validate.stylish.txt'],
    ['json', 'validate.json'],
    ['github', 'validate.github.txt'],
    ['junit', 'validate.junit.xml'],
  ])('--format %s', async (format, golden) => {
    const result = await runMain(['validate', BROKEN, '--format', format, '--as-of', '2026-11']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
    expectGolden(golden, result.stdout);
  });

  it('clean data in stylish', async () => {
    const result = await runMain(['validate', 'tests/fixtures/data/valid', '--as-of', '2026-11']);
    expect(result.status).toBe(0);
    expectGolden('validate.clean.stylish.txt', result.stdout);
  });

  it('chooses the github format when GITHUB_ACTIONS=true', async () => {
    const result = await runMain(['validate', BROKEN, '--as-of', '2026-11'], {
      env: { GITHUB_ACTIONS: 'true' },
    });
    expect(result.stdout).toBe(readFileSync(join(GOLDEN, 'validate.github.txt'), 'utf8'));
  });

  it('an explicit --format wins over GITHUB_ACTIONS', async () => {
    const result = await runMain(['validate', BROKEN, '--format', 'json', '--as-of', '2026-11'], {
      env: { GITHUB_ACTIONS: 'true' },
    });
    expect(JSON.parse(result.stdout).summary).toEqual({
      files: 12,
      files_with_problems: 9,
      errors: 10,
      warnings: 1,
      ok: false,
    });
  });
});

import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/build.js';
import { runCli, runMain } from '../helpers/cli.js';

/** The built binary on every example in every format, and the command's errors and exit codes. */
const examples = readdirSync(join(ROOT, 'examples'))
  .filter((f) => f.endsWith('.yaml'))
  .sort();
const golden = (name: string, ext: string) =>
  readFileSync(join(ROOT, 'tests', 'golden', 'roadmap', `${name}.${ext}`), 'utf8');
const tmp = mkdtempSync(join(tmpdir(), 'casemgr-roadmap-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('roadmap (built binary)', () => {
  describe.each(examples)('%s', (file) => {
    const name = basename(file, '.yaml');
    const args = ['roadmap', '--profile', `examples/${file}`, '--as-of', '2026-11'];

    it('json and md match the golden files', async () => {
      const json = await runMain([...args, '--format', 'json']);
      expect(json.stderr).toBe('');
      expect(json.status).toBe(0);
      expect(json.stdout).toBe(golden(name, 'json'));
      const md = await runMain([...args, '--format', 'md']);
      expect(md.status).toBe(0);
      expect(md.stdout).toBe(golden(name, 'md'));
    });

    it('text fits 80 columns and html is one page', async () => {
      const text = await runMain([...args, '--format', 'text'], { env: { COLUMNS: '80' } });
      expect(text.status).toBe(0);
      expect(text.stdout).toMatch(/^casemgr-path · roadmap/);
      for (const line of text.stdout.split('\n')) expect([...line].length).toBeLessThanOrEqual(80);
      const html = await runMain([...args, '--format', 'html']);
      expect(html.status).toBe(0);
      expect(html.stdout).toMatch(/^<!doctype html>/i);
    });
  });

  // A real spawn, kept as a smoke test of the built binary; the rest run in process.
  it('reads the profile from standard input with --profile - (built binary)', () => {
    const result = runCli(['roadmap', '--profile', '-', '--format', 'json', '--as-of', '2026-11'], {
      input: readFileSync(join(ROOT, 'examples', 'maria.yaml'), 'utf8'),
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(golden('maria', 'json'));
  });

  it('--out without --format takes the format from the file name', async () => {
    const out = join(tmp, 'plain', 'maria.html');
    const result = await runMain([
      'roadmap',
      '--profile',
      'examples/maria.yaml',
      '--as-of',
      '2026-11',
      '--out',
      out,
    ]);
    expect(result).toMatchObject({ status: 0, stdout: '', stderr: '' });
    expect(readFileSync(out, 'utf8')).toMatch(/^<!doctype html>/i);
  });

  it('--out writes the file (creating its folder) and prints nothing', async () => {
    const out = join(tmp, 'reports', 'maria.md');
    const result = await runMain([
      'roadmap',
      '--profile',
      'examples/maria.yaml',
      '--format',
      'md',
      '--as-of',
      '2026-11',
      '--out',
      out,
    ]);
    expect(result).toMatchObject({ status: 0, stdout: '', stderr: '' });
    expect(readFileSync(out, 'utf8')).toBe(golden('maria', 'md'));
    expect(readdirSync(join(tmp, 'reports'))).toEqual(['maria.md']);
  });

  it.each([
    [['--as-of', '2026-13'], /^casemgr-path: --as-of expects a month as YYYY-MM/],
    [['--format', 'pdf'], /argument 'pdf' is invalid/],
  ])('%j is a usage error (exit 2)', async (extra, message) => {
    const result = await runMain(['roadmap', '--profile', 'examples/maria.yaml', ...extra]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
  });

  it('a missing profile is a usage error; an invalid one fails with file:line:col (exit 1)', async () => {
    const missing = await runMain(['roadmap', '--profile', 'no-such-profile.yaml']);
    expect(missing).toMatchObject({ status: 2, stdout: '' });
    expect(missing.stderr).toBe('casemgr-path: profile not found: no-such-profile.yaml\n');
    const bad = join(tmp, 'bad.yaml');
    writeFileSync(bad, 'version: 1\neducation:\n  - level: bachelors\n');
    const invalid = await runMain(['roadmap', '--profile', bad]);
    expect(invalid.status).toBe(1);
    expect(invalid.stdout).toBe('');
    expect(invalid.stderr).toMatch(/bad\.yaml:3:\d+ +education\[0\]\.level: /);
  });
});

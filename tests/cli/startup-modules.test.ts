import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../helpers/build.js';

/**
 * What the built CLI loads to start a command (docs/architecture.md, start-up): files and libraries,
 * never times. A valid profile is read without zod and the data schemas, and the profile commands
 * load a handful of chunks; a profile with a problem still gets the schema's located messages.
 */

const dir = mkdtempSync(join(tmpdir(), 'casemgr-startup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Every file and built-in the process loads (tests/helpers/load-log.mjs).
const list = join(dir, 'loaded.txt');
const LOAD_LOG = pathToFileURL(join(ROOT, 'tests', 'helpers', 'load-log.mjs')).href;

/** The dist/ files a run loads, with the libraries bundled in them. */
function loaded(args: string[]): {
  status: number | null;
  stderr: string;
  files: string[];
  libraries: Set<string>;
  builtins: Set<string>;
} {
  writeFileSync(list, '');
  const result = spawnSync(process.execPath, ['--import', LOAD_LOG, BIN, ...args], {
    cwd: ROOT,
    env: { ...process.env, NO_COLOR: '1', CASEMGR_LOAD_LOG: list },
    encoding: 'utf8',
  });
  const lines = readFileSync(list, 'utf8').split('\n').filter(Boolean);
  const files = [...new Set(lines.filter((line) => line.includes('/dist/')))];
  const builtins = new Set(lines.filter((line) => line.startsWith('builtin:')).map((line) => line.slice(8)));
  const libraries = new Set<string>();
  for (const url of files) {
    for (const [, name] of readFileSync(new URL(url), 'utf8').matchAll(
      /^\/\/#region node_modules\/(@[^/]+\/[^/]+|[^/]+)\//gm,
    ))
      libraries.add(name as string);
  }
  return { status: result.status, stderr: result.stderr, files, libraries, builtins };
}

describe('start-up of the built CLI', () => {
  // The roadmap loads one chunk more than eligibility: the planner, which eligibility never parses.
  for (const [command, most] of [
    ['eligibility', 8],
    ['roadmap', 9],
  ] as const) {
    it(`${command} reads a valid profile without zod, in a few chunks`, () => {
      const run = loaded([command, '--profile', 'examples/maria.yaml', '--as-of', '2026-11']);
      expect(run.status).toBe(0);
      expect([...run.libraries].sort()).toEqual(['chalk', 'commander', 'env-paths', 'yaml']);
      expect(run.files.length).toBeLessThanOrEqual(most);
      const planner = run.files.some((url) => /\/planner-[^/]+\.cjs$/.test(url));
      expect(planner).toBe(command === 'roadmap');
      // The CLI is CommonJS from its launcher on (its compiled code is cached: src/cli/compile-cache.ts).
      for (const url of run.files) expect(url).toMatch(/\/(bin\/casemgr-path|dist\/cli\/[^/]+)\.cjs$/);
      // node:crypto takes some 4 ms to load; only a command that writes a file needs it.
      expect(run.builtins.has('crypto')).toBe(false);
      // The profile is read with node:fs alone (src/cli/read-input.ts): node:fs/promises costs some 2 ms.
      expect(run.builtins.has('fs/promises')).toBe(false);
      expect(run.builtins.has('fs')).toBe(true);
    });
  }

  it('ships every chunk as ASCII, the embedded data text included (tsdown.config.ts, asciiOnly)', () => {
    const chunks = readdirSync(join(ROOT, 'dist', 'cli')).filter((name) => name.endsWith('.cjs'));
    expect(chunks.length).toBeGreaterThan(10);
    for (const name of chunks) {
      const text = readFileSync(join(ROOT, 'dist', 'cli', name), 'latin1');
      expect({ name, nonAscii: /[^\x00-\x7f]/.test(text) }).toEqual({ name, nonAscii: false });
    }
    // The escapes are undone where the text is read: the data keeps its own characters.
    const run = spawnSync(process.execPath, [BIN, 'explore', 'certifications', 'ccm'], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '1' },
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('March 1 \u2013 May');
    expect(run.stdout).not.toMatch(/\\u[0-9a-f]{4}/i);
  });

  it('loads the schema for a profile with a problem, which is located as before', () => {
    const profile = join(dir, 'bad.yaml');
    writeFileSync(profile, 'version: 1\nce_hours: lots\n');
    const run = loaded(['eligibility', '--profile', profile]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${profile}:2:11  ce_hours: expected a number, got "lots"`);
    expect(run.libraries.has('zod')).toBe(true);
  });
});

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, ensureBuilt, ROOT } from '../helpers/build.js';

/**
 * The compile cache of the CLI's chunks (src/cli/compile-cache.ts), on the built bundle: what it
 * writes, that a run from the cache answers as a run without it, and that a cache that is broken,
 * stale or cannot be written is only a slower start, never a different answer or an error.
 */

const dir = mkdtempSync(join(tmpdir(), 'casemgr-compile-cache-'));
beforeAll(() => ensureBuilt(), 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ELIGIBILITY = ['eligibility', '--profile', 'examples/maria.yaml', '--as-of', '2026-11'];

function run(args: string[], cacheHome: string, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    env: {
      ...process.env,
      NO_COLOR: '1',
      XDG_CACHE_HOME: cacheHome,
      ...env,
      NODE_DISABLE_COMPILE_CACHE: env.NODE_DISABLE_COMPILE_CACHE ?? '',
    },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The cache's one folder (per Node version and platform) under a cache home. */
function cacheFolder(cacheHome: string): string {
  const root = join(cacheHome, 'casemgr-path', 'compile-cache');
  const [only] = readdirSync(root);
  expect(only).toBe(`${process.version}-${process.arch}`);
  return join(root, only as string);
}

const uncached = (args: string[]) => run(args, join(dir, 'unused'), { NODE_DISABLE_COMPILE_CACHE: '1' });

describe('the compile cache of the CLI', () => {
  // Node 22 and later cache compiled code by themselves; these tests are about Node 20's hook.
  const builtin = Number(process.versions.node.split('.')[0]) >= 22;

  it.skipIf(builtin)('is written on the first run, used on the next, and answers the same', () => {
    const home = join(dir, 'first');
    const expected = uncached(ELIGIBILITY);
    expect(expected.status).toBe(0);

    const first = run(ELIGIBILITY, home);
    expect(first).toEqual(expected);
    const folder = cacheFolder(home);
    const files = readdirSync(folder).sort();
    const chunks = new Set(readdirSync(join(ROOT, 'dist', 'cli')));
    // One file per chunk the command loaded, named by the chunk, its size and its time.
    expect(files.some((name) => name.startsWith('engine-'))).toBe(true);
    expect(files.some((name) => name.startsWith('planner-'))).toBe(false);
    for (const name of files) {
      const [, chunk, size] = /^(.+\.cjs)\.(\d+)-\d+\.v8$/.exec(name) ?? [];
      expect(chunks.has(chunk as string), name).toBe(true);
      expect(Number(size)).toBe(statSync(join(ROOT, 'dist', 'cli', chunk as string)).size);
      expect(statSync(join(folder, name)).mode & 0o077).toBe(0);
    }
    expect(statSync(folder).mode & 0o077).toBe(0);

    const written = new Map(files.map((name) => [name, statSync(join(folder, name)).mtimeMs]));
    const second = run(ELIGIBILITY, home);
    expect(second).toEqual(expected);
    // Accepted, so not written again.
    expect(new Map(readdirSync(folder).map((name) => [name, statSync(join(folder, name)).mtimeMs]))).toEqual(
      written,
    );
  });

  it.skipIf(builtin)('answers the same from the cache where a command imports a module late', () => {
    // validate imports node:fs/promises inside a function, and roadmap --out node:crypto: code from
    // the cache lost the import() hook on Node 20 (the build now turns those imports into require).
    const home = join(dir, 'late');
    const out = join(dir, 'late-plan.md');
    const commands = [
      ['validate'],
      ['roadmap', '--profile', 'examples/maria.yaml', '--as-of', '2026-11', '--format', 'md', '--out', out],
    ];
    for (const args of commands) {
      const expected = uncached(args);
      const plan = existsSync(out) ? readFileSync(out, 'utf8') : undefined;
      expect(expected.status, expected.stderr).toBe(0);
      expect(run(args, home)).toEqual(expected);
      expect(run(args, home)).toEqual(expected);
      if (plan !== undefined) expect(readFileSync(out, 'utf8')).toBe(plan);
    }
  });

  it.skipIf(builtin)('recompiles from source when the cached code is garbage, and rewrites it', () => {
    const home = join(dir, 'garbage');
    const expected = uncached(ELIGIBILITY);
    run(ELIGIBILITY, home);
    const folder = cacheFolder(home);
    for (const name of readdirSync(folder)) {
      const size = statSync(join(folder, name)).size;
      writeFileSync(join(folder, name), Buffer.alloc(size, 0x5a));
    }
    expect(run(ELIGIBILITY, home)).toEqual(expected);
    for (const name of readdirSync(folder)) {
      expect(
        readFileSync(join(folder, name)).every((byte) => byte === 0x5a),
        name,
      ).toBe(false);
    }
  });

  it.skipIf(builtin)('drops the cached code of chunks that are gone or have changed', () => {
    const home = join(dir, 'stale');
    run(ELIGIBILITY, home);
    const folder = cacheFolder(home);
    const [engine] = readdirSync(folder).filter((name) => name.startsWith('engine-'));
    const stale = [
      'engine-Gone1234.cjs.402212-1700000000000.v8',
      (engine as string).replace(/\.(\d+)-\d+\.v8$/, '.$1-1700000000000.v8'),
    ];
    for (const name of stale) writeFileSync(join(folder, name), 'old');
    // A command that loads a chunk not yet cached writes, and tidies up as it does.
    expect(run(['roadmap', '--profile', 'examples/maria.yaml', '--as-of', '2026-11'], home).status).toBe(0);
    const after = readdirSync(folder);
    for (const name of stale) expect(after).not.toContain(name);
    expect(after).toContain(engine);
    expect(after.some((name) => name.startsWith('planner-'))).toBe(true);
  });

  it('is only a slower start where it cannot be written, and is not used when disabled', () => {
    const blocked = join(dir, 'a-file');
    writeFileSync(blocked, 'not a folder');
    const expected = uncached(ELIGIBILITY);
    expect(run(ELIGIBILITY, blocked)).toEqual(expected);
    expect(run(ELIGIBILITY, blocked)).toEqual(expected);

    const home = join(dir, 'disabled');
    expect(run(ELIGIBILITY, home, { NODE_DISABLE_COMPILE_CACHE: '1' })).toEqual(expected);
    expect(existsSync(join(home, 'casemgr-path'))).toBe(false);
  });
});

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, ensureBuilt, ROOT } from '../helpers/build.js';

/**
 * A language is loaded only when it is used: English start-up is what it was. Checked on the
 * built bundle, statically (which chunk imports which) and at run time (which modules load).
 */

// The CLI's bundle: CommonJS chunks (tsdown.config.ts).
const DIST = join(ROOT, 'dist', 'cli');
const tmp = mkdtempSync(join(tmpdir(), 'casemgr-lazy-'));
beforeAll(() => ensureBuilt(), 120_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Words that only a Spanish module holds. */
const SPANISH = /noviembre|elegibilidad|administración de casos|quiso decir/;

function chunks(): Map<string, string> {
  return new Map(
    readdirSync(DIST)
      .filter((name) => name.endsWith('.cjs'))
      // The chunks are ASCII, every other character a \u escape (tsdown.config.ts): read them back.
      .map((name) => [name, unescapeAscii(readFileSync(join(DIST, name), 'utf8'))]),
  );
}

const unescapeAscii = (code: string) =>
  code.replace(/\\u([0-9a-f]{4})/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));

// A chunk's imports of another, as the bundler writes them in CommonJS: `require("./x.cjs")` at the
// top for a static import, `Promise.resolve().then(() => require("./x.cjs"))` for import().
const LAZY = /Promise\.resolve\(\)\.then\(\(\) => require\("\.\/([^"]+)"\)\)/g;
const staticImports = (code: string) =>
  [...code.replace(LAZY, '').matchAll(/\brequire\("\.\/([^"]+)"\)/g)].map((m) => m[1]!);
const dynamicImports = (code: string) => [...code.matchAll(LAZY)].map((m) => m[1]!);

function loaded(args: string[], env: NodeJS.ProcessEnv = {}): string[] {
  const log = join(tmp, `load-${Math.random().toString(36).slice(2)}.log`);
  const result = spawnSync(
    process.execPath,
    ['--import', pathToFileURL(join(ROOT, 'tests', 'helpers', 'load-log.mjs')).href, BIN, ...args],
    {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '1', LANG: 'en_US.UTF-8', CASEMGR_LOAD_LOG: log, ...env },
      encoding: 'utf8',
    },
  );
  expect(result.status, result.stderr).toBe(0);
  return readFileSync(log, 'utf8')
    .split('\n')
    .filter((url) => url.includes('/dist/'))
    .map((url) => url.slice(url.lastIndexOf('/') + 1));
}

describe('Spanish is loaded only when it is used', () => {
  it('the bundle reaches Spanish chunks only through import(), never a static import', () => {
    const all = chunks();
    const spanish = [...all].filter(([, code]) => SPANISH.test(code)).map(([name]) => name);
    expect(spanish.length).toBeGreaterThan(0);
    // A chunk of Spanish words may share a module with another (the Spanish month names): only
    // English code must never import one statically.
    for (const [name, code] of all) {
      if (spanish.includes(name)) continue;
      for (const target of staticImports(code))
        expect(spanish, `${name} imports ${target}`).not.toContain(target);
    }
    const reached = [
      ...[...all.values()].flatMap(dynamicImports),
      ...spanish.flatMap((name) => staticImports(all.get(name)!)),
    ];
    for (const name of spanish) expect(reached).toContain(name);
  });

  it('an English run loads no Spanish chunk; a Spanish run does', () => {
    const spanish = [...chunks()].filter(([, code]) => SPANISH.test(code)).map(([name]) => name);
    const args = ['eligibility', '--profile', 'examples/maria.yaml', '--as-of', '2026-11'];
    for (const run of [
      args,
      [...args, '--format', 'json'],
      ['roadmap', '--profile', 'examples/maria.yaml'],
      ['explore', 'certifications', 'ccm'],
      ['explore', 'states', 'CA'],
      ['validate'],
      ['--help'],
    ]) {
      const english = loaded(run);
      expect(english.length).toBeGreaterThan(3);
      expect(
        english.filter((name) => spanish.includes(name)),
        run.join(' '),
      ).toEqual([]);
    }
    for (const run of [
      [...args, '--lang', 'es'],
      ['explore', 'states', 'CA', '--lang', 'es'],
      ['--help', '--lang', 'es'],
    ]) {
      const inSpanish = loaded(run);
      expect(inSpanish.filter((name) => spanish.includes(name)).length, run.join(' ')).toBeGreaterThan(0);
    }
  });
});

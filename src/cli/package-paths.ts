import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/**
 * The installed package's own folder, found by walking up from this module to our package.json.
 * That works from the bundles (`dist/cli/main.cjs` and `dist/index.js` with their chunks) and from the sources under vitest.
 */
export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      try {
        if ((JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'casemgr-path') {
          root = dir;
          return dir;
        }
      } catch {
        // Not our manifest (or not JSON): keep walking up.
      }
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the casemgr-path package folder');
    dir = parent;
  }
}

/** The built-in data files that ship in the package (`data/`). */
export function packageDataDir(): string {
  return join(packageRoot(), 'data');
}

/** A path as people want to read it: relative when it lies under the working folder. */
export function displayPath(path: string, cwd = process.cwd()): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

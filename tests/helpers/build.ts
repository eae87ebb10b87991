import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
export const BIN = join(ROOT, 'bin', 'casemgr-path.cjs');

/** Inputs of the bundle; the generated data JSON is left out because test setup rewrites it. */
const INPUTS = ['src', 'data', 'package.json', 'tsdown.config.ts', 'scripts/embed-data.ts'];

function newestMtime(path: string): number {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) {
    if (entry === 'generated') continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

/** Builds dist/ unless it is newer than every source file, so end-to-end tests run the real bundle. */
export function ensureBuilt(): void {
  const bundle = join(ROOT, 'dist', 'cli', 'main.cjs');
  if (existsSync(bundle)) {
    const built = statSync(bundle).mtimeMs;
    const sources = Math.max(
      ...INPUTS.map((input) => join(ROOT, input))
        .filter(existsSync)
        .map(newestMtime),
    );
    if (built > sources) return;
  }
  try {
    execFileSync(process.execPath, [join(ROOT, 'node_modules', 'tsdown', 'dist', 'run.mjs')], {
      cwd: ROOT,
      stdio: 'pipe',
      encoding: 'utf8',
    });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`the build failed:\n${stdout ?? ''}${stderr ?? ''}`);
  }
}

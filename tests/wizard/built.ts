import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';

import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
export const BIN = join(ROOT, 'bin', 'casemgr-path.cjs');

function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      // src/generated is rewritten by every test run's global setup; the build makes it anyway.
      if (entry.name !== 'generated') latest = Math.max(latest, newest(path));
    } else latest = Math.max(latest, statSync(path).mtimeMs);
  }
  return latest;
}

function fresh(): boolean {
  try {
    const built = statSync(join(ROOT, 'dist', 'cli', 'main.cjs')).mtimeMs;
    return built > Math.max(newest(join(ROOT, 'src')), newest(join(ROOT, 'data')));
  } catch {
    return false;
  }
}

/**
 * Builds dist/ with tsdown unless it is newer than every source and data file (these tests drive
 * the real binary). Test files run in parallel, so one builds while the others wait on a lock.
 */
export function ensureBuilt(): void {
  if (fresh()) return;
  const lock = join(ROOT, 'node_modules', '.cache', 'casemgr-build.lock');
  mkdirSync(join(lock, '..'), { recursive: true });
  try {
    mkdirSync(lock);
  } catch {
    // Another test file is building: wait until it is done (a stale lock gives up after 2 minutes).
    const until = Date.now() + 120_000;
    while (existsSync(lock) && Date.now() < until) execFileSync('sleep', ['0.2']);
    return;
  }
  try {
    if (!fresh())
      execFileSync(join(ROOT, 'node_modules', '.bin', 'tsdown'), [], { cwd: ROOT, stdio: 'ignore' });
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';

/**
 * A new empty folder under the system's temp folder, removed when the test that made it ends.
 * Call it inside a test. (A module-level `afterAll` here would bind to whichever file imported
 * the helper first: workers share modules between files, so later files' folders were left.)
 */
export function scratchDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

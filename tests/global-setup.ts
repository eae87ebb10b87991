import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { embedBuiltinData } from '../scripts/embed-data.js';
import { ensureBuilt } from './helpers/build.js';

/**
 * Unit tests import the CLI modules, which embed the generated built-in data: make it fresh.
 * End-to-end tests spawn the bundled CLI: build it once here, unless dist/ is already fresh.
 *
 * Every temp folder of the run (the tests' own, and those the spawned CLI, tmux or Chromium
 * make) goes under one folder of this run, removed when the run ends: a test that fails half
 * way, or a child that is killed, leaves nothing behind in the system's temp folder.
 */
export default function setup(): () => void {
  ensureBuilt();
  embedBuiltinData();
  // Vitest runs this once for each project: the first run makes the folder, the others reuse it.
  // The name is short because the wizard tests read a saved path off an 80-column screen and
  // Chromium's socket path has a length limit.
  if (process.env.CASEMGR_TEST_TMP) return () => {};
  const runTemp = mkdtempSync(join(tmpdir(), 'cmp-t-'));
  const before = process.env.TMPDIR;
  process.env.TMPDIR = runTemp;
  process.env.CASEMGR_TEST_TMP = runTemp;
  return () => {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
    delete process.env.CASEMGR_TEST_TMP;
    rmSync(runTemp, { recursive: true, force: true });
  };
}

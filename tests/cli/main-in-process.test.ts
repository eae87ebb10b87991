import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runMain } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'casemgr-main-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const ROADMAP = ['roadmap', '--profile', 'examples/maria.yaml', '--as-of', '2026-11'];

describe('main(argv, io): the CLI as a function', () => {
  it('runs many times in one process, each run with its own exit code and nothing left behind', async () => {
    const listeners = () => ({
      sigint: process.listenerCount('SIGINT'),
      beforeExit: process.listenerCount('beforeExit'),
    });
    const before = listeners();
    const csv = join(dir, 'c.csv');
    writeFileSync(csv, 'name,state\nAnn,TX\nBob,ZZ\n');

    expect((await runMain(['validate', 'tests/fixtures/data/broken', '--as-of', '2026-11'])).status).toBe(1);
    expect((await runMain(ROADMAP)).status).toBe(0);
    expect((await runMain(['report', '--profiles', csv, '--out', join(dir, 'out')])).status).toBe(1);
    expect((await runMain(['validate'])).status).toBe(0);
    expect((await runMain(['roadmap', '--bogus'])).status).toBe(2);
    expect((await runMain(ROADMAP)).status).toBe(0);

    expect(process.exitCode).toBeUndefined();
    expect(listeners()).toEqual(before);
  });

  it('decides color per run: a colored run does not color the next one', async () => {
    const colored = await runMain(ROADMAP, { env: { NO_COLOR: '', FORCE_COLOR: '1' } });
    expect(colored.stdout).toContain('\u001b[');
    const plain = await runMain(ROADMAP);
    expect(plain.stdout).not.toContain('\u001b');
    expect(plain.stdout.replace(/[^\n]/g, '').length).toBeGreaterThan(5);
  });
});

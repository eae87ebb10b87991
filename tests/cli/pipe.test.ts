import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, ensureBuilt, ROOT } from '../helpers/build.js';

describe('output into a pipe that closes early (| head)', () => {
  beforeAll(() => ensureBuilt(), 120_000);

  it('ends quietly, with no stack trace', () => {
    const result = spawnSync('bash', ['-c', `node ${JSON.stringify(BIN)} --help | head -n 1`], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(result.stdout).toMatch(/^Usage: casemgr-path/);
    expect(result.stderr).toBe('');
  });
});

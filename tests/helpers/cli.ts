import { spawnSync } from 'node:child_process';
import { BIN, ROOT } from './build.js';

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the built CLI as a user would, from the repository root, with a clean environment:
 * no colour, not in CI, not in GitHub Actions, unless `env` says otherwise.
 */
export function runCli(
  args: readonly string[],
  options: { env?: NodeJS.ProcessEnv; cwd?: string; input?: string } = {},
): CliResult {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  for (const name of ['CI', 'GITHUB_ACTIONS', 'FORCE_COLOR', 'DEBUG']) delete env[name];
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env: { ...env, ...options.env },
    encoding: 'utf8',
    timeout: 30_000,
    ...(options.input !== undefined ? { input: options.input } : {}),
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

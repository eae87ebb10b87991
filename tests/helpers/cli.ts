import { spawnSync } from 'node:child_process';
import { Readable, Writable } from 'node:stream';
import { BIN, ROOT } from './build.js';

/**
 * The test process's environment without what would change the output: color, CI, debugging,
 * and a Spanish locale (the suite's expectations are English unless a test sets LANG itself).
 */
function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  for (const name of ['CI', 'GITHUB_ACTIONS', 'FORCE_COLOR', 'DEBUG']) delete env[name];
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name];
    // es_US.UTF-8 becomes en_US.UTF-8: still English, and the encoding (Unicode or not) kept.
    if (value && /^es(?:[_.@-]|$)/i.test(value)) env[name] = value.replace(/^es(?:_[A-Za-z]+)?/i, 'en_US');
  }
  return env;
}

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the built CLI as a user would, from the repository root, with a clean environment:
 * no color, not in CI, not in GitHub Actions, unless `env` says otherwise.
 */
export function runCli(
  args: readonly string[],
  options: { env?: NodeJS.ProcessEnv; cwd?: string; input?: string } = {},
): CliResult {
  const env = cleanEnv();
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env: { ...env, ...options.env },
    encoding: 'utf8',
    timeout: 30_000,
    ...(options.input !== undefined ? { input: options.input } : {}),
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A stream that collects what is written to it, standing in for stdout or stderr. */
function collector(isTTY = false): { stream: NodeJS.WriteStream; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      chunks.push(typeof chunk === 'string' ? chunk : chunk.toString('utf8'));
      done();
    },
  }) as unknown as NodeJS.WriteStream;
  Object.assign(stream, { isTTY });
  return { stream, text: () => chunks.join('') };
}

/**
 * Runs the CLI in this process, as runCli does in a child: the same clean environment, standard
 * input from `input` (or empty), output collected. Much faster than a spawn; `main` keeps no state
 * between runs, so tests may call it any number of times.
 */
export async function runMain(
  args: readonly string[],
  options: { env?: NodeJS.ProcessEnv; input?: string } = {},
): Promise<CliResult> {
  const { main } = await import('../../src/cli/program.js');
  const env = cleanEnv();
  const stdout = collector();
  const stderr = collector();
  const stdin = Readable.from(
    options.input === undefined ? [] : [Buffer.from(options.input)],
  ) as unknown as NodeJS.ReadStream;
  const status = await main(args, {
    stdout: stdout.stream,
    stderr: stderr.stream,
    stdin,
    env: { ...env, ...options.env },
  });
  return { status, stdout: stdout.text(), stderr: stderr.text() };
}

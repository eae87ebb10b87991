import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** Drives a program in a real pseudo-terminal: a detached tmux session, keys in, screen out. */

export const hasTmux = spawnSync('tmux', ['-V']).status === 0;

let counter = 0;

export interface Terminal {
  /** Waits until the screen shows `text` (fails with the screen after `ms`). */
  waitFor(text: string | RegExp, ms?: number): Promise<string>;
  /** Named keys: Enter, Down, Up, Space, C-c, BSpace. */
  keys(...keys: string[]): void;
  /** Literal text. */
  type(text: string): void;
  screen(): string;
  /** Everything the program has printed so far, scrollback included. */
  history(): string;
  /** The exit code once the program has ended (waits for it). */
  exitCode(ms?: number): Promise<number>;
  close(): void;
}

export function openTerminal(
  command: string[],
  options: { env: Record<string, string>; cwd: string; width?: number; height?: number; dir: string },
): Terminal {
  const name = `casemgr-e2e-${process.pid}-${++counter}`;
  const codeFile = join(options.dir, `${name}.code`);
  const env = Object.entries(options.env)
    .map(([k, v]) => `${k}=${quote(v)}`)
    .join(' ');
  // A person's terminal, not CI's: CI=true (inherited from a CI run) would rightly stop the wizard.
  // The shell records the exit code, then keeps the pane open so the last screen can be read.
  const script = `cd ${quote(options.cwd)} && env -u CI -u GITHUB_ACTIONS ${env} ${command.map(quote).join(' ')}; echo $? > ${quote(`${codeFile}.tmp`)}; mv ${quote(`${codeFile}.tmp`)} ${quote(codeFile)}; sleep 120`;
  // Each terminal gets its own tmux server (-L): closing one never races another's start, and a
  // person's own tmux sessions are never touched.
  const tmux = (...args: string[]) => ['-L', name, ...args];
  execFileSync(
    'tmux',
    tmux(
      'new-session',
      '-d',
      '-s',
      name,
      '-x',
      String(options.width ?? 100),
      '-y',
      String(options.height ?? 40),
      'sh',
      '-c',
      script,
    ),
  );
  const socket = execFileSync('tmux', tmux('display-message', '-p', '#{socket_path}'), {
    encoding: 'utf8',
  }).trim();
  const screen = () => execFileSync('tmux', tmux('capture-pane', '-p', '-t', name), { encoding: 'utf8' });
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  const history = () =>
    execFileSync('tmux', tmux('capture-pane', '-p', '-S', '-', '-t', name), { encoding: 'utf8' });
  return {
    screen,
    history,
    async waitFor(text, ms = 15_000) {
      for (let waited = 0; ; waited += 100) {
        const shown = screen();
        if (typeof text === 'string' ? shown.includes(text) : text.test(shown)) return shown;
        if (waited >= ms) throw new Error(`timed out waiting for ${String(text)}; the screen:\n${shown}`);
        await sleep(100);
      }
    },
    keys(...keys) {
      for (const key of keys) execFileSync('tmux', tmux('send-keys', '-t', name, key));
    },
    type(text) {
      execFileSync('tmux', tmux('send-keys', '-t', name, '-l', text));
    },
    async exitCode(ms = 15_000) {
      for (let waited = 0; !existsSync(codeFile); waited += 100) {
        if (waited >= ms) throw new Error(`the program did not end; the screen:\n${screen()}`);
        await sleep(100);
      }
      return Number(readFileSync(codeFile, 'utf8').trim());
    },
    close() {
      spawnSync('tmux', tmux('kill-server'));
      rmSync(socket, { force: true });
    },
  };
}

function quote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

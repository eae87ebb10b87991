import type { Lang } from '../core/lang.js';

/** Options every command accepts (docs/contracts.md): parsed once by the program, passed to each command. */
export interface GlobalOptions {
  /** A maintainer's data folder, overlaid on the built-in data. */
  data?: string;
  color: boolean;
  input: boolean;
  /** `--lang`, when given; otherwise the profile or the locale decides (core/lang.ts). */
  lang?: Lang;
}

export interface Io {
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  stdin: NodeJS.ReadStream;
  env: NodeJS.ProcessEnv;
}

/**
 * What one run of the CLI carries besides its streams: the exit code a command sets when it
 * finishes without throwing (failed rows, validation problems). One per call of main(), so two
 * runs in one process never see each other's state.
 */
export interface RunState {
  exitCode: number;
}

/**
 * The process's own streams. Node opens each on first use, and standard input (a socket, a TTY)
 * costs a command that never reads it a few milliseconds of start-up: so these are getters.
 */
export const processIo: Io = {
  get stdout() {
    return process.stdout;
  },
  get stderr() {
    return process.stderr;
  },
  get stdin() {
    return process.stdin;
  },
  env: process.env,
};

/**
 * Whether to color what goes to `stream`. chalk ignores NO_COLOR, so we decide here and set its
 * level ourselves: color only on a terminal, never with NO_COLOR, --no-color or TERM=dumb.
 */
export function wantsColor(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv, flag: boolean): boolean {
  if (!flag) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  // FORCE_COLOR=0 (or false) turns color off, even on a terminal; any other value turns it on.
  if (env.FORCE_COLOR === '0' || env.FORCE_COLOR === 'false') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '') return true;
  if (env.TERM === 'dumb') return false;
  return Boolean(stream.isTTY);
}

/**
 * Unicode symbols unless the terminal or the locale says otherwise. The locale is the first of
 * LC_ALL, LC_CTYPE and LANG that is set (POSIX order): `LC_ALL=C` wins over a UTF-8 `LANG`.
 * With no locale at all, Unicode (most terminals today).
 */
export function wantsUnicode(env: NodeJS.ProcessEnv): boolean {
  if (env.TERM === 'dumb' || env.TERM === 'linux') return false;
  const locale = env.LC_ALL || env.LC_CTYPE || env.LANG;
  return !locale || /utf-?8/i.test(locale);
}

/** True when both ends are a terminal and nothing asks us not to prompt (the wizard's condition). */
export function canPrompt(io: Io, globals: GlobalOptions): boolean {
  const ci = io.env.CI !== undefined && io.env.CI !== '' && io.env.CI !== 'false' && io.env.CI !== '0';
  return Boolean(io.stdin.isTTY && io.stdout.isTTY) && globals.input && !ci;
}

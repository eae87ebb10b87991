import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { type FileHandle, lstat, mkdir, open, realpath, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { MAX_INPUT_BYTES } from '../data/yaml-source.js';
import { CliError, EXIT } from './errors.js';

/**
 * Writes a file atomically: a temp file beside it, then rename. A reader never sees half a file,
 * and an interrupted write leaves the old file intact.
 */
export async function writeFileAtomic(path: string, content: string | Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(content);
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** What kind of thing a path names, in words for a message. */
function kindOf(info: { isDirectory(): boolean; isFIFO(): boolean; isSocket(): boolean }): string {
  if (info.isDirectory()) return 'a directory';
  if (info.isFIFO()) return 'a named pipe (FIFO)';
  if (info.isSocket()) return 'a socket';
  return 'a device';
}

/**
 * Opens an input for reading only if it is a regular file (a symbolic link is followed, and
 * judged by what it points to). Opening does not wait for a writer on a FIFO (O_NONBLOCK), and
 * the type is checked on the open file, so nothing can be swapped in between.
 */
export async function openRegularFile(
  path: string,
  what = 'file',
): Promise<{ handle: FileHandle; size: number }> {
  let handle: FileHandle;
  try {
    handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    throw new CliError(describeFsError(error, path, what), EXIT.usage);
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) {
      throw new CliError(`${what} ${path} is ${kindOf(info)}, not a regular file`, EXIT.usage);
    }
    return { handle, size: info.size };
  } catch (error) {
    await handle.close();
    if (error instanceof CliError) throw error;
    throw new CliError(describeFsError(error, path, what), EXIT.usage);
  }
}

/** The refusal for an input that grew past the limit while being read. */
export function tooLargeMessage(what: string, path: string, limit: number): string {
  return `${what} ${path} is larger than ${limit / 1024 / 1024} MB; a profile is a few kilobytes`;
}

/**
 * Reads a whole input file: a regular file only, and never more than `limit` bytes, counted while
 * reading (a file that grows, or lies about its size, is still cut off). Failures are one-line
 * usage errors (exit 2).
 */
export async function readInputFile(
  path: string,
  what = 'file',
  limit: number = MAX_INPUT_BYTES,
): Promise<Uint8Array> {
  const { handle } = await openRegularFile(path, what);
  return readCapped(handle, path, what, limit);
}

/** Reads an open file to its end, refusing more than `limit` bytes as they come; closes it. */
export async function readCapped(
  handle: FileHandle,
  path: string,
  what: string,
  limit: number,
): Promise<Uint8Array> {
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buffer = Buffer.allocUnsafe(64 * 1024);
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > limit) throw new CliError(tooLargeMessage(what, path, limit), EXIT.usage);
      chunks.push(buffer.subarray(0, bytesRead));
    }
    return Buffer.concat(chunks, total);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(describeFsError(error, path, what), EXIT.usage);
  } finally {
    await handle.close();
  }
}

export function describeFsError(error: unknown, path: string, what = 'file'): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return `${what} not found: ${path}`;
    case 'EACCES':
    case 'EPERM':
      return `cannot read ${what} ${path}: permission denied`;
    case 'EISDIR':
      return `${what} ${path} is a directory, not a file`;
    case 'ENOTDIR':
      return `cannot read ${what} ${path}: a part of the path is a file, not a folder`;
    case 'ELOOP':
      return `cannot read ${what} ${path}: too many levels of symbolic links`;
    default:
      return `cannot read ${what} ${path}: ${reasonOf(error)}`;
  }
}

/** The usual file-system failures, in words. */
const REASONS: Record<string, string> = {
  ENOENT: 'no such file or folder',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EISDIR: 'it is a directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'the disk quota is used up',
  EEXIST: 'something is already in the way',
  ENOTEMPTY: 'the folder is not empty',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files',
  EIO: 'an input/output error on the device',
  EBUSY: 'the file or folder is busy',
  EXDEV: 'it is on another file system',
  ELOOP: 'too many levels of symbolic links',
  ENAMETOOLONG: 'the name is too long',
  EFBIG: 'the file is too large',
};

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  return (code && REASONS[code]) ?? (error as Error)?.message ?? String(error);
}

/** True for an error from a file-system call (it carries an errno code and a syscall). */
export function isFsError(error: unknown): error is NodeJS.ErrnoException {
  const e = error as NodeJS.ErrnoException | null;
  return (
    e instanceof Error &&
    typeof e.code === 'string' &&
    /^E[A-Z]+$/.test(e.code) &&
    typeof e.syscall === 'string'
  );
}

const VERBS: Record<string, string> = {
  open: 'open',
  read: 'read',
  write: 'write',
  rename: 'rename',
  mkdir: 'create the folder',
  rmdir: 'remove',
  unlink: 'remove',
  symlink: 'create a link at',
  link: 'link',
  stat: 'look at',
  lstat: 'look at',
  scandir: 'list the folder',
  readlink: 'read the link',
  close: 'close',
  fsync: 'save',
};

/**
 * The exit code of a file-system failure (contract: 2 for a path that cannot be used, 1 when the
 * run itself failed on a sound path, such as a full disk or an I/O error), and its one line.
 */
export function fsFailure(error: NodeJS.ErrnoException): CliError {
  const verb = VERBS[error.syscall ?? ''] ?? error.syscall ?? 'use';
  const where = error.path ? ` ${error.path}` : '';
  const resource = ['ENOSPC', 'EDQUOT', 'EIO', 'EMFILE', 'ENFILE', 'EFBIG'].includes(error.code ?? '');
  return new CliError(`cannot ${verb}${where}: ${reasonOf(error)}`, resource ? EXIT.failed : EXIT.usage);
}

/**
 * Reads all of standard input (for `--profile -`), refusing more than `limit` bytes as they come
 * (so `< /dev/zero` ends at once with a message, instead of filling memory).
 */
export async function readStdin(
  stdin: NodeJS.ReadableStream = process.stdin,
  limit: number = MAX_INPUT_BYTES,
): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stdin as AsyncIterable<Buffer | string>) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    total += buffer.length;
    if (total > limit) {
      (stdin as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
      throw new CliError(
        `standard input holds more than ${limit / 1024 / 1024} MB; a profile is a few kilobytes`,
        EXIT.usage,
      );
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks, total);
}

/**
 * Where `--out FILE` may write: a regular file (replaced atomically) or a new name. A symbolic
 * link is followed and its target replaced, so the link stays; a device, FIFO, socket or folder
 * is refused (writing "over" /dev/null would replace the device with a file). `inputs` are
 * files this run reads: writing over one of them is refused too.
 */
export async function outputTarget(path: string, inputs: readonly string[] = []): Promise<string> {
  let target = path;
  try {
    const link = await lstat(path);
    if (link.isSymbolicLink()) {
      try {
        target = await realpath(path);
      } catch {
        throw new CliError(
          `--out ${path} is a symbolic link to a missing file; give a real path`,
          EXIT.usage,
        );
      }
    }
    const info = await stat(target);
    if (!info.isFile()) {
      throw new CliError(
        `--out ${path} is ${kindOf(info)}, not a regular file; to print the result, leave out --out`,
        EXIT.usage,
      );
    }
    for (const input of inputs) {
      const other = await stat(input).catch(() => undefined);
      if (other && other.dev === info.dev && other.ino === info.ino) {
        throw new CliError(
          `--out ${path} is the input file ${input}; writing there would destroy it; choose another name`,
          EXIT.usage,
        );
      }
    }
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT') throw new CliError(describeFsError(error, path, 'output file'), EXIT.usage);
  }
  return target;
}

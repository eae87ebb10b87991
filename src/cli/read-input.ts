import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { MAX_INPUT_BYTES } from '../data/yaml-source.js';
import { CliError, EXIT } from './errors.js';
import { describeFsError } from './fs-errors.js';

/**
 * Reading one input file whole, for the profile commands. Synchronous on purpose: the command has
 * nothing else to do while it reads, and node:fs/promises costs a command some 2 ms to load
 * (docs/architecture.md, start-up); the writers and the batch's streams are in ./fs.ts.
 */

/** What kind of thing a path names, in words for a message. */
export function kindOf(info: { isDirectory(): boolean; isFIFO(): boolean; isSocket(): boolean }): string {
  if (info.isDirectory()) return 'a directory';
  if (info.isFIFO()) return 'a named pipe (FIFO)';
  if (info.isSocket()) return 'a socket';
  return 'a device';
}

/** The refusal for an input that grew past the limit while being read. */
function tooLargeMessage(what: string, path: string, limit: number): string {
  return `${what} ${path} is larger than ${limit / 1024 / 1024} MB, the limit for a file read whole`;
}

/** Flags that open an input without waiting for a writer on a FIFO. */
export const READ_NONBLOCK = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * Reads a whole input file: a regular file only (a symbolic link is followed, and judged by what
 * it points to; the type is checked on the open file, so nothing can be swapped in between), and
 * never more than `limit` bytes, counted while reading (a file that grows, or lies about its size,
 * is still cut off). Failures are one-line usage errors (exit 2).
 */
export async function readInputFile(
  path: string,
  what = 'file',
  limit: number = MAX_INPUT_BYTES,
): Promise<Uint8Array> {
  let fd: number;
  try {
    fd = openSync(path, READ_NONBLOCK);
  } catch (error) {
    throw new CliError(describeFsError(error, path, what), EXIT.usage);
  }
  try {
    let info: ReturnType<typeof fstatSync>;
    try {
      info = fstatSync(fd);
    } catch (error) {
      throw new CliError(describeFsError(error, path, what), EXIT.usage);
    }
    if (!info.isFile()) {
      throw new CliError(`${what} ${path} is ${kindOf(info)}, not a regular file`, EXIT.usage);
    }
    return readToEnd(fd, path, what, limit);
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads an open file descriptor to its end, refusing more than `limit` bytes as they come; the
 * caller closes it. Failures are one-line usage errors (exit 2).
 */
export function readToEnd(fd: number, path: string, what: string, limit: number): Uint8Array {
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buffer = Buffer.allocUnsafe(64 * 1024);
      const bytesRead = readSync(fd, buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > limit) throw new CliError(tooLargeMessage(what, path, limit), EXIT.usage);
      chunks.push(buffer.subarray(0, bytesRead));
    }
    return Buffer.concat(chunks, total);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(describeFsError(error, path, what), EXIT.usage);
  }
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

import { type FileHandle, lstat, mkdir, open, realpath, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { CliError, EXIT } from './errors.js';
import { describeFsError } from './fs-errors.js';
import { kindOf, READ_NONBLOCK, readToEnd } from './read-input.js';

export { describeFsError, fsFailure, isFsError } from './fs-errors.js';

/**
 * The file work of the commands that write or stream: atomic writes, `--out` targets, and the
 * batch's open inputs. A profile command's single input is read by ./read-input.ts.
 */

/**
 * Writes a file atomically: a temp file beside it, then rename. A reader never sees half a file,
 * and an interrupted write leaves the old file intact.
 */
export async function writeFileAtomic(path: string, content: string | Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  // node:crypto costs some 4 ms to load: only a command that writes a file pays for it.
  const { randomBytes } = await import('node:crypto');
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
    handle = await open(path, READ_NONBLOCK);
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

/** Reads an open file to its end, refusing more than `limit` bytes as they come; closes it. */
export async function readCapped(
  handle: FileHandle,
  path: string,
  what: string,
  limit: number,
): Promise<Uint8Array> {
  try {
    return readToEnd(handle.fd, path, what, limit);
  } finally {
    await handle.close();
  }
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
    if (code !== 'ENOENT') {
      const message = describeFsError(error, path, 'output file').replace(/^cannot read/, 'cannot write');
      throw new CliError(message, EXIT.usage);
    }
  }
  return target;
}

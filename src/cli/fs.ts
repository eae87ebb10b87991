import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { CliError, EXIT } from './errors.js';

/**
 * Writes a file atomically: a temp file beside it, then rename. A reader never sees half a file,
 * and an interrupted write leaves the old file intact.
 */
export async function writeFileAtomic(path: string, content: string | Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temp, content);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** Reads a whole input file, turning the usual failures into one-line usage errors (exit 2). */
export async function readInputFile(path: string, what = 'file'): Promise<Uint8Array> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new CliError(`${what} ${path} is a directory, not a file`, EXIT.usage);
    return await readFile(path);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(describeFsError(error, path, what), EXIT.usage);
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
    default:
      return `cannot read ${what} ${path}: ${(error as Error)?.message ?? String(error)}`;
  }
}

/** Reads all of stdin (for `--profile -`). */
export async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

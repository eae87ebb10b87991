import { CliError, EXIT } from './errors.js';

/** File-system failures in words: one line a person can act on, and the contract's exit code. */

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

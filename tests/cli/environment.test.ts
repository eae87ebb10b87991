import { describe, expect, it } from 'vitest';
import { wantsColor, wantsUnicode } from '../../src/cli/context.js';
import { fsFailure, isFsError } from '../../src/cli/fs-errors.js';

const tty = { isTTY: true } as NodeJS.WriteStream;
const pipe = { isTTY: false } as NodeJS.WriteStream;

describe('color and symbols from the environment (defect 18)', () => {
  it('FORCE_COLOR=0 turns color off even on a terminal', () => {
    expect(wantsColor(tty, {}, true)).toBe(true);
    expect(wantsColor(tty, { FORCE_COLOR: '0' }, true)).toBe(false);
    expect(wantsColor(tty, { FORCE_COLOR: 'false' }, true)).toBe(false);
    expect(wantsColor(pipe, { FORCE_COLOR: '1' }, true)).toBe(true);
    expect(wantsColor(tty, { NO_COLOR: '1', FORCE_COLOR: '1' }, true)).toBe(false);
  });

  it('the first of LC_ALL, LC_CTYPE, LANG decides Unicode', () => {
    expect(wantsUnicode({ LC_ALL: 'C', LANG: 'en_US.UTF-8' })).toBe(false);
    expect(wantsUnicode({ LC_CTYPE: 'POSIX', LANG: 'en_US.UTF-8' })).toBe(false);
    expect(wantsUnicode({ LC_ALL: 'en_US.UTF-8', LANG: 'C' })).toBe(true);
    expect(wantsUnicode({ LANG: 'en_US.utf8' })).toBe(true);
    expect(wantsUnicode({})).toBe(true);
    expect(wantsUnicode({ TERM: 'dumb', LANG: 'en_US.UTF-8' })).toBe(false);
  });
});

describe('file-system failures in one line (defect 11)', () => {
  const errno = (code: string, syscall: string, path: string) =>
    Object.assign(new Error(`${code}: boom, ${syscall} '${path}'`), { code, syscall, path });

  it('names the operation, the path and the reason, with the contract exit code', () => {
    expect(isFsError(errno('ENOSPC', 'write', 'out/summary.csv'))).toBe(true);
    expect(isFsError(new Error('plain'))).toBe(false);
    expect(fsFailure(errno('ENOSPC', 'write', 'out/x.md'))).toMatchObject({
      message: 'cannot write out/x.md: no space left on the device',
      exitCode: 1,
    });
    expect(fsFailure(errno('EPERM', 'rename', 'out/reports'))).toMatchObject({
      message: 'cannot rename out/reports: operation not permitted',
      exitCode: 2,
    });
    expect(fsFailure(errno('ENOTDIR', 'mkdir', 'a/b'))).toMatchObject({ exitCode: 2 });
    expect(fsFailure(errno('EACCES', 'open', 'p.yaml')).message).toBe(
      'cannot open p.yaml: permission denied',
    );
    expect(fsFailure(errno('EISDIR', 'open', 'd')).message.split('\n')).toHaveLength(1);
  });
});

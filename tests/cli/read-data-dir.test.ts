import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CliError, EXIT } from '../../src/cli/errors.js';
import { type DataDirFs, readDataDir } from '../../src/cli/read-data-dir.js';
import { MAX_INPUT_BYTES } from '../../src/data/yaml-source.js';

function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: fake`), { code });
}

/** A fake folder: name → size and content, or an error code that reading it raises. */
function fakeFs(
  files: Record<string, { size?: number; text?: string; fail?: string; dir?: boolean }>,
): DataDirFs {
  return {
    readdir: async () => Object.keys(files),
    stat: async (file) => {
      const entry = files[file.split('/').pop()!]!;
      return { size: entry.size ?? entry.text?.length ?? 0, isDirectory: () => Boolean(entry.dir) };
    },
    readFile: async (file) => {
      const entry = files[file.split('/').pop()!]!;
      if (entry.fail) throw errno(entry.fail);
      return new TextEncoder().encode(entry.text ?? '');
    },
  };
}

describe('readDataDir', () => {
  it('turns a permission-denied file into a positioned diagnostic and reads the rest', async () => {
    // chmod 000 cannot stop root, so EACCES is faked here; the real chmod case runs for other users.
    const { inputs, problems } = await readDataDir(
      'd',
      fakeFs({ 'skills.yaml': { text: 'skills: []' }, 'ladder.yaml': { text: 'x', fail: 'EACCES' } }),
    );
    expect(inputs.map((i) => i.file)).toEqual([join('d', 'skills.yaml')]);
    expect(problems).toEqual([
      {
        file: join('d', 'ladder.yaml'),
        line: 1,
        column: 1,
        severity: 'error',
        code: 'unreadable',
        path: '',
        message: 'cannot read this file: permission denied',
      },
    ]);
  });

  it('refuses an oversized file from its size, without reading it', async () => {
    const fs = fakeFs({ 'skills.yaml': { size: 50 * 1024 * 1024, fail: 'EIO' } });
    const { inputs, problems } = await readDataDir('d', fs);
    expect(inputs).toEqual([]);
    expect(problems).toEqual([
      expect.objectContaining({ code: 'too-large', message: 'file is 50.0 MB; the limit is 5 MB' }),
    ]);
    expect(MAX_INPUT_BYTES).toBe(5 * 1024 * 1024);
  });

  it('reports a folder named like a data file', async () => {
    const { problems } = await readDataDir('d', fakeFs({ 'skills.yaml': { dir: true } }));
    expect(problems).toEqual([
      expect.objectContaining({ code: 'unreadable', message: 'this is a folder, not a data file' }),
    ]);
  });

  it.each([
    ['ENOENT', /^data folder not found: d$/],
    ['EACCES', /^cannot read data folder d: permission denied$/],
    ['ENOTDIR', /^d is a file; give the folder that holds the data files$/],
  ])('a folder that cannot be listed (%s) is a usage error', async (code, message) => {
    const fs: DataDirFs = { ...fakeFs({}), readdir: async () => Promise.reject(errno(code)) };
    const error = await readDataDir('d', fs).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).exitCode).toBe(EXIT.usage);
    expect((error as CliError).message).toMatch(message);
  });

  it('ignores files that are not YAML, and says so when none is left', async () => {
    const error = await readDataDir('d', fakeFs({ 'README.md': { text: '#' } })).catch((e: unknown) => e);
    expect((error as CliError).message).toBe('no data files (*.yaml) in d');
  });
});

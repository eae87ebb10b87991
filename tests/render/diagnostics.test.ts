import chalk from 'chalk';
import { afterEach, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/core/diagnostic.js';
import { escapeData, escapeProperty, formatGithub } from '../../src/render/diagnostics/github.js';
import {
  formatReport,
  summarize,
  type ValidationReport,
  visible,
} from '../../src/render/diagnostics/index.js';
import { formatJunit } from '../../src/render/diagnostics/junit.js';
import { formatStylish } from '../../src/render/diagnostics/stylish.js';

const diagnostic = (over: Partial<Diagnostic>): Diagnostic => ({
  file: 'data/a.yaml',
  line: 1,
  column: 1,
  severity: 'error',
  code: 'x',
  path: '',
  message: 'm',
  ...over,
});

const level = chalk.level;
afterEach(() => {
  chalk.level = level;
});

describe('github annotations', () => {
  it('escape data and properties as GitHub documents', () => {
    expect(escapeData('50% done\r\nnext')).toBe('50%25 done%0D%0Anext');
    expect(escapeProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
  });

  it('put file, line, col and a title in the properties, the message and path in the data', () => {
    const out = formatGithub({
      files: ['dir,x/a:b.yaml'],
      diagnostics: [
        diagnostic({
          file: 'dir,x/a:b.yaml',
          line: 3,
          column: 7,
          path: 'a[0]',
          message: '100% wrong\nreally',
        }),
      ],
      strict: false,
    });
    expect(out.split('\n')[0]).toBe(
      '::error file=dir%2Cx/a%3Ab.yaml,line=3,col=7,title=casemgr-path x::100%25 wrong%0Areally (a[0])',
    );
  });
});

describe('junit', () => {
  it('escapes XML and drops characters XML cannot hold', () => {
    const out = formatJunit({
      files: ['a&b.yaml'],
      diagnostics: [diagnostic({ file: 'a&b.yaml', message: 'key "<x>" & \u0001' })],
      strict: false,
    });
    expect(out).toContain('name="a&amp;b.yaml"');
    expect(out).toContain('key &quot;&lt;x&gt;&quot; &amp; \ufffd');
  });

  it('counts a file with only warnings as passing, unless strict', () => {
    const report: ValidationReport = {
      files: ['data/a.yaml', 'data/b.yaml'],
      diagnostics: [diagnostic({ severity: 'warning' })],
      strict: false,
    };
    expect(formatJunit(report)).toContain('tests="2" failures="0"');
    expect(formatJunit(report)).toContain('<system-out>');
    expect(formatJunit({ ...report, strict: true })).toContain('tests="2" failures="1"');
  });
});

describe('stylish', () => {
  const report: ValidationReport = {
    files: ['data/a.yaml', 'data/b.yaml'],
    diagnostics: [
      diagnostic({ line: 12, column: 3, message: 'second', path: 'x[1]' }),
      diagnostic({ line: 2, column: 10, message: 'first is longer', path: 'x[0]' }),
    ],
    strict: false,
  };

  it('sorts by position and aligns columns', () => {
    expect(formatStylish(report)).toBe(
      [
        'data/a.yaml',
        '  2:10  error    first is longer   x[0]',
        '  12:3  error    second            x[1]',
        '',
        '✖ 2 errors, 0 warnings in 1 of 2 files',
        '',
      ].join('\n'),
    );
  });

  it('colors only when asked', () => {
    chalk.level = 1;
    expect(formatStylish(report)).not.toContain('\u001b[');
    expect(formatStylish(report, { color: true })).toContain('\u001b[31merror');
  });

  it('shows control characters from a data file as visible escapes', () => {
    const out = formatStylish({
      files: ['a.yaml'],
      diagnostics: [diagnostic({ file: 'a.yaml', message: 'unknown key "\u001b[2J"' })],
      strict: false,
    });
    expect(out).toContain('unknown key "\\u001b[2J"');
    expect(visible('bell\u0007 tab\t line\n')).toBe('bell\\u0007 tab\t line\\u000a');
  });

  it('says so when all is well', () => {
    expect(formatStylish({ files: ['a.yaml'], diagnostics: [], strict: true })).toBe(
      '✔ 1 file, no problems\n',
    );
  });
});

describe('summary and json', () => {
  it('counts files with problems, errors and warnings; strict turns warnings into failure', () => {
    const report: ValidationReport = {
      files: ['a', 'b', 'c'],
      diagnostics: [diagnostic({ file: 'a' }), diagnostic({ file: 'b', severity: 'warning' })],
      strict: false,
    };
    expect(summarize(report)).toEqual({
      files: 3,
      files_with_problems: 2,
      errors: 1,
      warnings: 1,
      ok: false,
    });
    const warningsOnly = { ...report, diagnostics: [diagnostic({ severity: 'warning' })] };
    expect(summarize(warningsOnly).ok).toBe(true);
    expect(summarize({ ...warningsOnly, strict: true }).ok).toBe(false);
  });

  it('json lists exactly the contract fields', () => {
    const parsed = JSON.parse(
      formatReport({ files: ['a'], diagnostics: [diagnostic({ file: 'a' })], strict: false }, 'json'),
    );
    expect(Object.keys(parsed)).toEqual(['version', 'diagnostics', 'summary']);
    expect(Object.keys(parsed.diagnostics[0])).toEqual([
      'file',
      'line',
      'column',
      'severity',
      'code',
      'path',
      'message',
    ]);
  });
});

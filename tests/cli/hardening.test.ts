import { spawnSync } from 'node:child_process';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { BIN, ensureBuilt, ROOT } from '../helpers/build.js';
import { runCli, runMain } from '../helpers/cli.js';

/**
 * End-to-end checks of the defects found by attacking the CLI with bad input and faults. Most run
 * in process (main with injected streams); what needs a real process (kill -9, a real standard
 * input, pipes, a possible hang) spawns the built binary.
 */

const dir = mkdtempSync(join(tmpdir(), 'casemgr-harden-'));
beforeAll(() => ensureBuilt(), 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const MARIA = readFileSync(join(ROOT, 'examples', 'maria.yaml'), 'utf8');
let files = 0;
function write(name: string, content: string | Uint8Array): string {
  const file = join(dir, `${++files}-${name}`);
  writeFileSync(file, content);
  return file;
}
const fresh = (name: string) => join(dir, `${++files}-${name}`);
const ESC = '\u001b';
const BEL = '\u0007';
const hasControl = (text: string) => text.includes(ESC) || text.includes(BEL);
const mkfifo = (path: string) => spawnSync('mkfifo', [path]).status === 0;

/** Runs the CLI with standard input from a file or device, and a hard timeout. */
function runWithStdin(args: string[], stdinPath: string) {
  const fd = openSync(stdinPath, 'r');
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    env: { ...process.env, NO_COLOR: '1', CI: '' },
    encoding: 'utf8',
    stdio: [fd, 'pipe', 'pipe'],
    timeout: 20_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, signal: result.signal };
}

const summaryNames = (out: string) =>
  (parse(readFileSync(join(out, 'summary.csv')), { columns: true }) as Record<string, string>[]).map(
    (r) => r.name,
  );
const reportFiles = (out: string) =>
  readdirSync(join(out, 'reports'))
    .filter((f) => !f.startsWith('.'))
    .sort();

describe('report: a run is published whole, or not at all (defect 1)', () => {
  const OLD = 'name\nAnn\nBob\n';
  const NEW = 'name\nCat\nDan\nEve\n';
  const steps = ['closed', 'linked', 'staged', 'published', 'cleaned', 'unlocked'];

  for (const step of steps) {
    it(`a kill -9 after "${step}" leaves the old run or the new one, whole; the next run succeeds`, () => {
      const out = fresh('out');
      expect(runCli(['report', '--profiles', write('old.csv', OLD), '--out', out]).status).toBe(0);
      const killed = runCli(['report', '--profiles', write('new.csv', NEW), '--out', out], {
        env: { CASEMGR_PATH_TEST_CRASH_AFTER: step },
      });
      expect(killed.status).toBeNull();
      const names = summaryNames(out);
      const reports = reportFiles(out);
      const published = ['published', 'cleaned', 'unlocked'].includes(step);
      expect(names).toEqual(published ? ['Cat', 'Dan', 'Eve'] : ['Ann', 'Bob']);
      expect(reports).toEqual(published ? ['cat.md', 'dan.md', 'eve.md'] : ['ann.md', 'bob.md']);
      expect(readFileSync(join(out, 'errors.csv'), 'utf8')).toBe('row,name,column,message\n');

      const next = runCli(['report', '--profiles', write('next.csv', 'name\nFay\n'), '--out', out]);
      expect(next.stderr).not.toMatch(/did not write/);
      expect(next.status).toBe(0);
      expect(summaryNames(out)).toEqual(['Fay']);
      expect(reportFiles(out)).toEqual(['fay.md']);
      const state = readdirSync(join(out, '.casemgr-path')).sort();
      expect(state.filter((e) => e.startsWith('gen-'))).toHaveLength(1);
      expect(state.filter((e) => e.startsWith('link-'))).toEqual([]);
      expect(existsSync(join(out, '.casemgr-path.lock'))).toBe(false);
    });
  }

  it('a folder whose summary.csv is a directory is refused before anything changes', () => {
    const out = fresh('out');
    expect(runCli(['report', '--profiles', write('a.csv', OLD), '--out', out]).status).toBe(0);
    rmSync(join(out, 'summary.csv'));
    mkdirSync(join(out, 'summary.csv'));
    const result = runCli(['report', '--profiles', write('b.csv', NEW), '--out', out]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/summary\.csv that casemgr-path did not write/);
    // The reports are still those of the first run: no mix of two runs.
    expect(reportFiles(out)).toEqual(['ann.md', 'bob.md']);
    expect(readFileSync(join(out, 'errors.csv'), 'utf8')).toBe('row,name,column,message\n');
  });

  it('reports is a regular file: one line, exit 2 (defect 11)', () => {
    const out = fresh('out');
    mkdirSync(out);
    writeFileSync(join(out, 'reports'), 'not a folder');
    const result = runCli(['report', '--profiles', write('a.csv', OLD), '--out', out]);
    expect(result.status).toBe(2);
    expect(result.stderr).not.toMatch(/unexpected error/);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('--out under a regular file (ENOTDIR) is one line, exit 2 (defect 11)', () => {
    const file = write('plain.txt', 'x');
    const result = runCli(['report', '--profiles', write('a.csv', OLD), '--out', join(file, 'out')]);
    expect(result.status).toBe(2);
    expect(result.stderr).not.toMatch(/unexpected error/);
  });

  it('keeps files named .casemgr-path-* that it did not write (defect 4)', () => {
    const out = fresh('out');
    mkdirSync(join(out, '.casemgr-path-staging-mine'), { recursive: true });
    writeFileSync(join(out, '.casemgr-path-notes.txt'), 'mine');
    writeFileSync(join(out, '.casemgr-path-staging-mine', 'keep.txt'), 'mine');
    expect(runCli(['report', '--profiles', write('a.csv', OLD), '--out', out]).status).toBe(0);
    expect(runCli(['report', '--profiles', write('b.csv', NEW), '--out', out]).status).toBe(0);
    expect(readFileSync(join(out, '.casemgr-path-notes.txt'), 'utf8')).toBe('mine');
    expect(readFileSync(join(out, '.casemgr-path-staging-mine', 'keep.txt'), 'utf8')).toBe('mine');
  });
});

describe('roadmap --out (defects 2 and 3)', () => {
  it('refuses /dev/null and other devices, and leaves them alone', async () => {
    // As root, a regression would replace the system's /dev/null: test on a device node of our
    // own instead (the same character device), made where only this test looks.
    let device = '/dev/null';
    if (process.getuid?.() === 0) {
      device = fresh('null');
      expect(spawnSync('mknod', ['-m', '666', device, 'c', '1', '3']).status).toBe(0);
    }
    const before = statSync(device);
    const result = await runMain(['roadmap', '--profile', 'examples/maria.yaml', '--out', device]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/is a device, not a regular file/);
    const after = statSync(device);
    expect(after.isCharacterDevice()).toBe(true);
    expect(after.ino).toBe(before.ino);
  });

  it('refuses a FIFO without waiting for a reader', async () => {
    const fifo = fresh('out.md');
    if (!mkfifo(fifo)) return;
    const result = await runMain(['roadmap', '--profile', 'examples/maria.yaml', '--out', fifo]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/named pipe/);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it('writes through a symbolic link to its target, keeping the link', async () => {
    const target = write('real.md', 'old');
    const link = fresh('link.md');
    symlinkSync(target, link);
    expect((await runMain(['roadmap', '--profile', 'examples/maria.yaml', '--out', link])).status).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(target, 'utf8')).toMatch(/^# /);
  });

  it('refuses to write over the input profile', async () => {
    const profile = write('me.yaml', MARIA);
    const result = await runMain(['roadmap', '--profile', profile, '--out', profile, '--format', 'md']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/is the input file/);
    expect(readFileSync(profile, 'utf8')).toBe(MARIA);
  });
});

describe('terminal escapes never pass through (defect 6)', () => {
  it('an unknown key with an escape sequence is shown neutralized', async () => {
    const profile = write('esc.yaml', 'version: 1\n"\\e]0;PWNED\\a": 1\n');
    const result = await runMain(['roadmap', '--profile', profile]);
    expect(result.status).toBe(1);
    expect(hasControl(result.stderr)).toBe(false);
    expect(result.stderr).toContain('␛]0;PWNED␇');
  });

  it('a raw ESC byte in a profile file is neutralized too', async () => {
    const profile = write('raw.yaml', `version: 1\n${ESC}]0;PWNED${BEL}: 1\n`);
    const result = await runMain(['roadmap', '--profile', profile]);
    expect(hasControl(result.stderr)).toBe(false);
  });

  it('a CSV header cell with an escape sequence', async () => {
    const csv = write('esc.csv', `name,${ESC}]0;PWNED${BEL}\nAnn,x\n`);
    const result = await runMain(['report', '--profiles', csv, '--out', fresh('out')]);
    expect(result.status).toBe(1);
    expect(hasControl(result.stderr)).toBe(false);
  });

  it('--format md passes no ESC or BEL from a name', async () => {
    const profile = write('name.json', JSON.stringify({ version: 1, name: `${ESC}]0;PWNED${BEL}Ann` }));
    const result = await runMain(['roadmap', '--profile', profile, '--format', 'md']);
    expect(result.status).toBe(0);
    expect(hasControl(result.stdout)).toBe(false);
  });

  it('explore and validate --format github, with an overlay holding escapes', async () => {
    const overlay = fresh('overlay');
    mkdirSync(overlay);
    const data = parseYaml(readFileSync(join(ROOT, 'data', 'specializations.yaml'), 'utf8')) as {
      specializations: { id: string; name: string }[];
    };
    const first = data.specializations[0]!;
    first.name = `${ESC}]0;PWNED${BEL}${first.name}`;
    writeFileSync(
      join(overlay, 'specializations.yaml'),
      stringifyYaml({ specializations: [{ ...first, [`${ESC}[31mkey`]: 1 }] }),
    );
    const explore = await runMain(['--data', overlay, 'explore', 'specializations', first.id]);
    expect(hasControl(explore.stdout + explore.stderr)).toBe(false);
    const validate = await runMain(['--data', overlay, 'validate', '--format', 'github']);
    expect(validate.status).toBe(1);
    expect(hasControl(validate.stdout + validate.stderr)).toBe(false);
    expect(validate.stdout).toContain('␛[31mkey');
  });
});

describe('silent wrong results become errors (defects 7 and 8)', () => {
  it('duplicate keys in YAML, JSON and JSON Lines', async () => {
    const yaml = await runMain(['roadmap', '--profile', write('d.yaml', 'version: 1\nname: A\nname: B\n')]);
    expect(yaml.status).toBe(1);
    expect(yaml.stderr).toMatch(/:3:1 +duplicate key "name"/);
    const json = await runMain([
      'roadmap',
      '--profile',
      write('d.json', '{"version": 1, "name": "A", "name": "B"}'),
    ]);
    expect(json.status).toBe(1);
    expect(json.stderr).toMatch(/:1:\d+ +duplicate key/);
    const out = fresh('out');
    const jsonl = await runMain([
      'report',
      '--profiles',
      write('d.jsonl', '{"version": 1, "name": "A"}\n{"version": 1, "name": "A", "name": "B"}\n'),
      '--out',
      out,
    ]);
    expect(jsonl.status).toBe(1);
    expect(readFileSync(join(out, 'errors.csv'), 'utf8')).toMatch(
      /^2,.*duplicate key ""name"" at column 29/m,
    );
  });

  it('invalid UTF-8 (a Latin-1 file) is an error naming the encoding', async () => {
    const latin1 = Buffer.from('version: 1\nname: Mar\xeda\n', 'latin1');
    const profile = await runMain(['roadmap', '--profile', write('l.yaml', latin1)]);
    expect(profile.status).toBe(1);
    expect(profile.stderr).toMatch(/:2:10 +invalid UTF-8 \(byte 0xED\).*Latin-1/);
    const csv = await runMain([
      'report',
      '--profiles',
      write('l.csv', Buffer.from('name\nMar\xeda L\xf3pez\n', 'latin1')),
      '--out',
      fresh('out'),
    ]);
    expect(csv.status).toBe(1);
    expect(csv.stderr).toMatch(/:2: invalid UTF-8/);
    expect(csv.stderr).not.toMatch(/unexpected/);
  });

  it('UTF-16 CSVs (LE and BE, with a byte-order mark) are named as such', async () => {
    const text = 'name,state\nAnn,TX\n';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    for (const [name, bytes, kind] of [
      ['le.csv', le, 'UTF-16LE'],
      ['be.csv', be, 'UTF-16BE'],
    ] as const) {
      const result = await runMain(['report', '--profiles', write(name, bytes), '--out', fresh('out')]);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(`encoded as ${kind}, not UTF-8`);
      expect(result.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    }
  });
});

describe('crashes become clear errors (defects 9, 10, 12)', () => {
  it('an empty or comment-only overlay file', async () => {
    for (const content of ['', '# only a comment\n']) {
      const overlay = fresh('overlay');
      mkdirSync(overlay);
      writeFileSync(join(overlay, 'certifications.yaml'), content);
      const result = await runMain(['--data', overlay, 'explore', 'certifications']);
      expect(result.stderr).not.toMatch(/unexpected/);
      expect(result.status).toBe(0);
    }
  });

  it('--as-of outside 1900-01..2199-12 is a usage error; a plan from 2199-12 stays in range', async () => {
    for (const month of ['9999-12', '9998-01', '0000-01', '1899-12', '2200-01']) {
      const result = await runMain(['roadmap', '--profile', 'examples/maria.yaml', '--as-of', month]);
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(/from 1900-01 to 2199-12/);
    }
    const late = await runMain([
      'roadmap',
      '--profile',
      'examples/maria.yaml',
      '--as-of',
      '2199-12',
      '--format',
      'json',
    ]);
    expect(late.status).toBe(0);
    const months = late.stdout.match(/"\d{4,}-\d{2}"/g) ?? [];
    for (const month of months) expect(month).toMatch(/^"\d{4}-\d{2}"$/);
  });

  it('a profile date outside the range is an error with its place', async () => {
    const profile = write(
      'late.yaml',
      'version: 1\neducation:\n  - level: bachelor\n    field: nursing\n    status: in-progress\n    completed: 9999-12\n',
    );
    const result = await runMain(['roadmap', '--profile', profile]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/:6:16 +education\[0\]\.completed: 9999-12 is outside/);
  });

  it('2,000 levels of nesting in YAML and JSON', async () => {
    const deep = `${'['.repeat(2000)}${']'.repeat(2000)}`;
    for (const [name, text] of [
      ['deep.yaml', `version: 1\nname: ${deep}\n`],
      ['deep.json', `{"version": 1, "name": ${deep}}`],
    ] as const) {
      const result = await runMain(['roadmap', '--profile', write(name, text)]);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/nested more than 100 levels deep/);
      expect(result.stderr).not.toMatch(/call stack/);
    }
    const block = Array.from({ length: 2000 }, (_, i) => `${'  '.repeat(i)}a:`).join('\n');
    const result = await runMain(['roadmap', '--profile', write('block.yaml', `version: 1\n${block} 1\n`)]);
    expect(result.stderr).toMatch(/nested more than 100 levels deep/);
  });
});

describe('no hang on any input (defect 13)', () => {
  it('--profile /dev/zero, stdin from /dev/zero, and a FIFO', () => {
    const zero = runCli(['roadmap', '--profile', '/dev/zero']);
    expect(zero.status).toBe(2);
    expect(zero.stderr).toMatch(/is a device, not a regular file/);

    const stdin = runWithStdin(['roadmap', '--profile', '-'], '/dev/zero');
    expect(stdin.status).toBe(2);
    expect(stdin.stderr).toMatch(/more than 5 MB/);

    const fifo = fresh('profile.yaml');
    if (mkfifo(fifo)) {
      const result = runCli(['roadmap', '--profile', fifo]);
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(/named pipe/);
    }
  });

  it('a --profiles symbolic link to /dev/zero', () => {
    for (const name of ['zero.yaml', 'zero.csv', 'zero.jsonl']) {
      const link = fresh(name);
      symlinkSync('/dev/zero', link);
      const result = runCli(['report', '--profiles', link, '--out', fresh('out')]);
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(/is a device, not a regular file/);
    }
  });

  it('a FIFO in a --data folder is reported, not waited on', () => {
    const overlay = fresh('overlay');
    mkdirSync(overlay);
    if (!mkfifo(join(overlay, 'certifications.yaml'))) return;
    const result = runCli(['--data', overlay, 'validate']);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/not a regular file/);
  });
});

describe('exit codes and the environment (defects 17 and 18)', () => {
  it('a failing validate keeps exit 1 when its output goes into head', () => {
    // Far more output than a pipe buffers (64 KB), so the reader is gone while it is written.
    const broken = JSON.stringify(join(ROOT, 'tests', 'fixtures', 'data', 'broken'));
    const dirs = Array.from({ length: 100 }, () => broken).join(' ');
    const result = spawnSync(
      'bash',
      ['-o', 'pipefail', '-c', `node ${JSON.stringify(BIN)} validate ${dirs} --format json | head -c 1`],
      { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('');
  });

  it('LC_ALL=C wins over a UTF-8 LANG: ASCII only', () => {
    const result = runCli(['roadmap', '--profile', 'examples/maria.yaml', '--as-of', '2026-11'], {
      env: { LC_ALL: 'C', LANG: 'en_US.UTF-8', TERM: 'xterm' },
    });
    expect(result.status).toBe(0);
    // Names and prose may hold accents; the drawing (bullets, bars, arrows) is ASCII.
    expect(result.stdout).not.toMatch(/[\u2500-\u27ff]/);
    const utf8 = runCli(['roadmap', '--profile', 'examples/maria.yaml', '--as-of', '2026-11'], {
      env: { LANG: 'en_US.UTF-8', TERM: 'xterm', LC_ALL: '', LC_CTYPE: '' },
    });
    expect(utf8.stdout).toMatch(/[\u2500-\u27ff]/);
  });
});

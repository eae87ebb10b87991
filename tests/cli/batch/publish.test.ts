import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import * as fsp from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import {
  type FolderFs,
  PUBLISH_STEPS,
  type PublishStep,
  ReportFolder,
} from '../../../src/cli/batch/output.js';
import { readCsvProfiles } from '../../../src/cli/batch/read-csv.js';
import type { BatchInput, BatchRow } from '../../../src/cli/batch/rows.js';
import { type ClientPipeline, runBatch } from '../../../src/cli/batch/run.js';
import { ERROR_COLUMNS, MAX_CELL_CHARS, SUMMARY_COLUMNS } from '../../../src/cli/batch/summary.js';
import { ProfileSchema } from '../../../src/profile/schema.js';
import { builtinData } from '../../helpers/data.js';
import { roadmapFor } from '../../helpers/roadmap-fixture.js';

const root = mkdtempSync(join(tmpdir(), 'casemgr-publish-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let folders = 0;
const freshDir = () => join(root, `out-${++folders}`);
const COLUMNS = { summary: SUMMARY_COLUMNS, errors: ERROR_COLUMNS };

const client = (row: number, name: string): BatchRow => ({
  row,
  name,
  profile: ProfileSchema.parse({ version: 1, name }),
});
function inputOf(rows: BatchRow[]): BatchInput {
  return {
    rows: (async function* () {
      yield* rows;
    })(),
    fraction: () => undefined,
  };
}
const pipeline: ClientPipeline = {
  plan: (profile) => roadmapFor(profile.name ?? null),
  render: (roadmap) => `# ${roadmap.profile.name}\n`,
  extension: 'md',
};

class Crash extends Error {}

async function run(dir: string, names: string[], options: Parameters<typeof ReportFolder.open>[2] = {}) {
  const folder = await ReportFolder.open(dir, COLUMNS, options);
  try {
    await runBatch(inputOf(names.map((name, i) => client(i + 2, name))), folder, pipeline);
    await folder.commit();
  } catch (error) {
    // A crash leaves everything as it is: no clean-up runs.
    if (error instanceof Crash) throw error;
    await folder.abort();
    throw error;
  }
}

/** What a reader of the folder sees: the names in summary.csv and the report files. */
function visible(dir: string) {
  const summary = parse(readFileSync(join(dir, 'summary.csv')), { columns: true }) as Record<
    string,
    string
  >[];
  return {
    names: summary.map((r) => r.name),
    reports: readdirSync(join(dir, 'reports'))
      .filter((f) => !f.startsWith('.'))
      .sort(),
    errors: readFileSync(join(dir, 'errors.csv'), 'utf8'),
  };
}

describe('publishing a run (one atomic rename)', () => {
  for (const step of PUBLISH_STEPS) {
    it(`a crash after "${step}" shows the old run or the new one, whole; the next run recovers`, async () => {
      const dir = freshDir();
      await run(dir, ['Ann', 'Bob']);
      const old = visible(dir);
      const crash = (at: PublishStep) => {
        if (at === step) throw new Crash(at);
      };
      await expect(run(dir, ['Cat', 'Dan', 'Eve'], { onStep: crash })).rejects.toBeInstanceOf(Crash);
      const seen = visible(dir);
      if (PUBLISH_STEPS.indexOf(step) < PUBLISH_STEPS.indexOf('published')) expect(seen).toEqual(old);
      else expect(seen.names).toEqual(['Cat', 'Dan', 'Eve']);
      expect([old.reports, ['cat.md', 'dan.md', 'eve.md']]).toContainEqual(seen.reports);

      // The crashed run's lock names this (live) process: take it over as a dead one's would be.
      rmSync(join(dir, '.casemgr-path.lock'), { force: true });
      await run(dir, ['Fay']);
      expect(visible(dir).names).toEqual(['Fay']);
      expect(readdirSync(join(dir, '.casemgr-path')).sort()).toEqual([
        'README.txt',
        'current',
        expect.stringMatching(/^gen-[0-9a-f]{12}$/),
      ]);
    });
  }

  it('the entry paths are links into the current generation', async () => {
    const dir = freshDir();
    await run(dir, ['Ann']);
    for (const entry of ['summary.csv', 'errors.csv', 'reports']) {
      expect(lstatSync(join(dir, entry)).isSymbolicLink()).toBe(true);
    }
    expect(lstatSync(join(dir, '.casemgr-path', 'current')).isSymbolicLink()).toBe(true);
  });

  it('adopts a folder written by 0.1 (real files), keeping its run until the new one is published', async () => {
    const dir = freshDir();
    mkdirSync(join(dir, 'reports'), { recursive: true });
    writeFileSync(join(dir, 'reports', '.casemgr-path-reports'), 'ours');
    writeFileSync(join(dir, 'reports', 'old.md'), '# Old\n');
    writeFileSync(
      join(dir, 'summary.csv'),
      `${SUMMARY_COLUMNS.join(',')}\n2,Old,ok,reports/old.md${','.repeat(10)}\n`,
    );
    writeFileSync(join(dir, 'errors.csv'), `${ERROR_COLUMNS.join(',')}\n`);
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    const crash = (at: PublishStep) => {
      if (at === 'staged') throw new Crash(at);
    };
    await expect(run(dir, ['New'], { onStep: crash })).rejects.toBeInstanceOf(Crash);
    expect(visible(dir).names).toEqual(['Old']);
    expect(visible(dir).reports).toEqual(['old.md']);
    rmSync(join(dir, '.casemgr-path.lock'));
    await run(dir, ['New']);
    expect(visible(dir)).toMatchObject({ names: ['New'], reports: ['new.md'] });
    expect(readFileSync(join(dir, 'notes.txt'), 'utf8')).toBe('mine');
  });

  it('never deletes a .casemgr-path-* file or folder it did not write (defect 4)', async () => {
    const dir = freshDir();
    mkdirSync(join(dir, '.casemgr-path-staging-123456789abc'), { recursive: true });
    writeFileSync(join(dir, '.casemgr-path-staging-123456789abc', 'mine.txt'), 'mine');
    writeFileSync(join(dir, '.casemgr-path-notes'), 'mine');
    await run(dir, ['Ann']);
    await run(dir, ['Bob']);
    expect(existsSync(join(dir, '.casemgr-path-staging-123456789abc', 'mine.txt'))).toBe(true);
    expect(existsSync(join(dir, '.casemgr-path-notes'))).toBe(true);
  });

  it('refuses a .casemgr-path folder it did not write', async () => {
    const dir = freshDir();
    mkdirSync(join(dir, '.casemgr-path'), { recursive: true });
    writeFileSync(join(dir, '.casemgr-path', 'theirs.txt'), 'x');
    await expect(run(dir, ['Ann'])).rejects.toMatchObject({ exitCode: 2, message: /\.casemgr-path\// });
    expect(readdirSync(join(dir, '.casemgr-path'))).toEqual(['theirs.txt']);
  });
});

/** A write stream that fails as a full disk does, after `room` bytes. */
function fullDisk(room: number): FolderFs['createWriteStream'] {
  return () => {
    let used = 0;
    return new Writable({
      write(chunk: Buffer, _encoding, done) {
        used += chunk.length;
        if (used > room) {
          const error = Object.assign(new Error('ENOSPC: no space left on device, write'), {
            code: 'ENOSPC',
            syscall: 'write',
          });
          done(error);
        } else done();
      },
    });
  };
}

describe('a full disk while writing summary.csv and errors.csv (defect 14)', () => {
  it('fails the run with the file-system error, and leaves no temp files or lock', async () => {
    const dir = freshDir();
    await run(dir, ['Ann']);
    const before = visible(dir);
    const names = Array.from({ length: 3000 }, (_, i) => `Client ${i}`);
    await expect(run(dir, names, { fs: { createWriteStream: fullDisk(4096) } })).rejects.toMatchObject({
      code: 'ENOSPC',
    });
    expect(visible(dir)).toEqual(before);
    expect(existsSync(join(dir, '.casemgr-path.lock'))).toBe(false);
    expect(readdirSync(join(dir, '.casemgr-path')).filter((e) => e.startsWith('gen-'))).toHaveLength(1);
  });

  it('fails even when the disk fills on the last bytes, at close', async () => {
    const dir = freshDir();
    await expect(run(dir, ['Ann'], { fs: { createWriteStream: fullDisk(10) } })).rejects.toMatchObject({
      code: 'ENOSPC',
    });
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('repeated client names (defect 15)', () => {
  it('1,000 rows named "Client" cost about one open each, not one per earlier namesake', async () => {
    const dir = freshDir();
    let opens = 0;
    const open: typeof fsp.open = (...args) => {
      opens++;
      return fsp.open(...args);
    };
    await run(
      dir,
      Array.from({ length: 1000 }, () => 'Client'),
      { fs: { open } },
    );
    expect(readdirSync(join(dir, 'reports'))).toHaveLength(1001);
    // Quadratic probing made 500,500 attempts here.
    expect(opens).toBeGreaterThanOrEqual(1000);
    expect(opens).toBeLessThanOrEqual(1000 + 10);
  });
});

describe('a huge CSV cell (defect 16)', () => {
  it('is cut at the reader and clipped in errors.csv and summary.csv', async () => {
    const dir = freshDir();
    const file = join(root, 'huge.csv');
    const huge = 'x'.repeat(3 * 1024 * 1024);
    const long = 'y'.repeat(5000);
    writeFileSync(file, `name,state\n${huge},TX\nAnn,ZZ\n"${huge}\n${huge}",TX\nBob,TX\n${long},ZZ\n`);
    const handle = await fsp.open(file);
    const input = readCsvProfiles(file, builtinData(), (await handle.stat()).size, handle.createReadStream());
    const folder = await ReportFolder.open(dir, COLUMNS);
    const stats = await runBatch(input, folder, pipeline);
    await folder.commit();
    expect(stats).toMatchObject({ rows: 5, failed: 4, written: 1 });
    const errors = parse(readFileSync(join(dir, 'errors.csv')), { columns: true }) as Record<
      string,
      string
    >[];
    expect([...new Set(errors.map((e) => e.row))]).toEqual(['2', '3', '4', '7']);
    expect(errors[3]!.name).toMatch(/^y{1000}… \(4,000 more characters cut\)$/);
    expect(errors[0]!.message).toMatch(/longer than 1 MB/);
    expect(errors[2]!.message).toMatch(/longer than 1 MB/);
    for (const line of readFileSync(join(dir, 'errors.csv'), 'utf8').split('\n')) {
      expect(line.length).toBeLessThan(3 * MAX_CELL_CHARS);
    }
    const summary = parse(readFileSync(join(dir, 'summary.csv')), { columns: true }) as Record<
      string,
      string
    >[];
    expect(summary.map((r) => r.row)).toEqual(['2', '3', '4', '6', '7']);
    expect(summary[3]!.name).toBe('Bob');
    expect(summary[4]!.name!.length).toBeLessThan(MAX_CELL_CHARS + 50);
  });
});

describe('a run abandoned while its CSV files are still opening', () => {
  it('closes both files before it removes their folder, and leaves the folder holding nothing of ours', async () => {
    const dir = freshDir();
    const events: string[] = [];
    // A write stream whose open takes a while, as on a busy disk: a file created after its
    // folder was listed for removal would keep the folder (ENOTEMPTY) and leave it behind.
    const slowOpen: FolderFs['createWriteStream'] = (path) =>
      new Writable({
        construct(done) {
          setTimeout(() => {
            writeFileSync(String(path), '');
            events.push('opened');
            done();
          }, 30);
        },
        write(_chunk, _encoding, done) {
          done();
        },
      });
    const rm: FolderFs['rm'] = async (path, options) => {
      events.push(
        `rm ${String(path)
          .slice(dir.length + 1)
          .split('/')
          .slice(0, 2)
          .join('/')
          .replace(/gen-\w+/, 'gen')}`,
      );
      return fsp.rm(path, options);
    };
    const folder = await ReportFolder.open(dir, COLUMNS, { fs: { createWriteStream: slowOpen, rm } });
    events.length = 0;
    await folder.abort();
    expect(events.slice(0, 3)).toEqual(['opened', 'opened', 'rm .casemgr-path/gen']);
    expect(readdirSync(dir)).toEqual([]);
  });
});

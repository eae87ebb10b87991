import {
  existsSync,
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
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { ReportFolder } from '../../../src/cli/batch/output.js';
import type { BatchInput, BatchRow } from '../../../src/cli/batch/rows.js';
import { type ClientPipeline, runBatch } from '../../../src/cli/batch/run.js';
import { ERROR_COLUMNS, SUMMARY_COLUMNS } from '../../../src/cli/batch/summary.js';
import { ProfileSchema } from '../../../src/profile/schema.js';
import { roadmapFor } from '../../helpers/roadmap-fixture.js';

const root = mkdtempSync(join(tmpdir(), 'casemgr-run-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let folders = 0;
const freshDir = () => join(root, `out-${++folders}`);

const client = (row: number, name: string | null): BatchRow => ({
  row,
  name,
  profile: ProfileSchema.parse({ version: 1, ...(name ? { name } : {}), goals: { certification: 'ccm' } }),
});
const failed = (row: number, name: string | null, column: string, message: string): BatchRow => ({
  row,
  name,
  errors: [{ row, column, message }],
});

function inputOf(rows: BatchRow[]): BatchInput {
  let done = 0;
  return {
    rows: (async function* () {
      for (const row of rows) {
        done++;
        yield row;
      }
    })(),
    fraction: () => done / rows.length,
  };
}

const pipeline: ClientPipeline = {
  plan: (profile) => {
    if (profile.name === 'Explodes') throw new Error('no plan for you');
    return roadmapFor(profile.name ?? null);
  },
  render: (roadmap) => `# ${roadmap.profile.name}\n`,
  extension: 'md',
};

async function run(dir: string, rows: BatchRow[]) {
  const folder = await ReportFolder.open(dir, { summary: SUMMARY_COLUMNS, errors: ERROR_COLUMNS });
  const stats = await runBatch(inputOf(rows), folder, pipeline);
  await folder.commit();
  return stats;
}

const readCsv = (file: string) => parse(readFileSync(file), { columns: true }) as Record<string, string>[];
const reports = (dir: string) => readdirSync(join(dir, 'reports')).sort();

describe('report folder', () => {
  it('gives every client a distinct, safe file name', async () => {
    const dir = freshDir();
    const stats = await run(dir, [
      client(2, 'Maria Lopez'),
      client(3, 'Maria Lopez'),
      client(4, 'maria  lopez!'),
      client(5, 'María López'),
      client(6, 'Maria Lopez 2'),
      client(7, 'CON'),
      client(8, null),
      client(9, '  '),
    ]);
    expect(stats).toEqual({ rows: 8, written: 8, failed: 0 });
    expect(reports(dir)).toEqual([
      '.casemgr-path-reports',
      'client-con.md',
      'maria-lopez-2-2.md',
      'maria-lopez-2.md',
      'maria-lopez-3.md',
      'maria-lopez-4.md',
      'maria-lopez.md',
      'row-8.md',
      'row-9.md',
    ]);
    const files = readCsv(join(dir, 'summary.csv')).map((r) => r.file);
    expect(new Set(files).size).toBe(8);
    expect(readFileSync(join(dir, 'reports', 'maria-lopez-3.md'), 'utf8')).toBe('# maria  lopez!\n');
  });

  it('writes one summary row per client, failed ones included, and every problem to errors.csv', async () => {
    const dir = freshDir();
    const stats = await run(dir, [
      client(2, 'Maria Lopez'),
      failed(3, 'Bad Row', 'cm_months', 'expected a number, got "twelve"'),
      client(4, 'Explodes'),
      failed(5, '=HYPERLINK("x")', 'state', 'expected a US two-letter state code'),
    ]);
    expect(stats).toEqual({ rows: 4, written: 1, failed: 3 });
    const summary = readCsv(join(dir, 'summary.csv'));
    expect(Object.keys(summary[0]!)).toEqual([...SUMMARY_COLUMNS]);
    expect(summary[0]).toEqual({
      row: '2',
      name: 'Maria Lopez',
      status: 'ok',
      file: 'reports/maria-lopez.md',
      eligible_now: 'acm-rn;cmc',
      next_step: 'Sit the ACM-RN exam',
      next_step_start: '2026-12',
      goal: 'ccm',
      goal_month: '2027-11',
      months_to_goal: '12',
      pay_now_min: '60000',
      pay_now_max: '80000',
      pay_at_goal_min: '70000',
      pay_at_goal_max: '85000',
    });
    expect(summary.slice(1).map((r) => [r.row, r.status, r.file])).toEqual([
      ['3', 'failed', ''],
      ['4', 'failed', ''],
      ['5', 'failed', ''],
    ]);
    expect(readCsv(join(dir, 'errors.csv'))).toEqual([
      { row: '3', name: 'Bad Row', column: 'cm_months', message: 'expected a number, got "twelve"' },
      {
        row: '4',
        name: 'Explodes',
        column: '',
        message: "could not build this client's report: no plan for you",
      },
      { row: '5', name: `'=HYPERLINK("x")`, column: 'state', message: 'expected a US two-letter state code' },
    ]);
  });

  it('writes a header-only errors.csv when nothing failed', async () => {
    const dir = freshDir();
    await run(dir, [client(2, 'A')]);
    expect(readFileSync(join(dir, 'errors.csv'), 'utf8')).toBe(`${ERROR_COLUMNS.join(',')}\n`);
  });

  it('replaces the previous run as a whole when run again over the same folder', async () => {
    const dir = freshDir();
    await run(dir, [client(2, 'Old Client'), client(3, 'Stays')]);
    writeFileSync(join(dir, 'my-notes.txt'), 'mine');
    await run(dir, [client(2, 'Stays'), failed(3, 'New', 'x', 'y')]);
    expect(reports(dir)).toEqual(['.casemgr-path-reports', 'stays.md']);
    expect(readCsv(join(dir, 'summary.csv')).map((r) => r.name)).toEqual(['Stays', 'New']);
    expect(readdirSync(dir).sort()).toEqual([
      '.casemgr-path',
      'errors.csv',
      'my-notes.txt',
      'reports',
      'summary.csv',
    ]);
  });

  it('leaves the previous run intact when a run is abandoned, and cleans up after it next time', async () => {
    const dir = freshDir();
    await run(dir, [client(2, 'Kept')]);
    const folder = await ReportFolder.open(dir, { summary: SUMMARY_COLUMNS, errors: ERROR_COLUMNS });
    await runBatch(inputOf([client(2, 'Half Done')]), folder, pipeline);
    const generations = () => readdirSync(join(dir, '.casemgr-path')).filter((e) => e.startsWith('gen-'));
    expect(generations()).toHaveLength(2);
    await folder.abort();
    expect(reports(dir)).toEqual(['.casemgr-path-reports', 'kept.md']);
    expect(readdirSync(dir).sort()).toEqual(['.casemgr-path', 'errors.csv', 'reports', 'summary.csv']);
    expect(generations()).toHaveLength(1);

    // A run killed outright leaves its generation folder and lock behind; the next run clears them.
    mkdirSync(join(dir, '.casemgr-path', 'gen-00000000dead', 'reports'), { recursive: true });
    writeFileSync(join(dir, '.casemgr-path.lock'), '999999999\n');
    await run(dir, [client(2, 'Fresh')]);
    expect(readdirSync(dir).sort()).toEqual(['.casemgr-path', 'errors.csv', 'reports', 'summary.csv']);
    expect(reports(dir)).toEqual(['.casemgr-path-reports', 'fresh.md']);
    expect(generations()).toHaveLength(1);
  });

  it('refuses a folder whose reports, summary or errors it did not write', async () => {
    const dir = freshDir();
    mkdirSync(join(dir, 'reports'), { recursive: true });
    writeFileSync(join(dir, 'reports', 'precious.docx'), 'x');
    await expect(run(dir, [client(2, 'A')])).rejects.toMatchObject({
      exitCode: 2,
      message: expect.stringContaining('did not write'),
    });
    expect(readdirSync(join(dir, 'reports'))).toEqual(['precious.docx']);
    expect(existsSync(join(dir, '.casemgr-path.lock'))).toBe(false);

    const other = freshDir();
    mkdirSync(other);
    writeFileSync(join(other, 'summary.csv'), 'theirs');
    await expect(run(other, [client(2, 'A')])).rejects.toMatchObject({ exitCode: 2 });
  });

  it('refuses to run while another live run holds the folder', async () => {
    const dir = freshDir();
    mkdirSync(dir);
    // The parent of this test process is alive for the whole test.
    writeFileSync(join(dir, '.casemgr-path.lock'), `${process.ppid}\n`);
    await expect(run(dir, [client(2, 'A')])).rejects.toMatchObject({
      exitCode: 2,
      message: expect.stringContaining(`process ${process.ppid}`),
    });
  });
});

describe('a report written while the next client is planned', () => {
  it('keeps the summary in input order around failed rows, and names taken in order', async () => {
    const dir = freshDir();
    const rows = [
      client(2, 'Same'),
      failed(3, 'Bad', 'x', 'y'),
      client(4, 'Same'),
      client(5, 'Explodes'),
      client(6, 'Same'),
      client(7, 'Other'),
    ];
    expect(await run(dir, rows)).toEqual({ rows: 6, written: 4, failed: 2 });
    expect(readCsv(join(dir, 'summary.csv')).map((r) => [r.row, r.status, r.file])).toEqual([
      ['2', 'ok', 'reports/same.md'],
      ['3', 'failed', ''],
      ['4', 'ok', 'reports/same-2.md'],
      ['5', 'failed', ''],
      ['6', 'ok', 'reports/same-3.md'],
      ['7', 'ok', 'reports/other.md'],
    ]);
  });

  it('keeps rows and names in input order while writes finish out of order', async () => {
    const dir = freshDir();
    // Each open takes a different time, so later reports often finish first.
    let opens = 0;
    let most = 0;
    let inFlight = 0;
    const slowOpen = (async (...args: Parameters<typeof fsp.open>) => {
      inFlight++;
      most = Math.max(most, inFlight);
      const wait = [7, 1, 4, 0, 9, 2][opens++ % 6]!;
      await new Promise((resolve) => setTimeout(resolve, wait));
      try {
        return await fsp.open(...args);
      } finally {
        inFlight--;
      }
    }) as typeof fsp.open;
    const folder = await ReportFolder.open(
      dir,
      { summary: SUMMARY_COLUMNS, errors: ERROR_COLUMNS },
      { fs: { open: slowOpen } },
    );
    const rows = Array.from({ length: 40 }, (_, i) =>
      i % 7 === 3 ? failed(i + 2, 'Bad', 'x', 'y') : client(i + 2, i % 2 === 0 ? 'Same' : `Client ${i}`),
    );
    const stats = await runBatch(inputOf(rows), folder, pipeline);
    await folder.commit();
    expect(stats.rows).toBe(40);
    // Writes did overlap, and every one had finished before the run returned.
    expect(most).toBeGreaterThan(1);
    expect(inFlight).toBe(0);
    const summary = readCsv(join(dir, 'summary.csv'));
    expect(summary.map((r) => Number(r.row))).toEqual(rows.map((r) => r.row));
    // The n-th "Same" row in input order is same.md, same-2.md, same-3.md, …
    const same = summary.filter((r) => r.name === 'Same').map((r) => r.file);
    expect(same).toEqual(same.map((_, i) => (i === 0 ? 'reports/same.md' : `reports/same-${i + 1}.md`)));
  });

  it('fails the run with the error of a report that cannot be written, once no write is left running', async () => {
    const dir = freshDir();
    let opens = 0;
    let inFlight = 0;
    let settled = 0;
    const failingOpen = (async (...args: Parameters<typeof fsp.open>) => {
      opens++;
      inFlight++;
      try {
        if (opens === 3)
          throw Object.assign(new Error('ENOSPC: no space left on device, open'), { code: 'ENOSPC' });
        return await fsp.open(...args);
      } finally {
        inFlight--;
        settled++;
      }
    }) as typeof fsp.open;
    const folder = await ReportFolder.open(
      dir,
      { summary: SUMMARY_COLUMNS, errors: ERROR_COLUMNS },
      { fs: { open: failingOpen } },
    );
    const names = Array.from({ length: 10 }, (_, i) => client(i + 2, `Client ${i}`));
    await expect(runBatch(inputOf(names), folder, pipeline)).rejects.toMatchObject({ code: 'ENOSPC' });
    // The third open failed: the run stopped starting writes soon after (writes overlap with the
    // next clients' planning, so one or two may have begun), and nothing is still open.
    expect(inFlight).toBe(0);
    expect(settled).toBeGreaterThanOrEqual(3);
    expect(settled).toBeLessThan(names.length);
    await folder.abort();
    expect(existsSync(join(dir, '.casemgr-path.lock'))).toBe(false);
  });
});

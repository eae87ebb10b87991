import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../helpers/build.js';
import { runCli, runMain } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'casemgr-report-'));
beforeAll(() => ensureBuilt(), 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const CSV = [
  'name,state,degree_level,degree_field,licenses,cm_role,cm_setting,cm_months,cm_supervised_by,cm_ongoing,goal_certification',
  'Maria Lopez,TX,associate,nursing,rn,case-manager,hospital,13,licensed,yes,ccm',
  '"Kim, Jo",NY,bachelor,social-work,,care-coordinator,community,30,none,no,',
].join('\n');

function write(name: string, content: string): string {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
}

const summaryOf = (out: string) =>
  parse(readFileSync(join(out, 'summary.csv')), { columns: true }) as Record<string, string>[];
const errorsOf = (out: string) =>
  parse(readFileSync(join(out, 'errors.csv')), { columns: true }) as Record<string, string>[];

describe('casemgr-path report', () => {
  // A real spawn of the built binary, kept as a smoke test; the others run in process.
  it('writes one report per client and exits 0 when every row works (built binary)', () => {
    const out = join(dir, 'ok');
    const result = runCli([
      'report',
      '--profiles',
      write('ok.csv', CSV),
      '--out',
      out,
      '--format',
      'json',
      '--as-of',
      '2026-11',
    ]);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^report: 2 rows · 2 reports written to .* · no failures · \d+\.\d s\n$/);
    expect(
      readdirSync(join(out, 'reports'))
        .filter((f) => !f.startsWith('.'))
        .sort(),
    ).toEqual(['kim-jo.json', 'maria-lopez.json']);
    const report = JSON.parse(readFileSync(join(out, 'reports', 'maria-lopez.json'), 'utf8'));
    expect(report).toMatchObject({
      version: 1,
      as_of: '2026-11',
      profile: { name: 'Maria Lopez', state: 'TX' },
    });
    expect(summaryOf(out).map((r) => [r.row, r.name, r.status, r.file])).toEqual([
      ['2', 'Maria Lopez', 'ok', 'reports/maria-lopez.json'],
      ['3', 'Kim, Jo', 'ok', 'reports/kim-jo.json'],
    ]);
    expect(summaryOf(out)[0]!.eligible_now).toContain('acm-rn');
    expect(errorsOf(out)).toEqual([]);
  });

  it('keeps going past a bad row, lists it in errors.csv and exits 1', async () => {
    const out = join(dir, 'bad-row');
    const csv = `${CSV}\nBad Row,Texas,bachelor,nursing,,case-manager,,many,,,\nLast,TX,master,social-work,,,,,,,`;
    const result = await runMain([
      'report',
      '--profiles',
      write('bad-row.csv', csv),
      '--out',
      out,
      '--format',
      'md',
    ]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/4 rows · 3 reports written .* · 1 failed \(see errors\.csv in /);
    expect(errorsOf(out)).toEqual([
      { row: '4', name: 'Bad Row', column: 'cm_months', message: 'expected a number, got "many"' },
    ]);
    expect(summaryOf(out).map((r) => r.status)).toEqual(['ok', 'ok', 'failed', 'ok']);
    expect(existsSync(join(out, 'reports', 'last.md'))).toBe(true);
  });

  it('reads JSON Lines and YAML lists too', async () => {
    const jsonl = write('clients.jsonl', '{"version":1,"name":"A"}\n{"version":1,"name":"B","state":"XX"}\n');
    const out = join(dir, 'jsonl');
    expect((await runMain(['report', '--profiles', jsonl, '--out', out, '--format', 'json'])).status).toBe(1);
    expect(errorsOf(out)).toEqual([
      { row: '2', name: 'B', column: 'state', message: expect.stringContaining('did you mean "TX"') },
    ]);

    const yaml = write('clients.yaml', '- version: 1\n  name: A\n- version: 1\n  name: B\n');
    const yamlOut = join(dir, 'yaml');
    expect((await runMain(['report', '--profiles', yaml, '--out', yamlOut, '--format', 'html'])).status).toBe(
      0,
    );
    expect(summaryOf(yamlOut).map((r) => r.file)).toEqual(['reports/a.html', 'reports/b.html']);
  });

  it('replaces the previous run when run again over the same folder', async () => {
    const out = join(dir, 'rerun');
    const first = write('first.csv', 'name\nAnn\nBob\n');
    const second = write('second.csv', 'name\nBob\nCat\n');
    expect((await runMain(['report', '--profiles', first, '--out', out])).status).toBe(0);
    expect((await runMain(['report', '--profiles', second, '--out', out])).status).toBe(0);
    expect(
      readdirSync(join(out, 'reports'))
        .filter((f) => !f.startsWith('.'))
        .sort(),
    ).toEqual(['bob.md', 'cat.md']);
    expect(summaryOf(out).map((r) => r.name)).toEqual(['Bob', 'Cat']);
  });

  it('fails the whole file on an unknown column, writing nothing', async () => {
    const out = join(dir, 'bad-header');
    const result = await runMain([
      'report',
      '--profiles',
      write('bad-header.csv', 'name,cm_monhts\nA,3\n'),
      '--out',
      out,
    ]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('unknown column "cm_monhts" (did you mean "cm_months"?)');
    expect(readdirSync(out)).toEqual([]);
  });

  it('treats a missing input, an unknown format or a bad option as usage errors (exit 2)', async () => {
    const out = join(dir, 'usage');
    expect(await runMain(['report', '--profiles', join(dir, 'nope.csv'), '--out', out])).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('profiles file not found'),
    });
    expect((await runMain(['report', '--profiles', write('c.xlsx', 'x'), '--out', out])).status).toBe(2);
    const pdf = await runMain([
      'report',
      '--profiles',
      write('d.csv', 'name\n'),
      '--out',
      out,
      '--format',
      'pdf',
    ]);
    expect(pdf.status).toBe(2);
    const month = await runMain([
      'report',
      '--profiles',
      write('e.csv', 'name\n'),
      '--out',
      out,
      '--as-of',
      '2026-13',
    ]);
    expect(month.status).toBe(2);
  });

  it('init --csv writes the header a report accepts', async () => {
    const header = await runMain(['init', '--csv']);
    expect(header.status).toBe(0);
    expect(header.stdout).toMatch(/^name,state,degree_level,.*,goal_specialization,goal_certification\n$/);
    const file = join(dir, 'template.csv');
    const written = await runMain(['init', '--csv', '--out', file]);
    expect(written.stderr).toContain(`casemgr-path report --profiles ${file}`);
    writeFileSync(
      file,
      `${readFileSync(file, 'utf8')}Zoe${','.repeat(header.stdout.split(',').length - 1)}\n`,
    );
    const out = join(dir, 'from-template');
    expect((await runMain(['report', '--profiles', file, '--out', out])).status).toBe(0);
    expect(summaryOf(out).map((r) => r.file)).toEqual(['reports/zoe.md']);
  });
});

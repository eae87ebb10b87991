import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { parseJsonLine, splitLines } from '../../../src/cli/batch/read-jsonl.js';
import { openProfiles } from '../../../src/cli/batch/read-profiles.js';
import type { BatchRow } from '../../../src/cli/batch/rows.js';
import { builtinData } from '../../helpers/data.js';

const dir = mkdtempSync(join(tmpdir(), 'casemgr-readers-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function readAll(name: string, content: string | Buffer): Promise<BatchRow[]> {
  const file = join(dir, name);
  writeFileSync(file, content);
  const input = await openProfiles(file, builtinData());
  const rows: BatchRow[] = [];
  for await (const row of input.rows) rows.push(row);
  expect(input.fraction()).toBe(1);
  return rows;
}

const summary = (rows: BatchRow[]) =>
  rows.map((r) =>
    'profile' in r ? `${r.row}:ok:${r.name}` : `${r.row}:failed:${r.errors.map((e) => e.column).join('+')}`,
  );

describe('CSV reader', () => {
  it('handles a BOM, CRLF, quoted commas and line breaks, empty lines and rows of empty cells', async () => {
    const csv = [
      '\uFEFFname,degree_level,degree_field,cm_role,cm_months,licenses',
      '"Lopez, Maria",associate,nursing,case-manager,13,"rn:TX, lcsw"',
      '',
      '"Kim\r\nJo",bachelor,social-work,,,',
      ',,,,,',
      'Ann,master,counseling,,,',
      '',
    ].join('\r\n');
    const rows = await readAll('edge.csv', csv);
    expect(summary(rows)).toEqual(['2:ok:Lopez, Maria', '4:ok:Kim\r\nJo', '7:ok:Ann']);
    const first = rows[0] as Extract<BatchRow, { profile: unknown }>;
    expect(first.profile.licenses.map((l) => l.type)).toEqual(['rn', 'lcsw']);
  });

  it('keeps going past a bad row and numbers rows by their line', async () => {
    const csv =
      'name,cm_role,cm_months\nA,case-manager,12\nB,case-manager,twelve\n\nC,case-manager,3\nD,case-manager,3,extra\n';
    const rows = await readAll('bad-row.csv', csv);
    expect(summary(rows)).toEqual(['2:ok:A', '3:failed:cm_months', '5:ok:C', '6:failed:']);
    expect(rows[3]).toMatchObject({
      errors: [{ message: expect.stringContaining('4 cells but the header has 3') }],
    });
  });

  it('reports an unclosed quote as a row error naming the lines it swallowed', async () => {
    const rows = await readAll('quote.csv', 'name,ce_hours\nA,1\n"B,2\nC,3\n');
    expect(summary(rows)).toEqual(['2:ok:A', '3:failed:']);
    expect(rows[1]).toMatchObject({ errors: [{ message: expect.stringContaining('lines 3–4') }] });
  });

  it('refuses the whole file when the header has an unknown column', async () => {
    await expect(readAll('header.csv', 'name,cm_monts\nA,1\n')).rejects.toThrow(
      /unknown column "cm_monts" \(did you mean "cm_months"\?\)/,
    );
    await expect(readAll('empty.csv', '')).rejects.toThrow(/empty; it needs a header row/);
  });
});

describe('JSON Lines reader', () => {
  it('reads one profile per line, skipping blank lines, with errors by line and profile path', async () => {
    const lines = [
      '{"version":1,"name":"A"}',
      '',
      '{"version":1,"name":"B","experience":[{"role":"case-manager","months":-1}]}',
      '{"version":1,',
      '{"version":1,"name":"C","licenses":[{"type":"rnn"}]}',
    ];
    const rows = await readAll('clients.jsonl', `\uFEFF${lines.join('\r\n')}`);
    expect(summary(rows)).toEqual([
      '1:ok:A',
      '3:failed:experience[0].months',
      '4:failed:',
      '5:failed:licenses[0].type',
    ]);
    expect(rows[2]).toMatchObject({ errors: [{ message: expect.stringMatching(/^not valid JSON/) }] });
    expect(rows[3]).toMatchObject({ errors: [{ message: expect.stringContaining('did you mean "rn"') }] });
  });

  it('refuses an over-long line without holding it', async () => {
    const chunks = [
      Buffer.from('{"a":1}\n'),
      Buffer.from('x'.repeat(50)),
      Buffer.from('y'.repeat(50)),
      Buffer.from('\nlast'),
    ];
    const out = [];
    for await (const line of splitLines(Readable.from(chunks), 64)) out.push(line);
    expect(out).toEqual([
      { line: 1, bytes: 8, text: '{"a":1}' },
      { line: 2, bytes: 109, tooLong: true },
      { line: 3, bytes: 114, text: 'last' },
    ]);
  });
});

describe('YAML and JSON list reader', () => {
  it('reads a YAML list, numbering profiles from 1 and giving lines in messages', async () => {
    const yaml = ['- version: 1', '  name: A', '- version: 1', '  name: B', '  ce_hours: lots', ''].join(
      '\n',
    );
    const rows = await readAll('clients.yaml', yaml);
    expect(summary(rows)).toEqual(['1:ok:A', '2:failed:ce_hours']);
    expect(rows[1]).toMatchObject({ errors: [{ message: expect.stringContaining('(line 5)') }] });
  });

  it('reads a JSON list and refuses anything but a list', async () => {
    expect(summary(await readAll('clients.json', '[{"version":1,"name":"A"},{"version":1}]'))).toEqual([
      '1:ok:A',
      '2:ok:null',
    ]);
    await expect(readAll('one.json', '{"version":1}')).rejects.toThrow(/expects a list of profiles/);
  });

  it('refuses a list file over 5 MB, pointing to CSV or JSONL', async () => {
    const file = join(dir, 'big.yaml');
    writeFileSync(file, '');
    truncateSync(file, 5 * 1024 * 1024 + 1);
    await expect(openProfiles(file, builtinData())).rejects.toThrow(/limited to 5 MB.*CSV or JSON Lines/);
  });

  it('refuses an unknown extension as a usage error', async () => {
    await expect(openProfiles(join(dir, 'clients.xlsx'), builtinData())).rejects.toMatchObject({
      exitCode: 2,
    });
  });
});

describe('init --csv template', () => {
  it('is a header the reader accepts, ready for rows', async () => {
    const { csvTemplate } = await import('../../../src/cli/batch/csv-template.js');
    const template = csvTemplate();
    expect(template.split('\n')).toHaveLength(2);
    const rows = await readAll(
      'template.csv',
      `${template}${','.repeat(template.split(',').length - 1)}\nAnn${','.repeat(44)}\n`,
    );
    expect(summary(rows)).toEqual(['3:ok:Ann']);
  });
});

describe('parseJsonLine neutralizes control characters however they are written', () => {
  it('escaped C0 (ESC), raw C1 and DEL in values and keys become visible stand-ins; a clean line is kept as parsed', () => {
    const escaped = parseJsonLine('{"name": "A\\u001b[31mB", "k\\u0007": 1}');
    expect(escaped).toEqual({ ok: true, value: { name: 'A\u241b[31mB', 'k\u2407': 1 } });
    const raw = parseJsonLine('{"name": "A\u0085B\u007fC"}');
    expect(raw).toEqual({ ok: true, value: { name: 'A\ufffdB\u2421C' } });
    expect(parseJsonLine('{"name": "María López", "version": 1}')).toEqual({
      ok: true,
      value: { name: 'María López', version: 1 },
    });
  });
});

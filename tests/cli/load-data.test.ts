import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Io } from '../../src/cli/context.js';
import { CliError, EXIT } from '../../src/cli/errors.js';
import { loadCliData } from '../../src/cli/load-data.js';

let temp: string;
beforeAll(() => {
  temp = mkdtempSync(join(tmpdir(), 'casemgr-load-'));
});
afterAll(() => {
  rmSync(temp, { recursive: true, force: true });
});

function fakeIo(): Io & { err: () => string } {
  const stderr = new PassThrough();
  let text = '';
  stderr.on('data', (chunk: Buffer) => {
    text += chunk.toString();
  });
  return {
    stdout: new PassThrough() as unknown as NodeJS.WriteStream,
    stderr: stderr as unknown as NodeJS.WriteStream,
    stdin: process.stdin,
    env: { NO_COLOR: '1' },
    err: () => text,
  };
}

const ORG = (id: string, kind: string) =>
  `organizations:\n  - id: ${id}\n    name: Test\n    abbreviation: T\n    summary: s\n    kinds: [${kind}]\n    url: https://example.org\n    sources: [{ title: t, as_of: 2026-01 }]\n`;

describe('loadCliData', () => {
  it('without --data returns the embedded built-in data, indexed', async () => {
    const data = await loadCliData({ color: false, input: false });
    expect(data.certifications.length).toBeGreaterThan(0);
    expect(data.byId.certifications.size).toBe(data.certifications.length);
  });

  it('with --data overlays the folder: a new id is added', async () => {
    const dir = join(temp, 'good');
    mkdirSync(dir);
    writeFileSync(join(dir, 'organizations.yaml'), ORG('local-board', 'government'));
    const data = await loadCliData({ data: dir, color: false, input: false });
    expect(data.byId.organizations.get('local-board')?.name).toBe('Test');
    expect(data.certifications.length).toBeGreaterThan(0);
  });

  it('with a broken overlay prints the problems and fails with exit 1', async () => {
    const dir = join(temp, 'bad');
    mkdirSync(dir);
    writeFileSync(join(dir, 'organizations.yaml'), ORG('local-board', 'goverment'));
    const io = fakeIo();
    const error = await loadCliData({ data: dir, color: false, input: false }, io).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).exitCode).toBe(EXIT.failed);
    expect((error as CliError).message).toBe(`the data in ${dir} has an error; fix it or run without --data`);
    expect(io.err()).toMatch(
      /organizations\.yaml\n {2}6:13 +error +unknown value "goverment" \(did you mean "government"\?\)/,
    );
  });

  it('with a missing --data folder is a usage error', async () => {
    const error = await loadCliData({ data: join(temp, 'nope'), color: false, input: false }).catch(
      (e: unknown) => e,
    );
    expect((error as CliError).exitCode).toBe(EXIT.usage);
  });
});

describe('loadCliData overlays', () => {
  it('accept a file with only some of its lists (an exam, no licenses)', async () => {
    const dir = join(temp, 'partial');
    mkdirSync(dir);
    const data = await loadCliData({ color: false, input: false });
    const issuer = data.organizations[0]!.id;
    writeFileSync(
      join(dir, 'licenses.yaml'),
      `exams:\n  - { id: test-exam, name: A test exam, summary: s, issuer: ${issuer}, fee_usd: null, prep_months: 1, sources: [{ title: t, as_of: 2026-01 }] }\n`,
    );
    const merged = await loadCliData({ data: dir, color: false, input: false });
    expect(merged.byId.exams.get('test-exam')?.issuer).toBe(issuer);
    expect(merged.licenses).toEqual(data.licenses);
  });
});

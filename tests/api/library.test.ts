import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataError, loadData, ProfileError, validateProfile } from '../../src/index.js';
import { ensureBuilt, ROOT } from '../helpers/build.js';

const dir = mkdtempSync(join(tmpdir(), 'casemgr-api-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ORGANIZATION = (id: string, name: string) =>
  [
    'organizations:',
    `  - id: ${id}`,
    `    name: ${name}`,
    '    abbreviation: CCMC',
    '    summary: Runs the CCM.',
    '    kinds: [certifying-body]',
    '    url: https://ccmcertification.org',
    '    sources:',
    '      - title: An overlay test',
    '        as_of: 2026-03',
    '',
  ].join('\n');

describe('the library as a user script runs it', () => {
  beforeAll(() => ensureBuilt(), 120_000);

  it('runs examples/library.mjs against the build, importing "casemgr-path"', () => {
    const result = spawnSync(process.execPath, [join(ROOT, 'examples', 'library.mjs')], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^Maria Lopez: eligible now for .*acm-rn.*; .*ccm from \d{4}-\d{2}/);
    expect(lines).toHaveLength(7);
    expect(lines[3]).toMatch(/^Next for Maria Lopez: .+ \(\d{4}-\d{2}\)$/);
    expect(lines[4]).toBe('Markdown: # Roadmap for Maria Lopez');
    expect(lines[5]).toBe('JSON keys: version, as_of, profile, goal');
    expect(lines[6]).toBe('ProfileError: licenses[0].type: unknown license "rnn" (did you mean "rn"?)');
  });

  it('exposes typed errors through the built package', () => {
    const script = join(dir, 'errors.mjs');
    writeFileSync(
      script,
      [
        `import { loadData, DataError, CasemgrPathError } from ${JSON.stringify(join(ROOT, 'dist', 'index.js'))};`,
        'try { await loadData({ dir: "/no/such/folder" }); } catch (e) {',
        '  console.log(e instanceof DataError, e instanceof CasemgrPathError, e.name, e.diagnostics[0].code);',
        '}',
      ].join('\n'),
    );
    const result = spawnSync(process.execPath, [script], { encoding: 'utf8', timeout: 30_000 });
    expect(result.stdout.trim()).toBe('true true DataError unreadable');
  });
});

describe('loadData', () => {
  it('returns the built-in data without touching the disk', async () => {
    const { data, diagnostics } = await loadData();
    expect(data.byId.certifications.has('ccm')).toBe(true);
    expect(diagnostics).toEqual([]);
  });

  it('overlays a folder: the same id replaces, a new id adds', async () => {
    const overlay = join(dir, 'overlay');
    mkdirSync(overlay);
    writeFileSync(join(overlay, 'organizations.yaml'), `${ORGANIZATION('ccmc', 'Renamed Commission')}`);
    const { data } = await loadData({ dir: overlay, asOf: '2026-11' });
    expect(data.byId.organizations.get('ccmc')?.name).toBe('Renamed Commission');
    expect(data.byId.certifications.get('ccm')?.issuer).toBe('ccmc');
  });

  it('throws a DataError with every located problem', async () => {
    const broken = join(dir, 'broken');
    mkdirSync(broken);
    writeFileSync(join(broken, 'organizations.yaml'), 'organizations:\n  - id: x\n    nmae: X\n');
    const error = await loadData({ dir: broken }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataError);
    const diagnostics = (error as DataError).diagnostics;
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(diagnostics[0]).toMatchObject({
      file: join(broken, 'organizations.yaml'),
      line: expect.any(Number),
    });
    expect((error as DataError).message).toContain('organizations.yaml:');
  });
});

describe('validateProfile', () => {
  it('fills defaults, or throws a ProfileError naming every problem by path', async () => {
    const { data } = await loadData();
    expect(validateProfile({ version: 1 }, data)).toMatchObject({ education: [], ce_hours: 0 });
    try {
      validateProfile({ version: 1, ce_hours: -1, experience: [{ role: 'case-manager' }] });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ProfileError);
      expect((error as ProfileError).diagnostics.map((d) => d.path)).toEqual([
        'ce_hours',
        'experience[0].months',
      ]);
    }
  });
});

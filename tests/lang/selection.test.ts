import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { profileFromCsvRow } from '../../src/profile/csv.js';
import { parseProfile } from '../../src/profile/parse.js';
import { runMain } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'casemgr-lang-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// The roadmap's heading in each language (the terminal view's first line).
const SPANISH = 'hoja de ruta';
const ENGLISH = 'roadmap for';

describe('--lang (global)', () => {
  it('takes en or es, before or after the command', async () => {
    for (const args of [
      ['--lang', 'es', 'roadmap'],
      ['roadmap', '--lang', 'es'],
      ['roadmap', '--lang=es'],
    ]) {
      const result = await runMain([...args, '--profile', 'examples/maria.yaml', '--as-of', '2026-11']);
      expect(result.status, args.join(' ')).toBe(0);
      expect(result.stderr).toBe('');
      expect(result.stdout.toLowerCase()).toContain(SPANISH);
    }
  });

  it('refuses another language as a usage error (exit 2)', async () => {
    const result = await runMain(['--lang', 'fr', 'roadmap', '--profile', 'examples/maria.yaml']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/'fr' is invalid.*en, es/);
  });

  it('defaults from the locale; --lang en wins over it', async () => {
    const args = ['roadmap', '--profile', 'examples/maria.yaml', '--as-of', '2026-11'];
    const english = await runMain(args, { env: { LANG: 'en_US.UTF-8' } });
    const spanish = await runMain(args, { env: { LANG: 'es_MX.UTF-8' } });
    const asked = await runMain(['--lang', 'en', ...args], { env: { LANG: 'es_MX.UTF-8' } });
    for (const run of [english, spanish, asked]) expect(run.stderr).toBe('');
    expect(english.stdout.toLowerCase()).toContain(ENGLISH);
    expect(spanish.stdout.toLowerCase()).toContain(SPANISH);
    // --lang en gives exactly the English plan, whatever the locale.
    expect(asked.stdout).toBe(english.stdout);
  });

  it("the profile's lang is the default; --lang wins over it", async () => {
    const file = join(dir, 'es.yaml');
    writeFileSync(file, `${readFileSync('examples/maria.yaml', 'utf8')}\nlang: es\n`);
    const saved = await runMain(['roadmap', '--profile', file, '--as-of', '2026-11'], {
      env: { LANG: 'en_US.UTF-8' },
    });
    expect(saved.status).toBe(0);
    expect(saved.stdout.toLowerCase()).toContain(SPANISH);
    const flag = await runMain(['--lang', 'en', 'roadmap', '--profile', file, '--as-of', '2026-11']);
    expect(flag.stderr).toBe('');
    expect(flag.stdout.toLowerCase()).toContain(ENGLISH);
  });
});

describe('lang in the profile (0.2)', () => {
  it('is optional and takes en or es', () => {
    expect(parseProfile('p.yaml', 'version: 1\n')).toMatchObject({ ok: true, profile: {} });
    const spanish = parseProfile('p.yaml', 'version: 1\nlang: es\n');
    expect(spanish.ok && spanish.profile.lang).toBe('es');
    const wrong = parseProfile('p.yaml', 'version: 1\nlang: fr\n');
    expect(wrong.ok).toBe(false);
    expect(wrong.diagnostics).toEqual([
      expect.objectContaining({ line: 2, column: 7, path: 'lang', message: 'expected one of en, es' }),
    ]);
  });
});

describe('init remembers the language of the run that wrote the template', () => {
  it('lang: es with --lang es or a Spanish locale, lang: en otherwise', async () => {
    expect((await runMain(['--lang', 'es', 'init'])).stdout).toMatch(/^lang: es +# optional/m);
    expect((await runMain(['init'], { env: { LANG: 'es_MX.UTF-8' } })).stdout).toMatch(
      /^lang: es +# optional/m,
    );
    expect((await runMain(['init'], { env: { LANG: 'en_US.UTF-8' } })).stdout).toMatch(
      /^lang: en +# optional/m,
    );
  });
});

describe('the lang column of a caseload CSV', () => {
  it('reads codes and names of the two languages, forgivingly', () => {
    for (const [cell, lang] of [
      ['es', 'es'],
      ['ES', 'es'],
      ['es-US', 'es'],
      ['Spanish', 'es'],
      ['Español', 'es'],
      ['en', 'en'],
      ['English', 'en'],
    ] as const) {
      const row = profileFromCsvRow({ name: 'A', lang: cell });
      expect(row.ok && row.profile.lang, cell).toBe(lang);
    }
    expect(profileFromCsvRow({ name: 'A', lang: '' })).toMatchObject({ ok: true, profile: {} });
  });

  it('names the column and the cell when the language is not one we speak', () => {
    expect(profileFromCsvRow({ name: 'A', lang: 'fr' })).toEqual({
      ok: false,
      errors: [{ row: 2, column: 'lang', message: '"fr": expected one of en, es' }],
    });
  });

  it('is in the template header, before the goal columns', async () => {
    const header = await runMain(['init', '--csv']);
    expect(header.stdout).toMatch(/,cm2_ongoing,lang,goal_job,/);
  });
});

describe('report --lang', () => {
  const csv = [
    'name,state,degree_level,degree_field,licenses,cm_role,cm_setting,cm_months,cm_ongoing,lang',
    'Ana Ruiz,TX,associate,nursing,rn,case-manager,hospital,13,yes,es',
    'Bo Chen,TX,associate,nursing,rn,case-manager,hospital,13,yes,en',
    'Cy Diaz,TX,associate,nursing,rn,case-manager,hospital,13,yes,',
  ].join('\n');
  const file = join(dir, 'caseload.csv');
  writeFileSync(file, csv);

  const run = async (args: string[], env: NodeJS.ProcessEnv = { LANG: 'en_US.UTF-8' }) => {
    const out = mkdtempSync(join(dir, 'out-'));
    const result = await runMain(
      ['report', '--profiles', file, '--out', out, '--as-of', '2026-11', ...args],
      {
        env,
      },
    );
    const names = readdirSync(join(out, 'reports')).filter((f) => !f.startsWith('.'));
    // Each client's report, by the client's first name, and the language its heading is in.
    const reports = Object.fromEntries(
      names.map((name) => {
        const text = readFileSync(join(out, 'reports', name), 'utf8');
        return [name.split(/[-_.]/)[0]?.toLowerCase(), text.startsWith('# Hoja de ruta') ? 'es' : 'en'];
      }),
    );
    return { ...result, names, reports };
  };

  it('a client’s own lang wins; --lang, else the locale, is the default of the others', async () => {
    const plain = await run([]);
    expect(plain.status).toBe(0);
    expect(plain.names).toHaveLength(3);
    expect(plain.reports).toEqual({ ana: 'es', bo: 'en', cy: 'en' });
    expect(plain.stderr).not.toMatch(/in English/);
    const all = await run(['--lang', 'es']);
    expect(all.reports).toEqual({ ana: 'es', bo: 'en', cy: 'es' });
    const locale = await run([], { LANG: 'es_US.UTF-8' });
    expect(locale.reports).toEqual({ ana: 'es', bo: 'en', cy: 'es' });
    const english = await run(['--lang', 'en'], { LANG: 'es_US.UTF-8' });
    expect(english.reports).toEqual({ ana: 'es', bo: 'en', cy: 'en' });
  });
});

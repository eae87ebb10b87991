import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sourceHash as h } from '../../src/data/i18n/hash.js';
import { enDiagnostics } from '../../src/messages/en/diagnostics.js';
import { esDiagnostics } from '../../src/messages/es/diagnostics.js';
import { ROOT } from '../helpers/build.js';
import { runMain } from '../helpers/cli.js';
import { VALID_DATA } from '../helpers/fixtures.js';
import { expectSameMessages } from '../helpers/same-messages.js';

const temp = mkdtempSync(join(tmpdir(), 'casemgr-validate-es-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const BROKEN = 'tests/fixtures/data/broken';
const AS_OF = ['--as-of', '2026-11'];

/** The valid fixture with a Spanish certifications file that has one of each translation problem. */
function withTranslationProblems(): string {
  const dir = join(temp, 'translations');
  cpSync(VALID_DATA, dir, { recursive: true });
  mkdirSync(join(dir, 'i18n', 'es'), { recursive: true });
  const entry = (path: string, hash: string, text: string) =>
    [`    ${path}:`, `      source_hash: ${hash}`, `      text: ${JSON.stringify(text)}`].join('\n');
  const file = [
    'certifications:',
    '  ccm:',
    entry('summary', h('An older English.'), 'La certificación de prueba.'),
    entry('routes[0].title', h('License and experience'), 'Licencia y {name}'),
    entry('routes[0].rule.all[1].requirement', h('12 months of case management'), 'un año de administración'),
    entry('routes[0].titel', h('x'), 'x'),
    '  ccn:',
    entry('summary', h('x'), 'x'),
    '',
  ].join('\n');
  writeFileSync(join(dir, 'i18n', 'es', 'certifications.yaml'), file);
  return dir;
}

/** Compares with tests/golden/validate-es/NAME; `UPDATE_GOLDEN=1` rewrites it. */
function expectGolden(name: string, actual: string): void {
  const path = join(ROOT, 'tests', 'golden', 'validate-es', name);
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(path, actual);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

describe('validate --lang es', () => {
  it('the human format: the frame in Spanish, the data checks in English (golden)', async () => {
    const result = await runMain(['--lang', 'es', 'validate', BROKEN, ...AS_OF]);
    expect(result.status).toBe(1);
    expectGolden('broken.stylish.txt', result.stdout);
    expect(result.stdout).toMatch(
      /\n {2}19:9 {2}aviso {2}la fuente es de 2022-05 \(as_of\): tiene más de 24 meses/,
    );
    expect(result.stdout).toMatch(/\n✖ 10 errores, 1 aviso en 9 de 12 archivos\n$/);
  });

  it('the translation checks, which a translator acts on, in Spanish (golden)', async () => {
    const dir = withTranslationProblems();
    const result = await runMain(['--lang', 'es', 'validate', dir, ...AS_OF]);
    expect(result.status).toBe(1);
    expectGolden('translations.stylish.txt', result.stdout.replaceAll(dir, 'DATA'));
    expect(result.stdout).not.toMatch(/no Spanish|the English|placeholders differ|has no record/);
  });

  it('a clean run, and a run that only --strict fails', async () => {
    const clean = await runMain(['validate', 'tests/fixtures/data/valid', ...AS_OF], {
      env: { LANG: 'es_US.UTF-8' },
    });
    expect(clean.stdout).toBe('✔ 11 archivos, sin problemas\n');
    const strict = await runMain(['--lang', 'es', 'validate', 'data', '--strict', '--as-of', '2026-11']);
    expect(strict.status).toBe(1);
    expect(strict.stdout).toMatch(
      / avisos en \d+ de \d+ archivos \(--strict: los avisos hacen fallar la revisión\)\n$/,
    );
  });

  it.each(['json', 'github', 'junit'])(
    '--format %s is the same in every language: codes, paths and messages',
    async (format) => {
      for (const dir of [BROKEN, withTranslationProblems()]) {
        const args = ['validate', dir, '--format', format, ...AS_OF];
        const [english, spanish] = await Promise.all([
          runMain(['--lang', 'en', ...args]),
          runMain(['--lang', 'es', ...args]),
        ]);
        expect(spanish.status).toBe(english.status);
        expect(spanish.stdout).toBe(english.stdout);
      }
    },
  );

  it('English stays as it was', async () => {
    const result = await runMain(['validate', BROKEN, ...AS_OF]);
    expect(result.stdout).toBe(readFileSync(join(ROOT, 'tests', 'golden', 'validate.stylish.txt'), 'utf8'));
  });
});

describe('every message validate says in Spanish exists in both languages, with the same values', () => {
  it('the frame and the messages said from their facts', () => {
    const summary = { files: 12, files_with_problems: 9, errors: 10, warnings: 1, ok: false };
    expectSameMessages(
      enDiagnostics as unknown as Record<string, unknown>,
      esDiagnostics as unknown as Record<string, unknown>,
      {
        clean: [12],
        problems: [summary],
        'said.staleSource': [{ asOf: '2022-05', months: 24 }],
        'said.unknownId': [{ list: 'certifications', id: 'ccn', suggestion: 'ccm' }],
        'said.unknownPath': [
          { list: 'certifications', id: 'ccm', path: 'routes[0].titel', suggestion: undefined },
        ],
        'said.placeholders': [{ lang: 'es', english: [], translated: ['name'] }],
        'said.stale': [{ lang: 'es', hash: 'ab12cd34' }],
        'said.figures': [{ lang: 'es', missing: ['12'] }],
        'said.fileMissing': [{ lang: 'es', texts: 3, file: 'i18n/es/skills.yaml' }],
        'said.textMissing': [
          { lang: 'es', key: 'certifications.ccm."exam.format"', file: 'i18n/es/x.yaml', hash: 'ab12cd34' },
        ],
      },
    );
    // The values inside each message's facts are kept, as the English keeps them.
    const facts = [
      [
        esDiagnostics.said.unknownId({ list: 'certifications', id: 'ccn', suggestion: 'ccm' }),
        ['certifications', 'ccn', 'ccm'],
      ],
      [esDiagnostics.said.stale({ lang: 'es', hash: 'ab12cd34' }), ['ab12cd34']],
      [esDiagnostics.said.figures({ lang: 'es', missing: ['2,080', '$430'] }), ['2,080', '$430']],
      [
        esDiagnostics.said.textMissing({
          lang: 'es',
          key: 'k."p"',
          file: 'i18n/es/x.yaml',
          hash: 'ab12cd34',
        }),
        ['k."p"', 'i18n/es/x.yaml', 'ab12cd34'],
      ],
      [esDiagnostics.problems(summary), ['10', '1', '9', '12']],
    ] as const;
    for (const [said, values] of facts) for (const value of values) expect(said).toContain(value);
  });
});

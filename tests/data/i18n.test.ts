import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { translateDataSet } from '../../src/data/i18n/apply.js';
import { sourceHash } from '../../src/data/i18n/hash.js';
import { englishTexts } from '../../src/data/i18n/resolve.js';
import { figures, recordTexts } from '../../src/data/i18n/text-fields.js';
import { runMain } from '../helpers/cli.js';
import { builtinData } from '../helpers/data.js';
import { VALID_DATA } from '../helpers/fixtures.js';

const temp = mkdtempSync(join(tmpdir(), 'casemgr-i18n-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const h = sourceHash;

/** The valid fixture data with `data/i18n/<lang>/<file>` written from `files`. */
function withTranslations(name: string, files: Record<string, string>, lang = 'es'): string {
  const dir = join(temp, name);
  cpSync(VALID_DATA, dir, { recursive: true });
  mkdirSync(join(dir, 'i18n', lang), { recursive: true });
  for (const [file, content] of Object.entries(files)) writeFileSync(join(dir, 'i18n', lang, file), content);
  return dir;
}

/** Every translatable text of the fixture's certifications, as a complete Spanish file. */
const CERT_TEXTS: Record<string, Record<string, string>> = {
  ccm: {
    summary: 'La certificación de prueba.',
    'routes[0].title': 'Licencia y experiencia',
    'routes[0].rule.all[0].requirement': 'una licencia de trabajo social',
    'routes[0].rule.all[1].requirement': '12 meses de administración de casos',
    'routes[1].title': 'Título y experiencia',
    'routes[1].rule.all[0].requirement': 'una licenciatura con un curso de administración de casos',
    'routes[1].rule.all[1].not.requirement': 'tiene la ACM-SW',
    'routes[1].rule.all[1].requirement': 'no tener ya la ACM-SW',
    'exam.format': '150 preguntas de opción múltiple',
  },
  'acm-sw': {
    summary: 'Una segunda certificación de prueba.',
    'routes[0].title': 'Licencia',
    'routes[0].rule.requirement': 'una LBSW',
    'exam.format': 'prueba',
  },
};
const ENGLISH: Record<string, Record<string, string>> = {
  ccm: {
    summary: 'The test certification.',
    'routes[0].title': 'License and experience',
    'routes[0].rule.all[0].requirement': 'a social work license',
    'routes[0].rule.all[1].requirement': '12 months of case management',
    'routes[1].title': 'Degree and experience',
    'routes[1].rule.all[0].requirement': "a bachelor's degree with a case management course",
    'routes[1].rule.all[1].not.requirement': 'holds ACM-SW',
    'routes[1].rule.all[1].requirement': 'not already ACM-SW',
    'exam.format': '150 multiple-choice questions',
  },
  'acm-sw': {
    summary: 'A second test certification.',
    'routes[0].title': 'License',
    'routes[0].rule.requirement': 'an LBSW',
    'exam.format': 'test',
  },
};

function certificationsFile(
  edit: (texts: Record<string, Record<string, { hash: string; text: string }>>) => void = () => {},
): string {
  const texts: Record<string, Record<string, { hash: string; text: string }>> = {};
  for (const [id, fields] of Object.entries(CERT_TEXTS)) {
    texts[id] = {};
    for (const [path, text] of Object.entries(fields))
      texts[id]![path] = { hash: h(ENGLISH[id]![path]!), text };
  }
  edit(texts);
  const lines = ['certifications:'];
  for (const [id, fields] of Object.entries(texts)) {
    lines.push(`  ${id}:`);
    for (const [path, { hash, text }] of Object.entries(fields)) {
      lines.push(`    ${path}:`, `      source_hash: ${hash}`, `      text: ${JSON.stringify(text)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

async function validate(dir: string) {
  const result = await runMain(['validate', dir, '--format', 'json', '--as-of', '2026-11']);
  const report = JSON.parse(result.stdout) as {
    diagnostics: {
      file: string;
      line: number;
      column: number;
      severity: string;
      code: string;
      path: string;
      message: string;
    }[];
  };
  return {
    status: result.status,
    translation: report.diagnostics.filter(
      (d) => d.code.startsWith('translation-') || d.code === 'unknown-language',
    ),
    all: report.diagnostics,
  };
}

describe('what is translated', () => {
  it('prose fields only: never ids, official names or sources', () => {
    const data = builtinData();
    const ccm = data.byId.certifications.get('ccm')!;
    const paths = recordTexts('certifications', ccm as unknown as Record<string, unknown>).map((t) => t.path);
    expect(paths).toContain('summary');
    expect(paths).toContain('routes[0].title');
    expect(paths).toContain('routes[0].rule.all[0].requirement');
    expect(paths).toContain('routes[0].rule.all[1].caveats[0].text');
    expect(paths.some((p) => /(^|\.)(id|name|abbreviation|url)$/.test(p))).toBe(false);
    expect(paths.some((p) => /source/.test(p))).toBe(false);
    // Our own names are translated; official ones are not.
    expect(
      recordTexts('skills', data.skills[0] as unknown as Record<string, unknown>).map((t) => t.path),
    ).toContain('name');
    expect(
      recordTexts('licenses', data.licenses[0] as unknown as Record<string, unknown>).map((t) => t.path),
    ).not.toContain('name');
    // A state job's title is official; a route's title is ours.
    const cps = data.byId.jobs.get('child-welfare-caseworker')!;
    expect(recordTexts('jobs', cps as unknown as Record<string, unknown>).map((t) => t.path)).not.toContain(
      'states[0].title',
    );
  });

  it('figures are read the US way (2,080 is 2080)', () => {
    expect(figures('2,080 hours, 12 months, $1,250.50 and Section 5.')).toEqual([
      '2080',
      '12',
      '1250.50',
      '5',
    ]);
  });

  it('laying a translation over the data changes the texts and nothing else', () => {
    const data = builtinData();
    const set = {
      ...Object.fromEntries(Object.entries(data).filter(([key]) => key !== 'byId')),
    } as unknown as Parameters<typeof translateDataSet>[0];
    const translated = translateDataSet(set, [
      ['certifications', 'ccm', ['summary'], 'Resumen'],
      ['certifications', 'ccm', ['routes', 0, 'title'], 'Vía'],
      // A path that holds no string is left alone.
      ['certifications', 'ccm', ['routes', 0, 'rule'], 'nada'],
      ['certifications', 'no-such', ['summary'], 'nada'],
    ]);
    const before = set.certifications.find((c) => c.id === 'ccm')!;
    const after = translated.certifications.find((c) => c.id === 'ccm')!;
    expect(after.summary).toBe('Resumen');
    expect(after.routes[0]!.title).toBe('Vía');
    expect(after.routes[0]!.rule).toEqual(before.routes[0]!.rule);
    expect({ ...after, summary: before.summary, routes: before.routes }).toEqual(before);
    expect(before.summary).not.toBe('Resumen');
    expect(
      englishTexts(new Map([['certifications', [after as unknown as Record<string, unknown>]]]))[0]!.text,
    ).toBe('Resumen');
  });
});

describe('validate checks translations', () => {
  it('a data set without i18n/ is not checked for translations', async () => {
    const { status, translation } = await validate(VALID_DATA);
    expect(status).toBe(0);
    expect(translation).toEqual([]);
  });

  it('a complete, fresh file: nothing said of it; files without one: one warning each, with a count', async () => {
    const { status, translation, all } = await validate(
      withTranslations('complete', { 'certifications.yaml': certificationsFile() }),
    );
    expect(status).toBe(0);
    expect(translation.filter((d) => d.file.endsWith('certifications.yaml'))).toEqual([]);
    const skills = translation.find((d) => d.file.endsWith('/skills.yaml'))!;
    expect(skills).toMatchObject({ severity: 'warning', code: 'translation-missing', line: 1 });
    expect(skills.message).toMatch(
      /^no Spanish yet for this file's \d+ texts \(i18n\/es\/skills\.yaml does not exist\)$/,
    );
    expect(all.every((d) => d.severity === 'warning')).toBe(true);
  });

  it('an English text without its Spanish is a warning at the English, naming the hash to use', async () => {
    const dir = withTranslations('missing', {
      'certifications.yaml': certificationsFile((t) => delete t.ccm!['exam.format']),
    });
    const { status, translation } = await validate(dir);
    expect(status).toBe(0);
    const missing = translation.filter((d) => d.file.endsWith('certifications.yaml'));
    expect(missing).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: 'translation-missing',
        line: 29,
        path: 'certifications[0].exam.format',
        message: `no Spanish yet: add certifications.ccm."exam.format" to i18n/es/certifications.yaml with source_hash: ${h('150 multiple-choice questions')}`,
      }),
    ]);
  });

  it('a Spanish text whose English changed is a warning (and the English is shown until it is reviewed)', async () => {
    const dir = withTranslations('stale', {
      'certifications.yaml': certificationsFile((t) => {
        t.ccm!.summary = { hash: h('The old English.'), text: 'El resumen viejo.' };
      }),
    });
    const { status, translation } = await validate(dir);
    expect(status).toBe(0);
    expect(translation.filter((d) => d.file.endsWith('certifications.yaml'))).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: 'translation-stale',
        line: 4,
        path: 'certifications.ccm.summary.source_hash',
        message: `the English changed since this was translated: review the Spanish, then set source_hash: ${h('The test certification.')} (until then the English is shown)`,
      }),
    ]);
  });

  it('placeholders must match: an error', async () => {
    const dir = withTranslations('placeholders', {
      'certifications.yaml': certificationsFile((t) => {
        t.ccm!.summary = { hash: h('The test certification.'), text: 'La certificación {name}.' };
      }),
    });
    const { status, translation } = await validate(dir);
    expect(status).toBe(1);
    expect(translation.filter((d) => d.severity === 'error')).toEqual([
      expect.objectContaining({
        code: 'translation-placeholders',
        path: 'certifications.ccm.summary.text',
        message: 'placeholders differ from the English: the English has none, the Spanish {name}',
      }),
    ]);
  });

  it('a figure of the English missing from the Spanish is a warning', async () => {
    const dir = withTranslations('figures', {
      'certifications.yaml': certificationsFile((t) => {
        t.ccm!['routes[0].rule.all[1].requirement'] = {
          hash: h('12 months of case management'),
          text: 'un año de administración de casos',
        };
      }),
    });
    const { translation } = await validate(dir);
    expect(translation.filter((d) => d.file.endsWith('certifications.yaml'))).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: 'translation-figures',
        message: 'the English says 12, the Spanish does not: check the figures',
      }),
    ]);
  });

  it('a translation of a record or a field that does not exist is an error, with a suggestion', async () => {
    const dir = withTranslations('orphans', {
      'certifications.yaml': certificationsFile((t) => {
        t.ccn = { summary: { hash: h('x'), text: 'x' } };
        t.ccm!['routes[0].titel'] = { hash: h('x'), text: 'x' };
      }),
    });
    const { status, translation } = await validate(dir);
    expect(status).toBe(1);
    const errors = translation.filter((d) => d.severity === 'error').map((d) => [d.code, d.message]);
    expect(errors).toEqual([
      [
        'translation-unknown-path',
        'certifications "ccm" has no text at routes[0].titel (did you mean "routes[0].title"?)',
      ],
      ['translation-unknown-id', 'certifications has no record "ccn" (did you mean "ccm"?)'],
    ]);
  });

  it('the shape of a translation file is checked like a data file', async () => {
    const dir = withTranslations('shape', {
      'certifications.yaml':
        'certifications:\n  ccm:\n    summary:\n      source_hash: nothex\n      txt: x\n',
      'skils.yaml': 'skills: {}\n',
    });
    const { status, translation, all } = await validate(dir);
    expect(status).toBe(1);
    const errors = all
      .filter((d) => d.severity === 'error')
      .map((d) => [d.file.replace(/.*i18n/, 'i18n'), d.code, d.message]);
    expect(errors).toEqual(
      expect.arrayContaining([
        [
          'i18n/es/skils.yaml',
          'unknown-file',
          'not a translation file this tool knows (did you mean "skills.yaml"?)',
        ],
        ['i18n/es/certifications.yaml', 'unknown-key', 'unknown key "txt" (did you mean "text"?)'],
        [
          'i18n/es/certifications.yaml',
          'wrong-format',
          'source_hash is the eight hex digits validate gives for the English text',
        ],
      ]),
    );
    expect(translation).toEqual(expect.any(Array));
  });

  it('a folder for a language the tool does not speak is an error', async () => {
    const dir = withTranslations('french', { 'certifications.yaml': 'certifications: {}\n' }, 'fr');
    const { status, translation } = await validate(dir);
    expect(status).toBe(1);
    expect(translation).toEqual([
      expect.objectContaining({
        code: 'unknown-language',
        message: 'not a language this tool speaks (es); add its code to LANGS in src/core/lang.ts first',
      }),
    ]);
  });
});

describe('the Spanish a person reads', () => {
  const profile = join(temp, 'profile.yaml');
  writeFileSync(
    profile,
    'version: 1\neducation: [{ level: bachelor, field: social-work }]\nlicenses: [{ type: lbsw }]\nexperience: [{ role: case-manager, months: 6, ongoing: true }]\n',
  );
  const run = (dir: string, lang: string) =>
    runMain([
      '--data',
      dir,
      '--lang',
      lang,
      'eligibility',
      '--profile',
      profile,
      '--format',
      'json',
      '--as-of',
      '2026-11',
    ]);

  it('eligibility --lang es uses the data text in Spanish; a stale one falls back to the English', async () => {
    // --data DIR is an overlay on the built-in data, with its own translations beside it.
    const overlay = join(temp, 'overlay');
    mkdirSync(join(overlay, 'i18n', 'es'), { recursive: true });
    writeFileSync(
      join(overlay, 'certifications.yaml'),
      [
        'certifications:',
        '  - id: zz-test',
        '    name: Test Credential',
        '    abbreviation: ZZ',
        '    summary: A test credential.',
        '    issuer: ccmc',
        '    status: active',
        '    disciplines: [any]',
        '    routes:',
        '      - id: zz-main',
        '        title: License and experience',
        '        rule:',
        '          all:',
        '            - license: { types: [lbsw] }',
        '              requirement: A social work license',
        '              source: { title: t, as_of: 2026-01 }',
        '            - experience: { min_fte_months: 12, roles: [case-manager] }',
        '              requirement: 12 months of case management',
        '              source: { title: t, as_of: 2026-01 }',
        '    exam: { format: online, prep_months: 1 }',
        '    fees: []',
        '    review_months: 1',
        '    renewal: { years: 5, ce_hours: 80, ethics_hours: null, fee_usd: null }',
        '    sources: [{ title: t, as_of: 2026-01 }]',
        '',
      ].join('\n'),
    );
    writeFileSync(
      join(overlay, 'i18n', 'es', 'certifications.yaml'),
      [
        'certifications:',
        '  zz-test:',
        '    routes[0].title:',
        `      source_hash: ${h('License and experience')}`,
        '      text: Licencia y experiencia',
        '    routes[0].rule.all[0].requirement:',
        `      source_hash: ${h('A social work license')}`,
        '      text: Una licencia de trabajo social',
        '    routes[0].rule.all[1].requirement:',
        `      source_hash: ${h('an older English')}`,
        '      text: texto viejo',
        '',
      ].join('\n'),
    );
    const es = await run(overlay, 'es');
    expect(es.status, es.stderr).toBe(0);
    const zz = JSON.parse(es.stdout).certifications.find((c: { id: string }) => c.id === 'zz-test');
    expect(zz.routes[0].title).toBe('Licencia y experiencia');
    expect(zz.routes[0].tree.children[0].requirement).toBe('Una licencia de trabajo social');
    expect(zz.routes[0].tree.children[1].requirement).toBe('12 months of case management');
    expect(zz.routes[0].missing).toEqual([
      {
        requirement: '12 months of case management',
        have: '6 meses a tiempo completo (FTE)',
        need: '6 meses más a tiempo completo (FTE)',
      },
    ]);
    const en = JSON.parse((await run(overlay, 'en')).stdout).certifications.find(
      (c: { id: string }) => c.id === 'zz-test',
    );
    expect(en.routes[0].title).toBe('License and experience');
  });
});

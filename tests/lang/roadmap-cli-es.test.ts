import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/build.js';
import { runMain } from '../helpers/cli.js';

const EXAMPLES = readdirSync(join(ROOT, 'examples'))
  .filter((name) => name.endsWith('.yaml'))
  .sort();

/**
 * The prose fields of the roadmap contract (and of the eligibility verdicts it lists): the only
 * ones that change with the language. Ids, kinds, statuses, dates, costs and pay figures do not.
 */
const PROSE = new Set([
  'title',
  'why',
  'question',
  'answer',
  'text',
  'label',
  'caveats',
  'steps',
  'requirement',
  'have',
  'need',
  'missing',
  'minimum_qualifications',
  'specialization_name',
  'occupation',
  'state_median_occupation',
  'level_name',
]);

/** The JSON with every prose string replaced by a marker (lists keep their length). */
function machineFields(value: unknown, key = ''): unknown {
  if (PROSE.has(key)) {
    if (typeof value === 'string') return '<prose>';
    if (Array.isArray(value) && value.every((item) => typeof item === 'string'))
      return value.map(() => '<prose>');
  }
  if (Array.isArray(value)) return value.map((item) => machineFields(item));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, machineFields(v, k)]));
  }
  return value;
}

const roadmap = (example: string, lang: string, format: string) =>
  runMain([
    '--lang',
    lang,
    'roadmap',
    '--profile',
    `examples/${example}`,
    '--format',
    format,
    '--as-of',
    '2026-11',
  ]);

describe('roadmap --lang es', () => {
  it.each(EXAMPLES)(
    '%s: JSON machine fields identical in both languages, the prose in Spanish',
    async (example) => {
      const [en, es] = await Promise.all([roadmap(example, 'en', 'json'), roadmap(example, 'es', 'json')]);
      expect(en.status).toBe(0);
      expect(es.status).toBe(0);
      expect(es.stderr).toBe('');
      const english = JSON.parse(en.stdout);
      const spanish = JSON.parse(es.stdout);
      expect(machineFields(spanish)).toEqual(machineFields(english));
      // The same keys in the same order, and the prose did change language.
      expect(Object.keys(spanish)).toEqual(Object.keys(english));
      expect(spanish.steps.map((s: { title: string }) => s.title)).not.toEqual(
        english.steps.map((s: { title: string }) => s.title),
      );
    },
  );

  // Golden Spanish roadmaps: `UPDATE_GOLDEN=1 npx vitest run tests/lang/roadmap-cli-es.test.ts`
  // rewrites them; review the diff as a Spanish-speaking student would.
  const GOLDEN = [
    'maria.yaml',
    'texas-bsw-graduate.yaml',
    'career-changer.yaml',
    'new-york-msw-graduate.yaml',
  ];
  const FORMATS = [
    ['text', 'txt'],
    ['md', 'md'],
    ['html', 'html'],
  ] as const;
  it.each(GOLDEN.flatMap((example) => FORMATS.map(([format, ext]) => [example, format, ext] as const)))(
    '%s as %s in Spanish (golden)',
    async (example, format, ext) => {
      const result = await roadmap(example, 'es', format);
      expect(result.status).toBe(0);
      expect(result.stderr).toBe('');
      if (format === 'html') expect(result.stdout).toContain('<html lang="es"');
      const path = join(ROOT, 'tests', 'golden', 'roadmap-es', example.replace(/\.yaml$/, `.${ext}`));
      if (process.env.UPDATE_GOLDEN === '1') writeFileSync(path, result.stdout);
      expect(result.stdout).toBe(readFileSync(path, 'utf8'));
    },
  );
});

describe('a state gap in a Spanish roadmap', () => {
  it('is said in Spanish from its facts, not passed on as the English note', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'casemgr-es-gap-'));
    const file = join(dir, 'p.yaml');
    /** The Spanish Markdown roadmap of a high-school graduate in `state` who wants healthcare. */
    const planIn = async (state: string) => {
      writeFileSync(
        file,
        `version: 1\nstate: ${state}\neducation: [{level: high-school}]\ngoals: {specialization: healthcare}\n`,
      );
      return runMain(['--lang', 'es', 'roadmap', '--profile', file, '--format', 'md', '--as-of', '2026-12']);
    };
    const result = await planIn('FL');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      'Nuestros datos de Florida no tienen ninguna de las reglas propias de su junta para la RN',
    );
    // A state whose board of nursing the data names (California) says so, in Spanish too.
    const named = await planIn('CA');
    expect(named.stdout).toContain('Nuestros datos de California nombran su junta de enfermería');
    expect(named.stdout).not.toMatch(/Our data for/);
    rmSync(dir, { recursive: true, force: true });
    expect(result.stdout).not.toMatch(
      /Our data for|Not in the sources we cite for|is not in our state data yet/,
    );
  });
});

describe('a nurse moving states, in Spanish', () => {
  it('hears about the Nurse Licensure Compact in Spanish, with the month in Spanish', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'casemgr-es-rn-'));
    const file = join(dir, 'p.yaml');
    writeFileSync(
      file,
      'version: 1\nstate: TX\neducation: [{level: bachelor, field: nursing, completed: 2015-05}]\nlicenses: [{type: rn, state: CA}]\nexperience:\n  - {role: registered-nurse, setting: hospital, start: 2016-01, ongoing: true}\ngoals: {certification: ccm}\n',
    );
    const result = await runMain([
      '--lang',
      'es',
      'roadmap',
      '--profile',
      file,
      '--format',
      'md',
      '--as-of',
      '2026-12',
    ]);
    rmSync(dir, { recursive: true, force: true });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      'California no forma parte del Nurse Licensure Compact (a diciembre de 2026)',
    );
    expect(result.stdout).not.toContain('is not in the Nurse Licensure Compact');
  });
});

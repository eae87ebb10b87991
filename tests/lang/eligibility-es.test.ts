import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { englishEligibility } from '../../src/messages/en/eligibility.js';
import { enEligibilityView } from '../../src/messages/en/eligibility-view.js';
import { spanishEligibility } from '../../src/messages/es/eligibility.js';
import { esEligibilityView } from '../../src/messages/es/eligibility-view.js';
import { ROOT } from '../helpers/build.js';
import { runMain } from '../helpers/cli.js';
import { builtinData } from '../helpers/data.js';

const EXAMPLES = readdirSync(join(ROOT, 'examples'))
  .filter((name) => name.endsWith('.yaml'))
  .sort();

/** The prose fields of the eligibility contract: the only ones that change with the language. */
const PROSE = new Set(['requirement', 'have', 'need', 'caveats', 'title']);

/** The JSON with every prose string replaced by a marker (lists keep their length). */
function machineFields(value: unknown, key = ''): unknown {
  if (PROSE.has(key)) {
    return Array.isArray(value) ? value.map(() => '<prose>') : typeof value === 'string' ? '<prose>' : value;
  }
  if (Array.isArray(value)) return value.map((item) => machineFields(item));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, machineFields(v, k)]));
  }
  return value;
}

const eligibility = (example: string, lang: string, format: string) =>
  runMain([
    '--lang',
    lang,
    'eligibility',
    '--profile',
    `examples/${example}`,
    '--format',
    format,
    '--as-of',
    '2026-11',
  ]);

describe('eligibility --lang es', () => {
  it.each(EXAMPLES)(
    '%s: JSON machine fields (ids, kinds, statuses, dates, measures) identical in both languages',
    async (example) => {
      const [en, es] = await Promise.all([
        eligibility(example, 'en', 'json'),
        eligibility(example, 'es', 'json'),
      ]);
      expect(en.status).toBe(0);
      expect(es.status).toBe(0);
      const english = JSON.parse(en.stdout);
      const spanish = JSON.parse(es.stdout);
      expect(machineFields(spanish)).toEqual(machineFields(english));
      // And the prose did change language.
      expect(es.stdout).not.toBe(en.stdout);
    },
  );

  it('keeps the key order of the contract', async () => {
    const es = JSON.parse((await eligibility('maria.yaml', 'es', 'json')).stdout);
    const en = JSON.parse((await eligibility('maria.yaml', 'en', 'json')).stdout);
    expect(Object.keys(es.certifications[0])).toEqual(Object.keys(en.certifications[0]));
    expect(Object.keys(es.certifications[0].routes[0])).toEqual(Object.keys(en.certifications[0].routes[0]));
  });

  // Golden Spanish text views: `UPDATE_GOLDEN=1 npx vitest run tests/lang` rewrites them; review the diff.
  it.each([
    'maria.yaml',
    'bsw-new-graduate.yaml',
    'career-changer.yaml',
    'vocational-rehab-counselor.yaml',
    'msw-no-license.yaml',
  ])('%s: the text view in Spanish (golden)', async (example) => {
    const result = await eligibility(example, 'es', 'text');
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    const path = join(ROOT, 'tests', 'golden', 'eligibility-es', example.replace(/\.yaml$/, '.txt'));
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(path, result.stdout);
    expect(result.stdout).toBe(readFileSync(path, 'utf8'));
  });

  it('the locale chooses Spanish when neither --lang nor the profile does', async () => {
    const args = ['eligibility', '--profile', 'examples/maria.yaml', '--as-of', '2026-11'];
    const result = await runMain(args, { env: { LANG: 'es_US.UTF-8' } });
    expect(result.stdout).toMatch(/^casemgr-path · elegibilidad · a noviembre de 2026\n/);
    const english = await runMain(args, { env: { LANG: 'en_US.UTF-8' } });
    expect(english.stdout).toMatch(/^casemgr-path · eligibility · as of Nov 2026\n/);
  });
});

describe('every message of the eligibility layer exists in both languages', () => {
  it('the explanation messages', () => {
    const data = builtinData();
    expect(Object.keys(spanishEligibility(data)).sort()).toEqual(
      Object.keys(englishEligibility(data)).sort(),
    );
  });

  it('the text view', () => {
    expect(Object.keys(esEligibilityView).sort()).toEqual(Object.keys(enEligibilityView).sort());
    expect(esEligibilityView.note).toHaveLength(enEligibilityView.note.length);
  });
});

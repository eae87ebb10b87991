import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCliData } from '../../src/cli/load-data.js';
import type { Data } from '../../src/data/model.js';
import { licensureFor } from '../../src/data/state-licensure.js';
import { enExplore } from '../../src/messages/en/explore.js';
import { enExploreStates } from '../../src/messages/en/explore-states.js';
import { esExplore } from '../../src/messages/es/explore.js';
import { LABELS } from '../../src/messages/es/explore-labels.js';
import { esExploreStates } from '../../src/messages/es/explore-states.js';
import { VALUES } from '../../src/messages/es/explore-values.js';
import {
  EXPLORE_FAMILY_NAMES,
  familyRecords,
  renderFamilies,
  renderFamilyList,
  renderRecord,
} from '../../src/render/explore.js';
import { renderState, renderStateNotInData, renderStatesTable } from '../../src/render/explore-states.js';
import { ROOT } from '../helpers/build.js';
import { runMain } from '../helpers/cli.js';
import { builtinData } from '../helpers/data.js';
import { expectSameMessages } from '../helpers/same-messages.js';

const es = (args: string[], env: NodeJS.ProcessEnv = {}) => runMain(['--lang', 'es', ...args], { env });

let spanish: Data;
beforeAll(async () => {
  spanish = await loadCliData({ color: false, input: false }, undefined, 'es');
});

describe('explore --lang es', () => {
  // Golden Spanish views: `UPDATE_GOLDEN=1 npx vitest run tests/lang/explore-es.test.ts` rewrites them.
  it.each([
    ['families', []],
    ['certifications', ['certifications']],
    ['certifications-ccm', ['certifications', 'ccm']],
    ['ladder-case-manager', ['ladder', 'case-manager']],
    ['specializations-healthcare', ['specializations', 'healthcare']],
    ['salaries-social-workers', ['salaries', 'social-workers']],
    ['states', ['states']],
    ['states-ca', ['states', 'CA']],
    ['states-wa', ['states', 'WA']],
  ])('%s (golden)', async (name, args) => {
    const result = await es(['explore', ...args]);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    const path = join(ROOT, 'tests', 'golden', 'explore-es', `${name}.txt`);
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(path, result.stdout);
    expect(result.stdout).toBe(readFileSync(path, 'utf8'));
  });

  it('the locale is enough; --lang en keeps English', async () => {
    const spanishLocale = await runMain(['explore'], { env: { LANG: 'es_MX.UTF-8' } });
    expect(spanishLocale.stdout).toMatch(/^datos de casemgr-path\n/);
    const english = await runMain(['--lang', 'en', 'explore'], { env: { LANG: 'es_MX.UTF-8' } });
    expect(english.stdout).toMatch(/^casemgr-path data\n/);
  });

  it.each([
    [['explore', 'certs'], 'casemgr-path: categoría desconocida "certs" (¿quiso decir "certifications"?)\n'],
    [
      ['explore', 'certifications', 'ccn'],
      'casemgr-path: no hay ningún registro "ccn" en certifications (¿quiso decir "ccm"?)\n',
    ],
    [
      ['explore', 'certifications', 'zzzzzz'],
      'casemgr-path: no hay ningún registro "zzzzzz" en certifications; vea la lista: casemgr-path explore certifications\n',
    ],
    [
      ['explore', 'states', 'TZ'],
      /^casemgr-path: el estado "TZ" no está en los datos \(¿quiso decir "TX"\?\); /,
    ],
  ] as const)('%j is a one-line usage error in Spanish', async (args, message) => {
    const result = await es([...args]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    if (typeof message === 'string') expect(result.stderr).toBe(message);
    else expect(result.stderr).toMatch(message);
  });

  it('every view of every record fits 80 columns (a web address alone on its line excepted)', () => {
    const tooWide = (text: string) =>
      text.split('\n').filter((line) => line.length > 80 && !/^ +(• |- )?https?:\/\/\S+$/.test(line));
    const views = [
      renderFamilies(spanish, 80, esExplore),
      renderStatesTable(spanish, 80, esExploreStates),
      renderStateNotInData(spanish, 'WA', 80, esExploreStates),
      ...spanish.states.map((state) => renderState(spanish, state, 80, esExploreStates)),
      ...EXPLORE_FAMILY_NAMES.filter((family) => family !== 'states').flatMap((family) => [
        renderFamilyList(spanish, family, 80, esExplore),
        ...familyRecords(spanish, family).map((record) =>
          renderRecord(record, family, spanish, 80, esExplore),
        ),
      ]),
    ];
    for (const view of views) expect(tooWide(view), view.split('\n')[0]).toEqual([]);
  });

  it('says none of the English frame: every label, value word and sentence of its own is Spanish', () => {
    // The English words of explore's own frame; the data's own text (official names, sources'
    // titles, US terms in parentheses) is not explore's to translate.
    const english =
      /\b(unknown|yes|none|Sources|SOURCES|all of|one of|not:|from \d|item|median|any setting|Show one|List one|not in our data|not in sources|not in the sources we cite|supervised hours|exam:|board:|Board of nursing|hours earned|over at least|within \d+ months|state licensure|Bachelor's {2}|Master's {2}|Clinical {2}|License {2})\b/;
    const views = [
      renderFamilies(spanish, 80, esExplore),
      renderStatesTable(spanish, 80, esExploreStates),
      renderStateNotInData(spanish, 'WA', 80, esExploreStates),
      ...spanish.states.map((state) => renderState(spanish, state, 80, esExploreStates)),
      ...EXPLORE_FAMILY_NAMES.filter((family) => family !== 'states').flatMap((family) => [
        renderFamilyList(spanish, family, 80, esExplore),
        ...familyRecords(spanish, family).map((record) =>
          renderRecord(record, family, spanish, 80, esExplore),
        ),
      ]),
    ];
    for (const view of views) {
      // Sources' titles are the sources' own (English) names, and stay.
      const frame = view.replace(/\n(Fuentes|FUENTES)\n[\s\S]*$/, '\n');
      const found = frame.split('\n').filter((line) => english.test(line));
      expect(found, view.split('\n')[0]).toEqual([]);
    }
  });

  it('gaps are said from the facts behind the English note, for every state and credential', () => {
    for (const state of spanish.states) {
      for (const id of ['lbsw', 'lmsw', 'lcsw', 'lpc']) {
        const licensure = licensureFor(spanish, state.code, id);
        expect(licensure.fallback_note !== null, `${state.code} ${id}`).toBe(licensure.gap !== null);
        if (licensure.gap)
          expect(esExploreStates.gap(licensure), `${state.code} ${id}`).not.toMatch(/Not in our/);
      }
    }
  });
});

describe('every word of explore exists in both languages', () => {
  const data = builtinData();
  const ca = data.byId.states.get('ca')!;
  const lcsw = licensureFor(data, 'CA', 'lcsw');

  it('the messages of the families, lists and records', () => {
    expectSameMessages(
      enExplore as unknown as Record<string, unknown>,
      esExplore as unknown as Record<string, unknown>,
      {
        showOne: ['certifications', 'ccm'],
        bandTitle: [{ pay: '$1–$2', level: 'case-manager', specialization: 'healthcare', credential: 'ccm' }],
        medianTitle: ['$61,330', 'Social workers (all)'],
        label: ['application_usd'],
        value: ['status', 'active', data],
        join: [['alpha', 'beta']],
        ruleParts: ['A license', true],
        from: ['undated'],
        item: ['cycles'],
        source: ['CCMC, Renewal FAQs', 'undated'],
        unknownFamily: ['certs', 'certifications', ['specializations', 'states']],
        noRecord: ['certifications', 'ccn', 'ccm'],
        noState: ['ZZ', undefined, ['CA', 'TX']],
      },
      new Set(['label', 'value']),
    );
    expect(esExplore.bandTitle({ pay: '$1–$2', level: 'case-manager', credential: 'ccm' })).toBe(
      '$1–$2 · case-manager, cualquier área + ccm',
    );
  });

  it('the messages of the states views', () => {
    expectSameMessages(
      enExploreStates as unknown as Record<string, unknown>,
      esExploreStates as unknown as Record<string, unknown>,
      {
        inCompact: ['2000'],
        tableTitle: [10],
        oneState: ['CA'],
        stateTitle: [ca],
        title: [lcsw],
        notALicense: ['registration'],
        hoursEarnedAs: ['ASW'],
        supervision: [lcsw],
        afterMonths: [24],
        exams: [data, lcsw],
        board: [lcsw.board],
        compact: [ca.nursing.nlc],
        nursingBoard: [ca.nursing.board],
        gap: [lcsw],
        source: ['BBS, FAQ', true, '2024-08'],
        notCoveredTitle: ['WA'],
        notCovered: ['WA'],
        nationalHours: [1500, 4000],
        covered: [['CA', 'TX']],
      },
      new Set(['source']),
    );
    const widths = [2, 5, 7, 7, 5, 6, 7, 5, 5, 8];
    for (const words of [enExploreStates, esExploreStates]) {
      expect(words.columns).toHaveLength(widths.length);
      words.columns.forEach((title, index) => {
        expect(title.length, title).toBeLessThanOrEqual(widths[index]!);
      });
      for (const line of words.legendKeys) expect(line.length, line).toBeLessThanOrEqual(80);
    }
  });

  it('a Spanish label for every key the data schemas allow', () => {
    const keys = schemaProperties();
    expect(keys.size).toBeGreaterThan(100);
    expect([...keys].filter((key) => !(key in LABELS))).toEqual([]);
  });

  it('a Spanish word for every value of the vocabularies it translates', () => {
    const enums = schemaEnums();
    const missing = Object.entries(VALUES).flatMap(([key, words]) =>
      [...(enums.get(key) ?? [])].filter((value) => !(value in words)).map((value) => `${key}: ${value}`),
    );
    expect(missing).toEqual([]);
  });
});

type Schema = Record<string, unknown>;

function schemas(): Schema[] {
  const dir = join(ROOT, 'schema');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.schema.json') && !name.startsWith('profile'))
    .map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as Schema);
}

function walk(value: unknown, visit: (schema: Schema) => void): void {
  if (Array.isArray(value)) for (const item of value) walk(item, visit);
  else if (value && typeof value === 'object') {
    visit(value as Schema);
    for (const child of Object.values(value)) walk(child, visit);
  }
}

function schemaProperties(): Set<string> {
  const keys = new Set<string>();
  walk(schemas(), (schema) => {
    if (schema.properties && typeof schema.properties === 'object')
      for (const key of Object.keys(schema.properties)) keys.add(key);
  });
  return keys;
}

/** Every string a property's schema allows by `enum` or `const`, by the property's key. */
function schemaEnums(): Map<string, Set<string>> {
  const enums = new Map<string, Set<string>>();
  // The property's own values: through anyOf, oneOf and list items, not into nested objects.
  const allowed = (schema: unknown): string[] => {
    if (!schema || typeof schema !== 'object') return [];
    const node = schema as Schema;
    return [
      ...(Array.isArray(node.enum) ? node.enum.filter((v): v is string => typeof v === 'string') : []),
      ...(typeof node.const === 'string' ? [node.const] : []),
      ...[node.anyOf, node.oneOf, node.allOf].flatMap((list) =>
        Array.isArray(list) ? list.flatMap(allowed) : [],
      ),
      ...allowed(node.items),
    ];
  };
  walk(schemas(), (schema) => {
    if (!schema.properties || typeof schema.properties !== 'object') return;
    for (const [key, property] of Object.entries(schema.properties)) {
      const values = allowed(property);
      if (values.length > 0) enums.set(key, new Set([...(enums.get(key) ?? []), ...values]));
    }
  });
  return enums;
}

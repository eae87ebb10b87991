import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isDataFileName, parseDataLayer } from '../../src/data/parse-data.js';
import { payNotMonotone } from '../../src/data/pay-monotone.js';

/**
 * The built-in data parses without a single diagnostic, and every id that other files, the engine
 * or the contract rely on is present. The lists are explicit on purpose: deleting or renaming a
 * record must fail here, not in a user's roadmap.
 */

const DATA_DIR = join(import.meta.dirname, '..', '..', 'data');

const REQUIRED_IDS: Record<string, string[]> = {
  organizations: [
    'ccmc',
    'acma',
    'ancc',
    'naccm',
    'nasw',
    'crcc',
    'cdmsc',
    'aswb',
    'ncsbn',
    'cswe',
    'cacrep',
    'cmsa',
    'acen',
    'ccne',
    'bls',
    'nbcc',
    'nrca',
  ],
  exams: [
    'nclex-rn',
    'nclex-pn',
    'aswb-associate',
    'aswb-bachelors',
    'aswb-masters',
    'aswb-advanced-generalist',
    'aswb-clinical',
    'nce',
    'ncmhce',
  ],
  licenses: ['rn', 'lpn', 'lbsw', 'lmsw', 'lcsw', 'lpc'],
  degrees: [
    'bsw',
    'msw',
    'bsn',
    'adn',
    'nursing-diploma',
    'msn-case-management',
    'rn-to-bsn',
    'ba-psychology',
    'bs-human-services',
    'aas-human-services',
    'ma-rehabilitation-counseling',
    'ma-counseling',
    'bs-health-sciences',
    'ba-sociology',
  ],
  coursework: [
    'theories-of-counseling',
    'techniques-of-counseling',
    'medical-aspects-of-disability',
    'psychosocial-aspects-of-disability',
    'multicultural-issues',
    'assessment',
    'occupational-information-job-placement',
    'case-management-rehab-services',
  ],
  levels: [
    'assistant',
    'case-manager',
    'experienced-case-manager',
    'senior-case-manager',
    'supervisor',
    'executive',
  ],
  bands: [
    'assistant-all',
    'supervisor-all',
    'case-manager-rn-healthcare',
    'case-manager-rn-geriatric-care',
    'case-manager-healthcare-social-work',
    'case-manager-social-work',
    'case-manager-child-welfare',
    'case-manager-mental-health',
    'case-manager-substance-use',
    'case-manager-vocational-rehabilitation',
  ],
  bls: [
    'social-community-service-managers',
    'social-workers',
    'child-family-school-social-workers',
    'healthcare-social-workers',
    'mental-health-substance-abuse-social-workers',
    'registered-nurses',
    'rehabilitation-counselors',
    'social-human-service-assistants',
    'substance-abuse-mental-health-counselors',
  ],
  occupations: [
    'social-community-service-managers',
    'social-workers',
    'child-family-school-social-workers',
    'healthcare-social-workers',
    'mental-health-substance-abuse-social-workers',
    'registered-nurses',
    'rehabilitation-counselors',
    'social-human-service-assistants',
    'substance-abuse-mental-health-counselors',
  ],
  skills: [
    'communication',
    'organization',
    'critical-thinking',
    'empathy',
    'community-resources',
    'healthcare-systems',
    'documentation',
    'advocacy',
    'crisis-intervention',
    'cultural-competence',
    'motivational-interviewing',
  ],
  specializations: [
    'healthcare',
    'mental-health',
    'social-work',
    'vocational-rehabilitation',
    'geriatric-care',
    'substance-use',
    'child-welfare',
    'legal',
    'homelessness-housing',
  ],
  states: ['ca', 'tx', 'fl', 'ny', 'pa', 'il', 'oh', 'ga', 'nc', 'mi'],
};

function loadBuiltin() {
  const inputs = readdirSync(DATA_DIR)
    .filter(isDataFileName)
    .sort()
    .map((name) => ({ file: `data/${name}`, bytes: readFileSync(join(DATA_DIR, name)) }));
  return { inputs, layer: parseDataLayer(inputs) };
}

const { inputs, layer } = loadBuiltin();

function idsOf(list: string): string[] {
  return (layer.lists.get(list) ?? []).map((record) => record.id as string);
}

describe('built-in data', () => {
  it('parses every file without a diagnostic', () => {
    expect(layer.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.path} ${d.message}`)).toEqual(
      [],
    );
  });

  it('starts every file with its yaml-language-server schema line', () => {
    for (const input of inputs) {
      const family = input.file.replace(/^data\//, '').replace(/\.yaml$/, '');
      const firstLine = new TextDecoder().decode(input.bytes).split('\n', 1)[0];
      expect(firstLine, input.file).toBe(`# yaml-language-server: $schema=../schema/${family}.schema.json`);
    }
  });

  it.each(Object.entries(REQUIRED_IDS))('has every required %s id', (list, required) => {
    expect(idsOf(list)).toEqual(expect.arrayContaining(required));
  });

  it('ranks the ladder 0..5 in the order of its rungs', () => {
    const levels = layer.lists.get('levels') ?? [];
    expect(levels.map((level) => [level.id, level.rank])).toEqual(
      REQUIRED_IDS.levels!.map((id, rank) => [id, rank]),
    );
  });

  it('never lowers pay along the ladder, in any specialization and credential track', () => {
    expect(payNotMonotone(layer).map((d) => d.message)).toEqual([]);
  });

  it('puts every case-management role on a rung, rehabilitation counselors included', () => {
    const roles = (layer.lists.get('levels') ?? []).flatMap((level) => level.roles as string[]);
    expect(roles).toEqual(
      expect.arrayContaining(['case-manager', 'rehabilitation-counselor', 'disability-manager']),
    );
  });

  it('names, for every specialization, professional associations that exist', () => {
    const associations = new Set(
      (layer.lists.get('organizations') ?? [])
        .filter((o) => (o.kinds as string[]).includes('professional-association'))
        .map((o) => o.id as string),
    );
    for (const spec of layer.lists.get('specializations') ?? []) {
      const orgs = (spec.organizations as string[] | undefined) ?? [];
      expect(orgs.length, String(spec.id)).toBeGreaterThan(0);
      for (const id of orgs) expect(associations, `${spec.id} → ${id}`).toContain(id);
    }
  });

  it('speaks to the person reading a plan: no research notes, file names or staging hosts in its text', () => {
    // Notes to ourselves, as issue 11 found them reaching a student's plan.
    const internal =
      /could not read|did not come through|not available to us|stored copy|our copy|our sources|we hold|facts dated|staging\.|\b[a-z-]+\.ya?ml\b/i;
    const found: string[] = [];
    const walk = (value: unknown, path: string): void => {
      if (typeof value === 'string') {
        // A source's note is for the data's maintainers (how and where it was read).
        if (internal.test(value) && !/sources?(\[\d+\])?\.note$/.test(path)) found.push(`${path}: ${value}`);
      } else if (Array.isArray(value)) {
        for (const [i, item] of value.entries()) walk(item, `${path}[${i}]`);
      } else if (value && typeof value === 'object')
        for (const [key, child] of Object.entries(value)) walk(child, `${path}.${key}`);
    };
    for (const [list, records] of layer.lists)
      for (const [i, record] of records.entries()) walk(record, `${list}[${i}]`);
    expect(found).toEqual([]);
  });

  it('places each profile role on at most one rung', () => {
    const roles = (layer.lists.get('levels') ?? []).flatMap((level) => level.roles as string[]);
    expect(new Set(roles).size).toBe(roles.length);
  });

  it('names at most one job for each profile role (pay today follows it)', () => {
    const roles = (layer.lists.get('jobs') ?? []).flatMap((job) => (job.roles as string[] | undefined) ?? []);
    expect(new Set(roles).size).toBe(roles.length);
  });

  it('pays every band as one BLS occupation, with the national median the BLS list gives it', () => {
    const bls = new Map((layer.lists.get('bls') ?? []).map((record) => [record.soc, record]));
    const wrong = (layer.lists.get('bands') ?? [])
      .filter((band) => {
        const record = band.soc ? bls.get(band.soc) : undefined;
        return !record || band.median_usd !== record.median_usd;
      })
      .map((band) => band.id);
    expect(wrong).toEqual([]);
  });

  it('pays each job step as a band of its occupation, on its rung', () => {
    const bands = layer.lists.get('bands') ?? [];
    const missing = (layer.lists.get('jobs') ?? [])
      .filter((job) => job.soc && job.level)
      .filter((job) => !bands.some((band) => band.soc === job.soc))
      .map((job) => job.id);
    expect(missing).toEqual([]);
  });

  it('gives no band to a rung that years alone reach: BLS has no pay by years on the job', () => {
    const yearsOnly = new Set(
      (layer.lists.get('levels') ?? [])
        .filter((level) => (level.roles as string[]).length === 0)
        .map((level) => level.id),
    );
    expect((layer.lists.get('bands') ?? []).filter((band) => yearsOnly.has(band.level as string))).toEqual(
      [],
    );
  });

  it('shows only sourced pay: every band cites an address, and a percentile only beside a median', () => {
    const bad = (layer.lists.get('bands') ?? [])
      .filter((band) => {
        const sources = band.sources as { url?: string }[];
        return sources.length === 0 || sources.some((s) => !s.url) || band.median_usd === undefined;
      })
      .map((band) => band.id);
    expect(bad).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { parseDataLayer } from '../../src/data/parse-data.js';

/**
 * The states family schema: a good record passes, and each broken variant fails with a message
 * that points at the field to fix. Broken variants are small edits of the good record.
 */

// Fixtures are plain trees that each test edits freely.
// biome-ignore lint/suspicious/noExplicitAny: see above
type Tree = Record<string, any>;

const source = (title = 'Wyoming board rules') => [{ title, as_of: '2026-03', official: true }];

function goodState(): Tree {
  return {
    id: 'wy',
    code: 'WY',
    name: 'Wyoming',
    summary: 'A test record.',
    social_work: {
      board: {
        name: 'Wyoming Mental Health Professions Licensing Board',
        url: 'https://example.org',
        sources: source(),
      },
      bachelor: {
        available: false,
        title: null,
        name: null,
        license: null,
        note: 'none',
        sources: source(),
      },
      master: {
        available: true,
        title: 'LMSW',
        name: 'Licensed Master Social Worker',
        license: 'lmsw',
        kind: 'license',
        independent_practice: true,
        exam: 'aswb-masters',
        sources: source(),
      },
      clinical: {
        available: true,
        title: 'LCSW',
        name: 'Licensed Clinical Social Worker',
        license: 'lcsw',
        kind: 'license',
        independent_practice: true,
        exam: 'aswb-clinical',
        supervised_hours: 3000,
        min_months: 24,
        max_months: 'none',
        supervision_hours: 100,
        sources: source(),
      },
    },
    counseling: {
      title: 'LPC',
      name: 'Licensed Professional Counselor',
      license: 'lpc',
      kind: 'license',
      independent_practice: true,
      board: null,
      exam: 'nce',
      supervised_hours: 3000,
      min_months: 24,
      max_months: null,
      supervision_hours: 100,
      note: 'board and maximum not known',
      sources: source(),
    },
    nursing: {
      board: null,
      note: 'board not in the sources we cite',
      nlc: { member: true, since: '2000-01', sources: source() },
    },
    pay: [],
  };
}

function parseStates(...states: unknown[]) {
  const text = `# yaml-language-server: $schema=../schema/states.schema.json\n${stringify({ states })}`;
  return parseDataLayer([{ file: 'data/states.yaml', bytes: new TextEncoder().encode(text) }]);
}

function problems(state: unknown): string[] {
  return parseStates(state).diagnostics.map((d) => `${d.path}: ${d.message}`);
}

function broken(edit: (state: Tree) => void): string[] {
  const state = goodState();
  edit(state);
  return problems(state);
}

describe('states.yaml schema', () => {
  it('accepts a complete record', () => {
    const layer = parseStates(goodState());
    expect(layer.diagnostics).toEqual([]);
    expect(layer.lists.get('states')?.map((s) => s.code)).toEqual(['WY']);
  });

  it('asks for a note when a fact is unknown (null)', () => {
    expect(
      broken((s) => {
        s.social_work.clinical.exam = 'unknown';
        s.social_work.clinical.supervised_hours = null;
      }),
    ).toEqual([
      'states[0].social_work.clinical.note: exam, supervised_hours are unknown (null): add a note saying what is missing',
    ]);
    expect(broken((s) => delete s.counseling.note)).toEqual([
      'states[0].counseling.note: max_months, board are unknown (null): add a note saying what is missing',
    ]);
    expect(
      broken((s) => {
        s.nursing.nlc.member = null;
        s.nursing.nlc.since = null;
      }),
    ).toEqual([
      'states[0].nursing.nlc.note: member, since are unknown (null): add a note saying what is missing',
    ]);
  });

  it('keeps "none at this level" and "this level exists" consistent', () => {
    expect(broken((s) => (s.social_work.bachelor.title = 'LBSW'))).toEqual([
      'states[0].social_work.bachelor.title: no credential at this level (available: false), so title must be null',
    ]);
    expect(broken((s) => delete s.social_work.bachelor.note)).toEqual([
      'states[0].social_work.bachelor.note: say in a note what the state offers instead (available: false)',
    ]);
    expect(broken((s) => (s.social_work.master.license = null))).toEqual([
      'states[0].social_work.master.license: the state has a credential at this level (available: true), so give its license',
    ]);
  });

  it('ties the id to the code', () => {
    expect(broken((s) => (s.id = 'wyo'))).toEqual([
      'states[0].id: a state id is its two-letter code in lower case, for example tx',
    ]);
    expect(broken((s) => (s.id = 'mt'))).toEqual([
      'states[0].id: the id must be the code in lower case ("wy")',
    ]);
    const badCode = broken((s) => (s.code = 'XX'));
    expect(badCode).toHaveLength(1);
    expect(badCode[0]).toMatch(/^states\[0\]\.code: unknown value "XX"/);
  });

  it('takes months, "none" or null for a duration, nothing else', () => {
    const messages = broken((s) => (s.social_work.clinical.max_months = 'never'));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^states\[0\]\.social_work\.clinical\.max_months: /);
    expect(broken((s) => (s.social_work.clinical.min_months = 0))).toHaveLength(1);
  });

  it('keeps a minimum given in weeks and the months planned from it together', () => {
    // Florida's "no less than 100 weeks": 700 days, 23 months.
    expect(
      broken((s) => {
        s.social_work.clinical.min_weeks = 100;
        s.social_work.clinical.min_months = 23;
      }),
    ).toEqual([]);
    expect(broken((s) => (s.counseling.min_weeks = 100))).toEqual([
      'states[0].counseling.min_months: min_weeks 100 is 23 months (weeks × 7 ÷ 30.44 days, rounded): use min_months: 23',
    ]);
    expect(broken((s) => (s.counseling.supervision_hours_per_month = 4))).toEqual([]);
  });

  it('marks only stated figures as coming from third-party pages', () => {
    expect(broken((s) => (s.social_work.clinical.third_party_figures = ['supervised_hours']))).toEqual([]);
    expect(
      broken((s) => {
        s.counseling.supervision_hours = null;
        s.counseling.note = 'The supervision total is not in the sources we cite.';
        s.counseling.third_party_figures = ['supervision_hours'];
      }),
    ).toEqual([
      'states[0].counseling.third_party_figures[0]: supervision_hours is not stated here, so no source gives it: leave it out of third_party_figures',
    ]);
    expect(broken((s) => (s.counseling.third_party_figures = ['board'])).join('\n')).toContain(
      'states[0].counseling.third_party_figures[0]',
    );
  });

  it("takes a state's supervised practice as rule data, and names a bad predicate in it", () => {
    const practice = {
      experience: { min_fte_months: 36, roles: ['social-worker'], supervised_by: ['licensed'] },
      requirement: 'Three years of supervised practice after the BSW',
    };
    expect(broken((s) => (s.social_work.bachelor.practice = practice))).toEqual([]);
    const messages = broken(
      (s) => (s.social_work.bachelor.practice = { experiance: practice.experience, requirement: 'x' }),
    );
    expect(messages.join('\n')).toContain('states[0].social_work.bachelor.practice');
  });

  it('names a mistyped key with a suggestion', () => {
    const messages = broken((s) => {
      s.social_work.clinical.supervised_hour = s.social_work.clinical.supervised_hours;
      delete s.social_work.clinical.supervised_hours;
    });
    expect(messages.join('\n')).toContain('"supervised_hour"');
    expect(messages.join('\n')).toContain('supervised_hours');
  });

  it('needs clinical supervision fields to be stated, even as null', () => {
    expect(broken((s) => delete s.social_work.clinical.supervision_hours).join('\n')).toContain(
      'states[0].social_work.clinical.supervision_hours',
    );
  });

  it('refuses a "since" month for a state outside the compact', () => {
    expect(broken((s) => (s.nursing.nlc.member = false))).toEqual([
      'states[0].nursing.nlc.since: a non-member has no "since": use null',
    ]);
  });

  it('needs sources on every part', () => {
    expect(broken((s) => (s.social_work.master.sources = [])).join('\n')).toContain(
      'states[0].social_work.master.sources',
    );
  });

  it('points a problem at its line in the file', () => {
    const state = goodState();
    state.social_work.clinical.exam = 'unknown';
    const [diagnostic] = parseStates(state).diagnostics;
    expect(diagnostic?.file).toBe('data/states.yaml');
    expect(diagnostic?.line).toBeGreaterThan(1);
  });
});

import { describe, expect, it } from 'vitest';
import { checkData } from '../../src/data/check.js';
import { parseDataLayer } from '../../src/data/parse-data.js';
import { lastPublishedDate } from '../../src/data/schema/exam-schedule.js';
import { examIds } from '../../src/data/schema/states.js';
import { licensureFor } from '../../src/data/state-licensure.js';
import { creditsOf, matchesDegree } from '../../src/engine/leaves/degree.js';
import { builtinData } from '../helpers/data.js';
import { replaceOnce, validInputs } from '../helpers/fixtures.js';

/** The 0.2 data families and facts: state titles as they are, jobs, exam windows, state pay. */

function problems(edits: Parameters<typeof validInputs>[0]): string[] {
  const layer = parseDataLayer(validInputs(edits));
  return [...layer.diagnostics, ...checkData(layer, '2026-11')]
    .filter((d) => d.severity === 'error')
    .map((d) => `${d.path}: ${d.message}`);
}

describe('state titles', () => {
  const data = builtinData();

  it('says for every title the state has what it is, whether it allows independent practice, and its exam', () => {
    for (const state of data.states) {
      const titles = [state.social_work.bachelor, state.social_work.master, state.social_work.clinical];
      for (const title of [
        ...titles.filter((t) => t.available === true),
        ...(state.counseling ? [state.counseling] : []),
      ]) {
        expect(title.kind, `${state.code} ${title.title}`).toBeDefined();
        expect(typeof title.independent_practice, `${state.code} ${title.title}`).toBe('boolean');
        expect(title.exam, `${state.code} ${title.title}`).toBeDefined();
      }
    }
  });

  it('never credits a registration or voluntary certification as a license that allows independent assessment', () => {
    for (const [code, section, id] of [
      ['CA', 'lmsw', 'ca-asw'],
      ['FL', 'lmsw', 'fl-csw-intern'],
      ['NC', 'lbsw', 'nc-csw'],
      ['NC', 'lmsw', 'nc-cmsw'],
    ] as const) {
      const licensure = licensureFor(data, code, section);
      expect(licensure.state_license, code).toBe(id);
      expect(licensure.kind).not.toBe('license');
      expect(licensure.independent_practice).toBe(false);
      expect(data.byId.licenses.get(id)?.independent_practice).toBe(false);
    }
    for (const id of ['nc-lcswa', 'tx-lpc-associate', 'ca-apcc', 'fl-mhc-intern', 'nc-lcmhca']) {
      expect(data.byId.licenses.get(id)?.independent_practice, id).toBe(false);
    }
  });

  it('plans no exam before the CA ASW, the FL intern registration or the NC LCSWA, and names the NC LCSWA', () => {
    expect(licensureFor(data, 'CA', 'ca-asw').exams).toEqual([]);
    expect(licensureFor(data, 'FL', 'fl-csw-intern').exams).toEqual([]);
    expect(licensureFor(data, 'NC', 'nc-lcswa')).toMatchObject({ title: 'LCSWA', exams: [] });
    expect(licensureFor(data, 'NC', 'lcsw').associate_license).toBe('nc-lcswa');
  });

  it('gives an unknown exam as null, never the national default', () => {
    expect(examIds('unknown')).toBeNull();
    expect(examIds('none')).toEqual([]);
    const ga = licensureFor(data, 'GA', 'lcsw');
    expect(ga.exams).toBeNull();
    expect(ga.fallback_note).toContain('the exam');
  });

  it('has reactivation rules where the sources give them', () => {
    expect(licensureFor(data, 'TX', 'lcsw').reactivation[0]).toMatchObject({
      applies_to: 'inactive',
      ce_hours: 30,
    });
    expect(
      licensureFor(data, 'TX', 'rn').reactivation.map(
        (r) => r.lapsed_under_months ?? r.lapsed_at_least_months,
      ),
    ).toEqual([48, 48]);
    expect(licensureFor(data, 'CA', 'lcsw').reactivation).toHaveLength(1);
    expect(licensureFor(data, 'NY', 'lcsw').reactivation).toHaveLength(1);
    expect(licensureFor(data, 'FL', 'lcsw').reactivation).toEqual([]);
    // California's board asks for 30 contact hours from the last two years, inactive or lapsed.
    expect(licensureFor(data, 'CA', 'rn').reactivation).toMatchObject([
      { applies_to: 'inactive-or-lapsed', ce_hours: 30 },
    ]);
    expect(licensureFor(data, 'CA', 'rn').renewal).toMatchObject({ every_years: 2, ce_hours: 30 });
    expect(licensureFor(data, 'CA', 'rn').board?.name).toBe('California Board of Registered Nursing');
    // California's LVNs have a board of their own: the RN's board and renewal are not theirs.
    expect(licensureFor(data, 'CA', 'lpn').board).toBeNull();
    expect(licensureFor(data, 'CA', 'lpn').renewal).toBeNull();
    // Pennsylvania's RN rule is not in the sources: no state borrows Texas's (a refresher after 4 years).
    for (const state of data.states.filter((s) => s.code !== 'TX' && s.code !== 'CA')) {
      expect(licensureFor(data, state.code, 'rn').reactivation, state.code).toEqual([]);
      expect(state.nursing.note, state.code).toContain(
        'its rule for reactivating an inactive or lapsed RN license',
      );
    }
  });

  it('carries OEWS May 2024 pay for 8 occupations in each of the 10 states', () => {
    expect(data.states).toHaveLength(10);
    for (const state of data.states) {
      expect(state.pay.map((p) => p.soc).sort(), state.code).toEqual([
        '11-9151',
        '21-1015',
        '21-1021',
        '21-1022',
        '21-1023',
        '21-1093',
        '29-1141',
        '29-2061',
      ]);
      for (const pay of state.pay) expect(pay.period).toBe('May 2024');
    }
    const ca = data.byId.states.get('ca')!;
    expect(ca.pay.find((p) => p.soc === '29-2061')).toMatchObject({
      employment: 79610,
      mean_usd: 79090,
      median_usd: 77170,
      p10_usd: null,
    });
    expect(data.byId.states.get('tx')!.pay.find((p) => p.soc === '21-1093')?.median_usd).toBe(44030);
  });

  it('reports a registration that names a national license id, and a mismatch of independent practice', () => {
    const asRegistration = replaceOnce(
      '        license: lmsw\n        kind: license\n        independent_practice: true\n',
      '        license: lmsw\n        kind: registration\n        independent_practice: false\n',
    );
    expect(problems({ 'states.yaml': asRegistration })).toEqual([
      'states[0].social_work.master.license: "lmsw" is a license in licenses.yaml but this title is a registration: give the VT title an id of its own',
      'states[0].social_work.master.independent_practice: "lmsw" has independent_practice: true in licenses.yaml',
    ]);
    expect(
      problems({
        'states.yaml': replaceOnce(
          '        license: lmsw\n        kind: license\n        independent_practice: true\n',
          '        license: lmsw\n        kind: registration\n        independent_practice: true\n',
        ),
      }),
    ).toEqual([
      'states[0].social_work.master.independent_practice: a registration does not allow independent practice: use false',
    ]);
  });

  it('warns when an exam is unknown and the board has no address to name', () => {
    const layer = parseDataLayer(
      validInputs({
        'states.yaml': (text) =>
          text
            .replace(
              '        url: https://example.org/board\n',
              '        url: null\n        note: No address in this test.\n',
            )
            .replace(
              '        exam: aswb-masters\n',
              '        exam: unknown\n        note: The exam is not in this test data.\n',
            ),
      }),
    );
    expect(layer.diagnostics).toEqual([]);
    expect(
      checkData(layer, '2026-11')
        .filter((d) => d.code === 'unknown-exam-no-board')
        .map((d) => d.path),
    ).toEqual(['states[0].social_work.master.exam']);
  });

  it('reports a title that does not say its kind, independent practice or exam', () => {
    const bare = (text: string) =>
      text.replace(
        '        kind: license\n        independent_practice: false\n        exam: aswb-bachelors\n',
        '',
      );
    expect(problems({ 'states.yaml': bare })).toEqual([
      "states[0].social_work.bachelor.kind: say the title's kind (license, registration or voluntary-certification)",
      "states[0].social_work.bachelor.independent_practice: say the title's independent_practice (true or false)",
      "states[0].social_work.bachelor.exam: say the title's exam (none, unknown, or an exam id)",
    ]);
  });
});

describe('jobs', () => {
  const data = builtinData();

  it('reports dangling ids in a job (rung, next job)', () => {
    expect(problems({ 'jobs.yaml': replaceOnce('level: assistant', 'level: asistant') })).toEqual([
      'jobs[0].level: career level "asistant" does not exist (did you mean "assistant"?)',
    ]);
    expect(
      problems({ 'jobs.yaml': replaceOnce('next: [test-case-manager]', 'next: [test-case-manger]') }),
    ).toEqual(['jobs[0].next[0]: job "test-case-manger" does not exist (did you mean "test-case-manager"?)']);
  });

  it('asks for a note when the qualifications are unknown', () => {
    expect(
      problems({
        'jobs.yaml': replaceOnce(
          '    note: No source gives the minimum qualifications; employers set their own.\n',
          '',
        ),
      }),
    ).toEqual([
      'jobs[1].note: requires is unknown (null): add a note',
      'jobs[1].note: soc is null: say in a note how the job is paid',
    ]);
  });

  it('asks that held_when name the role held now, and checks its ids', () => {
    const heldWhen = (experience: string) =>
      replaceOnce(
        '    note: No source gives the minimum qualifications; employers set their own.\n',
        `    held_when:\n      all:\n        - requirement: A test license\n          license: {types: [rm]}\n        - requirement: A post\n          experience: {${experience}}\n    note: No source gives the minimum qualifications; employers set their own.\n`,
      );
    expect(problems({ 'jobs.yaml': heldWhen('min_months: 1, roles: [case-manager]') })).toEqual([
      'jobs[1].held_when: held_when needs an experience condition with currently_employed: true (the role held now)',
    ]);
    expect(
      problems({ 'jobs.yaml': heldWhen('min_months: 1, roles: [case-manager], currently_employed: true') }),
    ).toEqual(['jobs[1].held_when.all[0].license.types[0]: license "rm" does not exist']);
  });

  it('gives every job its BLS occupation or says why not, and names real specializations and rungs', () => {
    for (const job of data.jobs) {
      for (const id of job.specializations)
        expect(data.byId.specializations.has(id), `${job.id} ${id}`).toBe(true);
      if (job.level) expect(data.byId.levels.has(job.level), job.id).toBe(true);
      if (job.soc === null) expect(job.note, job.id).toBeTruthy();
    }
  });

  it('starts a career changer with no degree at an entry job that needs a high-school diploma', () => {
    const entry = data.byId.jobs.get('social-and-human-service-assistant')!;
    expect(entry).toMatchObject({
      soc: '21-1093',
      level: 'assistant',
      requires: { degree: { min_level: 'high-school' } },
    });
    const tx = data.byId.jobs.get('child-welfare-caseworker')!.states!.find((s) => s.state === 'TX')!;
    expect(JSON.stringify(tx.requires)).toContain('"min_credits":60');
    expect(JSON.stringify(tx.requires)).toContain('"min_credits":90');
  });
});

describe('exam windows', () => {
  const data = builtinData();

  it('puts the CDMS exam in March and September, published through September 2026', () => {
    const schedule = data.byId.certifications.get('cdms')!.exam!.schedule!;
    expect(schedule.kind).toBe('windows');
    if (schedule.kind !== 'windows') return;
    expect(schedule.cycles.map((c) => c.exam.from)).toEqual(['03-14', '09-12']);
    expect(lastPublishedDate(schedule)).toBe('2026-09-19');
  });

  it('gives every certification exam a schedule, and ACM and the NCLEX an on-demand one', () => {
    for (const cert of data.certifications) {
      if (cert.exam && cert.status === 'active') expect(cert.exam.schedule, cert.id).toBeDefined();
    }
    expect(data.byId.certifications.get('acm-rn')!.exam!.schedule).toMatchObject({
      kind: 'on-demand',
      attempts_per_year: 3,
    });
    expect(data.byId.exams.get('nclex-rn')!.schedule).toMatchObject({
      kind: 'on-demand',
      after_approval: true,
    });
  });

  it('refuses a window that ends before it starts, or applications that close after it opens', () => {
    const bad = (edit: (text: string) => string) => problems({ 'certifications.yaml': edit });
    const withSchedule = (window: string) =>
      replaceOnce(
        '      prep_months: 3\n',
        [
          '      prep_months: 3',
          '      schedule:',
          '        kind: windows',
          '        cycles: []',
          '        published:',
          window,
          '        sources:',
          '          - title: Test source',
          '            as_of: 2026-03',
          '',
        ].join('\n'),
      );
    const window = (from: string, to: string, closes: string) =>
      [
        `          - exam_from: ${from}`,
        `            exam_to: ${to}`,
        '            application_opens: null',
        `            application_closes: ${closes}`,
      ].join('\n');
    expect(bad(withSchedule(window('2026-03-21', '2026-03-14', 'null')))).toEqual(
      expect.arrayContaining([expect.stringMatching(/exam_to: the exam window ends before it starts/)]),
    );
    expect(bad(withSchedule(window('2026-03-14', '2026-03-21', '2026-04-01')))).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/application_closes: applications close after the exam window opens/),
      ]),
    );
  });
});

describe('review time an issuer gives in weeks', () => {
  it("plans CCMC's 'allow up to six weeks' as 1.4 months, and refuses months that disagree with the weeks", () => {
    const ccm = builtinData().byId.certifications.get('ccm')!;
    expect([ccm.review_max_weeks, ccm.review_months]).toEqual([6, 1.4]);
    const bad = (edit: (text: string) => string) => problems({ 'certifications.yaml': edit });
    expect(
      bad(
        replaceOnce(
          '    review_months: 1\n    renewal: { years: 5',
          '    review_months: 1\n    review_max_weeks: 6\n    renewal: { years: 5',
        ),
      ),
    ).toEqual([
      expect.stringMatching(
        /review_months: review_max_weeks 6 is 1\.4 months \(weeks × 7 ÷ 30\.44 days, to one decimal\): use review_months: 1\.4$/,
      ),
    ]);
  });
});

describe('min_credits (a degree condition jobs use)', () => {
  const entry = (level: string, extra: Record<string, unknown> = {}) =>
    ({
      level,
      field: 'other',
      accredited: true,
      program_accreditation: 'none',
      coursework: [],
      status: 'completed',
      field_experience: false,
      ...extra,
    }) as unknown as Parameters<typeof creditsOf>[0];

  it('reads some-college credits, an associate as 60 and a bachelor as 120', () => {
    expect(creditsOf(entry('some-college', { credits: 45 }))).toBe(45);
    expect(creditsOf(entry('associate'))).toBe(60);
    expect(creditsOf(entry('bachelor'))).toBe(120);
    expect(creditsOf(entry('high-school'))).toBe(0);
    expect(matchesDegree(entry('some-college', { credits: 60 }), { min_credits: 60 })).toBe(true);
    expect(matchesDegree(entry('some-college', { credits: 59 }), { min_credits: 60 })).toBe(false);
    expect(matchesDegree(entry('associate'), { min_credits: 90 })).toBe(false);
    expect(matchesDegree(entry('some-college', { credits: 90 }), { min_level: 'associate' })).toBe(false);
  });
});

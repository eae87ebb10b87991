import { describe, expect, it } from 'vitest';
import { checkData } from '../../src/data/check.js';
import { mergeLayers, parseDataLayer } from '../../src/data/parse-data.js';
import { nonPublicHost } from '../../src/data/public-url.js';
import { replaceOnce, validInputs } from '../helpers/fixtures.js';

const AS_OF = '2026-11';

function check(edits: Parameters<typeof validInputs>[0] = {}) {
  const layer = parseDataLayer(validInputs(edits));
  expect(layer.diagnostics).toEqual([]);
  return checkData(layer, AS_OF);
}

describe('checkData', () => {
  it('finds nothing wrong in the valid fixture', () => {
    expect(check()).toEqual([]);
  });

  it('does not call an id dangling when a file it may live in is missing', () => {
    // salaries.yaml names the credential "ccm", which may be a certification or a license.
    const layer = parseDataLayer(
      validInputs().filter((input) => !input.file.endsWith('certifications.yaml')),
    );
    const dangling = checkData(layer, AS_OF).filter((d) => d.code === 'dangling-ref');
    expect(dangling.filter((d) => d.file === 'data/salaries.yaml')).toEqual([]);
  });

  it('reports a dangling license id inside a rule, positioned, with a did-you-mean', () => {
    const diagnostics = check({
      'certifications.yaml': replaceOnce('types: [lmsw, lbsw]', 'types: [lmsw, lbws]'),
    });
    expect(diagnostics).toEqual([
      {
        file: 'data/certifications.yaml',
        line: 14,
        column: 40,
        severity: 'error',
        code: 'dangling-ref',
        path: 'certifications[0].routes[0].rule.all[0].license.types[1]',
        message: 'license "lbws" does not exist (did you mean "lbsw"?)',
      },
    ]);
  });

  it.each([
    [
      'certifications.yaml',
      'issuer: ccmc\n    status: active\n    disciplines: [any]',
      'issuer: ccmx\n    status: active\n    disciplines: [any]',
      'organization "ccmx"',
      'certifications[0].issuer',
    ],
    [
      'licenses.yaml',
      'exams: [aswb-masters]',
      'exams: [aswb-master]',
      'exam "aswb-master"',
      'licenses[1].exams[0]',
    ],
    [
      'licenses.yaml',
      'exam: { ids: [aswb-bachelors] }',
      'exam: { ids: [aswb-bachelor] }',
      'exam "aswb-bachelor"',
      'licenses[0].requires.all[1].exam.ids[0]',
    ],
    [
      'degrees.yaml',
      'prerequisite: [bsw]',
      'prerequisite: [bws]',
      'degree "bws"',
      'degrees[1].prerequisite[0]',
    ],
    [
      'degrees.yaml',
      'accreditor: cswe\n    typical_months: 24',
      'accreditor: csw\n    typical_months: 24',
      'organization "csw"',
      'degrees[1].accreditor',
    ],
    [
      'certifications.yaml',
      'coursework: [case-management-course]',
      'coursework: [case-management-cours]',
      'coursework "case-management-cours"',
      'certifications[0].routes[1].rule.all[0].degree.coursework[0]',
    ],
    [
      'certifications.yaml',
      'ids: [acm-sw]',
      'ids: [acm-ws]',
      'certification "acm-ws"',
      'certifications[0].routes[1].rule.all[1].not.certification.ids[0]',
    ],
    [
      'salaries.yaml',
      'level: case-manager',
      'level: case-manger',
      'career level "case-manger"',
      'bands[0].level',
    ],
    [
      'salaries.yaml',
      'specialization: healthcare',
      'specialization: helthcare',
      'specialization "helthcare"',
      'bands[0].specialization',
    ],
    [
      'salaries.yaml',
      'credential: ccm',
      'credential: lmws',
      'certification or license "lmws"',
      'bands[0].credential',
    ],
    [
      'specializations.yaml',
      'typical_degrees: [bsw, msw]',
      'typical_degrees: [bsw, mws]',
      'degree "mws"',
      'specializations[0].typical_degrees[1]',
    ],
    [
      'specializations.yaml',
      'licenses: [lmsw]',
      'licenses: [lmws]',
      'license "lmws"',
      'specializations[0].licenses[0]',
    ],
    [
      'specializations.yaml',
      'certifications: [ccm, acm-sw]',
      'certifications: [ccm, acm-rn]',
      'certification "acm-rn"',
      'specializations[0].certifications[1]',
    ],
    [
      'specializations.yaml',
      'skills: [care-coordination]',
      'skills: [care-coordinaton]',
      'skill "care-coordinaton"',
      'specializations[0].skills[0]',
    ],
    [
      'specializations.yaml',
      'outlook: [social-community-managers]',
      'outlook: [social-managers]',
      'outlook occupation "social-managers"',
      'specializations[0].outlook[0]',
    ],
    [
      'specializations.yaml',
      'fits_fields: [social-work]',
      'fits_fields: [social-work]\n    organizations: [ccmc, cmsa-x]',
      'organization "cmsa-x"',
      'specializations[0].organizations[1]',
    ],
  ])('reports a dangling id in %s (%s)', (file, search, replacement, what, path) => {
    const diagnostics = check({ [file]: replaceOnce(search, replacement) });
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ file: `data/${file}`, code: 'dangling-ref', path });
    expect(diagnostics[0]!.message).toContain(`${what} does not exist`);
  });

  it('follows ids into caveats and after_degree conditions', () => {
    const diagnostics = check({
      'certifications.yaml': replaceOnce(
        '- experience: { min_fte_months: 12, roles: [case-manager] }',
        '- experience: { min_fte_months: 12, after_degree: { coursework: [nope] } }\n' +
          '              caveats: [{ text: t, when: { counted_before: { coursework: [nada] } } }]',
      ),
    });
    expect(diagnostics.map((d) => d.path)).toEqual([
      'certifications[0].routes[0].rule.all[1].experience.after_degree.coursework[0]',
      'certifications[0].routes[0].rule.all[1].caveats[0].when.counted_before.coursework[0]',
    ]);
  });

  it('reports a degree prerequisite cycle once, as a → b → a', () => {
    const diagnostics = check({ 'degrees.yaml': replaceOnce('prerequisite: []', 'prerequisite: [msw]') });
    expect(diagnostics).toEqual([
      expect.objectContaining({
        code: 'cycle',
        path: 'degrees[0].prerequisite[0]',
        message: 'degree prerequisites form a cycle: bsw → msw → bsw',
        line: 11,
        column: 20,
      }),
    ]);
  });

  it('reports a cycle of mandatory certification requirements', () => {
    const diagnostics = check({
      'certifications.yaml': (text) =>
        replaceOnce(
          '          license: { types: [lbsw] }\n          requirement: an LBSW',
          '          all:\n            - license: { types: [lbsw] }\n              requirement: an LBSW\n' +
            '            - certification: { ids: [ccm] }\n              requirement: CCM first',
        )(text).replace(
          /routes:\n {6}- id: ccm-license[\s\S]*?(?= {4}exam:\n {6}format: 150)/,
          'routes:\n      - id: ccm-only\n        title: Needs ACM-SW\n        rule:\n' +
            '          certification: { ids: [acm-sw] }\n          requirement: ACM-SW first\n',
        ),
    });
    expect(diagnostics).toEqual([
      expect.objectContaining({
        code: 'cycle',
        message: 'required credentials form a cycle: acm-sw → ccm → acm-sw',
        path: 'certifications[1].routes[0].rule.all[1].certification.ids[0]',
      }),
    ]);
  });

  it('ignores requirements under not or among alternatives, and ones only some routes need', () => {
    // CCM route 2 says "not ACM-SW"; make ACM-SW require CCM: no cycle, since CCM never needs ACM-SW.
    const diagnostics = check({
      'certifications.yaml': replaceOnce(
        '          license: { types: [lbsw] }\n          requirement: an LBSW',
        '          certification: { ids: [ccm] }\n          requirement: CCM first',
      ),
    });
    expect(diagnostics).toEqual([]);
  });

  it('names the kinds when a cycle runs through a license and a certification', () => {
    const diagnostics = check({
      'licenses.yaml': replaceOnce(
        '      degree: { min_level: master, fields: [social-work] }\n      requirement: an MSW',
        '      certification: { ids: [ccm] }\n      requirement: CCM first',
      ),
      'certifications.yaml': replaceOnce('types: [lmsw, lbsw]', 'types: [lmsw]'),
    });
    // CCM's second route does not need LMSW, so CCM does not mandatorily need it: no cycle yet.
    expect(diagnostics).toEqual([]);
    const both = check({
      'licenses.yaml': replaceOnce(
        '      degree: { min_level: master, fields: [social-work] }\n      requirement: an MSW',
        '      certification: { ids: [ccm] }\n      requirement: CCM first',
      ),
      'certifications.yaml': (text) =>
        replaceOnce(
          'types: [lmsw, lbsw]',
          'types: [lmsw]',
        )(text).replace(
          '            - not:\n',
          '            - license: { types: [lmsw] }\n              requirement: LMSW\n            - not:\n',
        ),
    });
    expect(both.map((d) => d.message)).toEqual([
      'required credentials form a cycle: certification ccm → license lmsw → certification ccm',
    ]);
  });

  it('warns about sources older than 24 months, in records and in nested sources', () => {
    const diagnostics = check({
      'salaries.yaml': replaceOnce('as_of: 2026-03\nbls:', 'as_of: 2024-10\nbls:'),
      'certifications.yaml': replaceOnce(
        '    fees:\n      - effective: 2026-01\n        application_usd: 230\n        exam_usd: 200\n        sources:\n          - title: Test source\n            as_of: 2026-03',
        '    fees:\n      - effective: 2026-01\n        application_usd: 230\n        exam_usd: 200\n        sources:\n          - title: Test source\n            as_of: 2022-05',
      ),
    });
    expect(diagnostics).toEqual([
      expect.objectContaining({
        file: 'data/certifications.yaml',
        severity: 'warning',
        code: 'stale-source',
        path: 'certifications[0].fees[0].sources[0]',
        message: 'source as_of 2022-05 is older than 24 months',
      }),
      expect.objectContaining({
        file: 'data/salaries.yaml',
        path: 'bands[1].sources[0]',
        message: 'source as_of 2024-10 is older than 24 months',
      }),
    ]);
  });

  it('refuses a web address on a staging or local host, wherever it is (a source, a board)', () => {
    const diagnostics = check({
      'organizations.yaml': replaceOnce(
        '      - url: https://example.org/ccmc',
        '      - url: https://staging.example.org/ccmc',
      ),
      'states.yaml': replaceOnce('url: https://example.org/board', 'url: http://localhost:8080/board'),
    });
    expect(diagnostics).toEqual([
      expect.objectContaining({
        file: 'data/organizations.yaml',
        severity: 'error',
        code: 'non-public-url',
        path: 'organizations[0].sources[0].url',
        message: expect.stringMatching(/^staging\.example\.org is not a public site/),
      }),
      expect.objectContaining({
        file: 'data/states.yaml',
        code: 'non-public-url',
        message: expect.stringMatching(/^localhost is not a public site/),
      }),
    ]);
  });

  it.each([
    ['https://www.yourcommission.org/faqs', null],
    ['https://staging.yourcommission.org/faqs', 'staging.yourcommission.org'],
    ['https://dev.example.org/', 'dev.example.org'],
    ['https://cms.stage.example.org/', 'cms.stage.example.org'],
    ['http://127.0.0.1:3000/', '127.0.0.1'],
    ['https://board.internal/', 'board.internal'],
    ['https://www.test-prep.com/aswb', null],
    ['https://devereux.org/', null],
  ])('tells a public host from one that is not: %s', (url, host) => {
    expect(nonPublicHost(url)).toBe(host);
  });

  it('does not warn at exactly 24 months', () => {
    expect(check({ 'salaries.yaml': replaceOnce('as_of: 2026-03\nbls:', 'as_of: 2024-11\nbls:') })).toEqual(
      [],
    );
  });

  it('checks a merged layer: overlay records point at the overlay file', () => {
    const base = parseDataLayer(validInputs());
    const overlay = parseDataLayer([
      {
        file: 'overlay/skills.yaml',
        bytes: new TextEncoder().encode(
          'skills:\n  - id: advocacy\n    name: Advocacy\n    summary: s\n    kind: interpersonal\n    how_to_build: [x]\n    sources: [{ title: t, as_of: 2026-01 }]\n',
        ),
      },
      {
        file: 'overlay/specializations.yaml',
        bytes: new TextEncoder().encode(
          new TextDecoder()
            .decode(validInputs().find((i) => i.file.endsWith('specializations.yaml'))!.bytes)
            .replace('skills: [care-coordination]', 'skills: [advocacy, advocasy]'),
        ),
      },
    ]);
    const merged = mergeLayers(base, overlay);
    expect(checkData(merged, AS_OF)).toEqual([
      expect.objectContaining({
        file: 'overlay/specializations.yaml',
        path: 'specializations[0].skills[1]',
        message: 'skill "advocasy" does not exist (did you mean "advocacy"?)',
      }),
    ]);
  });
});

describe('checkData keeps cascades quiet', () => {
  it('does not call an id missing when its record was rejected for its own errors', () => {
    const layer = parseDataLayer(
      validInputs({ 'skills.yaml': replaceOnce('kind: organizational', 'kind: organisational') }),
    );
    expect(layer.diagnostics.map((d) => d.code)).toEqual(['wrong-value']);
    expect(checkData(layer, AS_OF)).toEqual([]);
  });

  it('does not check ids into a family whose file failed to parse', () => {
    const layer = parseDataLayer(validInputs({ 'skills.yaml': 'skills:\n\t- id: x\n' }));
    expect(layer.diagnostics.map((d) => d.code)).toEqual(['yaml-syntax']);
    expect(checkData(layer, AS_OF)).toEqual([]);
  });
});

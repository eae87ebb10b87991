import { describe, expect, it } from 'vitest';
import { parseDataLayer } from '../../src/data/parse-data.js';
import { MAX_INPUT_BYTES } from '../../src/data/yaml-source.js';

function parseOne(file: string, text: string | Uint8Array) {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  return parseDataLayer([{ file, bytes }]).diagnostics;
}

const SKILL = (extra = '') =>
  `skills:\n  - id: advocacy\n    name: Advocacy\n    summary: s\n    kind: interpersonal\n${extra}    how_to_build: [x]\n    sources: [{ title: t, as_of: 2026-01 }]\n`;

describe('bad input gets one clear, positioned error', () => {
  it('malformed YAML', () => {
    expect(parseOne('data/skills.yaml', 'skills:\n  - id: [advocacy\n')).toEqual([
      expect.objectContaining({ file: 'data/skills.yaml', line: 3, code: 'yaml-syntax', severity: 'error' }),
    ]);
  });

  it('a tab used for indentation', () => {
    expect(parseOne('data/skills.yaml', 'skills:\n\t- id: advocacy\n')).toEqual([
      expect.objectContaining({
        line: 2,
        column: 1,
        code: 'yaml-syntax',
        message: 'a tab is used for indentation; YAML indents with spaces only',
      }),
    ]);
  });

  it('a duplicate key, named', () => {
    expect(parseOne('data/skills.yaml', SKILL('    name: Again\n'))).toEqual([
      expect.objectContaining({
        line: 6,
        column: 5,
        code: 'duplicate-key',
        message: 'duplicate key "name": each key may appear once in a mapping',
      }),
    ]);
  });

  it('a duplicate key does not hide the other problems of the same file', () => {
    const diagnostics = parseOne('data/skills.yaml', SKILL('    name: Again\n    hwo_to_build: [y]\n'));
    expect(diagnostics.map((d) => d.code)).toEqual(['duplicate-key', 'unknown-key']);
    expect(diagnostics[1]).toMatchObject({
      line: 7,
      message: 'unknown key "hwo_to_build" (did you mean "how_to_build"?)',
    });
  });

  it('two YAML documents in one file', () => {
    expect(parseOne('data/skills.yaml', `${SKILL()}---\nskills: []\n`)).toEqual([
      expect.objectContaining({
        code: 'yaml-syntax',
        message: expect.stringContaining('more than one YAML document'),
      }),
    ]);
  });

  it('a file over the size limit is refused before parsing', () => {
    const big = new Uint8Array(MAX_INPUT_BYTES + 1).fill(0x61);
    expect(parseOne('data/skills.yaml', big)).toEqual([
      expect.objectContaining({
        line: 1,
        column: 1,
        code: 'too-large',
        message: 'file is 5.0 MB; the limit is 5 MB',
      }),
    ]);
  });

  it('an alias bomb (billion laughs) is stopped', () => {
    const levels = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(', ')}]`);
    }
    const diagnostics = parseOne('data/skills.yaml', `${levels.join('\n')}\n`);
    expect(diagnostics).toEqual([
      expect.objectContaining({ code: 'alias-limit', message: expect.stringContaining('alias bomb') }),
    ]);
  });

  it('a __proto__ key is an unknown key and pollutes nothing', () => {
    const diagnostics = parseOne('data/skills.yaml', SKILL('    __proto__: { polluted: true }\n'));
    expect(diagnostics).toEqual([
      expect.objectContaining({
        line: 6,
        column: 5,
        code: 'unknown-key',
        message: 'unknown key "__proto__"',
      }),
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('a top-level __proto__ key is reported too', () => {
    const diagnostics = parseOne('data/skills.yaml', `__proto__: { polluted: true }\n${SKILL()}`);
    expect(diagnostics).toEqual([expect.objectContaining({ line: 1, column: 1, code: 'unknown-key' })]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a binary file', () => {
    const bytes = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    expect(parseOne('data/skills.yaml', bytes)).toEqual([
      expect.objectContaining({ line: 1, column: 1, code: 'binary' }),
    ]);
  });

  it('an unknown data file name, with a did-you-mean', () => {
    expect(parseOne('data/certification.yaml', 'certifications: []\n')).toEqual([
      expect.objectContaining({
        code: 'unknown-file',
        message: expect.stringMatching(
          /^not a data file this tool knows \(did you mean "certifications\.yaml"\?\)/,
        ),
      }),
    ]);
  });

  it('an unknown key, with a did-you-mean', () => {
    expect(parseOne('data/skills.yaml', SKILL('    how_to_buld: [y]\n'))).toEqual([
      expect.objectContaining({
        line: 6,
        column: 5,
        code: 'unknown-key',
        path: 'skills[0]',
        message: 'unknown key "how_to_buld" (did you mean "how_to_build"?)',
      }),
    ]);
  });

  it('an unknown predicate in a rule, with a did-you-mean', () => {
    const text = `licenses:
  - id: lbsw
    name: LBSW
    abbreviation: LBSW
    summary: s
    discipline: social-work
    tier: bachelor
    independent_practice: false
    requires:
      all:
        - degre: { levels: [bachelor] }
          requirement: a BSW
    exams: []
    supervised_hours: null
    supervised_months: null
    fee_usd: null
    varies_by_state: true
    sources: [{ title: t, as_of: 2026-01 }]
exams:
  - { id: e, name: E, summary: s, issuer: aswb, fee_usd: null, prep_months: 1, sources: [{ title: t, as_of: 2026-01 }] }
`;
    expect(parseOne('data/licenses.yaml', text)).toEqual([
      expect.objectContaining({
        line: 11,
        column: 11,
        code: 'unknown-predicate',
        path: 'licenses[0].requires.all[0]',
        message: expect.stringMatching(/^unknown predicate "degre" \(did you mean "degree"\?\)/),
      }),
    ]);
  });

  it('every problem in a file is reported, not just the first', () => {
    const text = `${SKILL('    how_to_buld: [y]\n')}  - id: Bad_Id\n    name: x\n    summary: s\n    kind: social\n    how_to_build: [x]\n    sources: [{ title: t, as_of: 2026-13 }]\n`;
    const diagnostics = parseOne('data/skills.yaml', text);
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual([
      '6:5 unknown-key',
      '9:9 wrong-format',
      '12:11 wrong-value',
      '14:34 invalid',
    ]);
  });
});

describe('complete data sets and overlays', () => {
  const examsOnly =
    'exams:\n  - { id: e, name: E, summary: s, issuer: aswb, fee_usd: null, prep_months: 1, sources: [{ title: t, as_of: 2026-01 }] }\n';

  it('a complete data set needs every list of a file', () => {
    expect(parseOne('data/licenses.yaml', examsOnly)).toEqual([
      expect.objectContaining({ code: 'missing', path: 'licenses', message: 'required field is missing' }),
    ]);
  });

  it('an overlay may hold only some lists', () => {
    const layer = parseDataLayer([{ file: 'o/licenses.yaml', bytes: new TextEncoder().encode(examsOnly) }], {
      partial: true,
    });
    expect(layer.diagnostics).toEqual([]);
    expect(layer.lists.get('exams')?.map((exam) => exam.id)).toEqual(['e']);
    expect(layer.lists.has('licenses')).toBe(false);
  });
});

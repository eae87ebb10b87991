import { describe, expect, it } from 'vitest';
import { checkData } from '../../src/data/check.js';
import { parseDataLayer } from '../../src/data/parse-data.js';
import { replaceOnce, validInputs } from '../helpers/fixtures.js';

/** Cross-file checks on states.yaml: license and exam ids, the level each license stands for, stale sources. */
function check(edit: (text: string) => string) {
  const layer = parseDataLayer(validInputs({ 'states.yaml': edit }));
  expect(layer.diagnostics).toEqual([]);
  return checkData(layer, '2026-11').map(
    (d) => `${d.line}:${d.column} ${d.severity} ${d.path}: ${d.message}`,
  );
}

describe('checkData on states.yaml', () => {
  it('finds nothing wrong in the valid fixture', () => {
    expect(check((text) => text)).toEqual([]);
  });

  it('reports a license id that does not exist, with a did-you-mean', () => {
    expect(check(replaceOnce('license: lmsw', 'license: lmws'))).toEqual([
      '28:18 error states[0].social_work.master.license: license "lmws" does not exist (did you mean "lmsw"?)',
    ]);
  });

  it('reports an exam id that does not exist', () => {
    expect(check(replaceOnce('exam: aswb-masters', 'exam: aswb-master'))).toEqual([
      '31:15 error states[0].social_work.master.exam: exam "aswb-master" does not exist (did you mean "aswb-masters"?)',
    ]);
  });

  it("reports a license at the wrong level (a bachelor's license as the master's title)", () => {
    expect(check(replaceOnce('license: lmsw', 'license: lbsw'))).toEqual([
      '28:18 error states[0].social_work.master.license: license "lbsw" is social-work at the bachelor tier; this place needs a master\'s-level social work license',
      // The title and the record it names must also agree on independent practice.
      '30:31 error states[0].social_work.master.independent_practice: "lbsw" has independent_practice: false in licenses.yaml',
    ]);
  });

  it('warns about a stale source deep inside a state record', () => {
    // The compact's source is the last one in the record.
    const stale = check((text) => text.replace(/as_of: 2026-03\n$/, 'as_of: 2019-05\n'));
    expect(stale).toEqual([
      expect.stringMatching(
        /^\d+:\d+ warning states\[0\]\.nursing\.nlc\.sources\[0\]: source as_of 2019-05 is older than 24 months$/,
      ),
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { runMain } from '../helpers/cli.js';

describe('explore (built-in data)', () => {
  it('with no family lists the families', async () => {
    const result = await runMain(['explore']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^ {2}certifications +\d+ +credentials/m);
  });

  it('lists a family and shows one record with its sources', async () => {
    const list = await runMain(['explore', 'certifications']);
    expect(list.status).toBe(0);
    expect(list.stdout).toMatch(/^ {2}ccm +Certified Case Manager/m);
    const one = await runMain(['explore', 'certifications', 'ccm']);
    expect(one.status).toBe(0);
    expect(one.stdout).toMatch(/\nSources\n/);
  });

  it.each([
    [
      ['explore', 'certificatons'],
      /^casemgr-path: unknown family "certificatons" \(did you mean "certifications"\?\)\n$/,
    ],
    [['explore', 'certs'], /^casemgr-path: unknown family "certs" \(did you mean "certifications"\?\)\n$/],
    [
      ['explore', 'certifications', 'ccn'],
      /^casemgr-path: no certifications record "ccn" \(did you mean "ccm"\?\)\n$/,
    ],
    [['explore', 'certifications', 'zzzzzz'], /; see the list: casemgr-path explore certifications\n$/],
  ])('%j is a one-line usage error', async (args, message) => {
    const result = await runMain(args);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
  });
});

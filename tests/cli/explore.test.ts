import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

describe('explore (built-in data)', () => {
  it('with no family lists the families', () => {
    const result = runCli(['explore']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^ {2}certifications +\d+ +credentials/m);
  });

  it('lists a family and shows one record with its sources', () => {
    const list = runCli(['explore', 'certifications']);
    expect(list.status).toBe(0);
    expect(list.stdout).toMatch(/^ {2}ccm +Certified Case Manager/m);
    const one = runCli(['explore', 'certifications', 'ccm']);
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
  ])('%j is a one-line usage error', (args, message) => {
    const result = runCli(args);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
  });
});

import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

describe('casemgr-path explore states', () => {
  it('compares every state in a table', () => {
    const result = runCli(['explore', 'states']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^TX {2}LBSW +LMSW +LCSW +3,000 +24\+ +Clin\+st +LPC +3,000 +yes 2000$/m);
  });

  it('shows one state, whatever the case of its code', () => {
    const result = runCli(['explore', 'states', 'tx']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Texas \(TX\) · state licensure$/m);
  });

  it('answers for a US state not in the data with the national defaults (exit 0)', () => {
    const result = runCli(['explore', 'states', 'WY']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('WY is not in our state data yet');
  });

  it('refuses a code that is not a US state, with a did-you-mean (exit 2)', () => {
    const result = runCli(['explore', 'states', 'TZ']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(
      /^casemgr-path: no state "TZ" in the data \(did you mean "TX"\?\); states: CA, TX/,
    );
  });
});

import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { scratchDir } from '../helpers/scratch.js';
import { BIN, ensureBuilt } from './built.js';
import { answer, answeredBeforeReview, choose, tick } from './e2e-keys.js';
import { hasTmux, openTerminal, type Terminal } from './tmux.js';

/**
 * The four people of the 0.2 wizard review, in a real terminal (tmux, 80 columns): each answers
 * as a person would, and the test counts the questions put to them before the review screen
 * (README states these counts) and reads the plan's headline.
 */
// A person's whole session in a real terminal, with the suite's other workers on the same cores:
// each wait has its own limit (tmux.ts), so the test as a whole gets more than the default.
describe.runIf(hasTmux)('four people in a terminal', { timeout: 90_000 }, () => {
  const open: Terminal[] = [];
  beforeAll(() => ensureBuilt(), 120_000);
  afterEach(() => {
    for (const terminal of open.splice(0)) terminal.close();
  });

  function start(width = 80, env: Record<string, string> = {}) {
    const dir = scratchDir('casemgr-people-');
    const terminal = openTerminal(['node', BIN], {
      dir,
      cwd: dir,
      width,
      env: {
        XDG_CONFIG_HOME: join(dir, 'config'),
        TERM: 'xterm-256color',
        // The locale says English, so no language question (e2e-spanish.test.ts asks it).
        LANG: 'en_US.UTF-8',
        NO_COLOR: '1',
        ...env,
      },
    });
    open.push(terminal);
    return terminal;
  }

  /** From the review to the roadmap; returns everything printed, and leaves without saving. */
  async function finish(t: Terminal): Promise<string> {
    await t.waitFor('Ready?');
    t.keys('Enter');
    await t.waitFor('Save your answers so you can come back to them?', 30_000);
    const history = t.history();
    await choose(t, "No, don't save");
    await t.waitFor('Keep a copy of the roadmap as a document?');
    t.keys('Enter');
    await t.waitFor('Not saved: next time');
    expect(await t.exitCode()).toBe(0);
    return history;
  }

  /** No line of the wizard's own output starts with a stray space where a sentence was broken. */
  function expectNoStrayBreaks(history: string) {
    const before = history.split('Your answers')[0] ?? '';
    for (const line of before.split('\n')) expect(line).not.toMatch(/^ [a-z(]/);
  }

  it('a working nurse with two jobs (Ohio, ADN, utilization review after the bedside): 11 questions', async () => {
    const t = start();
    await t.waitFor('What is the highest education you have finished?');
    await choose(t, 'Associate degree in nursing (ADN)');
    await t.waitFor('When did you finish your associate degree in nursing?');
    answer(t, '2016-05');
    await t.waitFor('Anything else about your education?');
    answer(t, '');
    await t.waitFor('Which of these do you hold, or have you passed?');
    await tick(t, ['RN: Registered Nurse']);
    await t.waitFor('In which state is your license?');
    t.type('ohio');
    await t.waitFor('❯ Ohio (OH)');
    t.keys('Enter');
    await t.waitFor('Which of these jobs have you had, if any?');
    await tick(t, ['Utilization review', 'Registered nurse']);
    await t.waitFor('Your job as a utilization reviewer: from when to when?');
    answer(t, '2024-09 to now');
    await t.waitFor('Where is your job as a utilization reviewer?');
    await choose(t, 'Insurance company or health plan');
    await t.waitFor('Your job as a registered nurse: from when to when?');
    answer(t, '2016-06 to 2024-08');
    await t.waitFor('Hours a week as a registered nurse?');
    answer(t, '36');
    await t.waitFor('What would you like to work toward?');
    await choose(t, 'Healthcare case management');
    const review = await t.waitFor('Ready?');
    expect(review).toContain('Utilization review or management, insurance company or health');
    const history = await finish(t);
    expect(answeredBeforeReview(history)).toHaveLength(11);
    expect(history).toMatch(/casemgr-path · .*Ohio/);
    expect(history).toMatch(/Next step:/);
    expectNoStrayBreaks(history);
  });

  it('a new BSW graduate (Texas, field placement in a hospital): 8 questions', async () => {
    const t = start();
    await t.waitFor('What is the highest education you have finished?');
    await choose(t, "Bachelor's in social work (BSW)");
    await t.waitFor('accredited by CSWE');
    await choose(t, 'Yes');
    await t.waitFor("When did you finish your bachelor's in social work?");
    answer(t, '2026-05');
    await t.waitFor('Anything else about your education?');
    answer(t, '');
    await t.waitFor('Which of these do you hold, or have you passed?');
    answer(t, '');
    await t.waitFor('In which state do you live or plan to work?');
    t.type('texas');
    await t.waitFor('❯ Texas (TX)');
    t.keys('Enter');
    // The placement is part of her (CSWE-accredited) degree: no job to add.
    await t.waitFor('a practicum is education, not a job');
    answer(t, '');
    await t.waitFor('What would you like to work toward?');
    await choose(t, 'Child welfare case management');
    const review = await t.waitFor('Ready?');
    expect(review).toContain("Bachelor's in social work, CSWE-accredited, finished May 2026");
    const history = await finish(t);
    expect(answeredBeforeReview(history)).toHaveLength(8);
    expect(history).toMatch(/casemgr-path · .*Texas/);
    expect(history).toMatch(/Next step:/);
    expectNoStrayBreaks(history);
  });

  it('a career changer (Florida, high school and some college, retail management): 6 questions', async () => {
    const t = start();
    await t.waitFor('What is the highest education you have finished?');
    await choose(t, 'Some college, no degree');
    await t.waitFor('About how many college credits have you finished?');
    answer(t, '30');
    await t.waitFor('Anything else about your education?');
    answer(t, '');
    // Nothing to hold without a degree or a nursing program: straight to the state.
    await t.waitFor('In which state do you live or plan to work?');
    t.type('florida');
    await t.waitFor('❯ Florida (FL)');
    t.keys('Enter');
    await t.waitFor('Which of these jobs have you had, if any?');
    answer(t, '');
    await t.waitFor('What would you like to work toward?');
    await choose(t, 'Homelessness and housing case management');
    const review = await t.waitFor('Ready?');
    expect(review).toContain('Some college, 30 credits');
    const history = await finish(t);
    expect(answeredBeforeReview(history)).toHaveLength(6);
    expect(history).toMatch(/casemgr-path · .*Florida/);
    expect(history).toMatch(/Next step:/);
    expectNoStrayBreaks(history);
  });

  it('an LPN (Georgia, 5 years in long-term care, 2 as an MDS coordinator): 12 questions, at 100 columns', async () => {
    const t = start(100);
    await t.waitFor('What is the highest education you have finished?');
    await choose(t, 'Practical nursing certificate (LPN or LVN)');
    await t.waitFor('When did you finish your practical nursing certificate?');
    answer(t, '2021-05');
    await t.waitFor('Anything else about your education?');
    answer(t, '');
    await t.waitFor('Which licenses do you hold?');
    await tick(t, ['LPN: Licensed Practical Nurse']);
    await t.waitFor('In which state is your license?');
    t.type('georgia');
    await t.waitFor('❯ Georgia (GA)');
    t.keys('Enter');
    await t.waitFor('Which of these jobs have you had, if any?');
    await tick(t, ['MDS coordinator', 'Licensed practical nurse']);
    await t.waitFor('Your job as a care coordinator: from when to when?');
    // A year alone is not taken as December: the month is asked for.
    answer(t, '2024');
    await t.waitFor('which month of 2024?');
    for (let i = 0; i < 4; i++) t.keys('BSpace');
    answer(t, '2024-11 to now');
    await t.waitFor('Where is your job as a care coordinator?');
    await choose(t, 'Nursing home, rehab or long-term care');
    await t.waitFor('Hours a week as a care coordinator?');
    answer(t, '40');
    await t.waitFor('Who supervises your work as a care coordinator?');
    await choose(t, 'A licensed nurse, social worker or counselor');
    await t.waitFor('Your job as an LPN: from when to when?');
    answer(t, '2021-07 to 2024-10');
    await t.waitFor('What would you like to work toward?');
    await choose(t, 'Healthcare case management');
    const history = await finish(t);
    expect(answeredBeforeReview(history)).toHaveLength(12);
    expect(history).toMatch(/casemgr-path · .*Georgia/);
    expect(history).toMatch(/Next step:/);
  });
});

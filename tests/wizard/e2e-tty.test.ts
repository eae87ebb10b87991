import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { addMonths, currentMonth } from '../../src/core/month.js';
import { ProfileSchema } from '../../src/profile/schema.js';
import { scratchDir } from '../helpers/scratch.js';
import { BIN, ensureBuilt } from './built.js';
import { answer, choose } from './e2e-keys.js';
import { hasTmux, openTerminal, type Terminal } from './tmux.js';

/**
 * The built binary in a real pseudo-terminal (tmux), as a person uses it: a whole interview, the
 * saved file, Ctrl-C halfway (exit 130, the draft kept, resume offered), a narrow dumb terminal.
 */
// A person's whole session in a real terminal, with the suite's other workers on the same cores:
// each wait has its own limit (tmux.ts), so the test as a whole gets more than the default.
describe.runIf(hasTmux)('the wizard in a terminal', { timeout: 90_000 }, () => {
  const open: Terminal[] = [];
  beforeAll(() => ensureBuilt(), 120_000);
  afterEach(() => {
    for (const terminal of open.splice(0)) terminal.close();
  });

  function start(config: string, options: { width?: number; env?: Record<string, string> } = {}) {
    const dir = scratchDir('casemgr-tty-');
    const terminal = openTerminal(['node', BIN], {
      dir,
      cwd: dir,
      width: options.width,
      // The locale says English, so no language question (e2e-spanish.test.ts asks it).
      env: { XDG_CONFIG_HOME: config, TERM: 'xterm-256color', LANG: 'en_US.UTF-8', ...options.env },
    });
    open.push(terminal);
    return Object.assign(terminal, { cwd: dir });
  }

  /** Maria up to the dates of her job (education, licenses, the job ticked). */
  async function untilDates(t: Terminal): Promise<void> {
    await t.waitFor('What is the highest education you have finished?');
    await choose(t, 'Associate degree in nursing (ADN)');
    await t.waitFor('When did you finish your associate degree in nursing?');
    answer(t, '2016-05');
    await t.waitFor('Anything else about your education?');
    t.keys('Enter');
    await t.waitFor('Which of these do you hold, or have you passed?');
    t.keys('Space', 'Enter'); // RN
    await t.waitFor('In which state is your license?');
    t.type('texas');
    await t.waitFor('❯ Texas (TX)');
    t.keys('Enter');
    await t.waitFor('Which of these jobs have you had, if any?');
    t.keys('Space', 'Enter'); // case manager, first in the list
    await t.waitFor('Your job as a case manager: from when to when?');
  }

  /** Maria up to the hours question: her dates and setting given. */
  async function untilHours(t: Terminal): Promise<void> {
    await untilDates(t);
    answer(t, `${addMonths(currentMonth(), -13)} to now`);
    await t.waitFor('Where is your job as a case manager?');
    await choose(t, 'Hospital');
    await t.waitFor('Hours a week as a case manager?');
  }

  it('runs a whole interview and saves the profile', async () => {
    const config = scratchDir('casemgr-config-');
    const t = start(config);
    await untilDates(t);
    answer(t, 'thirteen months ago');
    await t.waitFor('when the job started and ended: for example 2024-03 to now');
    for (let i = 0; i < 'thirteen months ago'.length; i++) t.keys('BSpace');
    answer(t, `${addMonths(currentMonth(), -13)} to now`);
    await t.waitFor('Where is your job as a case manager?');
    await choose(t, 'Hospital');
    await t.waitFor('Hours a week as a case manager?');
    answer(t, '40');
    await t.waitFor('Who supervises your work as a case manager?');
    // The cursor starts on "no one, or not sure": a stray Enter never claims a supervisor.
    expect(t.screen()).toMatch(/❯ No one, or I am not sure/);
    await choose(t, 'A licensed nurse, social worker or counselor');
    await t.waitFor('What would you like to work toward?');
    t.keys('Enter'); // healthcare, listed first for a nurse
    const review = await t.waitFor('Ready?');
    expect(review).toContain('Associate degree in nursing');
    expect(review).toMatch(/Case manager, hospital: 13 months so far/);
    t.keys('Enter');
    await t.waitFor('Save your answers so you can come back to them?');
    t.keys('Enter');
    await t.waitFor('Your first name, to greet you next time?');
    t.type('Maria');
    t.keys('Enter');
    await t.waitFor('Keep a copy of the roadmap as a document?');
    t.keys('Down', 'Enter'); // Markdown
    await t.waitFor('Save to which file?');
    t.keys('Enter');
    const end = await t.waitFor('Next time, run casemgr-path again to update it.');
    const path = join(config, 'casemgr-path', 'profile.yaml');
    expect(end).toContain(`Saved: ${path}`);
    expect(await t.exitCode()).toBe(0);
    const exported = readFileSync(join(t.cwd, 'casemgr-path-roadmap.md'), 'utf8');
    expect(exported).toContain('ACM-RN');
    expect(exported).toMatch(/- \[[ x]\] /);

    const saved = parse(readFileSync(path, 'utf8'));
    expect(ProfileSchema.safeParse(saved).success).toBe(true);
    expect(saved).toMatchObject({
      name: 'Maria',
      state: 'TX',
      licenses: [{ type: 'rn', state: 'TX' }],
      experience: [
        { role: 'case-manager', setting: 'hospital', months: 13, supervised_by: 'licensed', ongoing: true },
      ],
      goals: { specialization: 'healthcare' },
    });
    expect(JSON.parse(readFileSync(join(config, 'casemgr-path', 'state.json'), 'utf8')).saved_at).toMatch(
      /^\d{4}-\d{2}$/,
    );
    expect(existsSync(join(config, 'casemgr-path', 'draft.yaml'))).toBe(false);

    // The next run greets her and offers to update the saved profile.
    const again = start(config);
    await again.waitFor('Welcome back, Maria.');
    await again.waitFor('Update it with what has changed');
  });

  it('keeps the answers on Ctrl-C (exit 130) and resumes at the first unanswered question', async () => {
    const config = scratchDir('casemgr-config-');
    const t = start(config);
    await untilHours(t);
    t.keys('C-c');
    await t.waitFor(
      'Cancelled. Your answers are saved; run casemgr-path again to pick up where you left off.',
    );
    expect(await t.exitCode()).toBe(130);
    const draft = parse(readFileSync(join(config, 'casemgr-path', 'draft.yaml'), 'utf8'));
    expect(draft.profile.licenses).toEqual([{ type: 'rn', state: 'TX' }]);
    expect(draft.answers).toMatchObject({
      'experience.roles': ['case-manager'],
      'experience.case-manager.setting': 'hospital',
    });

    const again = start(config);
    await again.waitFor('You have unfinished answers from');
    again.keys('Enter');
    // The question resumed at names the job it is about.
    const resumed = await again.waitFor('Hours a week as a case manager?');
    expect(resumed).toContain('Kept: education, licenses.');
    expect(resumed).not.toContain('What is the highest education');
  });

  it('treats Ctrl-D (end of input) as a cancel, not as success', async () => {
    const config = scratchDir('casemgr-config-');
    const t = start(config);
    await t.waitFor('What is the highest education you have finished?');
    t.keys('Enter');
    await t.waitFor('Anything else about your education?');
    t.keys('C-d');
    await t.waitFor('Cancelled. Your answers are saved');
    expect(await t.exitCode()).toBe(130);
  });

  it('works on a narrow TERM=dumb terminal, in ASCII', async () => {
    const config = scratchDir('casemgr-config-');
    const t = start(config, { width: 50, env: { TERM: 'dumb' } });
    await t.waitFor('What is the highest education');
    const first = t.screen();
    expect(first).toContain('> High school diploma or GED');
    expect(first).toContain('up/down navigate, enter select');
    expect(first).not.toMatch(/[❯◯◉↑↓⏎•✔]/);
    for (let i = 0; i < 5; i++) t.keys('Down');
    t.keys('Enter');
    await t.waitFor('When did you finish your associate');
    answer(t, '2016-05');
    await t.waitFor('Anything else about your education?');
    t.keys('Enter');
    const licenses = await t.waitFor('Which of these do you hold');
    expect(licenses).toContain('>[ ] RN: Registered Nurse');
    expect(licenses).toContain('+ What is the highest education you');
    // Broken at spaces by the wizard itself: no line starts with the space it broke at.
    for (const line of licenses.split('\n')) expect(line).not.toMatch(/^ [a-z(]/);
  });
});

import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ProfileSchema } from '../../src/profile/schema.js';
import { BIN, ensureBuilt } from './built.js';
import { hasTmux, openTerminal, type Terminal } from './tmux.js';

/**
 * The built binary in a real pseudo-terminal (tmux), as a person uses it: a whole interview, the
 * saved file, Ctrl-C halfway (exit 130, the draft kept, resume offered), a narrow dumb terminal.
 */
describe.runIf(hasTmux)('the wizard in a terminal', () => {
  const open: Terminal[] = [];
  beforeAll(() => ensureBuilt(), 120_000);
  afterEach(() => {
    for (const terminal of open.splice(0)) terminal.close();
  });

  function start(config: string, options: { width?: number; env?: Record<string, string> } = {}) {
    const dir = mkdtempSync(join(tmpdir(), 'casemgr-tty-'));
    const terminal = openTerminal(['node', BIN], {
      dir,
      cwd: dir,
      width: options.width,
      env: { XDG_CONFIG_HOME: config, TERM: 'xterm-256color', LANG: 'C.UTF-8', ...options.env },
    });
    open.push(terminal);
    return Object.assign(terminal, { cwd: dir });
  }

  /** Maria up to the months question (education, licences, the start of her job). */
  async function untilMonths(t: Terminal): Promise<void> {
    await t.waitFor('What is the highest level of school you have finished?');
    t.keys('Down', 'Enter'); // associate degree
    await t.waitFor('In which field?');
    t.keys('Down', 'Enter'); // nursing
    await t.waitFor('Anything else about your education?');
    t.keys('Enter');
    await t.waitFor('Which licences do you hold?');
    t.keys('Space', 'Enter'); // RN
    await t.waitFor('In which state is your licence?');
    t.type('texas');
    await t.waitFor('❯ Texas (TX)');
    t.keys('Enter');
    await t.waitFor('What is your most recent job');
    t.keys('Down', 'Enter'); // case manager, under "none yet"

    await t.waitFor('Are you still in this job?');
    t.keys('Enter');
    await t.waitFor('Where is it?');
    t.keys('Enter'); // hospital
    await t.waitFor('How many months have you been in it so far?');
  }

  it('runs a whole interview and saves the profile', async () => {
    const config = mkdtempSync(join(tmpdir(), 'casemgr-config-'));
    const t = start(config);
    await untilMonths(t);
    t.type('thirteen');
    t.keys('Enter');
    await t.waitFor('months: a number from 0 to 600');
    for (let i = 0; i < 'thirteen'.length; i++) t.keys('BSpace');
    t.type('13');
    t.keys('Enter');
    await t.waitFor('Is it paid and full-time?');
    t.keys('Enter');
    await t.waitFor('Who supervises your work?');
    t.keys('Enter'); // the cursor starts on "a licensed nurse, social worker or counselor"
    await t.waitFor('Add another job');
    t.keys('Enter');
    await t.waitFor('Do you already hold any of these certifications?');
    t.keys('Enter');
    await t.waitFor('Which area of case management interests you most?');
    t.keys('Enter'); // healthcare, listed first for a nurse
    await t.waitFor('Is there a certification you want to aim for?');
    t.keys('Enter'); // recommend one
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
    const config = mkdtempSync(join(tmpdir(), 'casemgr-config-'));
    const t = start(config);
    await untilMonths(t);
    t.keys('C-c');
    await t.waitFor(
      'Cancelled. Your answers are saved; run casemgr-path again to pick up where you left off.',
    );
    expect(await t.exitCode()).toBe(130);
    const draft = parse(readFileSync(join(config, 'casemgr-path', 'draft.yaml'), 'utf8'));
    expect(draft.profile.licenses).toEqual([{ type: 'rn', state: 'TX' }]);
    expect(draft.answers).toMatchObject({
      'experience.0.role': 'case-manager',
      'experience.0.setting': 'hospital',
    });

    const again = start(config);
    await again.waitFor('You have unfinished answers from');
    again.keys('Enter');
    const resumed = await again.waitFor('How many months have you been in it so far?');
    expect(resumed).toContain('Kept: education, licences.');
    expect(resumed).not.toContain('What is the highest level of school');
  });

  it('treats Ctrl-D (end of input) as a cancel, not as success', async () => {
    const config = mkdtempSync(join(tmpdir(), 'casemgr-config-'));
    const t = start(config);
    await t.waitFor('What is the highest level of school you have finished?');
    t.keys('Enter');
    await t.waitFor('Anything else about your education?');
    t.keys('C-d');
    await t.waitFor('Cancelled. Your answers are saved');
    expect(await t.exitCode()).toBe(130);
  });

  it('works on a narrow TERM=dumb terminal, in ASCII', async () => {
    const config = mkdtempSync(join(tmpdir(), 'casemgr-config-'));
    const t = start(config, { width: 50, env: { TERM: 'dumb' } });
    await t.waitFor('What is the highest level of school');
    const first = t.screen();
    expect(first).toContain('> High school diploma or GED');
    expect(first).toContain('up/down navigate, enter select');
    expect(first).not.toMatch(/[❯◯◉↑↓⏎•✔]/);
    t.keys('Down', 'Enter');
    await t.waitFor('In which field?');
    t.keys('Down', 'Enter');
    await t.waitFor('Anything else about your education?');
    t.keys('Enter');
    const licences = await t.waitFor('Which licences do you hold?');
    expect(licences).toContain('>[ ] RN: Registered Nurse');
    expect(licences).toContain('+ In which field? Nursing');
  });
});

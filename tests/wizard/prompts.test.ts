import { screen } from '@inquirer/testing/vitest';
import { describe, expect, it } from 'vitest';
// The Inquirer prompts must be imported after @inquirer/testing/vitest, which replaces their I/O.
import { createInquirerPrompter, type TerminalOptions } from '../../src/wizard/inquirer-prompter.js';
import { askExperience } from '../../src/wizard/sections/experience.js';
import { askLicences } from '../../src/wizard/sections/licences.js';
import { scripted } from './helpers.js';

/**
 * The prompt groups through the real Inquirer prompts, on a virtual screen: what a person sees
 * (validation messages where they type, questions that appear only when they matter, repeats).
 */
function onScreen(options: Partial<TerminalOptions> = {}) {
  const { ctx } = scripted({});
  ctx.ask = createInquirerPrompter({
    input: process.stdin,
    output: process.stdout,
    color: false,
    unicode: true,
    rows: 40,
    ...options,
  });
  return ctx;
}

/**
 * Moves the cursor to the choice whose label contains `label` (a keypress redraws at once), then
 * presses Enter and waits for the next question.
 */
async function choose(label: string, { last = false } = {}): Promise<void> {
  for (let i = 0; i < 20 && !activeLine().includes(label); i++) screen.keypress('down');
  expect(activeLine()).toContain(label);
  screen.keypress('enter');
  if (!last) await screen.next();
}

function activeLine(): string {
  return (
    screen
      .getScreen()
      .split('\n')
      .find((line) => /^[❯>]/.test(line)) ?? ''
  );
}

/** Types an answer and presses Enter; waits for what comes next (an error or the next question). */
async function answer(text: string, { last = false } = {}): Promise<void> {
  screen.type(text);
  screen.keypress('enter');
  if (!last) await screen.next();
}

describe('experience questions on a terminal', () => {
  it('checks months where they are typed, and asks who supervised a case manager', async () => {
    const ctx = onScreen();
    const result = askExperience(ctx, { version: 1 });

    expect(screen.getScreen()).toContain(
      'What is your most recent job in case management or a related field?',
    );
    await choose('Case manager');
    expect(screen.getScreen()).toContain('Are you still in this job?');
    await answer('y');
    expect(screen.getScreen()).toContain('Where is it?');
    await choose('Hospital');
    expect(screen.getScreen()).toContain('How many months have you been in it so far?');

    await answer('about a year');
    expect(screen.getScreen()).toContain(
      'months: a number from 0 to 600 (or say "2 years" or "1 year 6 months")',
    );
    for (let i = 0; i < 'about a year'.length; i++) screen.keypress('backspace');
    await answer('13');

    expect(screen.getScreen()).toContain('Is it paid and full-time?');
    await choose('Paid, full-time');
    expect(screen.getScreen()).toContain('Who supervises your work?');
    await choose('A licensed nurse');
    expect(screen.getScreen()).toContain('Add another job');
    await answer('n', { last: true });

    const profile = await result;
    expect(profile.experience).toEqual([
      {
        role: 'case-manager',
        months: 13,
        setting: 'hospital',
        ongoing: true,
        start: '2025-10',
        supervised_by: 'licensed',
      },
    ]);
  });

  it('skips the supervision question for a bedside nurse, and repeats for an earlier job', async () => {
    const ctx = onScreen();
    const result = askExperience(ctx, { version: 1 });
    await choose('Registered nurse');
    await answer('n');
    await choose('Hospital');
    await answer('2 years');
    await choose('Paid, part-time');
    expect(screen.getScreen()).toContain('About how many hours a week?');
    await answer('45');
    expect(screen.getScreen()).toContain('hours per week: a number from 1 to 39');
    screen.keypress('backspace');
    screen.keypress('backspace');
    await answer('24');
    // No "Who supervised your work?" for this role: straight to "another job?".
    expect(screen.getScreen()).toContain('Add another job (an earlier one)?');
    await answer('y');
    expect(screen.getScreen()).toContain('What was the job before that?');
    await choose('No more to add', { last: true });

    const profile = await result;
    expect(profile.experience).toEqual([
      { role: 'registered-nurse', months: 24, setting: 'hospital', hours_per_week: 24 },
    ]);
    // Years typed read back in months, so the person sees how the answer was understood.
    expect(await screen.getFullOutput()).toContain('How many months were you in it? 2 years (24 months)');
  });
});

const NURSE = {
  version: 1 as const,
  education: [{ level: 'associate' as const, field: 'nursing' as const }],
};

describe('licence questions on a terminal', () => {
  it('shows the checkbox hint, and finds a state by typing part of its name', async () => {
    const ctx = onScreen();
    const result = askLicences(ctx, NURSE);
    expect(screen.getScreen()).toContain('(space to select, Enter when done; none is fine)');
    screen.keypress('space');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('In which state is your licence?');
    screen.type('tex');
    await screen.next(); // the search filters asynchronously
    expect(activeLine()).toContain('Texas (TX)');
    screen.keypress('enter');
    const profile = await result;
    expect(profile).toMatchObject({ state: 'TX', licenses: [{ type: 'rn', state: 'TX' }] });
  });

  it('draws with ASCII only when the terminal cannot show Unicode (TERM=dumb)', async () => {
    const ctx = onScreen({ unicode: false });
    const result = askLicences(ctx, NURSE);
    const text = screen.getScreen();
    expect(text).toContain('>[ ] RN: Registered Nurse');
    expect(text).not.toMatch(/[❯◯◉↑↓⏎•]/);
    screen.keypress('enter');
    await expect(result).resolves.toMatchObject({ licenses: [] });
  });
});

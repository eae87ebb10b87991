import { screen } from '@inquirer/testing/vitest';
import { describe, expect, it } from 'vitest';
// The Inquirer prompts must be imported after @inquirer/testing/vitest, which replaces their I/O.
import { createInquirerPrompter, type TerminalOptions } from '../../src/wizard/inquirer-prompter.js';
import { askEducation } from '../../src/wizard/sections/education.js';
import { askExperience } from '../../src/wizard/sections/experience.js';
import { askLicenses } from '../../src/wizard/sections/licenses.js';
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
  it('checks dates and hours where they are typed, and never guesses a supervisor', async () => {
    const ctx = onScreen();
    const result = askExperience(ctx, { version: 1 });

    expect(screen.getScreen()).toContain('Which of these jobs have you had, if any?');
    expect(screen.getScreen()).toContain('a practicum is education, not a job');
    expect(activeLine()).toContain('Case manager');
    screen.keypress('space');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('Your job as a case manager: from when to when?');

    // A year alone asks for the month instead of guessing December.
    await answer('2025');
    expect(screen.getScreen()).toContain('which month of 2025? For example 2025-06 to now');
    for (let i = 0; i < 4; i++) screen.keypress('backspace');
    // A single month is not taken as "still there": that is always typed.
    await answer('2025-10');
    expect(screen.getScreen()).toContain('and when did it end? For example 2025-10 to now');
    for (let i = 0; i < 7; i++) screen.keypress('backspace');
    await answer('2025-10 to now');

    expect(screen.getScreen()).toContain('Where is your job as a case manager?');
    // A new answer starts on "somewhere else", which claims no setting a rule counts.
    expect(activeLine()).toContain('Somewhere else');
    for (let i = 0; i < 20; i++) screen.keypress('up');
    await choose('Hospital');

    expect(screen.getScreen()).toContain('Hours a week as a case manager?');
    await answer('100');
    expect(screen.getScreen()).toContain('hours a week: a number from 1 to 80');
    for (let i = 0; i < 3; i++) screen.keypress('backspace');
    await answer('40');

    expect(screen.getScreen()).toContain('Who supervises your work as a case manager?');
    expect(activeLine()).toContain('No one, or I am not sure');
    for (let i = 0; i < 20; i++) screen.keypress('up');
    await choose('A licensed nurse', { last: true });

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
    // The dates read back with the months they make, so the person sees how they were understood.
    expect(await screen.getFullOutput()).toContain('Oct 2025 to now (13 months so far)');
    // Once answered, the question reads without its example: the answer follows the question
    // (on a line of its own when it does not fit beside it).
    expect(await screen.getFullOutput()).toMatch(
      /✔ Your job as a case manager: from when to when\?\s+Oct 2025 to now \(13 months so far\)/,
    );
    expect(await screen.getFullOutput()).toMatch(/✔ Hours a week as a case manager\? 40/);
  });

  it('offers the saved answers as defaults when Experience is changed, and asks nothing about education', async () => {
    const ctx = onScreen();
    const result = askExperience(ctx, {
      version: 1,
      education: [{ level: 'associate', field: 'nursing', completed: '2016-05' }],
      experience: [
        {
          role: 'case-manager',
          setting: 'long-term-care',
          months: 20,
          start: '2023-01',
          end: '2024-08',
          supervised_by: 'ccm',
        },
      ],
    });
    expect(screen.getScreen()).toMatch(/◉ Case manager/);
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('(2023-01 to 2024-08)');
    screen.keypress('enter');
    await screen.next();
    // The cursor returns to the saved choice, and the tense follows the saved answer (it ended).
    expect(screen.getScreen()).toContain('Where was your job as a case manager?');
    expect(activeLine()).toContain('Nursing home, rehab or long-term care');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('(40)');
    screen.keypress('enter');
    await screen.next();
    expect(activeLine()).toContain('A case manager with the CCM certification');
    screen.keypress('enter');
    const profile = await result;
    expect(profile.experience).toEqual([
      {
        role: 'case-manager',
        setting: 'long-term-care',
        months: 20,
        start: '2023-01',
        end: '2024-08',
        supervised_by: 'ccm',
      },
    ]);
    expect(profile.education).toEqual([{ level: 'associate', field: 'nursing', completed: '2016-05' }]);
  });
});

describe('yes/no and dates on a terminal', () => {
  it('takes only y or n: "q" is not a No, and Enter needs a saved answer', async () => {
    const ask = onScreen().ask;
    const result = ask.confirm({ id: 'x', message: 'Did the program include a field placement?' });
    expect(screen.getScreen()).toContain('Did the program include a field placement? (y/n)');
    await answer('');
    expect(screen.getScreen()).toContain('please type y for yes or n for no');
    await answer('q');
    expect(screen.getScreen()).toContain('please type y for yes or n for no');
    screen.keypress('backspace');
    await answer('n', { last: true });
    await expect(result).resolves.toBe(false);

    const saved = ask.confirm({ id: 'y', message: 'Still there?', default: false });
    expect(screen.getScreen()).toContain('Still there? (y/N)');
    screen.keypress('enter');
    await expect(saved).resolves.toBe(false);
  });

  it('dates every finished degree, asking for the month when only a year is typed', async () => {
    const ctx = onScreen();
    const result = askEducation(ctx, { version: 1 });
    expect(screen.getScreen()).toContain('What is the highest education you have finished?');
    await choose('Associate degree in nursing (ADN)');
    expect(screen.getScreen()).toContain('When did you finish your associate degree in nursing?');
    await answer('2016');
    expect(screen.getScreen()).toContain('which month of 2016? For example 2016-05 or May 2016');
    for (let i = 0; i < 4; i++) screen.keypress('backspace');
    await answer('May 2016');
    expect(screen.getScreen()).toContain('Anything else about your education?');
    await choose("No, that's everything", { last: true });
    await expect(result).resolves.toMatchObject({
      education: [{ level: 'associate', field: 'nursing', completed: '2016-05' }],
    });
  });
});

const NURSE = {
  version: 1 as const,
  education: [{ level: 'associate' as const, field: 'nursing' as const }],
};

describe('license questions on a terminal', () => {
  it('shows the checkbox hint, and finds a state by typing part of its name', async () => {
    const ctx = onScreen();
    const result = askLicenses(ctx, NURSE);
    expect(screen.getScreen()).toContain('(space to select, Enter when done; none is fine)');
    screen.keypress('space');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('In which state is your license?');
    screen.type('tex');
    await screen.next(); // the search filters asynchronously
    expect(activeLine()).toContain('Texas (TX)');
    screen.keypress('enter');
    const profile = await result;
    expect(profile).toMatchObject({ state: 'TX', licenses: [{ type: 'rn', state: 'TX' }] });
  });

  it('keeps the state typed fast with its Enter (before the filtered list arrives) as shown', async () => {
    const ctx = onScreen();
    const result = askLicenses(ctx, { version: 1 as const });
    await screen.next();
    expect(screen.getScreen()).toContain('In which state do you live or plan to work?');
    // "ga" and Enter in one burst: Inquirer still holds the unfiltered list, whose first choice is
    // "not in the US", when Enter arrives.
    screen.type('ga');
    screen.keypress('enter');
    const profile = await result;
    expect(profile.state).toBe('GA');
  });

  it('draws with ASCII only when the terminal cannot show Unicode (TERM=dumb)', async () => {
    const ctx = onScreen({ unicode: false });
    const result = askLicenses(ctx, NURSE);
    const text = screen.getScreen();
    expect(text).toContain('>[ ] RN: Registered Nurse');
    expect(text).not.toMatch(/[❯◯◉↑↓⏎•]/);
    screen.keypress('enter');
    await screen.next();
    // No saved state: the cursor starts on "not sure", not on the first state in the list.
    expect(activeLine()).toContain('Not in the US, or not sure');
    screen.keypress('enter');
    const profile = await result;
    expect(profile.licenses).toBeUndefined();
    expect(profile.state).toBeUndefined();
  });
});

import { screen } from '@inquirer/testing/vitest';
import { describe, expect, it } from 'vitest';
// The Inquirer prompts must be imported after @inquirer/testing/vitest, which replaces their I/O.
import { createInquirerPrompter } from '../../src/wizard/inquirer-prompter.js';
import { askEducation } from '../../src/wizard/sections/education.js';
import { askExperience } from '../../src/wizard/sections/experience.js';
import { askGoals } from '../../src/wizard/sections/goals.js';
import { askLicenses } from '../../src/wizard/sections/licenses.js';
import { type RoadmapPort, runWizard } from '../../src/wizard/session.js';
import { builtinData } from '../helpers/data.js';
import { MemoryStore } from './fakes.js';
import { scripted } from './helpers.js';

/**
 * Every question of the wizard through the real Inquirer prompts, on a virtual screen (the other
 * questions are in prompts.test.ts): what the person reads, where the cursor starts for a new
 * answer (on the one that claims nothing), that a saved answer is the default when a section is
 * changed, and what is kept.
 */

function prompter() {
  return createInquirerPrompter({
    input: process.stdin,
    output: process.stdout,
    color: false,
    unicode: true,
    rows: 40,
  });
}

function onScreen() {
  const { ctx } = scripted({});
  ctx.ask = prompter();
  return ctx;
}

function activeLine(): string {
  return (
    screen
      .getScreen()
      .split('\n')
      .find((line) => /^[❯>]/.test(line)) ?? ''
  );
}

/** Moves to the choice containing `label` (down, then up), presses Enter, waits for what follows. */
async function choose(label: string, { last = false } = {}): Promise<void> {
  for (let i = 0; i < 25 && !activeLine().includes(label); i++) screen.keypress('down');
  for (let i = 0; i < 25 && !activeLine().includes(label); i++) screen.keypress('up');
  expect(activeLine()).toContain(label);
  screen.keypress('enter');
  if (!last) await screen.next();
}

async function answer(text: string, { last = false } = {}): Promise<void> {
  if (text !== '') screen.type(text);
  screen.keypress('enter');
  if (!last) await screen.next();
}

async function enter({ last = false } = {}): Promise<void> {
  screen.keypress('enter');
  if (!last) await screen.next();
}

/** The screen with line breaks folded, for questions the terminal width wraps. */
function shown(): string {
  return screen.getScreen().replace(/\s+/g, ' ');
}

function erase(count: number): void {
  for (let i = 0; i < count; i++) screen.keypress('backspace');
}

describe('education questions', () => {
  it('asks a BSW about CSWE, opening on "not sure", and keeps the answer', async () => {
    const result = askEducation(onScreen(), { version: 1 });
    await choose("Bachelor's in social work (BSW)");
    expect(shown()).toContain(
      'Is the social work program accredited by CSWE (Council on Social Work Education)?',
    );
    // A new answer never claims an accreditation: a stray Enter says "not sure".
    expect(activeLine()).toContain("I'm not sure");
    expect(screen.getScreen()).toContain('Counted as not accredited until you check');
    await choose('Yes');
    expect(screen.getScreen()).toContain("When did you finish your bachelor's in social work?");
    await answer('2026-05');
    await choose("No, that's everything", { last: true });
    await expect(result).resolves.toMatchObject({
      education: [
        { level: 'bachelor', field: 'social-work', program_accreditation: 'cswe', completed: '2026-05' },
      ],
    });
  });

  it('takes some college with its credits, within bounds', async () => {
    const result = askEducation(onScreen(), { version: 1 });
    await choose('Some college, no degree');
    expect(screen.getScreen()).toContain('About how many college credits have you finished?');
    await answer('400');
    expect(screen.getScreen()).toContain('credits');
    expect(screen.getScreen()).toMatch(/0 to 300|at most 300/);
    erase(3);
    await answer('30');
    expect(screen.getScreen()).toContain('Anything else about your education?');
    await choose("No, that's everything", { last: true });
    await expect(result).resolves.toMatchObject({ education: [{ level: 'some-college', credits: 30 }] });
  });

  it('adds a degree under way: which degree, the field, and a finish month that lies ahead', async () => {
    const result = askEducation(onScreen(), { version: 1 });
    await choose('High school diploma or GED');
    await choose("A degree I'm studying for now");
    expect(screen.getScreen()).toContain('Which degree are you studying for?');
    await choose("Bachelor's");
    expect(screen.getScreen()).toContain('In which field?');
    // No field is assumed for a new answer.
    expect(activeLine()).toContain('Something else');
    await choose('Social work');
    await choose('Yes');
    expect(screen.getScreen()).toContain('When do you expect to finish?');
    await answer('2020-05');
    expect(shown()).toContain('that month has passed: give the month you expect to finish');
    erase(7);
    await answer('May 2027');
    await choose("No, that's everything", { last: true });
    await expect(result).resolves.toMatchObject({
      education: [
        { level: 'high-school' },
        {
          level: 'bachelor',
          field: 'social-work',
          status: 'in-progress',
          program_accreditation: 'cswe',
          completed: '2027-05',
        },
      ],
    });
  });

  it('asks whether an unaccredited program had a practicum, with a strict yes or no', async () => {
    const result = askEducation(onScreen(), { version: 1 });
    await choose("Bachelor's degree in another field");
    await choose('Psychology');
    expect(screen.getScreen()).toContain('Did the program include a supervised practicum or field placement');
    expect(screen.getScreen()).toContain('(y/n)');
    await answer('');
    expect(screen.getScreen()).toContain('please type y for yes or n for no');
    await answer('y');
    await answer('2024-05');
    await choose("No, that's everything", { last: true });
    await expect(result).resolves.toMatchObject({
      education: [{ level: 'bachelor', field: 'psychology', field_experience: true, completed: '2024-05' }],
    });
  });

  it('asks a rehabilitation counseling master about its accreditor, internship and supervisor', async () => {
    const result = askEducation(onScreen(), { version: 1 });
    await choose("Master's degree in another field");
    await choose('Rehabilitation counseling');
    expect(screen.getScreen()).toContain('Which body accredits the rehabilitation counseling program?');
    expect(activeLine()).toContain("I'm not sure");
    await choose('CACREP');
    expect(screen.getScreen()).toContain('How many hours of supervised internship did the program include?');
    await answer('600');
    expect(screen.getScreen()).toContain('Who supervised the internship?');
    expect(activeLine()).toContain('Someone else');
    await choose('A Certified Rehabilitation Counselor (CRC)');
    expect(screen.getScreen()).toContain('Which of these courses did the program include?');
    await enter();
    await answer('2023-05');
    await choose("No, that's everything", { last: true });
    await expect(result).resolves.toMatchObject({
      education: [
        {
          level: 'master',
          field: 'rehabilitation-counseling',
          program_accreditation: 'cacrep',
          internship: { hours: 600, supervised_by: 'crc' },
          completed: '2023-05',
        },
      ],
    });
  });

  it('asks a counseling master which listed courses the program had (none ticked for a new answer)', async () => {
    const result = askEducation(onScreen(), { version: 1 });
    await choose("Master's degree in another field");
    await choose('Counseling');
    // No program accreditation the rules name for counseling: the practicum is asked instead.
    expect(shown()).toContain('Did the program include a supervised practicum or field placement');
    await answer('n');
    expect(screen.getScreen()).toContain('Which of these courses did the program include?');
    expect(screen.getScreen()).toContain('(space to select, Enter when done; none is fine)');
    expect(screen.getScreen()).not.toContain('◉');
    screen.keypress('space');
    await enter();
    await answer('2022-05');
    await choose("No, that's everything", { last: true });
    const profile = await result;
    expect(profile.education).toEqual([
      {
        level: 'master',
        field: 'counseling',
        field_experience: false,
        coursework: ['theories-of-counseling'],
        completed: '2022-05',
      },
    ]);
  });

  it('changed later: every question opens on the saved answer, and Enter keeps them all', async () => {
    const saved = {
      version: 1 as const,
      education: [
        {
          level: 'bachelor' as const,
          field: 'social-work' as const,
          program_accreditation: 'cswe' as const,
          completed: '2024-05',
        },
        {
          level: 'master' as const,
          field: 'social-work' as const,
          program_accreditation: 'cswe' as const,
          status: 'in-progress' as const,
          completed: '2027-05',
        },
      ],
    };
    const result = askEducation(onScreen(), saved);
    expect(activeLine()).toContain("Bachelor's in social work (BSW)");
    await enter();
    expect(activeLine()).toContain('Yes');
    await enter();
    expect(screen.getScreen()).toContain('(2024-05)');
    await enter();
    expect(activeLine()).toContain("A degree I'm studying for now");
    await enter();
    expect(activeLine()).toContain("Master's");
    await enter();
    expect(activeLine()).toContain('Social work');
    await enter();
    expect(activeLine()).toContain('Yes');
    await enter();
    expect(screen.getScreen()).toContain('(2027-05)');
    await enter();
    expect(activeLine()).toContain("No, that's everything");
    await enter({ last: true });
    await expect(result).resolves.toEqual(saved);
  });
});

describe('license questions', () => {
  it('asks the status of a license said not to be active, opening on "inactive"', async () => {
    const result = askLicenses(onScreen(), {
      version: 1,
      education: [{ level: 'associate', field: 'nursing', completed: '2016-05' }],
    });
    screen.keypress('space'); // RN
    for (let i = 0; i < 20 && !activeLine().includes('inactive, lapsed or restricted'); i++)
      screen.keypress('down');
    screen.keypress('space');
    await enter();
    expect(screen.getScreen()).toContain('What is the status of your RN license?');
    expect(activeLine()).toContain('Inactive or lapsed');
    await enter();
    screen.type('ohio');
    await screen.next();
    await enter({ last: true });
    await expect(result).resolves.toMatchObject({
      licenses: [{ type: 'rn', status: 'inactive', state: 'OH' }],
    });
  });

  it('changed later: the saved licenses are ticked, their status and state are the defaults', async () => {
    const saved = {
      version: 1 as const,
      state: 'GA' as const,
      education: [{ level: 'associate' as const, field: 'nursing' as const, completed: '2016-05' }],
      licenses: [
        { type: 'rn', state: 'GA' as const },
        { type: 'lpn', state: 'GA' as const, status: 'inactive' as const },
      ],
    };
    const result = askLicenses(onScreen(), saved);
    expect(screen.getScreen()).toMatch(/◉ RN: Registered Nurse/);
    expect(screen.getScreen()).toMatch(/◉ LPN: Licensed Practical Nurse/);
    expect(screen.getScreen()).toMatch(/◉ \(One of my licenses is inactive/);
    await enter();
    expect(screen.getScreen()).toContain('What is the status of your RN license?');
    expect(activeLine()).toContain('Active, no restrictions');
    await enter();
    expect(screen.getScreen()).toContain('What is the status of your LPN license?');
    expect(activeLine()).toContain('Inactive or lapsed');
    await enter();
    expect(screen.getScreen()).toContain('In which state are your licenses?');
    expect(activeLine()).toContain('Georgia (GA)');
    await enter({ last: true });
    await expect(result).resolves.toEqual(saved);
  });
});

describe('experience questions', () => {
  it('asks about a nursing job that starts before the nursing degree, and fixes the degree month', async () => {
    const result = askExperience(onScreen(), {
      version: 1,
      education: [{ level: 'associate', field: 'nursing', completed: '2018-05' }],
      licenses: [{ type: 'rn' }],
    });
    for (let i = 0; i < 20 && !activeLine().includes('Registered nurse'); i++) screen.keypress('down');
    screen.keypress('space');
    await enter();
    await answer('2016-06 to 2024-08');
    while (!screen.getScreen().includes('Which is right?')) {
      // The hours (and any other detail) of the job: the saved-nothing defaults are fine here.
      if (screen.getScreen().includes('Hours a week')) await answer('40');
      else await enter();
    }
    expect(shown()).toContain(
      'Your job as a registered nurse starts Jun 2016, before your associate degree in nursing (May 2018). Which is right?',
    );
    // A stray Enter changes nothing yet: it opens the job's dates again.
    expect(activeLine()).toContain("Change the job's dates");
    await choose('Change the month I finished');
    expect(screen.getScreen()).toContain('When did you finish your associate degree in nursing?');
    expect(screen.getScreen()).toContain('(2018-05)');
    await answer('2016-05', { last: true });
    const profile = await result;
    expect(profile.education).toEqual([{ level: 'associate', field: 'nursing', completed: '2016-05' }]);
    expect(profile.experience).toMatchObject([
      { role: 'registered-nurse', start: '2016-06', end: '2024-08' },
    ]);
  });

  it('asks continuing-education hours of someone on a route that counts them, with a number', async () => {
    const result = askExperience(onScreen(), {
      version: 1,
      education: [
        { level: 'master', field: 'social-work', program_accreditation: 'cswe', completed: '2020-05' },
      ],
      licenses: [{ type: 'lmsw', state: 'NY' }],
      state: 'NY',
    });
    screen.keypress('space'); // Case manager
    await enter();
    await answer('2021-01 to now');
    await choose('Community agency or nonprofit');
    await answer('40');
    await choose('A licensed nurse, social worker or counselor');
    expect(screen.getScreen()).toContain(
      'Hours of continuing education in case management in the last 2 years?',
    );
    await answer('lots');
    expect(screen.getScreen()).toContain('continuing-education hours');
    erase(4);
    await answer('20', { last: true });
    await expect(result).resolves.toMatchObject({ ce_hours: 20 });
  });
});

describe('goal question', () => {
  it('opens on the area that fits best, lists no certification of another discipline, and keeps a saved goal', async () => {
    const bsw = {
      version: 1 as const,
      education: [
        {
          level: 'bachelor' as const,
          field: 'social-work' as const,
          program_accreditation: 'cswe' as const,
          completed: '2026-05',
        },
      ],
    };
    const fresh = askGoals(onScreen(), bsw);
    expect(screen.getScreen()).toContain('What would you like to work toward?');
    expect(activeLine()).toContain('Social work and community case management');
    expect(screen.getScreen()).not.toContain('ACM-RN');
    await choose('Child welfare case management', { last: true });
    await expect(fresh).resolves.toMatchObject({ goals: { specialization: 'child-welfare' } });

    const saved = askGoals(onScreen(), {
      ...bsw,
      goals: { specialization: 'child-welfare', certification: 'c-swcm' },
    });
    expect(activeLine()).toContain('C-SWCM certification');
    await enter({ last: true });
    await expect(saved).resolves.toMatchObject({
      goals: { specialization: 'child-welfare', certification: 'c-swcm' },
    });
  });
});

/** The planner and renderers, stood in for: the session needs only a roadmap to remember. */
function fakeRoadmap(): RoadmapPort {
  return {
    exportFormats: ['md', 'html'],
    async show() {
      return { version: 1, as_of: '2026-11', steps: [] } as never;
    },
    async render(_roadmap, format) {
      return `# roadmap (${format})\n`;
    },
  };
}

function session(store = new MemoryStore()) {
  const out: string[] = [];
  const deps = {
    data: builtinData(),
    asOf: '2026-11',
    prompter: prompter(),
    print: (text: string) => out.push(text),
    warn: () => {},
    width: 80,
    symbols: { done: '✔', started: '▶', arrow: '→' },
    store,
    roadmap: fakeRoadmap(),
    cwd: '/home/me',
  };
  return { run: () => runWizard(deps), out, store };
}

describe('review, save, export and welcome back', () => {
  it('changes a section from the review, saves in the config folder with a first name, and exports Markdown', async () => {
    const { run, out, store } = session();
    const outcome = run();
    await screen.next();
    await choose('High school diploma or GED');
    await choose("No, that's everything");
    expect(screen.getScreen()).toContain('In which state do you live or plan to work?');
    screen.type('ohio');
    await screen.next();
    await enter();
    await enter(); // no jobs
    await choose('Social work and community case management');
    expect(screen.getScreen()).toContain('Ready?');
    expect(activeLine()).toContain('Yes, show my roadmap');
    await choose('Change goal');
    // The saved goal is the default; only the goal is asked again.
    expect(activeLine()).toContain('Social work and community case management');
    await choose('Not sure yet: recommend a goal for me');
    expect(screen.getScreen()).toContain('Ready?');
    await enter();
    expect(screen.getScreen()).toContain('Save your answers so you can come back to them?');
    expect(activeLine()).toContain('Yes');
    expect(screen.getScreen()).toContain(`Kept in ${store.profilePath}`);
    await enter();
    expect(screen.getScreen()).toContain('Your first name, to greet you next time?');
    await answer('Sam');
    expect(screen.getScreen()).toContain('Keep a copy of the roadmap as a document?');
    expect(activeLine()).toContain('No, thanks');
    await choose('Markdown (.md)');
    expect(screen.getScreen()).toContain('Save to which file? (casemgr-path-roadmap.md)');
    await answer('plan.txt');
    expect(screen.getScreen()).toContain('a file name ending in .md or .markdown');
    erase(8);
    await answer('', { last: true });
    const done = await outcome;
    expect(done.savedTo).toBe(store.profilePath);
    expect(store.files.get(store.profilePath)).toContain('name: Sam');
    expect(store.files.get('/home/me/casemgr-path-roadmap.md')).toBe('# roadmap (md)\n');
    expect(out.join('\n')).toContain('Next time, run casemgr-path again to update it.');
  });

  it('welcomes back by name, asks about a job still under way, and saves the update to a chosen file', async () => {
    const store = new MemoryStore();
    store.files.set(
      store.profilePath,
      [
        'version: 1',
        'name: Sam',
        'state: OH',
        'education:',
        '  - level: high-school',
        'experience:',
        '  - role: case-management-assistant',
        '    setting: community',
        '    start: 2026-01',
        '    months: 4',
        '    ongoing: true',
        '',
      ].join('\n'),
    );
    store.state = { version: 1, saved_at: '2026-05', roadmap: null };
    const { run, out } = session(store);
    const outcome = run();
    await screen.next();
    expect(out.join('\n')).toContain('Welcome back, Sam. Your profile was saved in May 2026.');
    expect(screen.getScreen()).toContain('What would you like to do?');
    expect(activeLine()).toContain('Update it with what has changed');
    await enter();
    expect(shown()).toContain(
      'Still working as a case management assistant (community agency or nonprofit)? That adds the 6 months since May 2026: 4 → 10 months.',
    );
    // The saved answer (still there) is the default, shown as (Y/n).
    expect(shown()).toContain('(Y/n)');
    await answer('q');
    expect(screen.getScreen()).toContain('please type y for yes or n for no');
    erase(1);
    await answer('n');
    expect(screen.getScreen()).toContain('How many of those 6 months were you still there?');
    await answer('7');
    expect(screen.getScreen()).toContain('months: a number from 0 to 6');
    erase(1);
    await answer('3');
    expect(screen.getScreen()).toContain('What else has changed since May 2026?');
    // A summary too long for its row is cut at a word, with a Unicode ellipsis on this terminal.
    expect(screen.getScreen()).toMatch(/◯ Experience: Case management assistant or aide, [^\n]*\w…\n/);
    expect(screen.getScreen()).not.toContain('...');
    await enter();
    expect(screen.getScreen()).toContain('Ready?');
    await enter();
    expect(screen.getScreen()).toContain('Save the updated profile?');
    await choose('Yes, to a file I choose');
    expect(screen.getScreen()).toContain('Save to which file? (my-profile.yaml)');
    await answer('notes.txt');
    expect(screen.getScreen()).toContain('a file name ending in .yaml or .yml');
    erase(9);
    await answer('sam.yaml');
    // Saved elsewhere than the config folder: no first-name question (it is there already anyway).
    expect(screen.getScreen()).toContain('Keep a copy of the roadmap as a document?');
    await enter({ last: true });
    const done = await outcome;
    expect(done.savedTo).toBe('/home/me/sam.yaml');
    expect(store.files.get('/home/me/sam.yaml')).toContain('ongoing: false');
    expect(out.join('\n')).toContain('Next time: casemgr-path roadmap --profile /home/me/sam.yaml');
  });

  it('offers to pick up a draft, opening on "yes", and asks only what is left', async () => {
    const store = new MemoryStore();
    store.draft = {
      version: 1,
      started: '2026-11',
      mode: 'new',
      stage: 'interview',
      profile: { version: 1, state: 'TX', education: [{ level: 'high-school' }] },
      todo: ['goals'],
      answers: {},
      base_sha: null,
    };
    const { run, out } = session(store);
    const outcome = run();
    await screen.next();
    expect(screen.getScreen()).toContain(
      'You have unfinished answers from Nov 2026. Pick up where you left off?',
    );
    expect(activeLine()).toContain('Yes, pick up where I left off');
    await enter();
    expect(out.join('\n')).toMatch(/education/i);
    expect(screen.getScreen()).toContain('What would you like to work toward?');
    await enter();
    await enter(); // Ready? Yes
    await choose("No, don't save");
    await enter({ last: true }); // no copy
    const done = await outcome;
    expect(done.savedTo).toBeNull();
    expect(store.draft).toBeNull();
    expect(out.join('\n')).toContain('Not saved: next time, the questions start afresh.');
  });

  it('asks before replacing a different profile in a chosen file, opening on "save mine elsewhere"', async () => {
    const store = new MemoryStore();
    store.files.set('/home/me/my-profile.yaml', 'version: 1\nname: Alex\n');
    store.draft = {
      version: 1,
      started: '2026-11',
      mode: 'new',
      stage: 'interview',
      profile: {
        version: 1,
        state: 'TX',
        education: [{ level: 'high-school' }],
        goals: { specialization: 'social-work' },
      },
      todo: [],
      answers: {},
      base_sha: null,
    };
    const { run } = session(store);
    const outcome = run();
    await screen.next();
    await enter(); // resume
    await enter(); // Ready? Yes
    await choose('Yes, to a file I choose');
    await answer('');
    expect(shown()).toContain(
      '/home/me/my-profile.yaml already holds a different profile (Alex). Replace it?',
    );
    expect(activeLine()).toContain('No, save mine to another file');
    await enter();
    await answer('mine.yaml');
    await enter({ last: true }); // no copy
    const done = await outcome;
    expect(done.savedTo).toBe('/home/me/mine.yaml');
    expect(store.files.get('/home/me/my-profile.yaml')).toBe('version: 1\nname: Alex\n');
  });
});

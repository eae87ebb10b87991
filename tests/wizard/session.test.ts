import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Profile } from '../../src/profile/schema.js';
import { ProfileSchema } from '../../src/profile/schema.js';
import type { Roadmap, RoadmapStep } from '../../src/roadmap/types.js';
import { profileToYaml } from '../../src/wizard/profile-file.js';
import { type RoadmapPort, runWizard, type WizardDeps } from '../../src/wizard/session.js';
import { builtinData } from '../helpers/data.js';
import { Answers, CANCEL, MemoryStore, type Script, ScriptedPrompter } from './fakes.js';
import { FLORIDA_CAREER_CHANGER, GEORGIA_LPN, OHIO_NURSE, TEXAS_BSW } from './personas.js';

const MARIA_EDUCATION = {
  'education.highest': 'associate:nursing',
  'education.0.finished': '2016-05',
  'education.1.next': 'done',
};
const MARIA_LICENSES = { 'licenses.held': ['rn'], 'licenses.state': 'TX' };
const MARIA_EXPERIENCE = {
  'experience.roles': ['case-manager'],
  'experience.case-manager.dates': '2025-10 to now',
  'experience.case-manager.setting': 'hospital',
  'experience.case-manager.hours': '40',
  'experience.case-manager.supervised': 'licensed',
};
const MARIA_REST = { 'goals.goal': 'area:healthcare' };
const MARIA: Script = {
  ...MARIA_EDUCATION,
  ...MARIA_LICENSES,
  ...MARIA_EXPERIENCE,
  ...MARIA_REST,
  'review.next': 'roadmap',
  'save.where': 'default',
  'save.name': 'Maria',
};

const STUDENT: Script = {
  'education.highest': 'high-school',
  'education.1.next': 'studying',
  'education.1.level': 'bachelor',
  'education.1.field': 'social-work',
  'education.1.accreditation': 'cswe',
  'education.1.expected': '2027-05',
  'education.2.next': 'done',
  'licenses.state': 'OH',
  'experience.roles': [],
  'goals.goal': 'area:social-work',
  'review.next': 'roadmap',
  'save.where': 'no',
};

const CAREER_CHANGER: Script = {
  'education.highest': 'bachelor',
  'education.0.field': 'business',
  'education.0.finished': '2010-05',
  'education.1.next': 'done',
  'licenses.held': [],
  'licenses.state': 'FL',
  'experience.roles': [],
  'goals.goal': 'recommend',
  'review.next': 'roadmap',
  'save.where': 'no',
};

function step(id: string, status: RoadmapStep['status']): RoadmapStep {
  return {
    id,
    kind: 'exam',
    title: `Step ${id}`,
    status,
    start: null,
    end: null,
    duration_months: null,
    cost_usd: null,
    why: '',
    pay_after: null,
    sources: [],
  };
}

/** A stand-in for the planner: a roadmap with the given steps, and a record of what it was shown. */
function fakeRoadmap(steps: RoadmapStep[] | null): RoadmapPort & { shown: Profile[] } {
  const shown: Profile[] = [];
  return {
    shown,
    exportFormats: ['md'],
    async show(profile) {
      shown.push(profile);
      if (!steps) return null;
      return { version: 1, as_of: '2026-11', steps } as unknown as Roadmap;
    },
    async render(roadmap, format) {
      return `# roadmap (${format}) with ${roadmap.steps.length} steps\n`;
    },
  };
}

function setup(script: Script, store = new MemoryStore(), roadmap = fakeRoadmap(null), asOf = '2026-11') {
  const out: string[] = [];
  const warnings: string[] = [];
  const prompter = new ScriptedPrompter(script);
  const deps: WizardDeps = {
    data: builtinData(),
    asOf,
    prompter,
    print: (text) => out.push(text),
    warn: (text) => warnings.push(text),
    width: 80,
    symbols: { done: '✔', started: '▶' },
    store,
    roadmap,
    cwd: '/home/me',
  };
  return { deps, prompter, store, out, warnings, roadmap };
}

describe('a new person', () => {
  it('goes from questions to a saved profile (Maria: 11 questions)', async () => {
    const { deps, prompter, store, out, roadmap } = setup(MARIA);
    const outcome = await runWizard(deps);

    expect(prompter.unused).toEqual([]);
    expect(outcome.asked).toHaveLength(11);
    expect(outcome.savedTo).toBe(store.profilePath);
    const saved = parse(store.files.get(store.profilePath)!);
    expect(ProfileSchema.safeParse(saved).success).toBe(true);
    expect(saved).toEqual({
      version: 1,
      name: 'Maria',
      state: 'TX',
      education: [{ level: 'associate', field: 'nursing', completed: '2016-05' }],
      licenses: [{ type: 'rn', state: 'TX' }],
      experience: [
        {
          role: 'case-manager',
          setting: 'hospital',
          months: 13,
          supervised_by: 'licensed',
          start: '2025-10',
          ongoing: true,
        },
      ],
      goals: { specialization: 'healthcare' },
    });
    expect(store.state?.saved_at).toBe('2026-11');
    expect(store.draft).toBeNull();
    expect(roadmap.shown).toHaveLength(1);
    expect(out.join('\n')).toContain('Your answers');
  });

  it('asks a BSW student 10 questions and a career changer 8', async () => {
    const student = setup(STUDENT);
    const studentOutcome = await runWizard(student.deps);
    expect(student.prompter.unused).toEqual([]);
    expect(studentOutcome.asked).toHaveLength(10);
    expect(studentOutcome.profile.state).toBe('OH');

    const changer = setup(CAREER_CHANGER);
    const changerOutcome = await runWizard(changer.deps);
    expect(changer.prompter.unused).toEqual([]);
    expect(changerOutcome.asked).toHaveLength(8);
    expect(changerOutcome.profile.goals).toBeUndefined();
  });

  it('lets any section be changed from the review', async () => {
    const { deps, prompter, out } = setup({
      ...MARIA,
      'review.next': new Answers('licenses', 'roadmap'),
      'licenses.held': new Answers(['rn'], ['rn', 'lpn']),
      'licenses.state': new Answers('TX', 'TX'),
    });
    const outcome = await runWizard(deps);
    expect(prompter.unused).toEqual([]);
    expect(outcome.profile.licenses.map((l) => l.type)).toEqual(['rn', 'lpn']);
    expect(outcome.asked.filter((id) => id === 'licenses.held')).toHaveLength(2);
    expect(out.filter((text) => text.includes('Your answers'))).toHaveLength(2);
  });
});

describe('Ctrl-C', () => {
  it('keeps every answer given, and the next run picks up at the first unanswered question', async () => {
    const first = setup({ ...MARIA, 'experience.case-manager.hours': CANCEL });
    await expect(runWizard(first.deps)).rejects.toMatchObject({ name: 'ExitPromptError' });
    const draft = first.store.draft!;
    expect(draft.todo[0]).toBe('experience');
    expect(draft.profile.education).toEqual([{ level: 'associate', field: 'nursing', completed: '2016-05' }]);
    expect(draft.answers).toMatchObject({
      'experience.roles': ['case-manager'],
      'experience.case-manager.dates': '2025-10 to now',
      'experience.case-manager.setting': 'hospital',
    });

    // Next run: resume, and only the questions not yet answered are asked.
    const second = setup(
      {
        'start.resume': 'resume',
        'experience.case-manager.hours': '40',
        'experience.case-manager.supervised': 'licensed',
        ...MARIA_REST,
        'review.next': 'roadmap',
        'save.where': 'default',
        'save.name': 'Maria',
      },
      first.store,
    );
    const outcome = await runWizard(second.deps);
    expect(second.prompter.unused).toEqual([]);
    expect(second.prompter.ids).not.toContain('experience.roles');

    const uninterrupted = setup(MARIA);
    const expected = await runWizard(uninterrupted.deps);
    expect(outcome.profile).toEqual(expected.profile);
    expect(first.store.files.get(first.store.profilePath)).toBe(
      uninterrupted.store.files.get(uninterrupted.store.profilePath),
    );
  });

  it('can start over instead, which throws the draft away', async () => {
    const first = setup({ ...MARIA, 'licenses.held': CANCEL });
    await expect(runWizard(first.deps)).rejects.toThrow();
    const second = setup({ 'start.resume': 'over', ...CAREER_CHANGER }, first.store);
    const outcome = await runWizard(second.deps);
    expect(outcome.profile.education[0]?.field).toBe('business');
    expect(first.store.draft).toBeNull();
  });

  it('carries on when the draft cannot be written, saying so once', async () => {
    const store = new MemoryStore();
    store.saveDraft = async () => {
      throw new Error('read-only file system');
    };
    const { deps, warnings } = setup({ ...CAREER_CHANGER }, store);
    await runWizard(deps);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/cannot keep a draft.*read-only/);
  });
});

describe('welcome back', () => {
  function savedMaria() {
    const store = new MemoryStore();
    store.files.set(
      store.profilePath,
      profileToYaml({
        version: 1,
        name: 'Maria',
        state: 'TX',
        education: [{ level: 'associate', field: 'nursing' }],
        licenses: [{ type: 'rn', state: 'TX' }],
        experience: [
          {
            role: 'case-manager',
            setting: 'hospital',
            months: 13,
            supervised_by: 'licensed',
            start: '2025-02',
            ongoing: true,
          },
        ],
      }),
    );
    store.state = {
      version: 1,
      saved_at: '2026-03',
      roadmap: {
        as_of: '2026-03',
        steps: [{ id: 'acm-rn-exam', title: 'Sit the ACM-RN exam', status: 'next' }],
      },
    };
    return store;
  }

  it('adds the months since the save to an ongoing role, then shows progress', async () => {
    const store = savedMaria();
    const roadmap = fakeRoadmap([step('acm-rn-exam', 'done'), step('ccm-exam', 'pending')]);
    const { deps, out, prompter } = setup(
      {
        'start.saved': 'update',
        'update.0.still': true,
        'update.sections': [],
        'review.next': 'roadmap',
        'save.where': 'default',
        'export.format': 'no',
      },
      store,
      roadmap,
    );
    const outcome = await runWizard(deps);
    expect(prompter.unused).toEqual([]);
    expect(outcome.profile.experience[0]?.months).toBe(21);
    expect(out.join('\n')).toContain('Welcome back, Maria. Your profile was saved in Mar 2026.');
    expect(out.join('\n')).toMatch(/Progress since Mar 2026\n {2}✔ Step acm-rn-exam: done/);
    // Saving over the profile it started from needs no question.
    expect(prompter.ids).not.toContain('save.overwrite');
    expect(store.state?.roadmap?.steps.map((s) => s.status)).toEqual(['done', 'pending']);
  });

  it('asks how long someone stayed in a role they left', async () => {
    const { deps } = setup(
      {
        'start.saved': 'update',
        'update.0.still': false,
        'update.0.months': '3',
        'update.sections': ['goals'],
        'goals.goal': 'cert:ccm',
        'review.next': 'roadmap',
        'save.where': 'no',
      },
      savedMaria(),
    );
    const outcome = await runWizard(deps);
    expect(outcome.profile.experience[0]).toMatchObject({ months: 16, ongoing: false, end: '2026-05' });
    expect(outcome.profile.goals?.certification).toBe('ccm');
  });

  it('never replaces a different profile without asking', async () => {
    const store = savedMaria();
    const before = store.files.get(store.profilePath);
    const { deps, prompter } = setup(
      {
        'start.saved': 'new',
        ...CAREER_CHANGER,
        'save.where': 'default',
        'save.name': 'Sam',
        'save.overwrite': 'other',
        'save.path.1': 'sam.yaml',
      },
      store,
    );
    const outcome = await runWizard(deps);
    expect(prompter.ids).toContain('save.overwrite');
    expect(store.files.get(store.profilePath)).toBe(before);
    expect(outcome.savedTo).toBe('/home/me/sam.yaml');
    expect(parse(store.files.get('/home/me/sam.yaml')!).name).toBe('Sam');
  });

  it('can just show the roadmap, and export it', async () => {
    const roadmap = fakeRoadmap([step('acm-rn-exam', 'next')]);
    const store = savedMaria();
    const { deps, prompter } = setup(
      { 'start.saved': 'show', 'export.format': 'md', 'export.path': '' },
      store,
      roadmap,
    );
    await runWizard(deps);
    expect(prompter.unused).toEqual([]);
    expect(roadmap.shown).toHaveLength(1);
    expect(store.files.get('/home/me/casemgr-path-roadmap.md')).toContain('roadmap (md)');
  });

  it('starts afresh, leaving the file alone, when the saved profile cannot be read', async () => {
    const store = new MemoryStore();
    store.files.set(store.profilePath, 'version: 2\n');
    const { deps, out } = setup({ ...CAREER_CHANGER }, store);
    await runWizard(deps);
    expect(out.join('\n').replace(/\s+/g, ' ')).toMatch(/could not be read \(version: expected version: 1/);

    expect(store.files.get(store.profilePath)).toBe('version: 2\n');
  });
});

describe('the four people of the 0.2 review', () => {
  const people = { OHIO_NURSE, TEXAS_BSW, FLORIDA_CAREER_CHANGER, GEORGIA_LPN };
  const counts = { OHIO_NURSE: 11, TEXAS_BSW: 8, FLORIDA_CAREER_CHANGER: 6, GEORGIA_LPN: 12 };

  for (const [name, script] of Object.entries(people)) {
    it(`${name}: at most 12 questions to the review, none left unasked`, async () => {
      const { deps, prompter } = setup({ ...script, 'review.next': 'roadmap', 'save.where': 'no' });
      const outcome = await runWizard(deps);
      expect(prompter.unused).toEqual([]);
      expect(outcome.asked).toHaveLength(counts[name as keyof typeof counts]);
      expect(outcome.asked.length).toBeLessThanOrEqual(12);
      // Every degree is dated; the state is always asked.
      expect(outcome.asked).toContain('licenses.state');
      for (const e of outcome.profile.education) {
        if (e.level !== 'some-college' && e.level !== 'high-school') expect(e.completed).toBeDefined();
      }
    });
  }

  it('keeps a BSW placement in education, and an ended job with its end month', async () => {
    const bsw = setup({ ...TEXAS_BSW, 'review.next': 'roadmap', 'save.where': 'no' });
    const outcome = await runWizard(bsw.deps);
    expect(outcome.profile.experience).toEqual([]);
    expect(outcome.profile.education[0]).toMatchObject({ field_experience: true, completed: '2026-05' });

    const lpn = setup({ ...GEORGIA_LPN, 'review.next': 'roadmap', 'save.where': 'no' });
    const jobs = (await runWizard(lpn.deps)).profile.experience;
    expect(jobs.map((j) => [j.role, j.start, j.end, j.months, j.ongoing])).toEqual([
      ['care-coordinator', '2024-11', undefined, 24, true],
      ['licensed-practical-nurse', '2021-07', '2024-10', 40, false],
    ]);
  });
});

describe('saving tells the truth', () => {
  it('asks the name only when the profile is kept where the greeting finds it', async () => {
    const chosen = setup({ ...CAREER_CHANGER, 'save.where': 'other', 'save.path': 'me.yaml' });
    await runWizard(chosen.deps);
    expect(chosen.prompter.ids).not.toContain('save.name');
    expect(chosen.out.join('\n')).toContain('Next time: casemgr-path roadmap --profile /home/me/me.yaml');

    const declined = setup({ ...CAREER_CHANGER, 'save.where': 'no' });
    await runWizard(declined.deps);
    expect(declined.out.join('\n')).toContain('Not saved: next time, the questions start afresh.');
    expect(declined.out.join('\n')).not.toContain('--profile');
  });

  it('shows the roadmap of a new profile without naming a file that does not exist yet', async () => {
    const paths: (string | undefined)[] = [];
    const roadmap = fakeRoadmap(null);
    const show = roadmap.show;
    roadmap.show = async (profile, options) => {
      paths.push(options?.profilePath);
      return show(profile, options);
    };
    const { deps } = setup({ ...CAREER_CHANGER, 'save.where': 'no' }, new MemoryStore(), roadmap);
    await runWizard(deps);
    expect(paths).toEqual([undefined]);
  });

  it('asks "what has changed", not "what else", when nothing was asked before it', async () => {
    const store = new MemoryStore();
    store.files.set(store.profilePath, profileToYaml({ version: 1, name: 'Sam', state: 'FL' }));
    store.state = { version: 1, saved_at: '2026-03', roadmap: null };
    const { deps, prompter } = setup(
      { 'start.saved': 'update', 'update.sections': [], 'review.next': 'roadmap', 'save.where': 'no' },
      store,
    );
    await runWizard(deps);
    expect(prompter.asked.find((q) => q.id === 'update.sections')?.message).toBe(
      'What has changed since Mar 2026?',
    );
  });
});

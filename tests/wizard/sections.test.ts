import { describe, expect, it } from 'vitest';
import type { ProfileInput } from '../../src/profile/schema.js';
import { askEducation } from '../../src/wizard/sections/education.js';
import { askExperience } from '../../src/wizard/sections/experience.js';
import { askGoals } from '../../src/wizard/sections/goals.js';
import { askLicenses } from '../../src/wizard/sections/licenses.js';
import { DEFAULT, EnterPrompter } from './fakes.js';
import { scripted } from './helpers.js';

const empty: ProfileInput = { version: 1 };

describe('education', () => {
  it('asks an ADN nurse three questions: the degree by name, when, anything else', async () => {
    const { ctx, prompter } = scripted({
      'education.highest': 'associate:nursing',
      'education.0.finished': '2016-05',
      'education.1.next': 'done',
    });
    const profile = await askEducation(ctx, empty);
    expect(profile.education).toEqual([{ level: 'associate', field: 'nursing', completed: '2016-05' }]);
    expect(prompter.ids).toEqual(['education.highest', 'education.0.finished', 'education.1.next']);
  });

  it('takes some college with its credits, and a practical-nursing certificate', async () => {
    const sam = scripted({
      'education.highest': 'some-college',
      'education.0.credits': '30',
      'education.1.next': 'done',
    });
    expect((await askEducation(sam.ctx, empty)).education).toEqual([{ level: 'some-college', credits: 30 }]);
    expect(sam.prompter.ids).not.toContain('education.0.finished');

    const pat = scripted({
      'education.highest': 'certificate:nursing',
      'education.0.finished': '2021-05',
      'education.1.next': 'done',
    });
    expect((await askEducation(pat.ctx, empty)).education).toEqual([
      { level: 'certificate', field: 'nursing', completed: '2021-05' },
    ]);
  });

  it('asks for the month when only a year is given, and takes "?" for not known', async () => {
    const year = scripted({
      'education.highest': 'bachelor:social-work',
      'education.0.accreditation': 'cswe',
      'education.0.finished': '2016',
    });
    await expect(askEducation(year.ctx, empty)).rejects.toThrow('which month of 2016?');
    const unknown = scripted({
      'education.highest': 'bachelor:social-work',
      'education.0.accreditation': 'cswe',
      'education.0.finished': '?',
      'education.1.next': 'done',
    });
    const profile = await askEducation(unknown.ctx, empty);
    expect(profile.education?.[0]?.completed).toBeUndefined();
  });

  it('adds a degree under way, asks CSWE for social work, and wants a future finish month', async () => {
    const { ctx, prompter } = scripted({
      'education.highest': 'high-school',
      'education.1.next': 'studying',
      'education.1.level': 'bachelor',
      'education.1.field': 'social-work',
      'education.1.accreditation': 'cswe',
      'education.1.expected': 'May 2027',
      'education.2.next': 'done',
    });
    const profile = await askEducation(ctx, empty);
    expect(profile.education).toEqual([
      { level: 'high-school' },
      {
        level: 'bachelor',
        field: 'social-work',
        status: 'in-progress',
        program_accreditation: 'cswe',
        completed: '2027-05',
      },
    ]);
    const question = prompter.asked.find((q) => q.id === 'education.1.accreditation');
    expect(question?.message).toMatch(/CSWE/);
  });

  it('never pre-selects an accreditation: Enter on a new answer is "not sure"', async () => {
    const { ctx } = scripted({
      'education.highest': 'bachelor:social-work',
      'education.0.accreditation': DEFAULT,
      'education.0.practicum': true,
      'education.0.finished': '2026-05',
      'education.1.next': 'done',
    });
    const profile = await askEducation(ctx, empty);
    expect(profile.education).toEqual([
      { level: 'bachelor', field: 'social-work', field_experience: true, completed: '2026-05' },
    ]);
  });

  it('rejects an expected finish month that has passed, with the reason', async () => {
    const { ctx } = scripted({
      'education.highest': 'none',
      'education.0.next': 'studying',
      'education.0.level': 'associate',
      'education.0.field': 'nursing',
      'education.0.expected': '2020-01',
    });
    await expect(askEducation(ctx, empty)).rejects.toThrow('that month has passed');
  });

  it('asks about a practicum when no accreditation vouches for one (a psychology BA)', async () => {
    const { ctx, prompter } = scripted({
      'education.highest': 'bachelor',
      'education.0.field': 'psychology',
      'education.0.practicum': false,
      'education.0.finished': '2015-05',
      'education.1.next': 'done',
    });
    const profile = await askEducation(ctx, empty);
    expect(profile.education).toEqual([
      { level: 'bachelor', field: 'psychology', field_experience: false, completed: '2015-05' },
    ]);
    expect(prompter.ids).toContain('education.0.practicum');
    // Strict yes/no: with nothing saved there is no default to fall back on.
    expect(prompter.asked.find((q) => q.id === 'education.0.practicum')?.message).toMatch(
      /behavioral health/,
    );
  });

  it('keeps a saved field placement (hours and setting) when the practicum answer stays yes', async () => {
    const placement = { hours: 400, setting: 'hospital' as const };
    const { ctx } = scripted({});
    const profile = await askEducation(
      { ...ctx, ask: new EnterPrompter() },
      {
        version: 1,
        education: [
          { level: 'bachelor', field: 'psychology', field_experience: placement, completed: '2015-05' },
        ],
      },
    );
    expect(profile.education?.[0]?.field_experience).toEqual(placement);
  });

  it('asks a rehabilitation-counseling master about accreditor, internship and coursework', async () => {
    const { ctx, prompter } = scripted({
      'education.highest': 'master',
      'education.0.field': 'rehabilitation-counseling',
      'education.0.accreditation': 'cacrep',
      'education.0.internship-hours': '600',
      'education.0.internship-supervisor': 'crc',
      'education.0.coursework': ['theories-of-counseling'],
      'education.0.finished': '2020-05',
      'education.1.next': 'done',
    });
    const profile = await askEducation(ctx, empty);
    expect(profile.education?.[0]).toMatchObject({
      program_accreditation: 'cacrep',
      internship: { hours: 600, supervised_by: 'crc' },
      coursework: ['theories-of-counseling'],
    });
    const question = prompter.asked.find((q) => q.id === 'education.0.accreditation');
    expect(question?.message).toMatch(/Which body/);
  });

  it('repeats for another finished degree, dating each', async () => {
    const { ctx } = scripted({
      'education.highest': 'master',
      'education.0.field': 'counseling',
      'education.0.practicum': true,
      'education.0.coursework': [],
      'education.0.finished': '2020-05',
      'education.1.next': 'finished',
      'education.1.level': 'bachelor',
      'education.1.field': 'business',
      'education.1.finished': '2012-05',
      'education.2.next': 'done',
    });
    const profile = await askEducation(ctx, empty);
    expect(profile.education?.map((e) => `${e.level}/${e.field}/${e.completed}`)).toEqual([
      'master/counseling/2020-05',
      'bachelor/business/2012-05',
    ]);
  });
});

describe('licenses', () => {
  const NURSE: ProfileInput = { version: 1, education: [{ level: 'associate', field: 'nursing' }] };

  it('offers only what a finished degree could lead to; nothing at all to someone with none', async () => {
    const student = scripted({ 'licenses.state': 'OH' });
    await askLicenses(student.ctx, {
      version: 1,
      education: [{ level: 'bachelor', field: 'social-work', status: 'in-progress', completed: '2027-05' }],
    });
    // No finished schooling: no license or certification to hold, so no list at all; the state is asked.
    expect(student.prompter.ids).toEqual(['licenses.state']);

    const bsw = scripted({ 'licenses.held': [], 'licenses.state': 'TX' });
    await askLicenses(bsw.ctx, { version: 1, education: [{ level: 'bachelor', field: 'social-work' }] });
    const offered = bsw.prompter.asked[0]?.choices ?? [];
    expect(offered).toContain('lbsw');
    expect(offered).toContain('aswb-bachelors');
    expect(offered).not.toContain('rn');
    expect(offered).not.toContain('lpn');
    expect(offered).not.toContain('cert:acm-rn');
  });

  it('always asks the state, and says "license" or "live or work" as fits', async () => {
    const { ctx, prompter } = scripted({ 'licenses.held': [], 'licenses.state': 'FL' });
    const profile = await askLicenses(ctx, NURSE);
    expect(profile.state).toBe('FL');
    expect(prompter.asked[1]?.message).toBe('In which state do you live or plan to work?');
    // With nothing saved, "not sure" comes first (the cursor never starts on a state).
    expect(prompter.asked[1]?.choices?.[0]).toBeNull();
  });

  it('sets the state on the license and the profile, and asks status only when told one is not active', async () => {
    const { ctx, prompter } = scripted({ 'licenses.held': ['rn'], 'licenses.state': 'TX' });
    const profile = await askLicenses(ctx, NURSE);
    expect(profile).toMatchObject({ state: 'TX', licenses: [{ type: 'rn', state: 'TX' }] });
    expect(prompter.ids).toEqual(['licenses.held', 'licenses.state']);
    expect(prompter.asked[1]?.message).toBe('In which state is your license?');

    const lapsed = scripted({
      'licenses.held': ['rn', '(not-active)'],
      'licenses.rn.status': 'inactive',
      'licenses.state': null,
    });
    const second = await askLicenses(lapsed.ctx, NURSE);
    expect(second.licenses).toEqual([{ type: 'rn', status: 'inactive' }]);
    expect(second.state).toBeUndefined();
  });

  it('takes passed exams and held certifications from the same list', async () => {
    const bsw = scripted({ 'licenses.held': ['aswb-bachelors', 'cert:c-swcm'], 'licenses.state': 'TX' });
    const profile = await askLicenses(bsw.ctx, {
      version: 1,
      education: [{ level: 'bachelor', field: 'social-work', program_accreditation: 'cswe' }],
    });
    expect(profile.exams_passed).toEqual(['aswb-bachelors']);
    expect(profile.certifications).toEqual(['c-swcm']);
    expect(profile.licenses).toBeUndefined();

    const nurse = scripted({ 'licenses.held': ['rn', 'cert:acm-rn'], 'licenses.state': 'TX' });
    const rn = await askLicenses(nurse.ctx, {
      version: 1,
      education: [{ level: 'bachelor', field: 'nursing' }],
    });
    expect(nurse.prompter.asked[0]?.choices).not.toContain('aswb-bachelors');
    expect(rn.certifications).toEqual(['acm-rn']);
  });
});

describe('experience', () => {
  const maria = {
    'experience.roles': ['case-manager'],
    'experience.case-manager.dates': '2025-10 to now',
    'experience.case-manager.setting': 'hospital',
    'experience.case-manager.hours': '40',
    'experience.case-manager.supervised': 'licensed',
  };

  it('asks nothing more of someone who has not worked in these roles', async () => {
    const { ctx, prompter } = scripted({ 'experience.roles': [] });
    const profile = await askExperience(ctx, empty);
    expect(profile.experience).toBeUndefined();
    expect(prompter.ids).toEqual(['experience.roles']);
  });

  it('builds an ongoing, dated role and asks who supervises', async () => {
    const { ctx, prompter } = scripted(maria);
    const profile = await askExperience(ctx, {
      version: 1,
      education: [{ level: 'associate', field: 'nursing' }],
    });
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
    // The question names the job: a resumed section says which job "it" is.
    expect(prompter.asked[1]?.message).toMatch(/^Your job as a case manager: from when to when\?/);
  });

  it('asks no setting, hours or supervisor where no rule the person could meet counts them', async () => {
    const { ctx, prompter } = scripted({
      'experience.roles': ['utilization-review'],
      'experience.utilization-review.dates': '2024-09 to now',
      'experience.utilization-review.setting': 'payer',
    });
    const profile = await askExperience(ctx, {
      version: 1,
      education: [{ level: 'associate', field: 'nursing' }],
    });
    expect(profile.experience?.[0]).toMatchObject({
      role: 'utilization-review',
      setting: 'payer',
      months: 26,
    });
    expect(prompter.ids).toEqual([
      'experience.roles',
      'experience.utilization-review.dates',
      'experience.utilization-review.setting',
    ]);
  });

  it('says what a dates answer must be: an end after the start, in the past, "now" typed out', async () => {
    for (const [typed, message] of [
      ['2024-06 to 2023-01', 'cannot end (Jan 2023) before it starts (Jun 2024)'],
      ['2025-10', 'and when did it end?'],
      ['2016 to 2024', 'which month of 2016?'],
      ['2025-10 to 2027-01', 'Jan 2027 is still to come'],
      ['about a year', 'when the job started and ended'],
    ] as const) {
      const { ctx } = scripted({ ...maria, 'experience.case-manager.dates': typed });
      await expect(askExperience(ctx, empty)).rejects.toThrow(message);
    }
  });

  it('takes hours within plausible bounds, and "unpaid" when said', async () => {
    const { ctx } = scripted({ ...maria, 'experience.case-manager.hours': '100' });
    await expect(askExperience(ctx, empty)).rejects.toThrow('hours a week: a number from 1 to 80');

    const unpaid = scripted({ ...maria, 'experience.case-manager.hours': '16 unpaid' });
    const profile = await askExperience(unpaid.ctx, empty);
    expect(profile.experience?.[0]).toMatchObject({ paid: false, hours_per_week: 16 });
  });

  it('takes an earlier job with its start and end, or a length alone, most recent first', async () => {
    const { ctx } = scripted({
      ...maria,
      'experience.roles': ['case-manager', 'social-worker'],
      'experience.case-manager.setting': 'community',
      'experience.social-worker.dates': 'Jan 2023 to Jun 2024, 2 years',
      'experience.social-worker.setting': 'child-welfare',
      'experience.social-worker.hours': '40',
      'experience.social-worker.supervised': 'licensed',
    });
    const profile = await askExperience(ctx, {
      version: 1,
      education: [
        { level: 'bachelor', field: 'social-work', program_accreditation: 'cswe', completed: '2019-05' },
      ],
    });
    expect(profile.experience?.map((e) => [e.role, e.start, e.end, e.months, e.ongoing])).toEqual([
      ['case-manager', '2025-10', undefined, 13, true],
      ['social-worker', '2023-01', '2024-06', 18, undefined],
      ['social-worker', undefined, undefined, 24, undefined],
    ]);
  });

  it('asks about a nursing job that starts before the nursing degree was finished', async () => {
    const education = [{ level: 'associate' as const, field: 'nursing' as const, completed: '2016-05' }];
    const job = {
      'experience.roles': ['registered-nurse'],
      'experience.registered-nurse.dates': '2012-06 to 2024-08',
      'experience.registered-nurse.hours': '36',
    };
    const fixJob = scripted({
      ...job,
      'experience.registered-nurse.check': 'job',
      'experience.registered-nurse.dates.1': '2016-06 to 2024-08',
      'experience.registered-nurse.hours.1': '36',
    });
    const fixed = await askExperience(fixJob.ctx, { version: 1, education });
    expect(fixed.experience?.[0]).toMatchObject({ start: '2016-06', end: '2024-08' });
    expect(fixJob.prompter.asked.find((q) => q.id === 'experience.registered-nurse.check')?.message).toBe(
      'Your job as a registered nurse starts Jun 2012, before your associate degree in nursing (May 2016). Which is right?',
    );

    const fixDegree = scripted({
      ...job,
      'experience.registered-nurse.check': 'degree',
      'experience.finished.0': '2012-05',
    });
    const degree = await askExperience(fixDegree.ctx, { version: 1, education });
    expect(degree.education?.[0]?.completed).toBe('2012-05');
  });

  it('asks continuing education only where a certification in reach counts it', async () => {
    const sw = scripted({
      'experience.roles': ['case-manager'],
      'experience.case-manager.dates': '30 months',
      'experience.case-manager.setting': 'community',
      'experience.case-manager.hours': '40',
      'experience.case-manager.supervised': 'licensed',
      'experience.ce-hours': '20',
    });
    const social = await askExperience(sw.ctx, {
      version: 1,
      education: [{ level: 'master', field: 'social-work' }],
    });
    expect(social.ce_hours).toBe(20);

    const none = scripted({ 'experience.roles': [] });
    await askExperience(none.ctx, { version: 1, education: [{ level: 'master', field: 'social-work' }] });
    expect(none.prompter.ids).toEqual(['experience.roles']);
  });
});

describe('goals', () => {
  it('asks one question; "recommend" leaves the goal to the plan', async () => {
    const { ctx, prompter } = scripted({ 'goals.goal': 'recommend' });
    const profile = await askGoals(ctx, empty);
    expect(profile.goals).toBeUndefined();
    expect(prompter.ids).toEqual(['goals.goal']);
  });

  it('offers the areas that fit the degree first, and only certifications the person could hold', async () => {
    const { ctx, prompter } = scripted({ 'goals.goal': DEFAULT });
    const profile = await askGoals(ctx, {
      version: 1,
      state: 'TX',
      education: [{ level: 'associate', field: 'nursing' }],
      licenses: [{ type: 'rn', state: 'TX' }],
    });
    const choices = prompter.asked[0]?.choices ?? [];
    expect(choices[0]).toBe('area:healthcare');
    expect(choices).toContain('cert:acm-rn');
    expect(choices).not.toContain('cert:c-swcm');
    expect(profile.goals).toEqual({ specialization: 'healthcare' });

    const bsw = scripted({ 'goals.goal': 'cert:c-swcm' });
    const goal = await askGoals(bsw.ctx, {
      version: 1,
      education: [{ level: 'bachelor', field: 'social-work' }],
    });
    expect(bsw.prompter.asked[0]?.choices).not.toContain('cert:acm-rn');
    expect(goal.goals?.certification).toBe('c-swcm');
    expect(goal.goals?.specialization).toBeDefined();
  });
});

describe('editing a section', () => {
  const profiles: ProfileInput[] = [
    {
      version: 1,
      state: 'TX',
      education: [
        { level: 'bachelor', field: 'social-work', program_accreditation: 'cswe', completed: '2019-05' },
        {
          level: 'master',
          field: 'social-work',
          program_accreditation: 'cswe',
          status: 'in-progress',
          completed: '2027-05',
        },
      ],
      licenses: [{ type: 'lbsw', state: 'TX' }],
      experience: [
        {
          role: 'case-manager',
          setting: 'community',
          months: 40,
          supervised_by: 'licensed',
          start: '2023-07',
          ongoing: true,
        },
        { role: 'human-services', setting: 'community', months: 12, hours_per_week: 20, paid: false },
      ],
      goals: { specialization: 'social-work', certification: 'c-swcm' },
    },
  ];

  it('gives back the same answers when every question is answered with Enter', async () => {
    for (const profile of profiles) {
      for (const run of [askEducation, askLicenses, askExperience, askGoals]) {
        const { ctx } = scripted({});
        const answered = await run({ ...ctx, ask: new EnterPrompter() }, structuredClone(profile));
        expect(answered).toEqual(profile);
      }
    }
  });
});

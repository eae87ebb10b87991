import { describe, expect, it } from 'vitest';
import type { ProfileInput } from '../../src/profile/schema.js';
import { askCertifications } from '../../src/wizard/sections/certifications.js';
import { askEducation } from '../../src/wizard/sections/education.js';
import { askExperience } from '../../src/wizard/sections/experience.js';
import { askGoals } from '../../src/wizard/sections/goals.js';
import { askLicences } from '../../src/wizard/sections/licences.js';
import { DEFAULT, EnterPrompter } from './fakes.js';
import { scripted } from './helpers.js';

const empty: ProfileInput = { version: 1 };

describe('education', () => {
  it('asks an ADN nurse three questions and nothing about accreditation', async () => {
    const { ctx, prompter } = scripted({
      'education.highest': 'associate',
      'education.0.field': 'nursing',
      'education.1.next': 'done',
    });
    const profile = await askEducation(ctx, empty);
    expect(profile.education).toEqual([{ level: 'associate', field: 'nursing' }]);
    expect(prompter.ids).toEqual(['education.highest', 'education.0.field', 'education.1.next']);
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
    expect(prompter.asked.find((q) => q.id === 'education.1.accreditation')?.message).toMatch(/CSWE/);
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
      'education.1.next': 'done',
    });
    const profile = await askEducation(ctx, empty);
    expect(profile.education).toEqual([{ level: 'bachelor', field: 'psychology', field_experience: false }]);
    expect(prompter.ids).toContain('education.0.practicum');
  });

  it('asks a rehabilitation-counseling master about accreditor, internship and coursework', async () => {
    const { ctx, prompter } = scripted({
      'education.highest': 'master',
      'education.0.field': 'rehabilitation-counseling',
      'education.0.accreditation': 'cacrep',
      'education.0.internship-hours': '600',
      'education.0.internship-supervisor': 'crc',
      'education.0.coursework': ['theories-of-counseling'],
      'education.1.next': 'done',
    });
    const profile = await askEducation(ctx, empty);
    expect(profile.education?.[0]).toMatchObject({
      program_accreditation: 'cacrep',
      internship: { hours: 600, supervised_by: 'crc' },
      coursework: ['theories-of-counseling'],
    });
    expect(prompter.asked.find((q) => q.id === 'education.0.accreditation')?.message).toMatch(/Which body/);
  });

  it('counts "not sure" about accreditation as not accredited (and asks about a practicum)', async () => {
    const { ctx } = scripted({
      'education.highest': 'bachelor',
      'education.0.field': 'social-work',
      'education.0.accreditation': 'unsure',
      'education.0.practicum': true,
      'education.1.next': 'done',
    });
    const profile = await askEducation(ctx, empty);
    expect(profile.education).toEqual([{ level: 'bachelor', field: 'social-work', field_experience: true }]);
  });

  it('repeats for another finished degree', async () => {
    const { ctx } = scripted({
      'education.highest': 'master',
      'education.0.field': 'counseling',
      'education.0.practicum': true,
      'education.0.coursework': [],
      'education.1.next': 'finished',
      'education.1.level': 'bachelor',
      'education.1.field': 'business',
      'education.2.next': 'done',
    });
    const profile = await askEducation(ctx, empty);
    expect(profile.education?.map((e) => `${e.level}/${e.field}`)).toEqual([
      'master/counseling',
      'bachelor/business',
    ]);
  });
});

describe('licences', () => {
  const NURSE: ProfileInput = { version: 1, education: [{ level: 'associate', field: 'nursing' }] };

  it('offers only the licences a finished degree could lead to', async () => {
    const { ctx, prompter } = scripted({ 'licences.held': [] });
    await askLicences(ctx, {
      version: 1,
      education: [{ level: 'bachelor', field: 'social-work', status: 'in-progress', completed: '2027-05' }],
    });
    // Nothing finished yet: only the LPN (a certificate program, no degree) and the "not active" box.
    expect(prompter.asked[0]?.choices).toEqual(['lpn', '(not-active)']);
  });

  it('asks no state without a licence', async () => {
    const { ctx, prompter } = scripted({ 'licences.held': [] });
    const profile = await askLicences(ctx, {
      version: 1,
      education: [{ level: 'associate', field: 'nursing' }],
    });
    expect(profile.licenses).toEqual([]);
    expect(profile.state).toBeUndefined();
    expect(prompter.ids).toEqual(['licences.held']);
  });

  it('sets the state on the licence and the profile, and asks status only when told one is not active', async () => {
    const { ctx, prompter } = scripted({ 'licences.held': ['rn'], 'licences.state': 'TX' });
    const profile = await askLicences(ctx, NURSE);
    expect(profile).toMatchObject({ state: 'TX', licenses: [{ type: 'rn', state: 'TX' }] });
    expect(prompter.ids).toEqual(['licences.held', 'licences.state']);

    const lapsed = scripted({
      'licences.held': ['rn', '(not-active)'],
      'licences.rn.status': 'inactive',
      'licences.state': null,
    });
    const second = await askLicences(lapsed.ctx, NURSE);
    expect(second.licenses).toEqual([{ type: 'rn', status: 'inactive' }]);
    expect(second.state).toBeUndefined();
  });

  it('offers the ASWB Bachelors exam to a BSW graduate without a licence, not to a nurse', async () => {
    const bsw = scripted({ 'licences.held': [], 'licences.exams': ['aswb-bachelors'] });
    const profile = await askLicences(bsw.ctx, {
      version: 1,
      education: [{ level: 'bachelor', field: 'social-work', program_accreditation: 'cswe' }],
    });
    expect(profile.exams_passed).toEqual(['aswb-bachelors']);

    const nurse = scripted({ 'licences.held': ['rn'], 'licences.state': 'TX' });
    await askLicences(nurse.ctx, { version: 1, education: [{ level: 'bachelor', field: 'nursing' }] });
    expect(nurse.prompter.ids).not.toContain('licences.exams');
  });
});

describe('experience', () => {
  const maria = {
    'experience.0.role': 'case-manager',
    'experience.0.ongoing': true,
    'experience.0.setting': 'hospital',
    'experience.0.months': '13',
    'experience.0.kind': 'full-time',
    'experience.0.supervised': 'licensed',
    'experience.0.more': false,
  };

  it('asks nothing more of someone who has not worked in these roles', async () => {
    const { ctx, prompter } = scripted({ 'experience.0.role': null });
    const profile = await askExperience(ctx, empty);
    expect(profile.experience).toEqual([]);
    expect(prompter.ids).toEqual(['experience.0.role']);
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
    // 13 months cannot reach any rule that counts only after a degree: no finish-month question.
    expect(prompter.ids).not.toContain('experience.finished.0');
  });

  it('asks no supervision question for a role no rule counts supervision in', async () => {
    const { ctx, prompter } = scripted({
      'experience.0.role': 'registered-nurse',
      'experience.0.ongoing': false,
      'experience.0.setting': 'hospital',
      'experience.0.months': '2 years',
      'experience.0.kind': 'full-time',
      'experience.0.more': false,
    });
    const profile = await askExperience(ctx, empty);
    expect(profile.experience?.[0]).toMatchObject({ role: 'registered-nurse', months: 24 });
    expect(prompter.ids.some((id) => id.endsWith('.supervised'))).toBe(false);
  });

  it('says what a months answer must be', async () => {
    const { ctx } = scripted({ ...maria, 'experience.0.months': 'about a year' });
    await expect(askExperience(ctx, empty)).rejects.toThrow('months: a number from 0 to 600');
  });

  it('asks hours for part-time and unpaid work, within their limits', async () => {
    const { ctx } = scripted({
      ...maria,
      'experience.0.kind': 'part-time',
      'experience.0.hours': '45',
    });
    await expect(askExperience(ctx, empty)).rejects.toThrow('hours per week: a number from 1 to 39');

    const unpaid = scripted({
      ...maria,
      'experience.0.kind': 'unpaid',
      'experience.0.hours': '16',
    });
    const profile = await askExperience(unpaid.ctx, empty);
    expect(profile.experience?.[0]).toMatchObject({ paid: false, hours_per_week: 16 });
  });

  it('repeats for an earlier job, and dates jobs and degrees once experience could count after a degree', async () => {
    const { ctx, prompter } = scripted({
      ...maria,
      'experience.0.setting': 'community',
      'experience.0.months': '30',
      'experience.0.more': true,
      'experience.1.role': 'social-worker',
      'experience.1.ongoing': false,
      'experience.1.setting': 'child-welfare',
      'experience.1.months': '18',
      'experience.1.kind': 'full-time',
      'experience.1.supervised': 'licensed',
      'experience.1.more': false,
      'experience.1.ended': 'Jun 2024',
      'experience.finished.0': '2019',
    });
    const profile = await askExperience(ctx, {
      version: 1,
      education: [{ level: 'bachelor', field: 'social-work', program_accreditation: 'cswe' }],
    });
    expect(profile.experience).toHaveLength(2);
    // A rule counts social-work case management only after the BSW: the end of a past job dates it.
    expect(profile.experience?.[1]).toMatchObject({ months: 18, start: '2022-12' });
    // A year alone reads as its December, so no month is counted "after the degree" by mistake.
    expect(profile.education?.[0]?.completed).toBe('2019-12');
    expect(prompter.ids).toContain('experience.finished.0');
  });
});

describe('certifications', () => {
  it('asks nothing without experience', async () => {
    const { ctx, prompter } = scripted({});
    const profile = await askCertifications(ctx, { version: 1, experience: [] });
    expect(profile.certifications).toBeUndefined();
    expect(prompter.ids).toEqual([]);
  });

  it('asks a student with a few months of volunteering nothing: no certification is in reach', async () => {
    const { ctx, prompter } = scripted({});
    const profile = await askCertifications(ctx, {
      version: 1,
      education: [{ level: 'bachelor', field: 'social-work', status: 'in-progress', completed: '2027-05' }],
      experience: [{ role: 'human-services', months: 6, hours_per_week: 10, paid: false, ongoing: true }],
    });
    expect(prompter.ids).toEqual([]);
    expect(profile.certifications).toBeUndefined();
  });

  it('asks continuing education only where a certification in reach counts it', async () => {
    const experience = [{ role: 'case-manager' as const, months: 30 }];
    const sw = scripted({ 'certifications.held': [], 'certifications.ce-hours': '20' });
    const social = await askCertifications(sw.ctx, {
      version: 1,
      education: [{ level: 'master', field: 'social-work' }],
      experience,
    });
    expect(social.ce_hours).toBe(20);

    const nurse = scripted({ 'certifications.held': ['acm-rn'] });
    const rn = await askCertifications(nurse.ctx, {
      version: 1,
      education: [{ level: 'associate', field: 'nursing' }],
      experience,
    });
    expect(rn.certifications).toEqual(['acm-rn']);
    expect(nurse.prompter.ids).toEqual(['certifications.held']);
  });
});

describe('goals', () => {
  it('does not ask for a certification when the area is to be recommended', async () => {
    const { ctx, prompter } = scripted({ 'goals.specialization': null });
    const profile = await askGoals(ctx, empty);
    expect(profile.goals).toBeUndefined();
    expect(prompter.ids).toEqual(['goals.specialization']);
  });

  it('offers the areas that fit the degree first, and the area’s certifications first', async () => {
    const { ctx, prompter } = scripted({ 'goals.specialization': DEFAULT, 'goals.certification': DEFAULT });
    const profile = await askGoals(ctx, {
      version: 1,
      state: 'TX',
      education: [{ level: 'associate', field: 'nursing' }],
      licenses: [{ type: 'rn', state: 'TX' }],
    });
    expect(prompter.asked[0]?.choices?.[0]).toBe('healthcare');
    const certs = prompter.asked[1]?.choices ?? [];
    expect(certs[0]).toBeNull(); // "recommend one for me" comes first, and is the default
    expect(certs.slice(1, 3)).toEqual(
      ctx.data.byId.specializations.get('healthcare')?.certifications.slice(0, 2),
    );
    expect(profile.goals).toEqual({ specialization: 'healthcare' });
  });

  it('asks the state when the goal needs a licence the person lacks', async () => {
    const { ctx, prompter } = scripted({
      'goals.specialization': 'social-work',
      'goals.certification': 'c-swcm',
      'goals.state': 'OH',
    });
    const profile = await askGoals(ctx, {
      version: 1,
      education: [{ level: 'bachelor', field: 'social-work', status: 'in-progress', completed: '2027-05' }],
    });
    expect(profile).toMatchObject({
      state: 'OH',
      goals: { specialization: 'social-work', certification: 'c-swcm' },
    });
    expect(prompter.ids).toContain('goals.state');
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
      for (const run of [askEducation, askLicences, askExperience, askCertifications, askGoals]) {
        const { ctx } = scripted({});
        const answered = await run({ ...ctx, ask: new EnterPrompter() }, structuredClone(profile));
        expect(answered).toEqual(profile);
      }
    }
  });
});

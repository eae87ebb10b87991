import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { heldFirstProblem, parseProfile, stateTitleProblem } from '../../src/profile/parse.js';
import { ProfileSchema, settleAt } from '../../src/profile/schema.js';
import { builtinData } from '../helpers/data.js';

/** Profile 0.2 additions: new answers people can give, read into the shapes the engine knows. */

const parse = (profile: object) => ProfileSchema.safeParse({ version: 1, ...profile });
const messages = (profile: object) => {
  const result = parse(profile);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('education 0.2', () => {
  it('reads some college with credits, and a practical-nursing certificate', () => {
    const result = parse({
      education: [
        { level: 'some-college', credits: 30 },
        { level: 'certificate', field: 'nursing' },
      ],
    });
    expect(result.success).toBe(true);
    expect(result.data!.education.map((e) => [e.level, e.field, e.credits])).toEqual([
      ['some-college', 'other', 30],
      ['certificate', 'nursing', undefined],
    ]);
  });

  it('refuses credits on a degree', () => {
    expect(messages({ education: [{ level: 'bachelor', credits: 120 }] })).toEqual([
      'education.0.credits: credits go with level: some-college (college without a degree), not bachelor',
    ]);
  });

  it("takes NACCM's related fields", () => {
    for (const field of [
      'occupational-therapy',
      'physical-therapy',
      'marriage-and-family-therapy',
      'child-and-family-studies',
      'recreational-therapy',
      'respiratory-therapy',
      'speech-language-therapy',
    ]) {
      expect(parse({ education: [{ level: 'bachelor', field }] }).success).toBe(true);
    }
  });

  it('reads a field placement as education: field_experience true, with its details kept', () => {
    const result = parse({
      education: [
        { level: 'bachelor', field: 'social-work', field_experience: { hours: 400, setting: 'hospital' } },
      ],
    });
    const entry = result.data!.education[0]!;
    expect(entry.field_experience).toBe(true);
    expect(entry.field_placement).toEqual({ hours: 400, setting: 'hospital' });
    expect(result.data!.experience).toEqual([]);
  });

  it('keeps the 0.1 meaning of field_experience (boolean, default from accreditation)', () => {
    const result = parse({
      education: [
        { level: 'bachelor', field: 'social-work', program_accreditation: 'cswe' },
        { level: 'bachelor', field: 'psychology' },
        { level: 'master', field: 'counseling', field_experience: true },
      ],
    });
    expect(result.data!.education.map((e) => [e.field_experience, e.field_placement])).toEqual([
      [true, undefined],
      [false, undefined],
      [true, undefined],
    ]);
  });
});

describe('experience 0.2', () => {
  it('takes the LPN role', () => {
    expect(parse({ experience: [{ role: 'licensed-practical-nurse', months: 60 }] }).success).toBe(true);
  });

  it('computes months from start and end, both months counted', () => {
    const result = parse({ experience: [{ role: 'case-manager', start: '2021-06', end: '2023-08' }] });
    expect(result.data!.experience[0]).toMatchObject({ months: 27, start: '2021-06', end: '2023-08' });
  });

  it('places a role from its end and months', () => {
    const result = parse({ experience: [{ role: 'case-manager', end: '2024-06', months: 12 }] });
    expect(result.data!.experience[0]).toMatchObject({ months: 12, start: '2023-07', end: '2024-06' });
  });

  it('needs no months for a dated ongoing role, and settles them at a month', () => {
    const result = parse({ experience: [{ role: 'case-manager', start: '2025-11', ongoing: true }] });
    expect(result.success).toBe(true);
    expect(settleAt(result.data!, '2026-11').experience[0]!.months).toBe(12);
  });

  it('says when dates disagree or are missing', () => {
    expect(messages({ experience: [{ role: 'case-manager', start: '2024-06', end: '2023-01' }] })).toEqual([
      'experience.0.end: the role ends (2023-01) before it starts (2024-06)',
    ]);
    expect(
      messages({ experience: [{ role: 'case-manager', start: '2023-01', end: '2023-12', months: 30 }] }),
    ).toEqual([
      'experience.0.months: months 30 disagrees with start 2023-01 and end 2023-12 (12 months); give the dates or the months',
    ]);
    expect(
      messages({ experience: [{ role: 'case-manager', start: '2023-01', end: '2023-12', ongoing: true }] }),
    ).toEqual(['experience.0.end: an ongoing role has no end month: remove `end` or set `ongoing: false`']);
    expect(messages({ experience: [{ role: 'case-manager', start: '2023-01' }] })).toEqual([
      'experience.0.months: months is needed (or both start and end, or start with ongoing: true)',
    ]);
  });

  it('lists every role for a job not on the list, and says to write other for it', () => {
    // A home-health aide: the list was cut at 12 options, before `counselor`, with no way out named.
    const result = parseProfile(
      'p.yaml',
      'version: 1\nexperience:\n  - role: home-health-aide\n    months: 12\n',
    );
    expect(result.ok).toBe(false);
    const message = result.ok ? '' : (result.diagnostics[0]?.message ?? '');
    expect(message).toContain('licensed-practical-nurse, counselor');
    expect(message).not.toContain('…');
    expect(message).toMatch(/; write other for anything not listed$/);
  });

  it('locates a start or end that is no month instead of failing on it', () => {
    expect(messages({ experience: [{ role: 'case-manager', start: 'soon', end: '2020-01' }] })).toEqual([
      'experience.0.start: expected a month as YYYY-MM (for example 2026-03)',
    ]);
    expect(messages({ experience: [{ role: 'case-manager', start: '2020-01', end: 'later' }] })).toEqual([
      'experience.0.end: expected a month as YYYY-MM (for example 2026-03)',
    ]);
    const result = parseProfile(
      'p.yaml',
      'version: 1\nexperience:\n  - role: case-manager\n    start: soon\n    end: 2020-01\n',
    );
    expect(result.ok ? [] : result.diagnostics.map((d) => [d.line, d.column, d.path])).toEqual([
      [4, 12, 'experience[0].start'],
    ]);
  });

  it('reads a 0.1 role exactly as before', () => {
    const role = { role: 'case-manager', months: 14, start: '2023-01', ongoing: true };
    expect(parse({ experience: [role] }).data!.experience[0]).toEqual({
      ...role,
      setting: 'other',
      hours_per_week: 40,
      supervised_by: 'none',
      paid: true,
    });
  });
});

describe('licenses and goals 0.2', () => {
  const data = builtinData();

  it('names the state title when a national id does not exist in that state', () => {
    expect(stateTitleProblem(data, 'lbsw', 'CA')).toMatchObject({
      severity: 'error',
      message: expect.stringMatching(/^California has no LBSW/),
    });
    expect(stateTitleProblem(data, 'lmsw', 'CA')?.message).toMatch(
      /did you mean the ASW registration \(ca-asw\)/,
    );
    expect(stateTitleProblem(data, 'lbsw', 'TX')).toBeNull();
    expect(stateTitleProblem(data, 'rn', 'CA')).toBeNull();
    // The LMFT has no state entry to contradict it: California's counselor license is another title.
    expect(stateTitleProblem(data, 'lmft', 'CA')).toBeNull();
    const result = parseProfile(
      'p.yaml',
      stringify({ version: 1, licenses: [{ type: 'lbsw', state: 'CA' }] }),
      data,
    );
    expect(result.ok).toBe(false);
    expect(result.diagnostics[0]).toMatchObject({ code: 'no-such-title', path: 'licenses[0].type' });
  });

  it("accepts a state's own associate title and refuses it in another state", () => {
    expect(stateTitleProblem(data, 'nc-lcswa', 'NC')).toBeNull();
    expect(stateTitleProblem(data, 'nc-csw', 'NC')).toBeNull();
    expect(stateTitleProblem(data, 'tx-lpc-associate', 'TX')).toBeNull();
    expect(stateTitleProblem(data, 'nc-lcswa', 'TX')).toMatchObject({
      severity: 'error',
      message: expect.stringMatching(/North Carolina title/),
    });
    const ok = parseProfile(
      'p.yaml',
      stringify({ version: 1, state: 'NC', licenses: [{ type: 'nc-lcswa' }] }),
      data,
    );
    expect(ok.ok).toBe(true);
  });

  it('warns when a national id stands for a title the state names otherwise', () => {
    expect(stateTitleProblem(data, 'lmsw', 'IL')).toEqual({
      severity: 'warning',
      message:
        "Illinois has no LMSW: its master's-level social work license is the LSW, which `lmsw` stands for here",
    });
    expect(stateTitleProblem(data, 'lcsw', 'MI')?.severity).toBe('warning');
    expect(stateTitleProblem(data, 'lpc', 'OH')?.message).toBe(
      "Ohio's LPC is not its independent license: `lpc` stands here for the LPCC; if you hold the LPC, write `oh-lpc`",
    );
    expect(stateTitleProblem(data, 'oh-lpc', 'OH')).toBeNull();
    const result = parseProfile(
      'p.yaml',
      stringify({ version: 1, licenses: [{ type: 'lcsw', state: 'MI' }] }),
      data,
    );
    expect(result.ok).toBe(true);
    expect(result.ok && result.diagnostics.map((d) => d.severity)).toEqual(['warning']);
  });

  it('warns that a title held first under another (the LLMSW) is read as the full one, naming its id where it has one', () => {
    expect(heldFirstProblem(data, 'lmsw', 'MI')).toBe(
      'Michigan issues the LMSW only after the LLMSW: `lmsw` is read as the full LMSW. If what you hold is the LLMSW, write `mi-llmsw` instead',
    );
    expect(heldFirstProblem(data, 'lpc', 'MI')).toContain('write `mi-llpc` instead');
    // The Illinois LPC held before the LCPC has an id of its own (il-lpc): `lpc` there is told to
    // write it (stateTitleProblem), as in Ohio, not that a profile cannot name it.
    expect(heldFirstProblem(data, 'lpc', 'IL')).toBeNull();
    expect(stateTitleProblem(data, 'lpc', 'IL')?.message).toBe(
      "Illinois's LPC is not its independent license: `lpc` stands here for the LCPC; if you hold the LPC, write `il-lpc`",
    );
    expect(stateTitleProblem(data, 'il-lpc', 'IL')).toBeNull();
    // An associate title named otherwise (the NC LCSWA) is not mistaken for the full license.
    expect(heldFirstProblem(data, 'lcsw', 'NC')).toBeNull();
    expect(heldFirstProblem(data, 'mi-llmsw', 'MI')).toBeNull();
    // The associate title has an id of its own: the profile can say it (ca-asw), so no warning.
    expect(heldFirstProblem(data, 'lcsw', 'CA')).toBeNull();
    expect(heldFirstProblem(data, 'lmsw', 'NY')).toBeNull();
    expect(heldFirstProblem(data, 'rn', 'MI')).toBeNull();
    const result = parseProfile(
      'p.yaml',
      stringify({ version: 1, state: 'MI', licenses: [{ type: 'lmsw' }] }),
      data,
    );
    expect(result.ok && result.diagnostics.map((d) => [d.severity, d.path, d.message.slice(0, 36)])).toEqual([
      ['warning', 'licenses[0].type', 'Michigan issues the LMSW only after '],
    ]);
  });

  it('takes goals.job', () => {
    expect(parse({ goals: { job: 'case-aide' } }).success).toBe(true);
  });
});

describe('CSV columns 0.2', () => {
  it('reads credits, a field placement, an end month and a job goal', async () => {
    const { profileFromCsvRow } = await import('../../src/profile/csv.js');
    const result = profileFromCsvRow({
      degree_level: 'some-college',
      degree_credits: '30',
      degree2_level: 'bachelor',
      degree2_field: 'social-work',
      degree2_field_placement_hours: '400',
      degree2_field_placement_setting: 'hospital',
      cm_role: 'case-manager',
      cm_start: '2021-06',
      cm_end: '2023-08',
      goal_job: 'care-coordinator',
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.profile.education.map((e) => [e.level, e.credits, e.field_placement])).toEqual([
      ['some-college', 30, undefined],
      ['bachelor', undefined, { hours: 400, setting: 'hospital' }],
    ]);
    expect(result.profile.experience[0]).toMatchObject({ months: 27, end: '2023-08' });
    expect(result.profile.goals?.job).toBe('care-coordinator');
  });

  it('refuses a placement given twice', async () => {
    const { profileFromCsvRow } = await import('../../src/profile/csv.js');
    const result = profileFromCsvRow({
      degree_level: 'bachelor',
      degree_field_experience: 'yes',
      degree_field_placement_hours: '400',
    });
    expect(result.ok).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { CSV_TEMPLATE_COLUMNS, checkCsvHeader, profileFromCsvRow } from '../../src/profile/csv.js';
import { readLicenses, readMonth, readNumber } from '../../src/profile/csv-cells.js';
import { builtinData } from '../helpers/data.js';

const maria = {
  name: 'Maria Lopez',
  state: 'tx',
  degree_level: 'Associate',
  degree_field: 'Nursing',
  degree_status: 'completed',
  degree_completed: '2019-05',
  licenses: 'rn:TX',
  cm_role: 'Case Manager',
  cm_setting: 'hospital',
  cm_months: '13',
  cm_hours_per_week: '40',
  cm_supervised_by: 'licensed',
  cm_ongoing: 'yes',
  cm_start: '2025-10',
  goal_certification: 'ccm',
};

function ok(record: Record<string, string>) {
  const result = profileFromCsvRow(record);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.profile;
}

function errorsOf(record: Record<string, string>, row = 7) {
  const result = profileFromCsvRow(record, { row, data: builtinData() });
  if (result.ok) throw new Error('expected the row to fail');
  return result.errors;
}

describe('profileFromCsvRow', () => {
  it('builds a profile v1 from the flat columns, normalising case and spacing', () => {
    const profile = ok(maria);
    expect(profile).toMatchObject({
      version: 1,
      name: 'Maria Lopez',
      state: 'TX',
      education: [{ level: 'associate', field: 'nursing', status: 'completed', completed: '2019-05' }],
      licenses: [{ type: 'rn', state: 'TX', status: 'active' }],
      experience: [
        {
          role: 'case-manager',
          setting: 'hospital',
          months: 13,
          supervised_by: 'licensed',
          ongoing: true,
          start: '2025-10',
        },
      ],
      goals: { certification: 'ccm' },
    });
  });

  it('treats empty cells as absent, so defaults apply', () => {
    const profile = ok({ name: '', degree_level: 'bachelor', degree_field: ' ', cm_role: '', licenses: '' });
    expect(profile.name).toBeUndefined();
    expect(profile.education).toEqual([
      expect.objectContaining({
        level: 'bachelor',
        field: 'other',
        accredited: true,
        program_accreditation: 'none',
      }),
    ]);
    expect(profile.experience).toEqual([]);
    expect(profile.licenses).toEqual([]);
  });

  it('reads a second degree and role from numbered columns, even without the first', () => {
    const profile = ok({
      degree_level: 'bachelor',
      degree_field: 'social-work',
      degree2_level: 'master',
      degree2_field: 'social work',
      degree2_status: 'in-progress',
      cm2_role: 'care-coordinator',
      cm2_months: '6',
      cm2_paid: 'no',
    });
    expect(profile.education.map((e) => [e.level, e.field, e.status])).toEqual([
      ['bachelor', 'social-work', 'completed'],
      ['master', 'social-work', 'in-progress'],
    ]);
    expect(profile.experience).toEqual([
      expect.objectContaining({ role: 'care-coordinator', months: 6, paid: false }),
    ]);
  });

  it('reads licenses with optional state and status suffixes, and license_state as the default state', () => {
    const profile = ok({ licenses: 'rn; lcsw:inactive ;lpn:CA:restricted', license_state: 'ny' });
    expect(profile.licenses).toEqual([
      { type: 'rn', state: 'NY', status: 'active' },
      { type: 'lcsw', state: 'NY', status: 'inactive' },
      { type: 'lpn', state: 'CA', status: 'restricted' },
    ]);
  });

  it('reads internships, coursework and lists', () => {
    const profile = ok({
      degree_level: 'master',
      degree_field: 'rehabilitation-counseling',
      degree_program_accreditation: 'CACREP',
      degree_internship_hours: '600',
      degree_internship_supervised_by: 'crc',
      degree_coursework: 'case-management-rehab-services',
      certifications: 'cdms',
      exams_passed: 'aswb-masters;nclex-rn',
      ce_hours: '1,200',
    });
    expect(profile.education[0]).toMatchObject({
      program_accreditation: 'cacrep',
      field_experience: true,
      internship: { hours: 600, supervised_by: 'crc' },
      coursework: ['case-management-rehab-services'],
    });
    expect(profile.certifications).toEqual(['cdms']);
    expect(profile.exams_passed).toEqual(['aswb-masters', 'nclex-rn']);
    expect(profile.ce_hours).toBe(1200);
  });

  it('names the row and the column of every bad cell, in plain words', () => {
    const errors = errorsOf({
      name: 'X',
      cm_role: 'case-manager',
      cm_months: 'fourteen',
      cm_paid: 'maybe',
      degree_completed: 'May-22',
    });
    expect(errors).toEqual([
      {
        row: 7,
        column: 'degree_completed',
        message: 'expected a month as YYYY-MM (for example 2022-05), got "May-22"',
      },
      { row: 7, column: 'cm_months', message: 'expected a number, got "fourteen"' },
      { row: 7, column: 'cm_paid', message: 'expected yes or no, got "maybe"' },
    ]);
  });

  it('maps schema errors back to the column, with a did-you-mean', () => {
    const errors = errorsOf({
      degree_level: 'bachelors',
      cm2_role: 'case-manager',
      cm2_months: '900',
      state: 'Texas',
    });
    expect(errors.map((e) => e.column).sort()).toEqual(['cm2_months', 'degree_level', 'state']);
    expect(errors.find((e) => e.column === 'degree_level')?.message).toMatch(
      /^unknown value "bachelors" \(did you mean "bachelor"\?\)$/,
    );
    expect(errors.find((e) => e.column === 'cm2_months')?.message).toBe(
      'months must be at most 720 (60 years)',
    );
  });

  it('says which column is needed when a degree or role is half filled', () => {
    const errors = errorsOf({ degree2_field: 'nursing', cm_setting: 'hospital', cm_role: 'case-manager' });
    expect(errors).toEqual(
      expect.arrayContaining([
        {
          row: 7,
          column: 'degree2_level',
          message: 'degree2_level is needed when other degree2_ columns are filled',
        },
        { row: 7, column: 'cm_months', message: 'cm_months is needed when other cm_ columns are filled' },
      ]),
    );
  });

  it('checks ids against the data when given', () => {
    const errors = errorsOf({ goal_certification: 'ccn', certifications: 'cdms;ccmm' });
    expect(errors).toEqual([
      expect.objectContaining({
        column: 'certifications',
        message: expect.stringContaining('did you mean "ccm"'),
      }),
      expect.objectContaining({
        column: 'goal_certification',
        message: expect.stringContaining('unknown certification "ccn"'),
      }),
    ]);
  });

  it('rejects unknown columns and malformed license suffixes', () => {
    expect(errorsOf({ cm_monts: '3' })).toEqual([
      { row: 7, column: 'cm_monts', message: expect.stringContaining('did you mean "cm_months"') },
    ]);
    expect(errorsOf({ licenses: 'rn:texas' })[0]).toMatchObject({
      column: 'licenses',
      message: expect.stringContaining('state code'),
    });
  });
});

describe('CSV header', () => {
  it('accepts the template and friendly spellings of it', () => {
    expect(checkCsvHeader(CSV_TEMPLATE_COLUMNS).errors).toEqual([]);
    const { columns, errors } = checkCsvHeader(['Name', ' Degree Level ', 'cm-months', 'degree3_level', '']);
    expect(errors).toEqual([]);
    expect(columns).toEqual(['name', 'degree_level', 'cm_months', 'degree3_level', '']);
  });

  it('reports unknown and repeated columns for the whole file, with a suggestion', () => {
    const { errors } = checkCsvHeader(['name', 'degre_level', 'name', 'cm2_mnths', 'favourite_colour']);
    expect(errors).toEqual([
      { row: 1, column: 'degre_level', message: expect.stringContaining('did you mean "degree_level"') },
      { row: 1, column: 'name', message: 'column "name" appears twice in the header' },
      { row: 1, column: 'cm2_mnths', message: expect.stringContaining('did you mean "cm2_months"') },
      { row: 1, column: 'favourite_colour', message: expect.not.stringContaining('did you mean') },
    ]);
  });
});

describe('cell readers', () => {
  it('reads the month shapes spreadsheets produce', () => {
    for (const [raw, month] of [
      ['2022-05', '2022-05'],
      ['2022-5', '2022-05'],
      ['2022-05-17', '2022-05'],
      ['5/17/2022', '2022-05'],
      ['05/2022', '2022-05'],
    ]) {
      expect(readMonth(raw!)).toEqual({ ok: true, value: month });
    }
    expect(readMonth('2022-13').ok).toBe(false);
  });

  it('reads numbers with thousands separators but not free text', () => {
    expect(readNumber('2,080')).toEqual({ ok: true, value: 2080 });
    expect(readNumber('7.5')).toEqual({ ok: true, value: 7.5 });
    expect(readNumber('20,80').ok).toBe(false);
  });

  it('reads license suffixes in either order', () => {
    expect(readLicenses('rn:inactive:TX')).toEqual({
      ok: true,
      value: [{ type: 'rn', state: 'TX', status: 'inactive' }],
    });
    expect(readLicenses('rn:TX:CA').ok).toBe(false);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { UsState } from '../../../src/core/vocabulary.js';
import type { ProfileInput } from '../../../src/profile/schema.js';
import { renderMarkdown } from '../../../src/render/markdown.js';
import type { Roadmap } from '../../../src/roadmap/types.js';
import { dataWithClinicalGoal, roadmapOf } from './helpers.js';

/** The roadmap as the people in examples/ read it (Markdown), with the state's own rules in it. */

function example(name: string): Omit<ProfileInput, 'version'> {
  const { version: _version, ...profile } = parse(
    readFileSync(join(import.meta.dirname, '..', '..', '..', 'examples', `${name}.yaml`), 'utf8'),
  );
  return profile;
}

function step(roadmap: Roadmap, id: string) {
  const found = roadmap.steps.find((s) => s.id === id);
  expect(found, `${id} in ${roadmap.steps.map((s) => s.id).join(', ')}`).toBeDefined();
  return found!;
}

describe('a Texas BSW graduate (examples/texas-bsw-graduate.yaml)', () => {
  const roadmap = roadmapOf(example('texas-bsw-graduate'));
  const text = renderMarkdown(roadmap);

  it('is told to get the Texas LBSW, with the jurisprudence exam and the board to apply to', () => {
    expect(text).toContain('**Get your LBSW license in Texas (recommended)**');
    expect(text).toContain('Exam: ASWB Bachelors exam and Texas social work jurisprudence exam.');
    expect(text).toContain('Board: Texas Behavioral Health Executive Council');
    expect(text).toContain('https://bhec.texas.gov');
  });

  it('sits the ASWB Bachelors exam first, then applies', () => {
    const exam = step(roadmap, 'exam-aswb-bachelors');
    const license = step(roadmap, 'license-lbsw');
    expect(exam.title).toBe('Pass the ASWB Bachelors exam (for the LBSW, recommended)');
    expect(license.start! >= exam.end!).toBe(true);
  });

  it('reaches the LCSW (after an MSW and LMSW) 24 months after the supervised practice starts', () => {
    const clinical = roadmapOf(
      {
        ...example('texas-bsw-graduate'),
        education: [
          { level: 'master', field: 'social-work', program_accreditation: 'cswe', completed: '2026-05' },
        ],
        goals: { certification: 'clinical-test' },
      },
      dataWithClinicalGoal(),
    );
    const supervised = step(clinical, 'supervised-lcsw');
    expect(supervised.title).toBe('Complete supervised practice for the LCSW (2 years)');
    expect(supervised.duration_months).toBe(24);
    expect(supervised.why).toContain(
      'Texas asks for 3,000 supervised hours over at least 24 months, no upper limit',
    );
    expect(supervised.start! >= step(clinical, 'license-lmsw').end!).toBe(true);
    expect(step(clinical, 'license-lcsw').title).toBe('Get your LCSW license in Texas');
    expect(step(clinical, 'exam-aswb-clinical').start! >= supervised.end!).toBe(true);
  });
});

describe('a New York MSW graduate (examples/new-york-msw-graduate.yaml)', () => {
  const roadmap = roadmapOf(example('new-york-msw-graduate'));
  const text = renderMarkdown(roadmap);

  it('is told to get the New York LMSW from NYSED, and never a bachelor-level license', () => {
    expect(text).toContain('**Get your LMSW license in New York (recommended)**');
    expect(text).toContain('Board: New York State Education Department, Office of the Professions');
    expect(text).not.toMatch(/LBSW license/);
  });

  it('plans 36 months of supervised practice for the LCSW', () => {
    const clinical = roadmapOf(
      { ...example('new-york-msw-graduate'), goals: { certification: 'clinical-test' } },
      dataWithClinicalGoal(),
    );
    const supervised = step(clinical, 'supervised-lcsw');
    expect(supervised.title).toBe('Complete supervised practice for the LCSW (3 years)');
    expect(supervised.duration_months).toBe(36);
    expect(supervised.why).toContain(
      'New York asks for 2,000 supervised hours over at least 36 months, within 72 months',
    );
    expect(supervised.why).toContain('The hours are earned as LMSW.');
  });

  it('ends a year later than the same person in Texas, because of the state minimum', () => {
    const base = { ...example('new-york-msw-graduate'), goals: { certification: 'clinical-test' } };
    const at = (state: UsState) =>
      step(roadmapOf({ ...base, state }, dataWithClinicalGoal()), 'license-lcsw').end!;
    const [ny, tx] = [at('NY'), at('TX')];
    expect(
      Number(ny.slice(0, 4)) * 12 + Number(ny.slice(5)) - (Number(tx.slice(0, 4)) * 12 + Number(tx.slice(5))),
    ).toBe(12);
  });
});

describe('state rules that change the plan', () => {
  const bsw = {
    education: [
      {
        level: 'bachelor' as const,
        field: 'social-work' as const,
        program_accreditation: 'cswe' as const,
        completed: '2025-12',
      },
    ],
    goals: { specialization: 'social-work' },
  };

  it('offers no LBSW in California, which has no bachelor-level license', () => {
    const roadmap = roadmapOf({ ...bsw, state: 'CA' });
    expect(roadmap.steps.some((s) => s.id === 'license-lbsw')).toBe(false);
    expect(roadmapOf({ ...bsw, state: 'TX' }).steps.some((s) => s.id === 'license-lbsw')).toBe(true);
  });

  it('calls it a registration in California (ASW) on the clinical path', () => {
    const roadmap = roadmapOf(
      {
        state: 'CA',
        education: [
          { level: 'master', field: 'social-work', program_accreditation: 'cswe', completed: '2026-05' },
        ],
        goals: { certification: 'clinical-test' },
      },
      dataWithClinicalGoal(),
    );
    expect(step(roadmap, 'license-ca-asw').title).toBe('Register as an ASW in California');
    expect(step(roadmap, 'license-lcsw').why).toContain(
      'Exam: ASWB Clinical exam and California law and ethics exam.',
    );
  });

  it('adds licensure by endorsement for a Texas RN now in California, and a new-home-state license in Florida (both compact)', () => {
    const nurse = (state: UsState) =>
      roadmapOf({
        state,
        education: [
          { level: 'associate', field: 'nursing', program_accreditation: 'acen', completed: '2020-05' },
        ],
        licenses: [{ type: 'rn', state: 'TX' }],
        experience: [
          { role: 'case-manager', setting: 'hospital', months: 13, supervised_by: 'licensed', ongoing: true },
        ],
        goals: { specialization: 'healthcare' },
      });
    const california = nurse('CA');
    const endorse = step(california, 'endorse-rn-ca');
    expect(endorse.title).toBe('Apply for an RN license in California by endorsement');
    expect(endorse.kind).toBe('license');
    expect(endorse.status).toBe('next');
    expect(endorse.why).toContain('California is not in the Nurse Licensure Compact');
    // NCSBN: a nurse whose primary residence moves to another compact state applies for its license.
    const florida = step(nurse('FL'), 'endorse-rn-fl');
    expect(florida.title).toBe('Apply for an RN license in Florida by endorsement (your new home state)');
    expect(florida.why).toContain('if your Texas license is a multistate one, you may keep working on it');
    expect(nurse('TX').steps.some((s) => s.id.startsWith('endorse-'))).toBe(false);
  });

  it('falls back to national defaults for a state not in the data, with a visible note', () => {
    const roadmap = roadmapOf(
      {
        state: 'WY',
        education: [
          { level: 'master', field: 'social-work', program_accreditation: 'cswe', completed: '2026-05' },
        ],
        goals: { certification: 'clinical-test' },
      },
      dataWithClinicalGoal(),
    );
    expect(step(roadmap, 'supervised-lcsw').duration_months).toBe(24);
    expect(step(roadmap, 'license-lcsw').why).toContain('WY is not in our state data yet');
    expect(roadmap.caveats).toContain(
      'WY is not in our state data yet: the license steps use national defaults (titles, exams, supervised hours and months differ by state). Check with the WY licensing boards.',
    );
    expect(renderMarkdown(roadmap)).toContain(
      'WY is not in our state data yet: the license steps use national defaults',
    );
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  EDUCATION_FIELDS,
  EDUCATION_LEVELS,
  INTERNSHIP_SUPERVISORS,
  LICENSE_STATUSES,
  PROGRAM_ACCREDITATIONS,
  ROLES,
  SETTINGS,
  SUPERVISOR_KINDS,
} from '../../src/core/vocabulary.js';
import { normalizeProfile } from '../../src/profile/normalize.js';
import { parseProfile } from '../../src/profile/parse.js';
import { ProfileSchema } from '../../src/profile/schema.js';
import { arbitraryMonth } from '../helpers/arbitrary-profile.js';
import { builtinData } from '../helpers/data.js';

/**
 * The quick profile check (src/profile/normalize.ts) is a hand-written copy of ProfileSchema for
 * the profiles it accepts. Whatever it accepts, the schema must accept with the very same result,
 * keys in the same order; it may hand anything to the schema (then only speed is lost), but not
 * the profiles people write.
 */

const ROOT = join(import.meta.dirname, '..', '..');

/** The same value, and the same keys in the same order at every level (JSON output follows it). */
function expectSameAsSchema(value: unknown): void {
  const quick = normalizeProfile(value);
  if (quick === undefined) return;
  const schema = ProfileSchema.safeParse(value);
  expect(schema.success, `the schema refuses what the quick check took: ${JSON.stringify(value)}`).toBe(true);
  expect(quick).toStrictEqual(schema.data);
  expect(keyOrder(quick)).toEqual(keyOrder(schema.data));
}

function keyOrder(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(keyOrder);
  if (value && typeof value === 'object')
    return Object.entries(value).map(([key, inner]) => [key, keyOrder(inner)]);
  return typeof value;
}

/** Every profile written in the repository: the examples and the scenarios' profiles. */
function writtenProfiles(): { name: string; value: unknown }[] {
  const out: { name: string; value: unknown }[] = [];
  const examples = join(ROOT, 'examples');
  for (const name of readdirSync(examples).filter((n) => n.endsWith('.yaml'))) {
    out.push({ name: `examples/${name}`, value: parse(readFileSync(join(examples, name), 'utf8')) });
  }
  for (const sub of ['', 'roadmap']) {
    const dir = join(ROOT, 'tests', 'scenarios', sub);
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.yaml'))) {
      const scenario = parse(readFileSync(join(dir, name), 'utf8')) as { profile?: unknown };
      out.push({ name: `tests/scenarios/${sub ? `${sub}/` : ''}${name}`, value: scenario.profile });
    }
  }
  return out;
}

describe('the quick profile check', () => {
  const written = writtenProfiles();

  it('takes every profile written in the repository, with exactly the schema’s result', () => {
    expect(written.length).toBeGreaterThan(90);
    for (const { name, value } of written) {
      if (!ProfileSchema.safeParse(value).success) continue;
      expect(normalizeProfile(value), name).toBeDefined();
      expectSameAsSchema(value);
    }
  });

  it('gives parseProfile the same results as the schema alone, errors included', () => {
    const data = builtinData();
    for (const { name, value } of written) {
      const text = JSON.stringify(value ?? null);
      const result = parseProfile(name, text, data);
      const schema = ProfileSchema.safeParse(value);
      if (!schema.success) expect(result.ok, name).toBe(false);
      else if (result.ok) expect(result.profile, name).toStrictEqual(schema.data);
    }
  });

  it('never takes what the schema refuses, nor gives another result (generated and mutated profiles)', () => {
    let taken = 0;
    let refusedByBoth = 0;
    let schemaOnly = 0;
    fc.assert(
      fc.property(profileLike(), (value) => {
        const quick = normalizeProfile(value);
        const schema = ProfileSchema.safeParse(value);
        if (quick === undefined) {
          if (!schema.success) refusedByBoth++;
          else schemaOnly++;
          return;
        }
        taken++;
        expectSameAsSchema(value);
      }),
      { numRuns: 3000 },
    );
    // Both sides of the line were explored: plenty of valid profiles and plenty of broken ones.
    expect(taken).toBeGreaterThan(300);
    expect(refusedByBoth).toBeGreaterThan(300);
    // What the schema takes and the quick check leaves to it: only values it cannot be sure of.
    expect(schemaOnly).toBeLessThan(taken / 4);
  });

  it('leaves anything unusual to the schema', () => {
    for (const value of [
      null,
      [],
      'version: 1',
      { version: 2 },
      { version: 1, extra: true },
      { version: 1, name: undefined },
      { version: 1, ce_hours: Number.POSITIVE_INFINITY },
      { version: 1, ce_hours: Number.NaN },
      { version: 1, experience: [{ role: 'case-manager', months: 12, hours_per_week: null }] },
      { version: 1, experience: [{ role: 'case-manager' }] },
      { version: 1, experience: [{ role: 'case-manager', months: 3, end: '2020-01', ongoing: true }] },
      { version: 1, education: [{ level: 'bachelor', credits: 12 }] },
      { version: 1, education: [{ level: 'some-college', credits: 12.5 }] },
      // biome-ignore lint/suspicious/noSparseArray: a hole is what is tested
      { version: 1, certifications: [, 'ccm'] },
      Object.assign(Object.create({ inherited: 1 }), { version: 1 }),
      new Date(0),
    ]) {
      expect(normalizeProfile(value), JSON.stringify(value)).toBeUndefined();
    }
  });
});

// ── Profile-like values: every key sometimes absent, mostly valid, sometimes broken ─────────

const junk = fc.constantFrom<unknown>(
  null,
  undefined,
  -1,
  0,
  0.5,
  1.5,
  12,
  101,
  301,
  5_001,
  10_001,
  1e9,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  '',
  'x',
  'Other',
  'TX',
  'tx',
  'ccm',
  'Not An Id',
  '2026-13',
  '2026-1',
  '2026-05',
  true,
  false,
  [],
  {},
  { hours: 10 },
);

/** Mostly `valid`, sometimes junk; absent (when optional) sometimes. */
function field<T>(valid: fc.Arbitrary<T>, optional = true) {
  return fc.oneof(
    { weight: 30, arbitrary: valid.map((v) => ({ v })) },
    { weight: 1, arbitrary: junk.map((v) => ({ v })) },
    ...(optional ? [{ weight: 8, arbitrary: fc.constant(null) }] : []),
  );
}

/** An object from `{ key: field }`: the absent fields left out, sometimes an unknown key added. */
function object(shape: Record<string, fc.Arbitrary<{ v: unknown } | null>>) {
  return fc.tuple(fc.record(shape), fc.integer({ min: 0, max: 40 })).map(([fields, extra]) => {
    const out: Record<string, unknown> = {};
    for (const [key, got] of Object.entries(fields)) if (got) out[key] = got.v;
    if (extra === 0) out.unknown_key = 1;
    return out;
  });
}

const someMonths = fc.oneof(
  fc.integer({ min: 0, max: 720 }),
  fc.integer({ min: 0, max: 1440 }).map((n) => n / 2),
);

function profileLike(): fc.Arbitrary<unknown> {
  const data = builtinData();
  const ids = (list: { id: string }[]) => fc.constantFrom(...list.map((r) => r.id));
  const education = object({
    level: field(fc.constantFrom(...EDUCATION_LEVELS), false),
    field: field(fc.constantFrom(...EDUCATION_FIELDS)),
    credits: field(fc.integer({ min: 0, max: 300 })),
    accredited: field(fc.boolean()),
    program_accreditation: field(fc.constantFrom(...PROGRAM_ACCREDITATIONS)),
    field_experience: field(
      fc.oneof(
        fc.boolean(),
        object({
          hours: field(fc.integer({ min: 0, max: 5000 }), false),
          setting: field(fc.constantFrom(...SETTINGS)),
        }),
      ),
    ),
    internship: field(
      object({
        hours: field(fc.integer({ min: 0, max: 10_000 }), false),
        supervised_by: field(fc.constantFrom(...INTERNSHIP_SUPERVISORS)),
      }),
    ),
    coursework: field(fc.array(ids(data.coursework), { maxLength: 2 })),
    status: field(fc.constantFrom('completed', 'in-progress')),
    completed: field(arbitraryMonth),
  });
  const license = object({
    type: field(ids(data.licenses), false),
    state: field(fc.constantFrom('TX', 'CA', 'NY', 'IL', 'NC')),
    status: field(fc.constantFrom(...LICENSE_STATUSES)),
  });
  const experience = object({
    role: field(fc.constantFrom(...ROLES), false),
    setting: field(fc.constantFrom(...SETTINGS)),
    months: field(someMonths),
    hours_per_week: field(fc.integer({ min: 1, max: 100 })),
    supervised_by: field(fc.constantFrom(...SUPERVISOR_KINDS)),
    paid: field(fc.boolean()),
    start: field(arbitraryMonth),
    end: field(arbitraryMonth),
    ongoing: field(fc.boolean()),
  });
  return object({
    version: field(fc.constant(1), false),
    name: field(fc.string({ maxLength: 30 })),
    state: field(fc.constantFrom('TX', 'CA', 'NY', 'FL', 'WA')),
    education: field(fc.array(education, { maxLength: 3 })),
    licenses: field(fc.array(license, { maxLength: 2 })),
    certifications: field(fc.array(ids(data.certifications), { maxLength: 2 })),
    exams_passed: field(fc.array(ids(data.exams), { maxLength: 2 })),
    ce_hours: field(fc.integer({ min: 0, max: 10_000 })),
    experience: field(fc.array(experience, { maxLength: 3 })),
    goals: field(
      object({
        specialization: field(ids(data.specializations)),
        certification: field(ids(data.certifications)),
        job: field(fc.constantFrom('case-manager', 'care-coordinator')),
      }),
    ),
  });
}

import { addMonths, isMonth, monthIndex } from '../core/month.js';
import {
  EDUCATION_FIELDS,
  EDUCATION_LEVELS,
  INTERNSHIP_SUPERVISORS,
  LICENSE_STATUSES,
  PROGRAM_ACCREDITATIONS,
  ROLES,
  SETTINGS,
  SUPERVISOR_KINDS,
  US_STATES,
} from '../core/vocabulary.js';
import type { EducationEntry, ExperienceEntry, LicenseEntry, Profile } from './schema.js';

/**
 * The profile check on the hot path, without zod: `ProfileSchema` (schema.ts) is the contract,
 * and this is a hand-written copy of what it accepts and returns, for the profiles it accepts.
 * It returns what `ProfileSchema.parse(value)` would, defaults filled and keys in the same order,
 * or undefined whenever the value is not plainly valid. Undefined is never a verdict: the caller
 * then runs the schema, which alone words the problems (with their paths and positions). So a
 * rule added to the schema and not here only costs speed (the value goes the slow way), while
 * this file must never accept what the schema refuses; tests/profile/normalize.test.ts holds
 * the two to that over the examples, the scenarios and generated and mutated profiles.
 *
 * Loading zod and building the schemas costs a one-shot command more than its engine run does
 * (docs/architecture.md, start-up), hence this copy.
 */
export function normalizeProfile(value: unknown): Profile | undefined {
  const input = record(value, PROFILE_KEYS);
  if (input?.version !== 1) return undefined;
  const out: Record<string, unknown> = { version: 1 };
  if ('name' in input) {
    if (typeof input.name !== 'string' || input.name.length > 200) return undefined;
    out.name = input.name;
  }
  if ('state' in input) {
    if (!STATES.has(input.state)) return undefined;
    out.state = input.state;
  }
  const education = list(input.education, educationEntry);
  const licenses = list(input.licenses, licenseEntry);
  const certifications = list(input.certifications, id);
  const exams = list(input.exams_passed, id);
  if (!education || !licenses || !certifications || !exams) return undefined;
  out.education = education;
  out.licenses = licenses;
  out.certifications = certifications;
  out.exams_passed = exams;
  if ('ce_hours' in input) {
    if (!number(input.ce_hours, 0, 10_000)) return undefined;
    out.ce_hours = input.ce_hours;
  } else out.ce_hours = 0;
  const experience = list(input.experience, experienceEntry);
  if (!experience) return undefined;
  out.experience = experience;
  if ('goals' in input) {
    const goals = record(input.goals, GOAL_KEYS);
    if (!goals) return undefined;
    const kept: Record<string, string> = {};
    for (const key of GOAL_KEYS) {
      if (!(key in goals)) continue;
      const given = id(goals[key]);
      if (given === undefined) return undefined;
      kept[key] = given;
    }
    out.goals = kept;
  }
  return out as Profile;
}

const PROFILE_KEYS = [
  'version',
  'name',
  'state',
  'education',
  'licenses',
  'certifications',
  'exams_passed',
  'ce_hours',
  'experience',
  'goals',
] as const;
const GOAL_KEYS = ['specialization', 'certification', 'job'] as const;
const EDUCATION_KEYS = [
  'level',
  'field',
  'credits',
  'accredited',
  'program_accreditation',
  'field_experience',
  'internship',
  'coursework',
  'status',
  'completed',
] as const;
const LICENSE_KEYS = ['type', 'state', 'status'] as const;
const EXPERIENCE_KEYS = [
  'role',
  'setting',
  'months',
  'hours_per_week',
  'supervised_by',
  'paid',
  'start',
  'end',
  'ongoing',
] as const;

const STATES: ReadonlySet<unknown> = new Set(US_STATES);
const LEVELS: ReadonlySet<unknown> = new Set(EDUCATION_LEVELS);
const FIELDS: ReadonlySet<unknown> = new Set(EDUCATION_FIELDS);
const ACCREDITATIONS: ReadonlySet<unknown> = new Set(PROGRAM_ACCREDITATIONS);
const INTERNSHIP_KINDS: ReadonlySet<unknown> = new Set(INTERNSHIP_SUPERVISORS);
const LICENSE_STATES: ReadonlySet<unknown> = new Set(LICENSE_STATUSES);
const ROLE_SET: ReadonlySet<unknown> = new Set(ROLES);
const SETTING_SET: ReadonlySet<unknown> = new Set(SETTINGS);
const SUPERVISORS: ReadonlySet<unknown> = new Set(SUPERVISOR_KINDS);
const DEGREE_STATUSES: ReadonlySet<unknown> = new Set(['completed', 'in-progress']);
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * A plain object whose own keys are all among `keys`, none of them undefined (the schema would
 * treat an undefined value as absent or keep it as undefined; such a value goes the slow way).
 */
function record(value: unknown, keys: readonly string[]): Record<string, unknown> | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return undefined;
  for (const key of Object.keys(value)) {
    if (!keys.includes(key) || (value as Record<string, unknown>)[key] === undefined) return undefined;
  }
  return value as Record<string, unknown>;
}

/** A list of valid items (a fresh array), `[]` when absent, undefined when any item is not valid. */
function list<T>(value: unknown, item: (value: unknown) => T | undefined): T[] | undefined {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return undefined;
  const out: T[] = [];
  for (let i = 0; i < value.length; i++) {
    if (!(i in value)) return undefined;
    const parsed = item(value[i]);
    if (parsed === undefined) return undefined;
    out.push(parsed);
  }
  return out;
}

/** A finite number within [min, max] (zod's number refuses NaN and the infinities). */
function number(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;
}

function id(value: unknown): string | undefined {
  return typeof value === 'string' && ID.test(value) ? value : undefined;
}

function month(value: unknown): value is string {
  return typeof value === 'string' && isMonth(value);
}

/** `given` when it is in `allowed`, `fallback` when absent, undefined (not valid) otherwise. */
function oneOf<T>(given: unknown, allowed: ReadonlySet<unknown>, fallback: T): T | undefined {
  if (given === undefined) return fallback;
  return allowed.has(given) ? (given as T) : undefined;
}

function boolean(given: unknown, fallback: boolean): boolean | undefined {
  if (given === undefined) return fallback;
  return typeof given === 'boolean' ? given : undefined;
}

function educationEntry(value: unknown): EducationEntry | undefined {
  const e = record(value, EDUCATION_KEYS);
  if (!e || !LEVELS.has(e.level)) return undefined;
  const field = oneOf(e.field, FIELDS, 'other');
  const accredited = boolean(e.accredited, true);
  const accreditation = oneOf(e.program_accreditation, ACCREDITATIONS, 'none');
  const status = oneOf(e.status, DEGREE_STATUSES, 'completed');
  if (field === undefined || accredited === undefined || accreditation === undefined || !status)
    return undefined;
  // The schema's output, key by key in its order; field_experience moves to the end (its transform).
  const out: Record<string, unknown> = { level: e.level, field };
  if ('credits' in e) {
    const credits = e.credits;
    if (!number(credits, 0, 300) || !Number.isSafeInteger(credits) || e.level !== 'some-college')
      return undefined;
    out.credits = credits;
  }
  out.accredited = accredited;
  out.program_accreditation = accreditation;
  let placement: { hours: number; setting: string } | undefined;
  let fieldExperience: boolean;
  if (typeof e.field_experience === 'boolean') fieldExperience = e.field_experience;
  else if (e.field_experience === undefined) fieldExperience = accreditation !== 'none';
  else {
    const p = record(e.field_experience, ['hours', 'setting']);
    const setting = p && oneOf(p.setting, SETTING_SET, 'other');
    if (!p || !number(p.hours, 0, 5_000) || setting === undefined) return undefined;
    placement = { hours: p.hours, setting };
    fieldExperience = p.hours > 0;
  }
  if ('internship' in e) {
    const i = record(e.internship, ['hours', 'supervised_by']);
    const supervisedBy = i && oneOf(i.supervised_by, INTERNSHIP_KINDS, 'other');
    if (!i || !number(i.hours, 0, 10_000) || supervisedBy === undefined) return undefined;
    out.internship = { hours: i.hours, supervised_by: supervisedBy };
  }
  const coursework = list(e.coursework, id);
  if (!coursework) return undefined;
  out.coursework = coursework;
  out.status = status;
  if ('completed' in e) {
    if (!month(e.completed)) return undefined;
    out.completed = e.completed;
  }
  out.field_experience = fieldExperience;
  out.field_placement = placement;
  out.field_experience_stated = e.field_experience !== undefined;
  return out as EducationEntry;
}

function licenseEntry(value: unknown): LicenseEntry | undefined {
  const l = record(value, LICENSE_KEYS);
  const type = l && id(l.type);
  if (!l || type === undefined) return undefined;
  const out: Record<string, unknown> = { type };
  if ('state' in l) {
    if (!STATES.has(l.state)) return undefined;
    out.state = l.state;
  }
  const status = oneOf(l.status, LICENSE_STATES, 'active');
  if (!status) return undefined;
  out.status = status;
  return out as LicenseEntry;
}

function experienceEntry(value: unknown): ExperienceEntry | undefined {
  const e = record(value, EXPERIENCE_KEYS);
  if (!e || !ROLE_SET.has(e.role)) return undefined;
  const setting = oneOf(e.setting, SETTING_SET, 'other');
  const supervisedBy = oneOf(e.supervised_by, SUPERVISORS, 'none');
  const paid = boolean(e.paid, true);
  const ongoing = boolean(e.ongoing, false);
  if (setting === undefined || supervisedBy === undefined || paid === undefined || ongoing === undefined)
    return undefined;
  const hours = 'hours_per_week' in e ? e.hours_per_week : 40;
  if (!number(hours, 0, 100) || hours <= 0) return undefined;
  const out: Record<string, unknown> = { role: e.role, setting };
  if ('months' in e) {
    if (!number(e.months, 0, 720)) return undefined;
    out.months = e.months;
  }
  out.hours_per_week = hours;
  out.supervised_by = supervisedBy;
  out.paid = paid;
  if ('start' in e) {
    if (!month(e.start)) return undefined;
    out.start = e.start;
  }
  if ('end' in e) {
    if (!month(e.end)) return undefined;
    out.end = e.end;
  }
  out.ongoing = ongoing;
  // The schema's refinement and transform (schema.ts), in the same order.
  const start = out.start as string | undefined;
  const end = out.end as string | undefined;
  const months = out.months as number | undefined;
  if (end !== undefined && ongoing) return undefined;
  if (start && end) {
    const dated = monthIndex(end) - monthIndex(start) + 1;
    if (dated < 1 || (months !== undefined && Math.abs(months - dated) > 1)) return undefined;
    return { ...out, months: dated } as ExperienceEntry;
  }
  if (months === undefined && !(start && ongoing)) return undefined;
  if (end && months !== undefined) {
    return { ...out, months, start: addMonths(end, 1 - Math.max(1, Math.round(months))) } as ExperienceEntry;
  }
  return { ...out, months: months ?? 0 } as ExperienceEntry;
}

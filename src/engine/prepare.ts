import { monthIndex } from '../core/month.js';
import { EDUCATION_RANK, type Role } from '../core/vocabulary.js';
import type { EducationEntry, ExperienceEntry, LicenseEntry, Profile } from '../profile/schema.js';
import {
  ACCREDITATION_BITS,
  FIELD_BITS,
  LEVEL_BITS,
  ROLE_BITS,
  SETTING_BITS,
  STATUS_BITS,
  SUPERVISOR_BITS,
} from './bits.js';
import { creditsOf } from './credits.js';

/**
 * A profile made ready for evaluation, and shared by the engine and the planner: months as
 * integers, and a degree whose completion month lies after as_of read as still in progress (its
 * `completed` month is then the expected one). Every rule evaluation of one profile reads this.
 */
export interface PreparedProfile {
  /** The profile as of `asOf`: future completions normalised to `status: in-progress`. */
  readonly profile: Profile;
  readonly asOf: number;
  readonly education: readonly PreparedDegree[];
  readonly roles: readonly PreparedRole[];
  readonly licenses: readonly PreparedLicense[];
  readonly anyOngoing: boolean;
  /** Results that do not change with the evaluated month (degree completion months), kept for this profile's later evaluations. */
  readonly memo: Map<object, unknown>;
}

/**
 * One education entry, with what the rules read copied out of it: every prepared record has the
 * same shape, whichever optional fields its entry gives, so reading them stays fast.
 */
export interface PreparedDegree {
  readonly entry: EducationEntry;
  readonly rank: number;
  /** The level, field and program accreditation as bits (see bits.ts). */
  readonly levelBit: number;
  readonly fieldBit: number;
  readonly accreditationBit: number;
  readonly field: EducationEntry['field'];
  /** Semester credits it stands for ({@link creditsOf}). */
  readonly credits: number;
  readonly accredited: boolean;
  readonly fieldExperience: boolean;
  readonly internship: EducationEntry['internship'];
  readonly coursework: readonly string[];
  readonly done: boolean;
  /** Month index of completion; null when not given. */
  readonly completedAt: number | null;
}

export function prepareDegree(entry: EducationEntry, completedAt: number | null): PreparedDegree {
  return {
    entry,
    rank: EDUCATION_RANK[entry.level],
    levelBit: LEVEL_BITS.of(entry.level),
    fieldBit: FIELD_BITS.of(entry.field),
    accreditationBit: ACCREDITATION_BITS.of(entry.program_accreditation),
    field: entry.field,
    credits: creditsOf(entry),
    accredited: entry.accredited,
    fieldExperience: entry.field_experience,
    internship: entry.internship,
    coursework: entry.coursework,
    done: entry.status === 'completed',
    completedAt,
  };
}

/**
 * One role, with what the rules read copied out of the entry: every prepared role has the same
 * shape, whichever optional fields its entry gives, so reading them stays fast.
 */
export interface PreparedRole {
  readonly entry: ExperienceEntry;
  readonly role: Role;
  /** The role, setting and supervisor as bits (see bits.ts). */
  readonly roleBit: number;
  readonly settingBit: number;
  readonly supervisorBit: number;
  readonly paid: boolean;
  readonly ongoing: boolean;
  /** For a dated ongoing role, the months from its start to as_of. */
  readonly months: number;
  readonly hoursPerWeek: number;
  /** Month index of the start; null when not given. */
  readonly start: number | null;
}

/** One license, its type and status copied out of the entry (see {@link PreparedRole}). */
export interface PreparedLicense {
  readonly entry: LicenseEntry;
  readonly type: string;
  readonly statusBit: number;
}

/**
 * Prepares a profile for one as-of month. Nothing is cached here: a caller that evaluates many
 * rules for one profile (the planner) prepares it once and keeps it.
 */
export function prepareProfile(profile: Profile, asOf: number): PreparedProfile {
  const completions = profile.education.map((entry) =>
    entry.completed ? monthIndex(entry.completed) : null,
  );
  const starts = profile.experience.map((entry) => (entry.start ? monthIndex(entry.start) : null));
  const normalised = asOfProfile(profile, asOf, completions, starts);
  const prepared: PreparedProfile = {
    profile: normalised,
    asOf,
    education: normalised.education.map((entry, i) => prepareDegree(entry, completions[i]!)),
    roles: normalised.experience.map((entry, i) => ({
      entry,
      role: entry.role,
      roleBit: ROLE_BITS.of(entry.role),
      settingBit: SETTING_BITS.of(entry.setting),
      supervisorBit: SUPERVISOR_BITS.of(entry.supervised_by),
      paid: entry.paid,
      ongoing: entry.ongoing,
      months: entry.months,
      hoursPerWeek: entry.hours_per_week,
      start: starts[i]!,
    })),
    licenses: normalised.licenses.map((entry) => ({
      entry,
      type: entry.type,
      statusBit: STATUS_BITS.of(entry.status),
    })),
    anyOngoing: normalised.experience.some((entry) => entry.ongoing),
    memo: new Map(),
  };
  return prepared;
}

/**
 * The profile as it stands at `asOf`: a degree "completed" after that month is not finished yet,
 * and a dated ongoing role has run from its start to `asOf` (whatever `months` says). `completions`
 * and `starts` are the entries' months as indexes.
 */
function asOfProfile(
  profile: Profile,
  asOf: number,
  completions: readonly (number | null)[],
  starts: readonly (number | null)[],
): Profile {
  const future = (entry: EducationEntry, i: number) =>
    entry.status === 'completed' && completions[i] !== null && completions[i]! > asOf;
  const ranFor = (i: number) => Math.max(0, asOf - starts[i]!);
  const unsettled = (entry: ExperienceEntry, i: number) =>
    entry.ongoing && starts[i] !== null && entry.months !== ranFor(i);
  const education = profile.education.some(future);
  const experience = profile.experience.some(unsettled);
  if (!education && !experience) return profile;
  return {
    ...profile,
    education: education
      ? profile.education.map((entry, i) =>
          future(entry, i) ? { ...entry, status: 'in-progress' as const } : entry,
        )
      : profile.education,
    experience: experience
      ? profile.experience.map((entry, i) => (unsettled(entry, i) ? { ...entry, months: ranFor(i) } : entry))
      : profile.experience,
  };
}

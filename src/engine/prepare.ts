import { monthIndex } from '../core/month.js';
import { EDUCATION_RANK, type Role } from '../core/vocabulary.js';
import type { DegreeCondition } from '../data/schema/rules.js';
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
import type { Remembered } from './shared.js';

/**
 * A profile made ready for evaluation, and shared by the engine and the planner: months as
 * integers, and a degree whose completion month lies after as_of read as still in progress (its
 * `completed` month is then the expected one). Every rule evaluation of one profile reads this.
 */
export interface PreparedProfile {
  /**
   * The profile as of `asOf`: future completions normalised to `status: in-progress`, a dated
   * ongoing role's months run to `asOf`. Built on first read (most evaluations never need it).
   */
  readonly profile: Profile;
  /** The profile as given (its licenses, certifications and CE hours are those of `profile`). */
  readonly given: Profile;
  readonly asOf: number;
  readonly education: readonly PreparedDegree[];
  /** The education entries of `profile`, without building it. */
  readonly educationEntries: readonly EducationEntry[];
  readonly roles: readonly PreparedRole[];
  readonly licenses: readonly PreparedLicense[];
  readonly anyOngoing: boolean;
  /** Every role's role bit, and every role's setting bit, ORed: a quick "none of these" test. */
  readonly roleBits: number;
  readonly settingBits: number;
  /**
   * The completion month of the first degree a rule counts experience from, per degree condition
   * (see degreeCompletion): it does not change with the evaluated month. Made on first use.
   */
  afterDegree: Map<DegreeCondition, number | null | undefined> | null;
  /** The explanations of the subtrees several routes share (see shared.ts). Made on first use. */
  remembered: Remembered | null;
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
  // The profile as it stands at as_of: a degree "completed" after that month is not finished
  // yet, and a dated ongoing role has run from its start to as_of (whatever `months` says). An
  // entry is copied only when it changes, and the profile only when an entry does.
  const education: PreparedDegree[] = [];
  let asOfEducation: EducationEntry[] | null = null;
  const degrees = profile.education;
  for (let i = 0; i < degrees.length; i++) {
    let entry = degrees[i]!;
    const completedAt = entry.completed ? monthIndex(entry.completed) : null;
    if (entry.status === 'completed' && completedAt !== null && completedAt > asOf) {
      asOfEducation ??= degrees.slice(0, i);
      entry = { ...entry, status: 'in-progress' };
    }
    asOfEducation?.push(entry);
    education.push(prepareDegree(entry, completedAt));
  }

  const roles: PreparedRole[] = [];
  let asOfExperience: ExperienceEntry[] | null = null;
  let anyOngoing = false;
  let roleBits = 0;
  let settingBits = 0;
  const jobs = profile.experience;
  for (let i = 0; i < jobs.length; i++) {
    let entry = jobs[i]!;
    const start = entry.start ? monthIndex(entry.start) : null;
    if (entry.ongoing) {
      anyOngoing = true;
      if (start !== null && entry.months !== Math.max(0, asOf - start)) {
        asOfExperience ??= jobs.slice(0, i);
        entry = { ...entry, months: Math.max(0, asOf - start) };
      }
    }
    asOfExperience?.push(entry);
    const roleBit = ROLE_BITS.of(entry.role);
    const settingBit = SETTING_BITS.of(entry.setting);
    roleBits |= roleBit;
    settingBits |= settingBit;
    roles.push({
      entry,
      role: entry.role,
      roleBit,
      settingBit,
      supervisorBit: SUPERVISOR_BITS.of(entry.supervised_by),
      paid: entry.paid,
      ongoing: entry.ongoing,
      months: entry.months,
      hoursPerWeek: entry.hours_per_week,
      start,
    });
  }

  const licenses: PreparedLicense[] = [];
  for (const entry of profile.licenses) {
    licenses.push({ entry, type: entry.type, statusBit: STATUS_BITS.of(entry.status) });
  }
  return new Prepared(
    profile,
    asOf,
    education,
    asOfEducation ?? profile.education,
    asOfExperience,
    roles,
    licenses,
    anyOngoing,
    roleBits,
    settingBits,
  );
}

class Prepared implements PreparedProfile {
  private asOfProfile: Profile | null = null;
  afterDegree: Map<DegreeCondition, number | null | undefined> | null = null;
  remembered: Remembered | null = null;

  constructor(
    readonly given: Profile,
    readonly asOf: number,
    readonly education: readonly PreparedDegree[],
    readonly educationEntries: EducationEntry[],
    private readonly experienceEntries: ExperienceEntry[] | null,
    readonly roles: readonly PreparedRole[],
    readonly licenses: readonly PreparedLicense[],
    readonly anyOngoing: boolean,
    readonly roleBits: number,
    readonly settingBits: number,
  ) {}

  get profile(): Profile {
    let made = this.asOfProfile;
    if (made === null) {
      const given = this.given;
      made =
        this.educationEntries === given.education && this.experienceEntries === null
          ? given
          : {
              ...given,
              education: this.educationEntries,
              experience: this.experienceEntries ?? given.experience,
            };
      this.asOfProfile = made;
    }
    return made;
  }
}

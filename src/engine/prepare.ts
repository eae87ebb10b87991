import { monthIndex } from '../core/month.js';
import { EDUCATION_RANK } from '../core/vocabulary.js';
import type { EducationEntry, ExperienceEntry, Profile } from '../profile/schema.js';

/**
 * A profile made ready for evaluation once, and shared by the engine and the planner: months as
 * integers, and a degree whose completion month lies after as_of read as still in progress (its
 * `completed` month is then the expected one). Every rule evaluation of one profile reads this.
 */
export interface PreparedProfile {
  /** The profile as of `asOf`: future completions normalised to `status: in-progress`. */
  readonly profile: Profile;
  readonly asOf: number;
  readonly education: readonly PreparedDegree[];
  readonly roles: readonly PreparedRole[];
  readonly anyOngoing: boolean;
  /**
   * Results that do not change with the evaluated month (degree, license, certification, exam and
   * CE leaves; degree completion months), kept for this profile's later evaluations.
   */
  readonly memo: Map<object, unknown>;
}

export interface PreparedDegree {
  readonly entry: EducationEntry;
  readonly rank: number;
  readonly done: boolean;
  /** Month index of completion; null when not given. */
  readonly completedAt: number | null;
}

export interface PreparedRole {
  readonly entry: ExperienceEntry;
  readonly start: number | null;
}

const cache = new WeakMap<Profile, PreparedProfile>();

export function prepareProfile(profile: Profile, asOf: number): PreparedProfile {
  const cached = cache.get(profile);
  if (cached && cached.asOf === asOf) return cached;
  const normalised = asOfProfile(profile, asOf);
  const prepared: PreparedProfile = {
    profile: normalised,
    asOf,
    education: normalised.education.map((entry) => ({
      entry,
      rank: EDUCATION_RANK[entry.level],
      done: entry.status === 'completed',
      completedAt: entry.completed ? monthIndex(entry.completed) : null,
    })),
    roles: normalised.experience.map((entry) => ({
      entry,
      start: entry.start ? monthIndex(entry.start) : null,
    })),
    anyOngoing: normalised.experience.some((entry) => entry.ongoing),
    memo: new Map(),
  };
  cache.set(profile, prepared);
  if (normalised !== profile) cache.set(normalised, prepared);
  return prepared;
}

/**
 * The profile as it stands at `asOf`: a degree "completed" after that month is not finished yet,
 * and a dated ongoing role has run from its start to `asOf` (whatever `months` says).
 */
function asOfProfile(profile: Profile, asOf: number): Profile {
  const future = (entry: EducationEntry) =>
    entry.status === 'completed' && entry.completed !== undefined && monthIndex(entry.completed) > asOf;
  const unsettled = (entry: ExperienceEntry) =>
    entry.ongoing &&
    entry.start !== undefined &&
    entry.months !== Math.max(0, asOf - monthIndex(entry.start));
  const education = profile.education.some(future);
  const experience = profile.experience.some(unsettled);
  if (!education && !experience) return profile;
  return {
    ...profile,
    education: education
      ? profile.education.map((entry) =>
          future(entry) ? { ...entry, status: 'in-progress' as const } : entry,
        )
      : profile.education,
    experience: experience
      ? profile.experience.map((entry) =>
          unsettled(entry) ? { ...entry, months: Math.max(0, asOf - monthIndex(entry.start!)) } : entry,
        )
      : profile.experience,
  };
}

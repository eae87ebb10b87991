import type { Month } from '../core/month.js';
import { monthIndex } from '../core/month.js';
import { EDUCATION_RANK, type EducationField, type EducationLevel } from '../core/vocabulary.js';
import type { Degree } from '../data/schema/families.js';
import type { DegreeCondition } from '../data/schema/rules.js';
import type { EducationEntry, Profile } from '../profile/schema.js';

/**
 * Whether a degree — one the person holds or one from degrees.yaml they could earn — meets a
 * degree condition of a rule. The planner needs this to say *which* degree closes a gap; the
 * engine decides eligibility itself.
 */
export interface DegreeFacts {
  level: EducationLevel;
  field: EducationField;
  accredited: boolean;
  program_accreditation: string;
  field_experience: boolean;
  /** Supervised internship hours, when known; null = unknown (a catalog degree). */
  internship_hours: number | null;
  internship_supervisor: string | null;
  /** Coursework ids, when known; null = unknown (a catalog degree may include any). */
  coursework: readonly string[] | null;
}

export function degreeMeets(cond: DegreeCondition, d: DegreeFacts): boolean {
  if (cond.min_level && EDUCATION_RANK[d.level] < EDUCATION_RANK[cond.min_level]) return false;
  if (cond.levels && !cond.levels.includes(d.level)) return false;
  if (cond.fields && !cond.fields.includes(d.field)) return false;
  if (cond.accredited && !d.accredited) return false;
  if (cond.program_accreditation && !cond.program_accreditation.includes(d.program_accreditation as never)) {
    return false;
  }
  if (cond.field_experience && !d.field_experience) return false;
  if (cond.internship) {
    if (d.internship_hours !== null && d.internship_hours < cond.internship.min_hours) return false;
    const kinds = cond.internship.supervised_by;
    if (kinds && d.internship_supervisor !== null && !kinds.includes(d.internship_supervisor as never)) {
      return false;
    }
  }
  if (cond.coursework && d.coursework !== null && !cond.coursework.every((c) => d.coursework?.includes(c))) {
    return false;
  }
  return true;
}

export function entryFacts(entry: EducationEntry): DegreeFacts {
  return {
    level: entry.level,
    field: entry.field,
    accredited: entry.accredited,
    program_accreditation: entry.program_accreditation,
    field_experience: entry.field_experience,
    internship_hours: entry.internship?.hours ?? 0,
    internship_supervisor: entry.internship?.supervised_by ?? null,
    coursework: entry.coursework,
  };
}

export function catalogueFacts(degree: Degree): DegreeFacts {
  return {
    level: degree.level,
    field: degree.field,
    accredited: true,
    program_accreditation: degree.program_accreditation,
    field_experience: degree.program_accreditation !== 'none' || (degree.field_hours ?? 0) > 0,
    internship_hours: degree.field_hours,
    internship_supervisor: null,
    coursework: null,
  };
}

/** A completed degree counts from its month on; one marked completed with a future month does not yet. */
export function isCompleted(entry: EducationEntry, asOf: Month): boolean {
  if (entry.status !== 'completed') return false;
  return entry.completed === undefined || monthIndex(entry.completed) <= monthIndex(asOf);
}

/** Degrees still to finish: in progress, or "completed" with a month after as_of. */
export function isUnderway(entry: EducationEntry, asOf: Month): boolean {
  return entry.status === 'in-progress' || !isCompleted(entry, asOf);
}

/** The person's completed degrees meeting the condition, highest level first. */
export function heldDegrees(cond: DegreeCondition, education: readonly EducationEntry[], asOf: Month) {
  return education
    .filter((e) => isCompleted(e, asOf) && degreeMeets(cond, entryFacts(e)))
    .sort((a, b) => EDUCATION_RANK[b.level] - EDUCATION_RANK[a.level]);
}

/** Highest completed education rank (-1 when none is recorded). */
export function highestRank(education: readonly EducationEntry[], asOf: Month): number {
  let best = -1;
  for (const e of education) if (isCompleted(e, asOf)) best = Math.max(best, EDUCATION_RANK[e.level]);
  return best;
}

/** A degree meeting `cond` that the person is studying for now. */
export function degreeUnderway(ctx: { profile: Profile; asOf: Month }, cond: DegreeCondition): boolean {
  return ctx.profile.education.some((e) => isUnderway(e, ctx.asOf) && degreeMeets(cond, entryFacts(e)));
}

/** The person has finished, by `asOf`, a degree meeting `cond`. */
export function holdsDegree(profile: Profile, asOf: Month, cond: DegreeCondition): boolean {
  return profile.education.some((e) => isCompleted(e, asOf) && degreeMeets(cond, entryFacts(e)));
}

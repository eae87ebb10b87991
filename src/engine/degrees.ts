import { monthIndex } from '../core/month.js';
import { ACCREDITOR_NAMES, EDUCATION_RANK, type EducationLevel } from '../core/vocabulary.js';
import type { DegreeCondition } from '../data/schema/rules.js';
import type { EducationEntry } from '../profile/schema.js';
import { joinOr } from './format.js';

const LEVEL_WORDS: Record<EducationLevel, string> = {
  'high-school': 'high-school diploma',
  'some-college': 'some college',
  certificate: 'certificate',
  associate: 'associate degree',
  diploma: 'nursing diploma',
  bachelor: "bachelor's",
  master: "master's",
  doctorate: 'doctorate',
};

export function fieldWords(field: string): string {
  return field.replace(/-/g, ' ');
}

/** "associate degree in nursing", "MSW-style" wording for one education entry. */
export function describeEducation(entry: EducationEntry): string {
  const level = LEVEL_WORDS[entry.level];
  const field =
    entry.field === 'other' || entry.level === 'high-school' ? '' : ` in ${fieldWords(entry.field)}`;
  const progress = entry.status === 'in-progress' ? ' (in progress)' : '';
  return `${level}${field}${progress}`;
}

/** "a bachelor's or higher in social work from a CSWE-accredited program" */
export function describeDegreeCondition(condition: DegreeCondition): string {
  const level = condition.levels
    ? joinOr(condition.levels.map((l) => LEVEL_WORDS[l]))
    : condition.min_level
      ? `${LEVEL_WORDS[condition.min_level]} or higher`
      : 'degree';
  const field = condition.fields ? ` in ${joinOr(condition.fields.map(fieldWords))}` : '';
  const accreditation = condition.program_accreditation
    ? ` from a ${joinOr(condition.program_accreditation.map((id) => ACCREDITOR_NAMES[id]))}-accredited program`
    : condition.accredited
      ? ' from an accredited school'
      : '';
  return `a ${level}${field}${accreditation}`;
}

/** The reasons one education entry fails a condition, in plain words; empty when it meets it. */
export function degreeShortfalls(entry: EducationEntry, condition: DegreeCondition): string[] {
  const reasons: string[] = [];
  const levelOk =
    (!condition.min_level || EDUCATION_RANK[entry.level] >= EDUCATION_RANK[condition.min_level]) &&
    (!condition.levels || condition.levels.includes(entry.level));
  const fieldOk = !condition.fields || condition.fields.includes(entry.field);
  const accreditationOk =
    !condition.program_accreditation || condition.program_accreditation.includes(entry.program_accreditation);
  const schoolOk = !condition.accredited || entry.accredited;
  if (!levelOk || !fieldOk) {
    // A different degree is needed: describe it whole rather than as a list of mismatches.
    reasons.push(describeDegreeCondition(condition));
  } else {
    if (!accreditationOk) {
      const names = condition.program_accreditation!.map((id) => ACCREDITOR_NAMES[id]);
      reasons.push(`a ${joinOr(names)}-accredited program`);
    }
    if (!schoolOk) reasons.push('a school that is institutionally accredited');
  }
  if (condition.field_experience && !entry.field_experience && levelOk && fieldOk) {
    reasons.push('a supervised field experience (practicum) in the program');
  }
  if (condition.internship) {
    const { min_hours, supervised_by } = condition.internship;
    const internship = entry.internship;
    const hoursOk = internship !== undefined && internship.hours >= min_hours;
    const supervisorOk =
      !supervised_by || (internship !== undefined && supervised_by.includes(internship.supervised_by));
    if (!hoursOk || !supervisorOk) {
      const by = supervised_by ? ` supervised by a ${joinOr(supervised_by.map((s) => s.toUpperCase()))}` : '';
      reasons.push(`an internship of ${min_hours} hours${by}`);
    }
  }
  if (condition.coursework) {
    const missing = condition.coursework.filter((course) => !entry.coursework.includes(course));
    if (missing.length > 0) reasons.push(`coursework in ${missing.map(fieldWords).join(', ')}`);
  }
  if (!condition.include_in_progress && entry.status !== 'completed') {
    reasons.push('to finish the degree');
  }
  return reasons;
}

export function matchesDegree(entry: EducationEntry, condition: DegreeCondition): boolean {
  return degreeShortfalls(entry, condition).length === 0;
}

/**
 * The month from which experience counts as "after the degree": the earliest completion among the
 * matching completed degrees. `undefined` when none matches; `null` when a matching degree is
 * undated (it may be the earliest, so all experience counts, and the caller adds a caveat).
 */
export function degreeCompletion(
  education: readonly EducationEntry[],
  condition: DegreeCondition,
): number | null | undefined {
  let earliest: number | undefined;
  let undated = false;
  for (const entry of education) {
    if (entry.status !== 'completed' || !matchesDegree(entry, { ...condition, include_in_progress: false }))
      continue;
    if (!entry.completed) {
      undated = true;
      continue;
    }
    const month = monthIndex(entry.completed);
    if (earliest === undefined || month < earliest) earliest = month;
  }
  if (undated) return null;
  return earliest;
}

import { EDUCATION_RANK } from '../../core/vocabulary.js';
import type { DegreeCondition, DegreePredicate } from '../../data/schema/rules.js';
import type { EducationEntry } from '../../profile/schema.js';
import type { DegreeShortfall, Explanation, VerdictCaveat } from '../explanation.js';
import type { CompiledNode } from '../node.js';
import type { PreparedDegree, PreparedProfile } from '../prepare.js';
import { dataCaveat, NO_CAVEATS, unconditionalCaveats } from './caveats.js';
import { unchangingNode } from './unchanging.js';

/**
 * Semester credits an entry stands for (the reading in docs/rules.md): a some-college entry its
 * own `credits` (also an in-progress degree that gives them), a completed associate degree at
 * least 60, a bachelor's or higher at least 120, anything else its own credits or none.
 */
export function creditsOf(entry: EducationEntry): number {
  const own = (entry as { credits?: number }).credits ?? 0;
  if (entry.level === 'some-college' || entry.status !== 'completed') return own;
  if (entry.level === 'associate') return Math.max(own, LEVEL_CREDITS.associate);
  return EDUCATION_RANK[entry.level] >= EDUCATION_RANK.bachelor ? Math.max(own, LEVEL_CREDITS.bachelor) : own;
}

/** Semester credits a finished associate or bachelor's degree stands for (docs/rules.md). */
export const LEVEL_CREDITS = { associate: 60, bachelor: 120 } as const;

/** A degree condition compiled once: a test of one education entry, and its shortfalls. */
export interface DegreeMatcher {
  meets(degree: PreparedDegree): boolean;
  shortfalls(entry: EducationEntry): DegreeShortfall[];
}

const matchers = new WeakMap<DegreeCondition, DegreeMatcher>();

export function degreeMatcher(condition: DegreeCondition): DegreeMatcher {
  let matcher = matchers.get(condition);
  if (!matcher) {
    matcher = buildMatcher(condition);
    matchers.set(condition, matcher);
  }
  return matcher;
}

function buildMatcher(condition: DegreeCondition): DegreeMatcher {
  const minRank = condition.min_level ? EDUCATION_RANK[condition.min_level] : -1;
  const { levels, fields, program_accreditation: accreditors, internship, coursework } = condition;
  const minCredits = condition.min_credits;
  const levelOk = (entry: EducationEntry) =>
    EDUCATION_RANK[entry.level] >= minRank &&
    (!levels || levels.includes(entry.level)) &&
    (!minCredits || creditsOf(entry) >= minCredits);
  const fieldOk = (entry: EducationEntry) => !fields || fields.includes(entry.field);
  const internshipOk = (entry: EducationEntry) => {
    if (!internship) return true;
    const held = entry.internship;
    return (
      held !== undefined &&
      held.hours >= internship.min_hours &&
      (!internship.supervised_by || internship.supervised_by.includes(held.supervised_by))
    );
  };
  const shortfalls = (entry: EducationEntry): DegreeShortfall[] => {
    const reasons: DegreeShortfall[] = [];
    const kindOk = levelOk(entry) && fieldOk(entry);
    if (!kindOk) {
      // A different degree is needed: it is described whole rather than as a list of mismatches.
      reasons.push({ reason: 'other-degree', condition });
    } else {
      if (accreditors && !accreditors.includes(entry.program_accreditation)) {
        reasons.push({ reason: 'program-accreditation', accreditors });
      }
      if (condition.accredited && !entry.accredited) reasons.push({ reason: 'school-accreditation' });
      if (condition.field_experience && !entry.field_experience) reasons.push({ reason: 'field-experience' });
    }
    if (internship && !internshipOk(entry)) {
      reasons.push({
        reason: 'internship',
        minHours: internship.min_hours,
        supervisedBy: internship.supervised_by ?? null,
      });
    }
    if (coursework) {
      const missing = coursework.filter((course) => !entry.coursework.includes(course));
      if (missing.length > 0) reasons.push({ reason: 'coursework', missing });
    }
    if (!condition.include_in_progress && entry.status !== 'completed')
      reasons.push({ reason: 'unfinished' });
    return reasons;
  };
  const meets = (degree: PreparedDegree) => {
    const entry = degree.entry;
    return (
      levelOk(entry) &&
      fieldOk(entry) &&
      (!accreditors || accreditors.includes(entry.program_accreditation)) &&
      (!condition.accredited || entry.accredited) &&
      (!condition.field_experience || entry.field_experience) &&
      internshipOk(entry) &&
      (!coursework || coursework.every((course) => entry.coursework.includes(course))) &&
      (condition.include_in_progress === true || degree.done)
    );
  };
  return { meets, shortfalls };
}

/**
 * The month from which experience counts as "after the degree": the earliest completion among the
 * matching completed degrees. `undefined` when none matches; `null` when a matching degree is
 * undated (it may be the earliest, so all experience counts, and the caller adds a caveat).
 */
export function degreeCompletion(
  prepared: PreparedProfile,
  condition: DegreeCondition,
): number | null | undefined {
  if (prepared.memo.has(condition)) return prepared.memo.get(condition) as number | null | undefined;
  const found = findCompletion(prepared, condition);
  prepared.memo.set(condition, found);
  return found;
}

function findCompletion(prepared: PreparedProfile, condition: DegreeCondition): number | null | undefined {
  const matcher = degreeMatcher(completedOnly(condition));
  let earliest: number | undefined;
  let undated = false;
  for (const degree of prepared.education) {
    if (!degree.done || !matcher.meets(degree)) continue;
    if (degree.completedAt === null) {
      undated = true;
      continue;
    }
    if (earliest === undefined || degree.completedAt < earliest) earliest = degree.completedAt;
  }
  if (undated) return null;
  return earliest;
}

const completedConditions = new WeakMap<DegreeCondition, DegreeCondition>();
function completedOnly(condition: DegreeCondition): DegreeCondition {
  if (!condition.include_in_progress) return condition;
  let strict = completedConditions.get(condition);
  if (!strict) {
    strict = { ...condition, include_in_progress: false };
    completedConditions.set(condition, strict);
  }
  return strict;
}

/** Compiles a `degree` predicate: does an education entry meet it, and if none does, why not. */
export function compileDegree(predicate: DegreePredicate): CompiledNode {
  const matcher = degreeMatcher(predicate.degree);
  const fieldCaveats = new Map<string, VerdictCaveat>();
  for (const caveat of predicate.caveats ?? []) {
    for (const field of caveat.when?.matched_fields ?? []) fieldCaveats.set(field, dataCaveat(caveat));
  }
  const always = unconditionalCaveats(predicate);
  const explain = (prepared: PreparedProfile): Explanation => {
    const education = prepared.education;
    const held = prepared.profile.education;
    let first: PreparedDegree | undefined;
    // The verdict rests on a field caveat only when every degree that meets the rule needs it.
    let allCaveated = fieldCaveats.size > 0;
    for (const degree of education) {
      if (!matcher.meets(degree)) continue;
      first ??= degree;
      if (allCaveated && !fieldCaveats.has(degree.entry.field)) allCaveated = false;
    }
    if (first) {
      const caveats = allCaveated ? [fieldCaveats.get(first.entry.field)!, ...always] : always;
      return leaf(predicate, true, caveats, { kind: 'degree', held, met: first.entry, shortfall: [] });
    }
    let shortfall: DegreeShortfall[] = [];
    let best = Number.POSITIVE_INFINITY;
    for (const degree of education) {
      const reasons = matcher.shortfalls(degree.entry);
      if (reasons.length < best) {
        best = reasons.length;
        shortfall = reasons;
      }
    }
    return leaf(predicate, false, NO_CAVEATS, { kind: 'degree', held, met: null, shortfall });
  };
  return unchangingNode(explain, (prepared) => prepared.education.some(matcher.meets));
}

export function leaf(
  rule: Explanation['rule'],
  ok: boolean,
  caveats: readonly VerdictCaveat[],
  facts: NonNullable<Explanation['facts']>,
): Explanation {
  return { kind: facts.kind, rule, ok, caveats, children: null, facts };
}

/** Does one education entry meet a degree condition (as the entry stands)? */
export function matchesDegree(entry: EducationEntry, condition: DegreeCondition): boolean {
  return degreeMatcher(condition).shortfalls(entry).length === 0;
}

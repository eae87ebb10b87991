import { EDUCATION_RANK } from '../../core/vocabulary.js';
import type { DegreeCondition, DegreePredicate } from '../../data/schema/rules.js';
import type { EducationEntry } from '../../profile/schema.js';
import { ACCREDITATION_BITS, FIELD_BITS, LEVEL_BITS } from '../bits.js';
import type { DegreeShortfall, Explanation, VerdictCaveat } from '../explanation.js';
import type { CompiledNode } from '../node.js';
import { type PreparedDegree, type PreparedProfile, prepareDegree } from '../prepare.js';
import { dataCaveat, NO_CAVEATS, unconditionalCaveats } from './caveats.js';
import { unchangingNode } from './unchanging.js';

// Re-exported: the planner reads a degree's credits beside the degree matcher.
export { creditsOf, LEVEL_CREDITS } from '../credits.js';

/** A degree condition compiled once: a test of one education entry, and its shortfalls. */
export interface DegreeMatcher {
  meets(degree: PreparedDegree): boolean;
  shortfalls(degree: PreparedDegree): DegreeShortfall[];
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
  const { program_accreditation: accreditors, internship, coursework } = condition;
  const levels = LEVEL_BITS.mask(condition.levels);
  const fields = FIELD_BITS.mask(condition.fields);
  const accreditations = ACCREDITATION_BITS.mask(accreditors);
  const minCredits = condition.min_credits;
  const levelOk = (degree: PreparedDegree) =>
    degree.rank >= minRank &&
    (levels & degree.levelBit) !== 0 &&
    (!minCredits || degree.credits >= minCredits);
  const fieldOk = (degree: PreparedDegree) => (fields & degree.fieldBit) !== 0;
  const accreditationOk = (degree: PreparedDegree) => (accreditations & degree.accreditationBit) !== 0;
  const internshipOk = (degree: PreparedDegree) => {
    if (!internship) return true;
    const held = degree.internship;
    return (
      held !== undefined &&
      held.hours >= internship.min_hours &&
      (!internship.supervised_by || internship.supervised_by.includes(held.supervised_by))
    );
  };
  // The reasons that depend only on the condition are made once.
  const otherDegree: DegreeShortfall = { reason: 'other-degree', condition };
  const accreditationShort: DegreeShortfall | null = accreditors
    ? { reason: 'program-accreditation', accreditors }
    : null;
  const internshipShort: DegreeShortfall | null = internship
    ? { reason: 'internship', minHours: internship.min_hours, supervisedBy: internship.supervised_by ?? null }
    : null;
  const shortfalls = (degree: PreparedDegree): DegreeShortfall[] => {
    const reasons: DegreeShortfall[] = [];
    const kindOk = levelOk(degree) && fieldOk(degree);
    if (!kindOk) {
      // A different degree is needed: it is described whole rather than as a list of mismatches.
      reasons.push(otherDegree);
    } else {
      if (accreditors && !accreditationOk(degree)) reasons.push(accreditationShort!);
      if (condition.accredited && !degree.accredited) reasons.push(SCHOOL_ACCREDITATION);
      if (condition.field_experience && !degree.fieldExperience) reasons.push(FIELD_EXPERIENCE);
    }
    if (internship && !internshipOk(degree)) reasons.push(internshipShort!);
    if (coursework) {
      const missing = coursework.filter((course) => !degree.coursework.includes(course));
      if (missing.length > 0) reasons.push({ reason: 'coursework', missing });
    }
    // Finishing matters only for a degree of the right kind: a BSN underway is no step to a BSW.
    if (kindOk && !condition.include_in_progress && !degree.done) reasons.push(UNFINISHED);
    return reasons;
  };
  const meets = (degree: PreparedDegree) =>
    levelOk(degree) &&
    fieldOk(degree) &&
    accreditationOk(degree) &&
    (!condition.accredited || degree.accredited) &&
    (!condition.field_experience || degree.fieldExperience) &&
    internshipOk(degree) &&
    (!coursework || coursework.every((course) => degree.coursework.includes(course))) &&
    (condition.include_in_progress === true || degree.done);
  return { meets, shortfalls };
}

const SCHOOL_ACCREDITATION: DegreeShortfall = { reason: 'school-accreditation' };
const FIELD_EXPERIENCE: DegreeShortfall = { reason: 'field-experience' };
const UNFINISHED: DegreeShortfall = { reason: 'unfinished' };

/**
 * The month from which experience counts as "after the degree": the earliest completion among the
 * matching completed degrees. `undefined` when none matches; `null` when a matching degree is
 * undated (it may be the earliest, so all experience counts, and the caller adds a caveat).
 */
export function degreeCompletion(
  prepared: PreparedProfile,
  condition: DegreeCondition,
): number | null | undefined {
  let known = prepared.afterDegree;
  if (known === null) {
    known = new Map();
    prepared.afterDegree = known;
  } else if (known.has(condition)) return known.get(condition);
  const found = findCompletion(prepared, condition);
  known.set(condition, found);
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
  const placementCaveats: { caveat: VerdictCaveat; settings: ReadonlySet<string> }[] = [];
  const unaccreditedCaveats: VerdictCaveat[] = [];
  for (const caveat of predicate.caveats ?? []) {
    if (caveat.when?.unaccredited) unaccreditedCaveats.push(dataCaveat(caveat));
    for (const field of caveat.when?.matched_fields ?? []) fieldCaveats.set(field, dataCaveat(caveat));
    const inside = caveat.when?.placement_outside;
    if (inside) placementCaveats.push({ caveat: dataCaveat(caveat), settings: new Set(inside) });
  }
  const conditional = fieldCaveats.size > 0 || placementCaveats.length > 0 || unaccreditedCaveats.length > 0;
  const unaccredited = (degree: PreparedDegree) =>
    unaccreditedCaveats.length > 0 && degree.entry.accredited === false;
  const outsidePlacement = (degree: PreparedDegree, settings: ReadonlySet<string>) => {
    const setting = degree.entry.field_placement?.setting;
    return setting !== undefined && !settings.has(setting);
  };
  /** Whether one degree that meets the rule carries a conditional caveat (no list built: a hot path). */
  const carriesOne = (degree: PreparedDegree): boolean =>
    fieldCaveats.has(degree.field) ||
    placementCaveats.some((p) => outsidePlacement(degree, p.settings)) ||
    unaccredited(degree);
  /** The conditional caveats that degree carries. */
  const caveatsOf = (degree: PreparedDegree): VerdictCaveat[] => {
    const byField = fieldCaveats.get(degree.field);
    const byPlacement = placementCaveats
      .filter((p) => outsidePlacement(degree, p.settings))
      .map((p) => p.caveat);
    const own = unaccredited(degree) ? [...byPlacement, ...unaccreditedCaveats] : byPlacement;
    return byField ? [byField, ...own] : own;
  };
  const always = unconditionalCaveats(predicate);
  const explain = (prepared: PreparedProfile): Explanation => {
    const education = prepared.education;
    const held = prepared.educationEntries;
    let first: PreparedDegree | undefined;
    // The verdict rests on a conditional caveat only when every degree that meets the rule needs one.
    let allCaveated = conditional;
    for (const degree of education) {
      if (!matcher.meets(degree)) continue;
      first ??= degree;
      if (allCaveated && !carriesOne(degree)) allCaveated = false;
    }
    if (first) {
      const caveats = allCaveated ? [...caveatsOf(first), ...always] : always;
      return leaf(predicate, true, caveats, { kind: 'degree', held, met: first.entry, shortfall: [] });
    }
    // The nearest degree: one of the right kind short of a practicum comes before one in another
    // field, which needs a whole new degree (a gerontology master's without its placement, not
    // the bachelor's in another field before it).
    let shortfall: DegreeShortfall[] = [];
    let best = Number.POSITIVE_INFINITY;
    for (const degree of education) {
      const reasons = matcher.shortfalls(degree);
      const distance = reasons.length + (reasons.some((r) => r.reason === 'other-degree') ? 100 : 0);
      if (distance < best) {
        best = distance;
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
  return degreeMatcher(condition).shortfalls(prepareDegree(entry, null)).length === 0;
}

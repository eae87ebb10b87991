import {
  EDUCATION_RANK,
  type EducationField,
  type EducationLevel,
  HOURS_PER_FULL_TIME_MONTH,
  type ProgramAccreditation,
  type Role,
  type Setting,
  SUPERVISOR_KINDS,
  type SupervisorKind,
} from '../core/vocabulary.js';
import type { Data } from '../data/model.js';
import type { DegreeCondition, ExperienceCondition, Rule } from '../data/schema/rules.js';

/**
 * What the data's rules look at, so the wizard asks only questions whose answer can change a
 * verdict: no accreditation question for a degree no rule cares about, no supervision question for
 * a role no rule counts supervision in. Derived from the rules, so new data needs no new code.
 */
export interface Relevance {
  degrees: DegreeCondition[];
  /**
   * Experience counted only after a degree: the degree, and the fewest calendar months that could
   * meet the condition. A finish month matters only with that much experience.
   */
  datedDegrees: { degree: DegreeCondition; minMonths: number }[];
  /** Experience conditions that place months in time (after a degree, within a window). */
  datedExperience: {
    roles: readonly Role[] | undefined;
    degree: DegreeCondition | undefined;
    minMonths: number;
  }[];
  experience: ExperienceCondition[];
  /** Exam ids a certification accepts on their own (in place of a license). */
  exams: Set<string>;
  /** License ids some rule asks for. */
  licenses: Set<string>;
  /** Per certification: what it takes at the least, to tell whether a question about it can matter. */
  certs: CertificationReach[];
}

export interface CertificationReach {
  id: string;
  /** Some route asks for continuing-education hours. */
  usesCe: boolean;
  /** The fewest calendar months of experience any route needs (0 when a route needs none). */
  minMonths: number;
  /** Every degree condition in its routes, and every license they name: the ways onto a route. */
  degrees: DegreeCondition[];
  licenses: string[];
}

export function analyseRules(data: Data): Relevance {
  const relevance: Relevance = {
    degrees: [],
    datedDegrees: [],
    datedExperience: [],
    experience: [],
    exams: new Set(),
    licenses: new Set(),
    certs: [],
  };
  for (const cert of data.certifications) {
    // A retired or unconfirmed certification gets no verdict, so nothing about it is worth asking.
    if (cert.status !== 'active' || cert.routes.length === 0) continue;
    let usesCe = false;
    for (const route of cert.routes) usesCe = visit(route.rule, relevance) || usesCe;
    const rules = cert.routes.map((r) => r.rule);
    relevance.certs.push({
      id: cert.id,
      usesCe,
      minMonths: Math.min(...rules.map(monthsNeeded)),
      degrees: rules.flatMap(degreeConditionsIn),
      licenses: rules.flatMap(licensesIn),
    });
  }
  // License rules say how a license is granted; their exams are implied by holding it, never asked.
  const certExams = new Set(relevance.exams);
  for (const license of data.licenses) visit(license.requires, relevance);
  relevance.exams = certExams;
  return relevance;
}

/** The fewest calendar months a predicate's experience could be met in. */
function minMonthsOf(e: ExperienceCondition): number {
  return e.min_months ?? e.min_fte_months ?? (e.min_hours ?? 0) / HOURS_PER_FULL_TIME_MONTH;
}

/** Months of experience a route needs for sure: the largest experience predicate it cannot do without. */
function monthsNeeded(rule: Rule): number {
  if ('experience' in rule) return minMonthsOf(rule.experience);
  if ('all' in rule) return Math.max(0, ...rule.all.map(monthsNeeded));
  if ('any' in rule) return Math.min(...rule.any.map(monthsNeeded));
  return 0;
}

function licensesIn(rule: Rule): string[] {
  if ('all' in rule) return rule.all.flatMap(licensesIn);
  if ('any' in rule) return rule.any.flatMap(licensesIn);
  return 'license' in rule ? rule.license.types : [];
}

/** Collects what the rule looks at; true when it asks for continuing education somewhere. */
function visit(rule: Rule, into: Relevance): boolean {
  let ce = false;
  if ('all' in rule) for (const child of rule.all) ce = visit(child, into) || ce;
  else if ('any' in rule) for (const child of rule.any) ce = visit(child, into) || ce;
  else if ('not' in rule) ce = visit(rule.not, into);
  else if ('degree' in rule) into.degrees.push(rule.degree);
  else if ('experience' in rule) {
    into.experience.push(rule.experience);
    const e = rule.experience;
    // The fewest calendar months that could meet it: what makes dating the experience worth asking.
    const minMonths = minMonthsOf(e);
    if (e.after_degree) into.datedDegrees.push({ degree: e.after_degree, minMonths });
    if (e.after_degree || e.within_months !== undefined) {
      into.datedExperience.push({ roles: e.roles, degree: e.after_degree, minMonths });
    }
  } else if ('exam' in rule) for (const id of rule.exam.ids) into.exams.add(id);
  else if ('license' in rule) for (const id of rule.license.types) into.licenses.add(id);
  else if ('ce' in rule) ce = true;
  // Caveats that merely remark on undated experience (counted_before) are not reason enough to ask.
  return ce;
}

/** Whether a degree of this level and field could meet the condition (ignoring its other parts). */
export function degreeMatches(
  condition: DegreeCondition,
  level: EducationLevel,
  field: EducationField,
): boolean {
  if (condition.levels && !condition.levels.includes(level)) return false;
  if (condition.min_level && EDUCATION_RANK[level] < EDUCATION_RANK[condition.min_level]) return false;
  if (condition.fields && !condition.fields.includes(field)) return false;
  return true;
}

function matching(relevance: Relevance, level: EducationLevel, field: EducationField): DegreeCondition[] {
  return relevance.degrees.filter((c) => degreeMatches(c, level, field));
}

/** Program accreditations some rule asks of a degree like this one (never `none`). */
export function accreditationsFor(
  relevance: Relevance,
  level: EducationLevel,
  field: EducationField,
): ProgramAccreditation[] {
  const found = new Set<ProgramAccreditation>();
  for (const condition of matching(relevance, level, field)) {
    for (const a of condition.program_accreditation ?? []) if (a !== 'none') found.add(a);
  }
  return [...found];
}

export function fieldExperienceMatters(
  relevance: Relevance,
  level: EducationLevel,
  field: EducationField,
): boolean {
  return matching(relevance, level, field).some((c) => c.field_experience === true);
}

export function internshipMatters(
  relevance: Relevance,
  level: EducationLevel,
  field: EducationField,
): boolean {
  return matching(relevance, level, field).some((c) => c.internship !== undefined);
}

/** Coursework ids some rule asks of a degree like this one. */
export function courseworkFor(relevance: Relevance, level: EducationLevel, field: EducationField): string[] {
  const ids = new Set<string>();
  for (const c of matching(relevance, level, field)) for (const id of c.coursework ?? []) ids.add(id);
  return [...ids];
}

/**
 * Whether the month a degree was finished can change a verdict: some rule counts experience only
 * after such a degree, and the person has enough experience in all for that rule to be in reach.
 */
export function finishMonthMatters(
  relevance: Relevance,
  level: EducationLevel,
  field: EducationField,
  totalMonths: number,
): boolean {
  return relevance.datedDegrees.some(
    (c) => degreeMatches(c.degree, level, field) && totalMonths >= c.minMonths,
  );
}

/**
 * Whether the month a past job ended can change a verdict: a rule places such jobs in time
 * (after a degree the person has, or within a window), and there is enough experience for it.
 */
export function endMonthMatters(
  relevance: Relevance,
  role: Role,
  totalMonths: number,
  degrees: readonly { level: EducationLevel; field?: EducationField }[],
): boolean {
  return relevance.datedExperience.some(
    (c) =>
      (!c.roles || c.roles.includes(role)) &&
      totalMonths >= c.minMonths &&
      (!c.degree || degrees.some((d) => degreeMatches(c.degree!, d.level, d.field ?? 'other'))),
  );
}

function conditionsFor(relevance: Relevance, role: Role): ExperienceCondition[] {
  return relevance.experience.filter((c) => !c.roles || c.roles.includes(role));
}

type Degrees = readonly { level: EducationLevel; field?: EducationField }[];

/**
 * Conditions that count this role and that these degrees could meet (work after a degree they
 * lack is moot), in this setting when it is known (a rule that counts hospitals only says nothing
 * about a job at a health plan).
 */
function countingFor(
  relevance: Relevance,
  role: Role,
  degrees: Degrees | undefined,
  setting?: Setting,
): ExperienceCondition[] {
  return conditionsFor(relevance, role).filter(
    (c) =>
      (!degrees ||
        !c.after_degree ||
        degrees.some((d) => degreeMatches(c.after_degree!, d.level, d.field ?? 'other'))) &&
      (setting === undefined || !c.settings || c.settings.includes(setting)),
  );
}

/** Some rule counts experience in this role (so its hours, and whether it was paid, matter). */
export function roleCounts(relevance: Relevance, role: Role, degrees?: Degrees, setting?: Setting): boolean {
  return countingFor(relevance, role, degrees, setting).length > 0;
}

/** Some rule that counts this role looks at where the work was done. */
export function settingsMatter(relevance: Relevance, role: Role, degrees?: Degrees): boolean {
  return countingFor(relevance, role, degrees).some((c) => (c.settings?.length ?? 0) > 0);
}

/** The supervisor kinds some rule counts for this role; empty when no rule asks who supervised. */
export function supervisorsFor(
  relevance: Relevance,
  role: Role,
  degrees?: Degrees,
  setting?: Setting,
): SupervisorKind[] {
  const kinds = new Set<SupervisorKind>();
  for (const c of countingFor(relevance, role, degrees, setting)) {
    for (const k of c.supervised_by ?? []) kinds.add(k);
  }
  return SUPERVISOR_KINDS.filter((k) => kinds.has(k));
}

export { FIELD_DISCIPLINES } from '../core/vocabulary.js';

/** The degree conditions anywhere in a rule. */
export function degreeConditionsIn(rule: Rule): DegreeCondition[] {
  if ('all' in rule) return rule.all.flatMap(degreeConditionsIn);
  if ('any' in rule) return rule.any.flatMap(degreeConditionsIn);
  if ('not' in rule) return [];
  return 'degree' in rule ? [rule.degree] : [];
}

/** The certifications a person could be on a route to: enough experience, and a degree or license that opens one. */
export function certificationsInReach(
  relevance: Relevance,
  totalMonths: number,
  degrees: readonly { level: EducationLevel; field?: EducationField }[],
  licenses: readonly string[],
): CertificationReach[] {
  return relevance.certs.filter(
    (c) =>
      totalMonths >= c.minMonths &&
      ((c.degrees.length === 0 && c.licenses.length === 0) ||
        c.degrees.some((d) => degrees.some((e) => degreeMatches(d, e.level, e.field ?? 'other'))) ||
        c.licenses.some((id) => licenses.includes(id))),
  );
}

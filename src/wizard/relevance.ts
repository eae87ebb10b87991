import {
  EDUCATION_RANK,
  type EducationField,
  type EducationLevel,
  type ProgramAccreditation,
  type Role,
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
  /** Degree conditions that date experience ("after the degree"): these make a finish month matter. */
  datedDegrees: DegreeCondition[];
  experience: ExperienceCondition[];
  /** Exam ids some rule accepts on their own. */
  exams: Set<string>;
  /** Licence ids some rule asks for. */
  licenses: Set<string>;
  usesCe: boolean;
}

export function analyseRules(data: Data): Relevance {
  const relevance: Relevance = {
    degrees: [],
    datedDegrees: [],
    experience: [],
    exams: new Set(),
    licenses: new Set(),
    usesCe: false,
  };
  const rules: Rule[] = [
    ...data.certifications.flatMap((c) => c.routes.map((r) => r.rule)),
    ...data.licenses.map((l) => l.requires),
  ];
  for (const rule of rules) visit(rule, relevance);
  return relevance;
}

function visit(rule: Rule, into: Relevance): void {
  if ('all' in rule) for (const child of rule.all) visit(child, into);
  else if ('any' in rule) for (const child of rule.any) visit(child, into);
  else if ('not' in rule) visit(rule.not, into);
  else if ('degree' in rule) into.degrees.push(rule.degree);
  else if ('experience' in rule) {
    into.experience.push(rule.experience);
    if (rule.experience.after_degree) into.datedDegrees.push(rule.experience.after_degree);
  } else if ('exam' in rule) for (const id of rule.exam.ids) into.exams.add(id);
  else if ('license' in rule) for (const id of rule.license.types) into.licenses.add(id);
  else if ('ce' in rule) into.usesCe = true;
  // Caveats that date experience against a degree also make the finish month matter.
  for (const caveat of rule.caveats ?? []) {
    if (caveat.when?.counted_before) into.datedDegrees.push(caveat.when.counted_before);
  }
}

/** Whether a degree of this level and field could meet the condition (ignoring its other parts). */
export function degreeMatches(condition: DegreeCondition, level: EducationLevel, field: EducationField): boolean {
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

export function internshipMatters(relevance: Relevance, level: EducationLevel, field: EducationField): boolean {
  return matching(relevance, level, field).some((c) => c.internship !== undefined);
}

/** Coursework ids some rule asks of a degree like this one. */
export function courseworkFor(relevance: Relevance, level: EducationLevel, field: EducationField): string[] {
  const ids = new Set<string>();
  for (const c of matching(relevance, level, field)) for (const id of c.coursework ?? []) ids.add(id);
  return [...ids];
}

export function finishMonthMatters(relevance: Relevance, level: EducationLevel, field: EducationField): boolean {
  return relevance.datedDegrees.some((c) => degreeMatches(c, level, field));
}

function conditionsFor(relevance: Relevance, role: Role): ExperienceCondition[] {
  return relevance.experience.filter((c) => !c.roles || c.roles.includes(role));
}

/** The supervisor kinds some rule counts for this role; empty when no rule asks who supervised. */
export function supervisorsFor(relevance: Relevance, role: Role): SupervisorKind[] {
  const kinds = new Set<SupervisorKind>();
  for (const c of conditionsFor(relevance, role)) for (const k of c.supervised_by ?? []) kinds.add(k);
  return SUPERVISOR_KINDS.filter((k) => kinds.has(k));
}

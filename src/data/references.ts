import type { PathSegment } from '../core/diagnostic.js';

/** What kind of record an id points at, and the lists where such ids live. */
export const REF_KINDS = {
  organization: { lists: ['organizations'], noun: 'organization' },
  exam: { lists: ['exams'], noun: 'exam' },
  license: { lists: ['licenses'], noun: 'license' },
  degree: { lists: ['degrees'], noun: 'degree' },
  coursework: { lists: ['coursework'], noun: 'coursework' },
  certification: { lists: ['certifications'], noun: 'certification' },
  level: { lists: ['levels'], noun: 'career level' },
  specialization: { lists: ['specializations'], noun: 'specialization' },
  skill: { lists: ['skills'], noun: 'skill' },
  occupation: { lists: ['occupations'], noun: 'outlook occupation' },
  job: { lists: ['jobs'], noun: 'job' },
  credential: { lists: ['certifications', 'licenses'], noun: 'certification or license' },
} as const satisfies Record<string, { lists: readonly string[]; noun: string }>;
export type RefKind = keyof typeof REF_KINDS;

/** One id that a record names, with its path inside the record. */
export interface Reference {
  at: PathSegment[];
  id: string;
  kind: RefKind;
}

type Rec = Record<string, unknown>;

function isRec(value: unknown): value is Rec {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function one(out: Reference[], value: unknown, at: PathSegment[], kind: RefKind): void {
  if (typeof value === 'string') out.push({ at, id: value, kind });
}

function many(out: Reference[], value: unknown, at: PathSegment[], kind: RefKind): void {
  if (!Array.isArray(value)) return;
  value.forEach((id, index) => {
    one(out, id, [...at, index], kind);
  });
}

function degreeCondition(out: Reference[], condition: unknown, at: PathSegment[]): void {
  if (isRec(condition)) many(out, condition.coursework, [...at, 'coursework'], 'coursework');
}

function caveats(out: Reference[], list: unknown, at: PathSegment[]): void {
  if (!Array.isArray(list)) return;
  list.forEach((caveat, index) => {
    if (isRec(caveat) && isRec(caveat.when)) {
      degreeCondition(out, caveat.when.counted_before, [...at, index, 'when', 'counted_before']);
      many(out, caveat.when.held_licenses, [...at, index, 'when', 'held_licenses'], 'license');
    }
  });
}

/** Every id a rule names, through all / any / not, predicates and caveats. */
export function ruleReferences(rule: unknown, at: PathSegment[], out: Reference[] = []): Reference[] {
  if (!isRec(rule)) return out;
  for (const key of ['all', 'any'] as const) {
    const children = rule[key];
    if (Array.isArray(children)) {
      children.forEach((child, index) => {
        ruleReferences(child, [...at, key, index], out);
      });
    }
  }
  if (rule.not !== undefined) ruleReferences(rule.not, [...at, 'not'], out);
  if (isRec(rule.license)) many(out, rule.license.types, [...at, 'license', 'types'], 'license');
  if (isRec(rule.certification)) {
    many(out, rule.certification.ids, [...at, 'certification', 'ids'], 'certification');
  }
  if (isRec(rule.exam)) many(out, rule.exam.ids, [...at, 'exam', 'ids'], 'exam');
  degreeCondition(out, rule.degree, [...at, 'degree']);
  if (isRec(rule.experience)) {
    degreeCondition(out, rule.experience.after_degree, [...at, 'experience', 'after_degree']);
  }
  caveats(out, rule.caveats, [...at, 'caveats']);
  return out;
}

/** The ids each kind of record names, keyed by list. Paths are relative to the record. */
const REFERENCES_BY_LIST: Record<string, (record: Rec) => Reference[]> = {
  certifications(record) {
    const out: Reference[] = [];
    one(out, record.issuer, ['issuer'], 'organization');
    if (Array.isArray(record.routes)) {
      record.routes.forEach((route, index) => {
        if (!isRec(route)) return;
        ruleReferences(route.rule, ['routes', index, 'rule'], out);
        caveats(out, route.caveats, ['routes', index, 'caveats']);
      });
    }
    return out;
  },
  exams(record) {
    const out: Reference[] = [];
    one(out, record.issuer, ['issuer'], 'organization');
    return out;
  },
  licenses(record) {
    const out: Reference[] = [];
    many(out, record.exams, ['exams'], 'exam');
    ruleReferences(record.requires, ['requires'], out);
    return out;
  },
  degrees(record) {
    const out: Reference[] = [];
    one(out, record.accreditor, ['accreditor'], 'organization');
    many(out, record.prerequisite, ['prerequisite'], 'degree');
    many(out, record.for_holders_of, ['for_holders_of'], 'license');
    return out;
  },
  bands(record) {
    const out: Reference[] = [];
    one(out, record.level, ['level'], 'level');
    one(out, record.specialization, ['specialization'], 'specialization');
    one(out, record.credential, ['credential'], 'credential');
    return out;
  },
  states(record) {
    const out: Reference[] = [];
    const exam = (value: unknown, at: PathSegment[]) => {
      if (!isRec(value)) return;
      if (typeof value.exam === 'string' && value.exam !== 'none' && value.exam !== 'unknown') {
        one(out, value.exam, [...at, 'exam'], 'exam');
      } else {
        many(out, value.exam, [...at, 'exam'], 'exam');
      }
    };
    const credential = (value: unknown, at: PathSegment[]) => {
      if (!isRec(value)) return;
      one(out, value.license, [...at, 'license'], 'license');
      exam(value, at);
      if (isRec(value.associate)) {
        one(out, value.associate.license, [...at, 'associate', 'license'], 'license');
        exam(value.associate, [...at, 'associate']);
      }
    };
    const socialWork = isRec(record.social_work) ? record.social_work : {};
    for (const level of ['bachelor', 'master', 'clinical']) {
      credential(socialWork[level], ['social_work', level]);
    }
    credential(record.counseling, ['counseling']);
    return out;
  },
  jobs(record) {
    const out: Reference[] = [];
    many(out, record.specializations, ['specializations'], 'specialization');
    one(out, record.level, ['level'], 'level');
    ruleReferences(record.requires, ['requires'], out);
    ruleReferences(record.held_when, ['held_when'], out);
    caveats(out, record.caveats, ['caveats']);
    many(out, record.next, ['next'], 'job');
    if (Array.isArray(record.states)) {
      record.states.forEach((entry, index) => {
        if (!isRec(entry)) return;
        ruleReferences(entry.requires, ['states', index, 'requires'], out);
        caveats(out, entry.caveats, ['states', index, 'caveats']);
      });
    }
    return out;
  },
  specializations(record) {
    const out: Reference[] = [];
    many(out, record.typical_degrees, ['typical_degrees'], 'degree');
    many(out, record.licenses, ['licenses'], 'license');
    many(out, record.certifications, ['certifications'], 'certification');
    many(out, record.skills, ['skills'], 'skill');
    many(out, record.outlook, ['outlook'], 'occupation');
    many(out, record.organizations, ['organizations'], 'organization');
    return out;
  },
};

export function recordReferences(list: string, record: Rec): Reference[] {
  return REFERENCES_BY_LIST[list]?.(record) ?? [];
}

import { HOURS_PER_FULL_TIME_MONTH } from '../core/vocabulary.js';
import type { Data } from '../data/model.js';
import type { DegreeCondition, Rule } from '../data/schema/rules.js';
import type { ProfileInput } from '../profile/schema.js';
import { ProfileSchema } from '../profile/schema.js';
import { explainRule } from './evaluate.js';

type Parts = Required<
  Pick<ProfileInput, 'education' | 'licenses' | 'certifications' | 'exams_passed' | 'experience'>
> & {
  ce_hours: number;
};

const empty = (): Parts => ({
  education: [],
  licenses: [],
  certifications: [],
  exams_passed: [],
  experience: [],
  ce_hours: 0,
});

function merge(a: Parts, b: Parts): Parts {
  return {
    education: [...a.education, ...b.education],
    licenses: [...a.licenses, ...b.licenses],
    certifications: [...a.certifications, ...b.certifications],
    exams_passed: [...a.exams_passed, ...b.exams_passed],
    experience: [...a.experience, ...b.experience],
    ce_hours: Math.max(a.ce_hours, b.ce_hours),
  };
}

function degreeFor(condition: DegreeCondition): Parts['education'][number] {
  return {
    level: condition.min_level ?? condition.levels?.[0] ?? 'bachelor',
    field: condition.fields?.[0] ?? 'other',
    accredited: true,
    program_accreditation: condition.program_accreditation?.[0] ?? 'none',
    field_experience: true,
    ...(condition.internship
      ? {
          internship: {
            hours: condition.internship.min_hours,
            supervised_by: condition.internship.supervised_by?.[0] ?? 'crc',
          },
        }
      : {}),
    coursework: condition.coursework ?? [],
    status: 'completed',
    completed: '1990-01',
  };
}

/** A profile that should meet `rule`, built from its own conditions; null where no profile can. */
function witness(rule: Rule, data: Data): Parts | null {
  if ('all' in rule) {
    let parts = empty();
    for (const child of rule.all) {
      const part = witness(child, data);
      if (!part) return null;
      parts = merge(parts, part);
    }
    return parts;
  }
  if ('any' in rule) {
    for (const child of rule.any) {
      const part = witness(child, data);
      if (part) return part;
    }
    return null;
  }
  if ('not' in rule) return empty();
  const parts = empty();
  if ('degree' in rule) {
    parts.education.push(degreeFor(rule.degree));
  } else if ('license' in rule) {
    const { types, statuses, independent_practice } = rule.license;
    const type = types.find(
      (id) => !independent_practice || data.byId.licenses.get(id)?.independent_practice,
    );
    if (!type) return null;
    parts.licenses.push({ type, status: statuses?.[0] ?? 'active' });
  } else if ('certification' in rule) {
    parts.certifications.push(rule.certification.ids[0]!);
  } else if ('exam' in rule) {
    parts.exams_passed.push(rule.exam.ids[0]!);
  } else if ('ce' in rule) {
    parts.ce_hours = rule.ce.min_hours;
  } else {
    const c = rule.experience;
    const fullTime = c.full_time_hours ?? 40;
    const months =
      c.min_hours !== undefined
        ? c.min_hours / ((HOURS_PER_FULL_TIME_MONTH * fullTime) / 40)
        : (c.min_fte_months ?? c.min_months!);
    const needed = Math.ceil(months);
    if (c.within_months !== undefined && needed > c.within_months) return null;
    if (c.after_degree) parts.education.push(degreeFor(c.after_degree));
    parts.experience.push({
      role: c.roles?.[0] ?? 'case-manager',
      setting: c.settings?.[0] ?? 'hospital',
      months: needed,
      hours_per_week: Math.max(40, fullTime),
      supervised_by: c.supervised_by?.[0] ?? 'ccm',
      paid: true,
      ongoing: true,
    });
  }
  return parts;
}

/**
 * True when some profile meets the rule: we build one from the rule's own conditions and check it
 * with the engine. A rule that fails here can never be satisfied (contradictory conditions, a
 * license that cannot exist, more months than its window holds, or a `not` that cancels the rest).
 */
export function isSatisfiable(rule: Rule, data: Data, asOf: string): boolean {
  const parts = witness(rule, data);
  if (!parts) return false;
  const parsed = ProfileSchema.safeParse({ version: 1, ...parts });
  if (!parsed.success) return false;
  return explainRule(rule, parsed.data, data, asOf).ok;
}

import type {
  CePredicate,
  CertificationPredicate,
  DegreePredicate,
  ExamPredicate,
  ExperiencePredicate,
  LicensePredicate,
} from '../data/schema/rules.js';
import type { EvalContext } from './context.js';
import { degreeCompletion, degreeShortfalls, describeEducation } from './degrees.js';
import { matchesRole, tallyExperience } from './experience.js';
import { atLeast, formatAmount, formatHours, joinAnd, joinOr, plural } from './format.js';
import type { EvalNode } from './types.js';

/** Evaluators for the leaf predicates. Each returns a node with have/need in plain words. */

type Leaf = Omit<EvalNode, 'requirement' | 'source'>;

export function evaluateDegree(predicate: DegreePredicate, context: EvalContext): Leaf {
  const condition = predicate.degree;
  const education = context.profile.education;
  const candidates = education.map((entry) => ({ entry, shortfalls: degreeShortfalls(entry, condition) }));
  const met = candidates.filter((c) => c.shortfalls.length === 0);
  const caveats: string[] = [];
  if (met.length > 0) {
    const fieldsNeedingCaveat = new Map<string, string>();
    for (const caveat of predicate.caveats ?? []) {
      for (const field of caveat.when?.matched_fields ?? []) fieldsNeedingCaveat.set(field, caveat.text);
    }
    // The verdict rests on a caveat only when every degree that meets the rule needs it.
    if (met.every((c) => fieldsNeedingCaveat.has(c.entry.field))) {
      caveats.push(fieldsNeedingCaveat.get(met[0]!.entry.field)!);
    }
    caveats.push(...unconditional(predicate));
    return { kind: 'degree', ok: true, have: describeEducation(met[0]!.entry), caveats };
  }
  const closest = [...candidates].sort((a, b) => a.shortfalls.length - b.shortfalls.length)[0];
  const have = education.length === 0 ? 'no degree listed' : joinAnd(education.map(describeEducation));
  const need = closest ? joinAnd(closest.shortfalls) : predicate.requirement;
  return { kind: 'degree', ok: false, have, need, caveats };
}

export function evaluateLicense(predicate: LicensePredicate, context: EvalContext): Leaf {
  const { types, statuses = ['active'], independent_practice } = predicate.license;
  const licenses = context.profile.licenses;
  const acceptable = (type: string) =>
    types.includes(type) &&
    (!independent_practice || context.data.byId.licenses.get(type)?.independent_practice === true);
  const met = licenses.find((license) => acceptable(license.type) && statuses.includes(license.status));
  const name = (type: string) => context.data.byId.licenses.get(type)?.abbreviation ?? type.toUpperCase();
  const describe = (license: (typeof licenses)[number]) =>
    `${name(license.type)} (${license.status}${license.state ? `, ${license.state}` : ''})`;
  const have = licenses.length === 0 ? 'no licence listed' : joinAnd(licenses.map(describe));
  if (met) return { kind: 'license', ok: true, have: describe(met), caveats: unconditional(predicate) };
  const wrongStatus = licenses.find((license) => acceptable(license.type));
  const wanted = joinOr(types.filter(acceptable).map(name));
  const need = wrongStatus
    ? `the ${name(wrongStatus.type)} licence to be ${joinOr(statuses)} (it is ${wrongStatus.status})`
    : `an ${joinOr(statuses)} ${wanted} licence`;
  return { kind: 'license', ok: false, have, need, caveats: [] };
}

export function evaluateCertification(predicate: CertificationPredicate, context: EvalContext): Leaf {
  const held = context.profile.certifications;
  const name = (id: string) => context.data.byId.certifications.get(id)?.abbreviation ?? id.toUpperCase();
  const met = held.find((id) => predicate.certification.ids.includes(id));
  const have = held.length === 0 ? 'no certification listed' : joinAnd(held.map(name));
  if (met) return { kind: 'certification', ok: true, have: name(met), caveats: unconditional(predicate) };
  return {
    kind: 'certification',
    ok: false,
    have,
    need: `an active ${joinOr(predicate.certification.ids.map(name))}`,
    caveats: [],
  };
}

export function evaluateExam(predicate: ExamPredicate, context: EvalContext): Leaf {
  const passed = context.profile.exams_passed;
  const name = (id: string) => context.data.byId.exams.get(id)?.name ?? id;
  const met = passed.find((id) => predicate.exam.ids.includes(id));
  const have = passed.length === 0 ? 'no exam passed' : joinAnd(passed.map(name));
  if (met) return { kind: 'exam', ok: true, have: `passed ${name(met)}`, caveats: unconditional(predicate) };
  return {
    kind: 'exam',
    ok: false,
    have,
    need: `a pass on the ${joinOr(predicate.exam.ids.map(name))}`,
    caveats: [],
  };
}

export function evaluateCe(predicate: CePredicate, context: EvalContext): Leaf {
  const have = context.profile.ce_hours;
  const need = predicate.ce.min_hours;
  const ok = atLeast(have, need);
  return {
    kind: 'ce',
    ok,
    have: plural(have, 'CE hour'),
    ...(ok ? {} : { need: `${plural(need - have, 'more CE hour')}` }),
    caveats: ok ? unconditional(predicate) : [],
  };
}

export function evaluateExperience(predicate: ExperiencePredicate, context: EvalContext): Leaf {
  const condition = predicate.experience;
  const tally = tallyExperience(condition, context);
  const [unit, have, need, label] =
    condition.min_hours !== undefined
      ? (['hours', tally.hours, condition.min_hours, 'h'] as const)
      : condition.min_months !== undefined
        ? (['months', tally.months, condition.min_months, 'months'] as const)
        : (['fte-months', tally.fteMonths, condition.min_fte_months!, 'FTE months'] as const);

  const amountOk = atLeast(have, need);
  const currentOk = !condition.currently_employed || tally.current;
  const ok = amountOk && currentOk && tally.degreeFound;

  const gaps: string[] = [];
  if (!tally.degreeFound) gaps.push('the qualifying degree first');
  if (!amountOk)
    gaps.push(
      unit === 'hours'
        ? `${formatAmount(need - have)} more hours`
        : `${formatAmount(need - have)} more ${label}`,
    );
  if (!currentOk) gaps.push('to be working in such a role now');

  const caveats: string[] = [];
  if (tally.counted.length > 0) {
    for (const caveat of predicate.caveats ?? []) {
      const when = caveat.when;
      if (!when) caveats.push(caveat.text);
      else if (when.part_time_counted && tally.partTime) caveats.push(caveat.text);
      else if (when.counted_roles?.some((role) => tally.counted.some(({ entry }) => entry.role === role))) {
        caveats.push(caveat.text);
      } else if (when.counted_before && countedBefore(tally, when.counted_before, context))
        caveats.push(caveat.text);
    }
  }
  for (const caveat of predicate.caveats ?? []) {
    const settings = caveat.when?.has_settings;
    if (!settings) continue;
    const relaxed = { ...condition, settings: undefined };
    const seen = context.profile.experience.some(
      (entry) => settings.includes(entry.setting) && matchesRole(entry, relaxed),
    );
    if (seen) caveats.push(caveat.text);
  }
  if (tally.undatedAssumed) {
    caveats.push(
      condition.after_degree
        ? 'Some experience has no start date; we counted it as coming after the degree. Add start dates to be sure.'
        : `Some experience has no start date; we counted it as falling within the last ${condition.within_months} months. Add start dates to be sure.`,
    );
  }
  if (tally.undatedDegree) {
    caveats.push(
      'Your degree has no completion date; we counted all experience as coming after it. Add the date to be sure.',
    );
  }

  const haveText = unit === 'hours' ? `${formatHours(have, 'down')} h` : `${formatAmount(have)} ${label}`;
  return {
    kind: 'experience',
    ok,
    have: haveText,
    ...(ok ? {} : { need: joinAnd(gaps) }),
    caveats,
    measure: { unit, have, need, growing: tally.current && tally.degreeFound },
  };
}

function countedBefore(
  tally: ReturnType<typeof tallyExperience>,
  condition: NonNullable<NonNullable<ExperiencePredicate['caveats']>[number]['when']>['counted_before'],
  context: EvalContext,
): boolean {
  if (!condition) return false;
  const completion = degreeCompletion(context.profile.education, condition);
  if (completion === undefined || completion === null) return false;
  return tally.counted.some(({ span }) => span.start !== null && span.start < completion);
}

/** Caveats with no condition apply whenever the node counts toward the verdict. */
function unconditional(predicate: { caveats?: { text: string; when?: unknown }[] }): string[] {
  return (predicate.caveats ?? []).filter((caveat) => !caveat.when).map((caveat) => caveat.text);
}

import type { Profile } from '../profile/schema.js';
import type { Data } from './model.js';
import type { Rule } from './schema/rules.js';
import { licensureFor } from './state-licensure.js';

/**
 * A license or registration a person holds tells which licensing exams they passed to get it: an
 * NC CSW needed the ASWB Bachelors exam, a Texas LPC Associate the National Counselor
 * Examination, an RN the NCLEX-RN. Only exams the issuing state certainly requires count: the
 * state's own list where the data has it (and every one of them is required), else the exams the
 * national rule requires of everyone. A state with no exam, or an exam we cannot name, adds none.
 */
export function examsImpliedByLicenses(profile: Profile, data: Data): Map<string, string> {
  const implied = new Map<string, string>();
  for (const held of profile.licenses) {
    if (!data.byId.licenses.has(held.type)) continue;
    const licensure = licensureFor(data, held.state ?? profile.state, held.type);
    const exams =
      licensure.source === 'state'
        ? licensure.exams !== null && licensure.exams_mode === 'all'
          ? licensure.exams
          : []
        : requiredExams(data.byId.licenses.get(held.type)!.requires);
    for (const exam of exams) if (!implied.has(exam)) implied.set(exam, held.type);
  }
  return implied;
}

const withImplied = new WeakMap<Data, WeakMap<Profile, Profile>>();

/**
 * The profile with the exams its licenses imply added to `exams_passed` (the same object when
 * none, and the same object for the same profile and data: the engine's preparation is cached by it).
 */
export function withExamsOfHeldLicenses(profile: Profile, data: Data): Profile {
  let known = withImplied.get(data);
  if (!known) {
    known = new WeakMap();
    withImplied.set(data, known);
  }
  let result = known.get(profile);
  if (!result) {
    result = addImplied(profile, data);
    known.set(profile, result);
    known.set(result, result);
  }
  return result;
}

function addImplied(profile: Profile, data: Data): Profile {
  const implied = [...examsImpliedByLicenses(profile, data).keys()].filter(
    (id) => !profile.exams_passed.includes(id),
  );
  return implied.length === 0 ? profile : { ...profile, exams_passed: [...profile.exams_passed, ...implied] };
}

/** Exam ids a rule requires on every route through it (an `all` of them, or the rule itself). */
function requiredExams(rule: Rule): string[] {
  if ('exam' in rule) return rule.exam.ids.length === 1 ? [...rule.exam.ids] : [];
  if ('all' in rule) return rule.all.flatMap(requiredExams);
  return [];
}

import type { LicenseStatus } from '../../core/vocabulary.js';
import type { Data } from '../../data/model.js';
import type {
  CePredicate,
  CertificationPredicate,
  ExamPredicate,
  LicensePredicate,
} from '../../data/schema/rules.js';
import type { Profile } from '../../profile/schema.js';
import { atLeast } from '../amount.js';
import type { Explanation, VerdictCaveat } from '../explanation.js';
import type { PreparedProfile } from '../prepare.js';
import { dataCaveat, NO_CAVEATS, unconditionalCaveats } from './caveats.js';
import { leaf } from './degree.js';

/** Predicates over what the person holds: a license, a certification, an exam pass, CE hours. */

type Evaluator = (prepared: PreparedProfile) => Explanation;
const ACTIVE_ONLY: readonly LicenseStatus[] = ['active'];

export function compileLicense(predicate: LicensePredicate, data: Data): Evaluator {
  const { types, statuses = ACTIVE_ONLY, independent_practice } = predicate.license;
  // Which ids count is fixed by the data, so it is decided once here.
  const wanted = types.filter(
    (type) => !independent_practice || data.byId.licenses.get(type)?.independent_practice === true,
  );
  const always = unconditionalCaveats(predicate);
  // A caveat for holders of a title the rule does not count ("NASW may accept your registration").
  const forHolders = (predicate.caveats ?? []).filter((caveat) => caveat.when?.held_licenses);
  const holderCaveats = (held: Profile['licenses']): readonly VerdictCaveat[] => {
    if (forHolders.length === 0) return NO_CAVEATS;
    const found = forHolders.filter((c) => held.some((l) => c.when!.held_licenses!.includes(l.type)));
    return found.length === 0 ? NO_CAVEATS : found.map(dataCaveat);
  };
  return (prepared) => {
    const held = prepared.profile.licenses;
    const met = held.find((license) => wanted.includes(license.type) && statuses.includes(license.status));
    if (met)
      return leaf(predicate, true, [...always, ...holderCaveats(held)], {
        kind: 'license',
        held,
        met,
        wrongStatus: null,
        wanted,
        statuses,
      });
    const wrongStatus = held.find((license) => wanted.includes(license.type)) ?? null;
    return leaf(predicate, false, holderCaveats(held), {
      kind: 'license',
      held,
      met: null,
      wrongStatus,
      wanted,
      statuses,
    });
  };
}

export function compileCertification(predicate: CertificationPredicate): Evaluator {
  return compileHeldIds(
    predicate,
    'certification',
    predicate.certification.ids,
    (p) => p.profile.certifications,
  );
}

export function compileExam(predicate: ExamPredicate): Evaluator {
  return compileHeldIds(predicate, 'exam', predicate.exam.ids, (p) => p.profile.exams_passed);
}

/** Holds one of these ids (a certification, an exam pass): the same test, over another list. */
function compileHeldIds(
  predicate: CertificationPredicate | ExamPredicate,
  kind: 'certification' | 'exam',
  wanted: readonly string[],
  heldOf: (prepared: PreparedProfile) => readonly string[],
): Evaluator {
  const always = unconditionalCaveats(predicate);
  return (prepared) => {
    const held = heldOf(prepared);
    const met = held.find((id) => wanted.includes(id)) ?? null;
    return leaf(predicate, met !== null, met ? always : NO_CAVEATS, { kind, held, met, wanted });
  };
}

export function compileCe(predicate: CePredicate): Evaluator {
  const need = predicate.ce.min_hours;
  const always = unconditionalCaveats(predicate);
  return (prepared) => {
    const have = prepared.profile.ce_hours;
    const ok = atLeast(have, need);
    return leaf(predicate, ok, ok ? always : NO_CAVEATS, { kind: 'ce', have, need });
  };
}

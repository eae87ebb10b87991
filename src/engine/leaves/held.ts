import type { LicenseStatus } from '../../core/vocabulary.js';
import type { Data } from '../../data/model.js';
import type {
  CePredicate,
  CertificationPredicate,
  ExamPredicate,
  LicensePredicate,
} from '../../data/schema/rules.js';
import { atLeast } from '../amount.js';
import { STATUS_BITS } from '../bits.js';
import type { Explanation, VerdictCaveat } from '../explanation.js';
import type { CompiledNode } from '../node.js';
import type { PreparedLicense, PreparedProfile } from '../prepare.js';
import { dataCaveat, NO_CAVEATS, unconditionalCaveats } from './caveats.js';
import { leaf } from './degree.js';
import { unchangingNode } from './unchanging.js';

/** Predicates over what the person holds: a license, a certification, an exam pass, CE hours. */

const ACTIVE_ONLY: readonly LicenseStatus[] = ['active'];

export function compileLicense(predicate: LicensePredicate, data: Data): CompiledNode {
  const { types, statuses = ACTIVE_ONLY, independent_practice } = predicate.license;
  // Which ids count is fixed by the data, so it is decided once here.
  const wanted = types.filter(
    (type) => !independent_practice || data.byId.licenses.get(type)?.independent_practice === true,
  );
  const always = unconditionalCaveats(predicate);
  // A caveat for holders of a title the rule does not count ("NASW may accept your registration").
  const forHolders = (predicate.caveats ?? []).filter((caveat) => caveat.when?.held_licenses);
  const holderCaveats = (held: readonly PreparedLicense[]): readonly VerdictCaveat[] => {
    if (forHolders.length === 0) return NO_CAVEATS;
    const found = forHolders.filter((c) => held.some((l) => c.when!.held_licenses!.includes(l.type)));
    return found.length === 0 ? NO_CAVEATS : found.map(dataCaveat);
  };
  const statusMask = STATUS_BITS.mask(statuses);
  const counts = (license: PreparedLicense) =>
    (statusMask & license.statusBit) !== 0 && wanted.includes(license.type);
  const explain = (prepared: PreparedProfile): Explanation => {
    const held = prepared.given.licenses;
    const met = prepared.licenses.find(counts);
    if (met) {
      const holders = holderCaveats(prepared.licenses);
      return leaf(predicate, true, holders.length === 0 ? always : [...always, ...holders], {
        kind: 'license',
        held,
        met: met.entry,
        wrongStatus: null,
        wanted,
        statuses,
      });
    }
    const wrongStatus = prepared.licenses.find((license) => wanted.includes(license.type));
    return leaf(predicate, false, holderCaveats(prepared.licenses), {
      kind: 'license',
      held,
      met: null,
      wrongStatus: wrongStatus?.entry ?? null,
      wanted,
      statuses,
    });
  };
  return unchangingNode(explain, (prepared) => prepared.licenses.some(counts));
}

export function compileCertification(predicate: CertificationPredicate): CompiledNode {
  return compileHeldIds(
    predicate,
    'certification',
    predicate.certification.ids,
    (p) => p.profile.certifications,
  );
}

export function compileExam(predicate: ExamPredicate): CompiledNode {
  return compileHeldIds(predicate, 'exam', predicate.exam.ids, (p) => p.profile.exams_passed);
}

/** Holds one of these ids (a certification, an exam pass): the same test, over another list. */
function compileHeldIds(
  predicate: CertificationPredicate | ExamPredicate,
  kind: 'certification' | 'exam',
  wanted: readonly string[],
  heldOf: (prepared: PreparedProfile) => readonly string[],
): CompiledNode {
  const always = unconditionalCaveats(predicate);
  const counts = (id: string) => wanted.includes(id);
  const explain = (prepared: PreparedProfile): Explanation => {
    const held = heldOf(prepared);
    const met = held.find(counts) ?? null;
    return leaf(predicate, met !== null, met ? always : NO_CAVEATS, { kind, held, met, wanted });
  };
  return unchangingNode(explain, (prepared) => heldOf(prepared).some(counts));
}

export function compileCe(predicate: CePredicate): CompiledNode {
  const need = predicate.ce.min_hours;
  const always = unconditionalCaveats(predicate);
  const explain = (prepared: PreparedProfile): Explanation => {
    const have = prepared.given.ce_hours;
    const ok = atLeast(have, need);
    return leaf(predicate, ok, ok ? always : NO_CAVEATS, { kind: 'ce', have, need });
  };
  return unchangingNode(explain, (prepared) => atLeast(prepared.given.ce_hours, need));
}

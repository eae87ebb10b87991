import { HOURS_PER_FULL_TIME_MONTH } from '../../core/vocabulary.js';
import type { DegreeCondition, ExperienceCondition, ExperiencePredicate } from '../../data/schema/rules.js';
import type { ExperienceEntry } from '../../profile/schema.js';
import { atLeast, EPSILON } from '../amount.js';
import { ROLE_BITS, SETTING_BITS, SUPERVISOR_BITS } from '../bits.js';
import type { ExperienceFacts, ExperienceUnit, Explanation, VerdictCaveat } from '../explanation.js';
import { type CompiledNode, NEVER } from '../node.js';
import type { PreparedProfile, PreparedRole } from '../prepare.js';
import { dataCaveat, NO_CAVEATS } from './caveats.js';
import { degreeCompletion, leaf } from './degree.js';

/** Does an experience entry have the role, setting, supervision and pay a condition asks for? */
export function matchesRole(entry: ExperienceEntry, condition: ExperienceCondition): boolean {
  if (condition.roles && !condition.roles.includes(entry.role)) return false;
  if (condition.settings && !condition.settings.includes(entry.setting)) return false;
  if (condition.supervised_by && !condition.supervised_by.includes(entry.supervised_by)) return false;
  if (condition.paid && !entry.paid) return false;
  return true;
}

/** The same test over a prepared role, compiled once per condition. */
function roleMatcher(condition: ExperienceCondition): (role: PreparedRole) => boolean {
  const roles = ROLE_BITS.mask(condition.roles);
  const settings = SETTING_BITS.mask(condition.settings);
  const supervisors = SUPERVISOR_BITS.mask(condition.supervised_by);
  const paid = condition.paid === true;
  return (role) =>
    (roles & role.roleBit) !== 0 &&
    (settings & role.settingBit) !== 0 &&
    (supervisors & role.supervisorBit) !== 0 &&
    (!paid || role.paid);
}

/** One measurement of an experience condition at a month: the amounts it counts and why. */
interface Measure {
  /** The amount counted, in the condition's unit, and its per-month growth from here on. */
  have: number;
  rate: number;
  /** The degree the rule counts from is held (or the rule names none). */
  degreeFound: boolean;
  /** The degree counted from has no completion month. */
  undatedDegree: boolean;
  /** A matching role is ongoing. */
  current: boolean;
  /** A role of the condition's kinds, settings and pay is ongoing, whoever supervises it. */
  working: boolean;
  /** Roles that contributed months. */
  counted: number;
  partTime: boolean;
  undatedAssumed: boolean;
  /** Earliest start among the counted dated roles (for "counted before the degree" caveats). */
  earliestCountedStart: number;
  /** The counted roles, as bits. */
  countedRoles: number;
}

/** Compiles an `experience` predicate: adds up the experience it counts at a month. */
export function compileExperience(predicate: ExperiencePredicate): CompiledNode {
  const condition = predicate.experience;
  const fullTime = condition.full_time_hours ?? 40;
  const hoursPerFteMonth = (fullTime / 40) * HOURS_PER_FULL_TIME_MONTH;
  const [unit, need]: [ExperienceUnit, number] =
    condition.min_hours !== undefined
      ? ['hours', condition.min_hours]
      : condition.min_months !== undefined
        ? ['months', condition.min_months]
        : ['fte-months', condition.min_fte_months!];
  const afterDegree = condition.after_degree;
  const withinMonths = condition.within_months;
  const currentlyEmployed = condition.currently_employed === true;
  const caveats = predicate.caveats ?? [];
  // Each caveat's condition, read once: the tests below then compare booleans and bits.
  const caveatTests = caveats.map((caveat) => ({
    caveat: dataCaveat(caveat),
    always: !caveat.when,
    partTime: caveat.when?.part_time_counted === true,
    roles: caveat.when?.counted_roles ? ROLE_BITS.mask(caveat.when.counted_roles) : 0,
    // With counted roles, `has_settings` narrows the caveat further (both must hold): an MDS
    // coordinator's care coordination in long-term care, not a health plan's.
    settings:
      caveat.when?.counted_roles && caveat.when.has_settings
        ? SETTING_BITS.mask(caveat.when.has_settings)
        : 0,
    before: caveat.when?.counted_before ?? null,
  }));
  const settingCaveats = caveats
    .filter((caveat) => caveat.when?.has_settings && !caveat.when.counted_roles && !caveat.when.has_roles)
    .map((caveat) => ({
      caveat: dataCaveat(caveat),
      settings: SETTING_BITS.mask(caveat.when!.has_settings!),
    }));
  // A role caveat is about a role the rule may leave out (utilization review for the CCM): it
  // applies whenever the profile has the role, counted or not; with `has_settings` beside it, only
  // for that role in one of those settings (a hospital social worker's, not a school's).
  const roleCaveats = caveats
    .filter((caveat) => caveat.when?.has_roles)
    .map((caveat) => ({
      caveat: dataCaveat(caveat),
      roles: ROLE_BITS.mask(caveat.when!.has_roles!),
      settings: caveat.when!.has_settings ? SETTING_BITS.mask(caveat.when!.has_settings) : 0,
    }));
  // A setting caveat is about the setting: it applies whoever supervised the role (the wizard
  // asks about supervision only where a rule could count it).
  const relaxed = roleMatcher({ ...condition, settings: undefined, supervised_by: undefined });
  const counts = roleMatcher(condition);
  // Working in the field now is about the post, not its supervision: a care-management supervisor
  // whose own work no one supervises is working in care management (NACCM), though only
  // supervised years count toward the amount.
  const inField = roleMatcher({ ...condition, supervised_by: undefined });
  const undatedCaveat: VerdictCaveat = {
    code: 'undated-experience',
    afterDegree: afterDegree !== undefined,
    withinMonths: withinMonths ?? null,
  };
  // One scratch measurement per compiled leaf, reused: evaluation is synchronous and a leaf
  // reads its measurement before it measures again.
  const m: Measure = {
    have: 0,
    rate: 0,
    degreeFound: true,
    undatedDegree: false,
    current: false,
    working: false,
    counted: 0,
    partTime: false,
    undatedAssumed: false,
    earliestCountedStart: Number.POSITIVE_INFINITY,
    countedRoles: 0,
  };

  /** Fills `m` for month `at`. */
  function measure(prepared: PreparedProfile, at: number): void {
    let from = Number.NEGATIVE_INFINITY;
    m.degreeFound = true;
    m.undatedDegree = false;
    if (afterDegree) {
      const completion = degreeCompletion(prepared, afterDegree);
      if (completion === undefined) m.degreeFound = false;
      else if (completion === null) m.undatedDegree = true;
      else from = completion;
    }
    if (withinMonths !== undefined) from = Math.max(from, at - withinMonths);

    let months = 0;
    let fteMonths = 0;
    let monthsRate = 0;
    let fteRate = 0;
    let counted = 0;
    let partTime = false;
    let current = false;
    let undatedAssumed = false;
    let earliest = Number.POSITIVE_INFINITY;
    let roles = 0;
    if (m.degreeFound) {
      const asOf = prepared.asOf;
      for (const role of prepared.roles) {
        if (!counts(role)) continue;
        const { start, ongoing, months: given } = role;
        // Where the role sits in time at `at`. An ongoing role runs up to `at` (so projecting
        // forward adds months); a dated past role runs from its start for its months; an undated
        // past role has a length but no position, and counts whole (a caveat says so). A dated
        // one counts only inside [from, at].
        const dated = ongoing || start !== null;
        let begins = 0;
        let span: number;
        if (ongoing) {
          begins = start ?? at - (given + Math.max(0, at - asOf));
          span = Math.max(0, at - Math.max(begins, from));
        } else if (start !== null) {
          begins = start;
          span = Math.max(0, Math.min(start + given, at) - Math.max(start, from));
        } else span = given;
        const fraction = Math.min(role.hoursPerWeek / fullTime, 1);
        if (ongoing) current = true;
        // Growth from here on: an ongoing role, or a dated one whose given months run past `at`.
        if (ongoing || (start !== null && start + given > at)) {
          monthsRate += 1;
          fteRate += fraction;
        }
        if (span <= 0) continue;
        counted++;
        if (!dated) {
          if (from > Number.NEGATIVE_INFINITY) undatedAssumed = true;
        } else if (begins < earliest) earliest = begins;
        if (fraction < 1) partTime = true;
        months += span;
        fteMonths += span * fraction;
        roles |= role.roleBit;
      }
    }
    m.have = unit === 'hours' ? fteMonths * hoursPerFteMonth : unit === 'months' ? months : fteMonths;
    m.rate = unit === 'hours' ? fteRate * hoursPerFteMonth : unit === 'months' ? monthsRate : fteRate;
    m.current = current;
    m.working = currentlyEmployed && prepared.roles.some((role) => role.ongoing && inField(role));
    m.counted = counted;
    m.partTime = partTime;
    m.undatedAssumed = undatedAssumed;
    m.earliestCountedStart = earliest;
    m.countedRoles = roles;
  }

  const explain = (prepared: PreparedProfile, at: number): Explanation => {
    measure(prepared, at);
    const { have, degreeFound } = m;
    const notCurrent = currentlyEmployed && !m.working;
    const ok = atLeast(have, need) && !notCurrent && degreeFound;

    let found: VerdictCaveat[] | null = null;
    if (m.counted > 0) {
      for (const test of caveatTests) {
        if (
          test.always ||
          (test.partTime && m.partTime) ||
          ((test.roles & m.countedRoles) !== 0 &&
            (test.settings === 0 || (test.settings & prepared.settingBits) !== 0)) ||
          (test.before !== null && countedBefore(prepared, test.before, m))
        ) {
          found = withCaveat(found, test.caveat);
        }
      }
    }
    for (const { caveat, settings } of settingCaveats) {
      if ((settings & prepared.settingBits) !== 0 && hasSetting(prepared.roles, settings, relaxed)) {
        found = withCaveat(found, caveat);
      }
    }
    for (const { caveat, roles, settings } of roleCaveats) {
      if ((roles & prepared.roleBits) === 0) continue;
      if (
        settings === 0 ||
        prepared.roles.some((r) => (r.roleBit & roles) !== 0 && (r.settingBit & settings) !== 0)
      )
        found = withCaveat(found, caveat);
    }
    if (m.undatedAssumed) found = withCaveat(found, undatedCaveat);
    if (m.undatedDegree) found = withCaveat(found, UNDATED_DEGREE);

    return leaf(predicate, ok, found ?? NO_CAVEATS, {
      kind: 'experience',
      unit,
      have,
      need,
      growing: m.current && degreeFound,
      rate: degreeFound ? m.rate : 0,
      degreeFirst: !degreeFound,
      notCurrent,
    });
  };

  const wait = (prepared: PreparedProfile, at: number, known: Explanation | null): number => {
    // At as_of the tree has the facts already.
    if (known !== null && at === prepared.asOf) return factsWait(known.ok, known.facts as ExperienceFacts);
    measure(prepared, at);
    const notCurrent = currentlyEmployed && !m.working;
    const ok = atLeast(m.have, need) && !notCurrent && m.degreeFound;
    return amountWait(ok, m.current && m.degreeFound, notCurrent, m.degreeFound ? m.rate : 0, m.have, need);
  };

  return { explain, wait };
}

function factsWait(ok: boolean, facts: ExperienceFacts): number {
  return amountWait(ok, facts.growing, facts.notCurrent, facts.rate, facts.have, facts.need);
}

/** The months until an amount growing at `rate` a month reaches `need` (0 when it holds). */
function amountWait(
  ok: boolean,
  growing: boolean,
  notCurrent: boolean,
  rate: number,
  have: number,
  need: number,
): number {
  if (ok) return 0;
  if (!growing || notCurrent || rate <= 0) return NEVER;
  return Math.max(1, Math.floor((need - have - EPSILON) / rate));
}

function hasSetting(
  roles: readonly PreparedRole[],
  settings: number,
  matches: (role: PreparedRole) => boolean,
): boolean {
  for (const role of roles) if ((settings & role.settingBit) !== 0 && matches(role)) return true;
  return false;
}

/** Most leaves find no caveat: the list is made for the first one. */
function withCaveat(list: VerdictCaveat[] | null, caveat: VerdictCaveat): VerdictCaveat[] {
  if (list === null) return [caveat];
  list.push(caveat);
  return list;
}

const UNDATED_DEGREE: VerdictCaveat = { code: 'undated-degree' };

/** Some counted months lie before the first completed degree of this kind. */
function countedBefore(prepared: PreparedProfile, condition: DegreeCondition, measured: Measure): boolean {
  const completion = degreeCompletion(prepared, condition);
  if (completion === undefined || completion === null) return false;
  return measured.earliestCountedStart < completion;
}

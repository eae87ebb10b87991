import { HOURS_PER_FULL_TIME_MONTH } from '../../core/vocabulary.js';
import type { ExperienceCondition, ExperiencePredicate } from '../../data/schema/rules.js';
import type { ExperienceEntry } from '../../profile/schema.js';
import { atLeast } from '../amount.js';
import type { ExperienceUnit, Explanation, VerdictCaveat } from '../explanation.js';
import type { PreparedProfile, PreparedRole } from '../prepare.js';
import { dataCaveat } from './caveats.js';
import { degreeCompletion, leaf } from './degree.js';

/** Does an experience entry have the role, setting, supervision and pay a condition asks for? */
export function matchesRole(entry: ExperienceEntry, condition: ExperienceCondition): boolean {
  if (condition.roles && !condition.roles.includes(entry.role)) return false;
  if (condition.settings && !condition.settings.includes(entry.setting)) return false;
  if (condition.supervised_by && !condition.supervised_by.includes(entry.supervised_by)) return false;
  if (condition.paid && !entry.paid) return false;
  return true;
}

/**
 * Where a role sits in time at month `at`. An ongoing role runs up to `at` (so projecting forward
 * adds months); a dated past role runs from its start for its months; an undated past role has a
 * length but no position (start and end NaN).
 */
function spanAt(
  role: PreparedRole,
  asOf: number,
  at: number,
  out: { months: number; start: number; end: number },
) {
  const entry = role.entry;
  const start = role.start;
  if (entry.ongoing) {
    if (start !== null) {
      out.months = Math.max(0, at - start);
      out.start = start;
    } else {
      out.months = entry.months + Math.max(0, at - asOf);
      out.start = at - out.months;
    }
    out.end = at;
  } else if (start !== null) {
    const end = Math.min(start + entry.months, at);
    out.months = Math.max(0, end - start);
    out.start = start;
    out.end = end;
  } else {
    out.months = entry.months;
    out.start = Number.NaN;
    out.end = Number.NaN;
  }
}

interface Tally {
  months: number;
  fteMonths: number;
  hours: number;
  /** Per-month growth of each amount from the ongoing roles that count. */
  monthsRate: number;
  fteRate: number;
  partTime: boolean;
  current: boolean;
  undatedAssumed: boolean;
  /** Earliest start among the counted dated roles (for "counted before the degree" caveats). */
  earliestCountedStart: number;
  countedRoles: Set<string> | null;
}

/** Compiles an `experience` predicate: adds up the experience it counts at a month. */
export function compileExperience(
  predicate: ExperiencePredicate,
): (prepared: PreparedProfile, at: number) => Explanation {
  const condition = predicate.experience;
  const fullTime = condition.full_time_hours ?? 40;
  const hoursPerFteMonth = (fullTime / 40) * HOURS_PER_FULL_TIME_MONTH;
  const [unit, need]: [ExperienceUnit, number] =
    condition.min_hours !== undefined
      ? ['hours', condition.min_hours]
      : condition.min_months !== undefined
        ? ['months', condition.min_months]
        : ['fte-months', condition.min_fte_months!];
  const caveats = predicate.caveats ?? [];
  const needsRoles = caveats.some((caveat) => caveat.when?.counted_roles);
  const settingCaveats = caveats
    .filter((caveat) => caveat.when?.has_settings)
    .map((caveat) => ({ caveat: dataCaveat(caveat), settings: caveat.when!.has_settings! }));
  // A setting caveat is about the setting: it applies whoever supervised the role (the wizard
  // asks about supervision only where a rule could count it).
  const relaxed: ExperienceCondition = { ...condition, settings: undefined, supervised_by: undefined };
  const undatedCaveat: VerdictCaveat = {
    code: 'undated-experience',
    afterDegree: condition.after_degree !== undefined,
    withinMonths: condition.within_months ?? null,
  };
  const span = { months: 0, start: 0, end: 0 };

  return (prepared, at) => {
    let from = Number.NEGATIVE_INFINITY;
    let degreeFound = true;
    let undatedDegree = false;
    if (condition.after_degree) {
      const completion = degreeCompletion(prepared, condition.after_degree);
      if (completion === undefined) degreeFound = false;
      else if (completion === null) undatedDegree = true;
      else from = completion;
    }
    if (condition.within_months !== undefined) from = Math.max(from, at - condition.within_months);

    const tally: Tally = {
      months: 0,
      fteMonths: 0,
      hours: 0,
      monthsRate: 0,
      fteRate: 0,
      partTime: false,
      current: false,
      undatedAssumed: false,
      earliestCountedStart: Number.POSITIVE_INFINITY,
      countedRoles: null,
    };
    let counted = 0;
    if (degreeFound) {
      for (const role of prepared.roles) {
        const entry = role.entry;
        if (!matchesRole(entry, condition)) continue;
        spanAt(role, prepared.asOf, at, span);
        // An undated span counts whole (a caveat says so); a dated one only inside [from, at].
        const months = Number.isNaN(span.start)
          ? span.months
          : Math.max(0, Math.min(span.end, at) - Math.max(span.start, from));
        const fraction = Math.min(entry.hours_per_week / fullTime, 1);
        if (entry.ongoing) tally.current = true;
        // Growth from here on: an ongoing role, or a dated one whose given months run past `at`.
        if (entry.ongoing || (role.start !== null && role.start + entry.months > at)) {
          tally.monthsRate += 1;
          tally.fteRate += fraction;
        }
        if (months <= 0) continue;
        counted++;
        if (Number.isNaN(span.start)) {
          if (from > Number.NEGATIVE_INFINITY) tally.undatedAssumed = true;
        } else if (span.start < tally.earliestCountedStart) tally.earliestCountedStart = span.start;
        if (fraction < 1) tally.partTime = true;
        tally.months += months;
        tally.fteMonths += months * fraction;
        if (needsRoles) {
          tally.countedRoles ??= new Set();
          tally.countedRoles.add(entry.role);
        }
      }
    }
    tally.hours = tally.fteMonths * hoursPerFteMonth;

    const have = unit === 'hours' ? tally.hours : unit === 'months' ? tally.months : tally.fteMonths;
    const rate =
      unit === 'hours'
        ? tally.fteRate * hoursPerFteMonth
        : unit === 'months'
          ? tally.monthsRate
          : tally.fteRate;
    const amountOk = atLeast(have, need);
    const notCurrent = condition.currently_employed === true && !tally.current;
    const ok = amountOk && !notCurrent && degreeFound;

    const found: VerdictCaveat[] = [];
    if (counted > 0) {
      for (const caveat of caveats) {
        const when = caveat.when;
        if (!when) found.push(dataCaveat(caveat));
        else if (when.part_time_counted && tally.partTime) found.push(dataCaveat(caveat));
        else if (when.counted_roles?.some((role) => tally.countedRoles?.has(role)))
          found.push(dataCaveat(caveat));
        else if (when.counted_before && countedBefore(prepared, when.counted_before, tally)) {
          found.push(dataCaveat(caveat));
        }
      }
    }
    for (const { caveat, settings } of settingCaveats) {
      const seen = prepared.profile.experience.some(
        (entry) => settings.includes(entry.setting) && matchesRole(entry, relaxed),
      );
      if (seen) found.push(caveat);
    }
    if (tally.undatedAssumed) found.push(undatedCaveat);
    if (undatedDegree) found.push(UNDATED_DEGREE);

    return leaf(predicate, ok, found, {
      kind: 'experience',
      unit,
      have,
      need,
      growing: tally.current && degreeFound,
      rate: degreeFound ? rate : 0,
      degreeFirst: !degreeFound,
      notCurrent,
    });
  };
}

const UNDATED_DEGREE: VerdictCaveat = { code: 'undated-degree' };

function countedBefore(
  prepared: PreparedProfile,
  condition: NonNullable<NonNullable<ExperiencePredicate['caveats']>[number]['when']>['counted_before'],
  tally: Tally,
): boolean {
  if (!condition) return false;
  const completion = degreeCompletion(prepared, condition);
  if (completion === undefined || completion === null) return false;
  return tally.earliestCountedStart < completion;
}

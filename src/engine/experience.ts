import { monthIndex } from '../core/month.js';
import { HOURS_PER_FULL_TIME_MONTH } from '../core/vocabulary.js';
import type { ExperienceCondition } from '../data/schema/rules.js';
import type { ExperienceEntry } from '../profile/schema.js';
import type { EvalContext } from './context.js';
import { degreeCompletion } from './degrees.js';

/** Where an experience entry sits in time at the evaluated month; `start`/`end` null when undated. */
interface Span {
  months: number;
  start: number | null;
  end: number | null;
}

/**
 * An ongoing role runs up to the evaluated month (so projecting forward adds months); a dated past
 * role runs from its start for its months; an undated past role has a length but no position.
 */
export function spanOf(entry: ExperienceEntry, context: EvalContext): Span {
  const start = entry.start ? monthIndex(entry.start) : null;
  if (entry.ongoing) {
    if (start !== null) return { months: Math.max(0, context.at - start), start, end: context.at };
    const months = entry.months + Math.max(0, context.at - context.asOf);
    return { months, start: context.at - months, end: context.at };
  }
  if (start !== null) {
    const end = Math.min(start + entry.months, context.at);
    return { months: Math.max(0, end - start), start, end };
  }
  return { months: entry.months, start: null, end: null };
}

/** Months of `span` inside [from, to]; an undated span counts whole (the caller adds a caveat). */
function monthsWithin(span: Span, from: number, to: number): number {
  if (span.start === null || span.end === null) return span.months;
  return Math.max(0, Math.min(span.end, to) - Math.max(span.start, from));
}

export interface ExperienceTally {
  /** Calendar months in matching roles (within the window / after the degree). */
  months: number;
  /** Full-time-equivalent months. */
  fteMonths: number;
  hours: number;
  /** Some counted months were part-time. */
  partTime: boolean;
  /** A matching role is ongoing. */
  current: boolean;
  /** Counted entries had no dates where a rule needed them (after the degree, within a window). */
  undatedAssumed: boolean;
  /** The degree the rule counts from is completed but undated: all months were counted. */
  undatedDegree: boolean;
  /** A matching degree to count from exists (always true when the rule has no after_degree). */
  degreeFound: boolean;
  /** The entries that counted, with the months each contributed (for "counted before" caveats). */
  counted: { entry: ExperienceEntry; span: Span; months: number }[];
  /** Matching entries that the filters excluded only by setting (for "has_settings" caveats). */
  settingsSeen: Set<string>;
}

export function matchesRole(entry: ExperienceEntry, condition: ExperienceCondition): boolean {
  if (condition.roles && !condition.roles.includes(entry.role)) return false;
  if (condition.settings && !condition.settings.includes(entry.setting)) return false;
  if (condition.supervised_by && !condition.supervised_by.includes(entry.supervised_by)) return false;
  if (condition.paid && !entry.paid) return false;
  return true;
}

/** Adds up the experience a condition counts, at the evaluated month. */
export function tallyExperience(condition: ExperienceCondition, context: EvalContext): ExperienceTally {
  const fullTime = condition.full_time_hours ?? 40;
  const tally: ExperienceTally = {
    months: 0,
    fteMonths: 0,
    hours: 0,
    partTime: false,
    current: false,
    undatedAssumed: false,
    undatedDegree: false,
    degreeFound: true,
    counted: [],
    settingsSeen: new Set(context.profile.experience.map((entry) => entry.setting)),
  };

  let from = Number.NEGATIVE_INFINITY;
  if (condition.after_degree) {
    const completion = degreeCompletion(context.profile.education, condition.after_degree);
    if (completion === undefined) tally.degreeFound = false;
    else if (completion === null) tally.undatedDegree = true;
    else from = completion;
  }
  if (condition.within_months !== undefined) from = Math.max(from, context.at - condition.within_months);
  if (!tally.degreeFound) return tally;

  for (const entry of context.profile.experience) {
    if (!matchesRole(entry, condition)) continue;
    const span = spanOf(entry, context);
    const months = monthsWithin(span, from, context.at);
    if (entry.ongoing) tally.current = true;
    if (months <= 0) continue;
    const fraction = Math.min(entry.hours_per_week / fullTime, 1);
    if (span.start === null && from > Number.NEGATIVE_INFINITY) tally.undatedAssumed = true;
    if (fraction < 1) tally.partTime = true;
    tally.months += months;
    tally.fteMonths += months * fraction;
    tally.hours += months * fraction * (fullTime / 40) * HOURS_PER_FULL_TIME_MONTH;
    tally.counted.push({ entry, span, months });
  }
  return tally;
}

import { monthIndex } from '../../core/month.js';
import type { ExperienceCondition } from '../../data/schema/rules.js';
import { degreeCompletion } from '../../engine/leaves/degree.js';
import { matchesRole } from '../../engine/leaves/experience.js';
import type { ExperienceEntry } from '../../profile/schema.js';
import type { PlanContext } from '../context.js';
import type { DraftSet } from '../draft.js';
import { issuerOf } from '../issuer.js';
import { phrase } from '../phrases/index.js';
import type { Purpose } from '../phrases/requirement.js';

/**
 * Someone whose title is not "case manager" but whose work may be case management under another
 * name (a hospital social worker who plans discharges), with enough months in it to meet the
 * requirement if the issuer counts it: the plan asks them to ask the issuer before it sends them
 * to a new job. The rule's reading stays (the title is not counted); only the order changes, so a
 * person is not moved for a requirement they may already meet. Returns the step's id, or null.
 */
export function askWhetherDutiesCount(
  ctx: PlanContext,
  drafts: DraftSet,
  cond: ExperienceCondition,
  current: ExperienceEntry,
  gapFteMonths: number,
  purpose: Purpose | null,
  moreNeeded: boolean,
  /** The goal, when the certification asked about is not it (the CCM, beside an ACM-SW goal). */
  insteadOf: string | null = null,
): string | null {
  // Only a certification's own requirement is asked about (a license's supervised hours are the board's).
  const cert =
    purpose && !purpose.license
      ? ctx.data.certifications.find((c) => c.abbreviation === purpose.name)
      : undefined;
  if (!cert) return null;
  // The support rung is the one the ladder says does not count; work the profile does not name
  // (a medical assistant's, a nursing aide's) is asked about only where nothing else is missing.
  // While the route still needs a credential they lack (an RN for the ACM-RN), such work is no
  // reason to write to the issuer years early.
  if (current.role === 'case-management-assistant' || (current.role === 'other' && moreNeeded)) return null;
  // Only the title is in question, and only where the rule counts case management (or disability
  // management) itself: a route that asks for months supervising case managers is not met by a
  // social worker's own cases.
  if (cond.roles && !cond.roles.some((role) => role === 'case-manager' || role === 'disability-manager'))
    return null;
  // The work must meet the rest of the rule as it is: a CCM supervisor where the route asks for
  // one, pay where it asks for paid work. A supervisor the profile does not record ('none', the
  // default) is left to the issuer, with the duties.
  const fits = (entry: ExperienceEntry) =>
    entry.role === current.role &&
    matchesRole(entry, {
      ...cond,
      roles: undefined,
      ...(entry.supervised_by === 'none' ? { supervised_by: undefined } : {}),
    });
  // Months that must follow a degree (the C-ASWCM's after the MSW) cannot be met by work before it.
  const from = cond.after_degree ? degreeCompletion(ctx.prepared, cond.after_degree) : null;
  if (from === undefined) return null;
  const all = ctx.profile.experience
    .filter(fits)
    .reduce((sum, entry) => sum + monthsFrom(entry, from) * Math.min(entry.hours_per_week / 40, 1), 0);
  // Only the window's months count where the rule has one (the CDMS's last 36).
  const months = cond.within_months !== undefined ? Math.min(all, cond.within_months) : all;
  // Too few months yet: still worth asking from a post the person is in, where staying gives the
  // rest sooner than a new post would (its search, then every month again), but not for a
  // certification beside the goal, whose only point is being open now.
  const short = months + 1e-9 < gapFteMonths;
  if (short && (insteadOf !== null || !current.ongoing || !fits(current))) return null;
  const rest = short ? Math.ceil(gapFteMonths - months - 1e-9) : null;
  const issuer = issuerOf(ctx.data, cert);
  const asked = { issuer, role: current.role, abbreviation: cert.abbreviation };
  return drafts.add({
    id: `ask-duties-${cert.id}`,
    kind: 'certification',
    title: phrase('ask-duties.title', asked),
    why: [
      phrase(insteadOf ? 'ask-duties.why-sooner' : 'ask-duties.why', {
        insteadOf,
        rest,
        ...asked,
        months: Math.floor(months),
        fte: ctx.profile.experience.some((entry) => fits(entry) && entry.hours_per_week < 40),
        setting: current.setting,
        working: current.ongoing,
        moreNeeded,
        within: cond.within_months !== undefined && all > cond.within_months ? cond.within_months : null,
        // The CDMS counts absence and disability management, not case management as such: its
        // rules name only disability managers, or only workers' compensation (the CCM's list of
        // roles merely includes disability managers).
        work:
          cond.roles?.every((r) => r === 'disability-manager') ||
          cond.settings?.every((s) => s === 'workers-comp')
            ? 'disability-management'
            : 'case-management',
      }),
    ],
    // Asking costs nothing.
    cost: { min: 0, max: 0 },
    sources: [],
    duration: 1,
    after: [],
  });
}

/**
 * Whether work in the person's role could count toward `cond` at all: months that must follow a
 * degree (the C-ASWCM's after the MSW) cannot, while that degree is not finished.
 */
export function roleCanCount(ctx: PlanContext, cond: ExperienceCondition): boolean {
  return !cond.after_degree || degreeCompletion(ctx.prepared, cond.after_degree) !== undefined;
}

/** The role's months from a month index on (all of them when either is undated). */
function monthsFrom(entry: ExperienceEntry, from: number | null): number {
  if (from === null || entry.start === undefined) return entry.months;
  const start = monthIndex(entry.start);
  return Math.max(0, Math.min(entry.months, start + entry.months - Math.max(start, from)));
}

import type { Month } from '../core/month.js';
import { ROLES, type Role, SETTINGS, type Setting } from '../core/vocabulary.js';
import { chooseBand } from '../data/band-choice.js';
import type { Data } from '../data/model.js';
import type { Job, LadderLevel, SalaryBand, Specialization } from '../data/schema/families.js';
import type { PlanContext } from './context.js';
import type { DraftStep } from './draft.js';
import { statePay } from './jobs.js';
import { levelForRole } from './ladder.js';
import type { PayPointModel } from './model.js';
import type { Phrase } from './phrases/index.js';
import type { PayFigures, PaySource } from './types.js';

/**
 * Pay along the plan (docs/data-provenance.md, "Pay"). A pay figure is one BLS occupation's
 * national pay (salaries.yaml), with the state's OEWS median for the same occupation beside it.
 * Pay changes with a job, not with a degree, an exam or a license: only a step that moves the
 * person into a post changes it, and a credential gained on the way counts from the next post.
 */

/**
 * The pay band (salaries.yaml) for a ladder level: see `chooseBand` for the order of preference
 * (a credential the person holds, then their specialization, then the higher band).
 */
export function findBand(
  data: Data,
  level: string | undefined,
  specialization: string | null,
  credentials: ReadonlySet<string>,
): SalaryBand | null {
  return level ? chooseBand(data.bands, level, specialization, credentials) : null;
}

/** The band of one BLS occupation: a band with that SOC, on the given rung if there is one there. */
export function bandForSoc(data: Data, soc: string, level: string | null): SalaryBand | null {
  const bands = data.bands.filter((band) => band.soc === soc);
  return bands.find((band) => band.level === level) ?? bands[0] ?? null;
}

/** The job a profile role holds (jobs.yaml `roles`), if the data names one. */
export function jobOfRole(data: Data, role: Role): Job | undefined {
  return data.jobs.find((job) => job.roles?.includes(role));
}

/**
 * The specializations whose settings include this one (specializations.yaml), in the order a
 * post's pay is looked for. A setting several fields share (a community agency: social work,
 * substance use, housing) is read first as the goal's field when that field has it: a case manager
 * in a community substance-use program is paid as a substance-use case manager, not as the first
 * field listed. The data's order follows, for a goal field with no band the person gets.
 */
function specializationsOfSetting(
  data: Data,
  setting: Setting | undefined,
  goal: Specialization | null,
): string[] {
  if (!setting || setting === 'other') return [];
  const listed = data.specializations.filter((spec) => spec.settings.includes(setting)).map((s) => s.id);
  return goal && listed.includes(goal.id) ? [goal.id, ...listed.filter((id) => id !== goal.id)] : listed;
}

/** The case-manager band of a rung for a post in this setting (else in the goal's field). */
function bandOfSetting(
  ctx: PlanContext,
  level: string,
  setting: Setting | undefined,
  credentials: ReadonlySet<string>,
): SalaryBand | null {
  for (const specialization of specializationsOfSetting(ctx.data, setting, ctx.specialization)) {
    const band = chooseBand(ctx.data.bands, level, specialization, credentials);
    if (band) return band;
    // The goal's own field lists the setting and has no figure (housing case management in a
    // community agency): the post is read as the goal's, so no figure, never another field's.
    if (specialization === ctx.specialization?.id) return null;
  }
  // The first field's all-settings band, as before: a setting no field lists falls to the goal's.
  const first = specializationsOfSetting(ctx.data, setting, null)[0] ?? ctx.specialization?.id ?? null;
  return chooseBand(ctx.data.bands, level, first, credentials);
}

/**
 * A license the person works under now: an active one, or a restricted one (probation or
 * conditions limit it, and no certification counts it, but the holder still works in the post it
 * licenses, so today's job is paid as theirs).
 */
function practicesUnder(status: string): boolean {
  return status === 'active' || status === 'restricted';
}

/** The person's pay state: the rung they stand on, the band their job is paid as, what they hold. */
export interface PayState {
  level: string | undefined;
  band: SalaryBand | null;
  credentials: Set<string>;
}

export function initialPayState(ctx: PlanContext, level: LadderLevel | undefined): PayState {
  const held = (keep: (status: string) => boolean) =>
    new Set([
      ...ctx.profile.licenses.filter((l) => keep(l.status)).map((l) => l.type),
      ...ctx.profile.certifications,
    ]);
  // Today's job is paid under the license worked under now, restricted or not; a new post later
  // counts only an active one (a restriction may bar the move).
  const credentials = held((status) => status === 'active');
  return {
    level: level?.id,
    band: level ? bandNow(ctx, held(practicesUnder)) : (offLadderJobNow(ctx)?.band ?? null),
    credentials,
  };
}

/**
 * The ongoing job of someone not on the case-management ladder yet, when BLS pays it as one
 * occupation the data has a band for: a registered nurse as registered nurses (29-1141), a licensed
 * practical nurse as LPNs (29-2061), a counselor at a community mental health center as mental
 * health counselors (21-1018), a social
 * worker as the social-work occupation of their setting's field (a hospital social worker as
 * healthcare social workers, 21-1022). So a move into case management that BLS pays the same is
 * not shown as a raise.
 */
export function offLadderJobNow(ctx: PlanContext): { role: Role; band: SalaryBand } | null {
  for (const entry of ctx.profile.experience) {
    // Unpaid work (volunteering) is no pay today.
    if (!entry.ongoing || !entry.paid || levelForRole(ctx.data, entry.role)) continue;
    const band =
      entry.role === 'social-worker'
        ? socialWorkBandOf(ctx.data, entry.setting, ctx.specialization)
        : entry.role === 'counselor' && entry.setting === 'community-mental-health'
          ? occupationBand(ctx.data, MENTAL_HEALTH_COUNSELORS_SOC)
          : entry.role === 'utilization-review'
            ? nursingBand(ctx)
            : OFF_LADDER_SOC[entry.role]
              ? occupationBand(ctx.data, OFF_LADDER_SOC[entry.role]!)
              : null;
    if (band) return { role: entry.role, band };
  }
  return null;
}

/**
 * The pay of one BLS occupation: a rung's band paid as it (an RN case manager's, for a bedside RN),
 * or else the occupation's national median alone (salaries.yaml `bls`), with its own sources.
 */
function occupationBand(data: Data, soc: string): SalaryBand | null {
  const band = bandForSoc(data, soc, null);
  if (band) return band;
  const median = data.bls.find((b) => b.soc === soc);
  if (!median) return null;
  return {
    id: `bls-${median.id}`,
    level: 'case-manager',
    specialization: null,
    min_usd: median.median_usd,
    max_usd: median.median_usd,
    median_usd: median.median_usd,
    soc,
    basis: `${median.occupation}, ${median.period}: the median`,
    sources: median.sources,
  };
}

/** Roles BLS pays as one occupation whatever the setting. */
const OFF_LADDER_SOC: Partial<Record<Role, string>> = {
  'registered-nurse': '29-1141',
  'licensed-practical-nurse': '29-2061',
};
/**
 * A utilization reviewer, or a care coordinator, is paid as the nursing occupation of the active
 * license they hold: with one, theirs is a nursing post (an RN reviewer is one of BLS's registered
 * nurses). Without a nursing license the post has no single BLS occupation, so no figure.
 */
function nursingBand(ctx: PlanContext): SalaryBand | null {
  const active = (type: string) =>
    ctx.profile.licenses.some((l) => l.type === type && practicesUnder(l.status));
  if (active('rn')) return occupationBand(ctx.data, OFF_LADDER_SOC['registered-nurse']!);
  if (active('lpn')) return occupationBand(ctx.data, OFF_LADDER_SOC['licensed-practical-nurse']!);
  return null;
}
/** A counselor at a community mental health center, paid as BLS's mental health counselors. */
const MENTAL_HEALTH_COUNSELORS_SOC = '21-1018';

/** The case-manager band of the setting's field that is paid as a social-work occupation (21-102x). */
function socialWorkBandOf(data: Data, setting: Setting, goal: Specialization | null): SalaryBand | null {
  for (const specialization of specializationsOfSetting(data, setting, goal)) {
    const band = data.bands.find(
      (band) =>
        band.level === 'case-manager' &&
        band.specialization === specialization &&
        band.soc?.startsWith('21-102') === true,
    );
    if (band) return band;
  }
  return null;
}

/**
 * Pay today comes from the paid job the person holds: the ongoing role on the highest rung (the one
 * `currentLevel` starts from). A role the data names a job for is paid as that job's occupation
 * (none when BLS has no single one, as for care coordinators); a case manager as the band of the
 * rung for the field of their setting (a case manager at a community mental health center as a
 * mental health social worker), or for the goal's field where the setting names none.
 */
function bandNow(ctx: PlanContext, credentials: ReadonlySet<string>): SalaryBand | null {
  let best: { role: Role; setting: Setting; rung: LadderLevel } | undefined;
  for (const entry of ctx.profile.experience) {
    // Pay today is a paid job's: a volunteer post pays nothing, whatever its rung.
    if (!entry.ongoing || !entry.paid) continue;
    const rung = levelForRole(ctx.data, entry.role);
    if (rung && (!best || rung.rank > best.rung.rank))
      best = { role: entry.role, setting: entry.setting, rung };
  }
  if (!best) return null;
  const job = jobOfRole(ctx.data, best.role);
  // A care coordinator with a nursing license (an MDS coordinator in long-term care) holds a
  // nursing post: paid as the nursing occupation of that license, where the job has none.
  if (job && !job.soc && best.role === 'care-coordinator') return nursingBand(ctx);
  if (job) return job.soc ? bandForSoc(ctx.data, job.soc, job.level ?? best.rung.id) : null;
  return bandOfSetting(ctx, best.rung.id, best.setting, credentials);
}

/** What a step does to pay. */
export type PayMove =
  /** A rung that years alone reach (no job titles, no band of its own): pay stays with the job held. */
  | { kind: 'years'; level: string }
  /** A post: the band it is paid as, or null when no source gives one. */
  | { kind: 'job'; level: string; band: SalaryBand | null };

/**
 * The move a step makes onto a rung (its `gains.level`), and the band of the post it leads to:
 * a job step is paid as its job's occupation; a search for a post in a role the data names a job
 * for, as that job's; any other post, as the band of the rung for the post's setting (or the
 * goal's field) and the credentials held by then. Undefined for a step that is no move, or a move
 * down the ladder.
 */
export function moveOf(ctx: PlanContext, draft: DraftStep, state: PayState): PayMove | undefined {
  const rung = draft.gains?.level ? ctx.data.byId.levels.get(draft.gains.level) : undefined;
  if (!rung) return undefined;
  const current = state.level ? ctx.data.byId.levels.get(state.level) : undefined;
  // A post below the rung the person's years reach is no move up, unless it is a named job with a
  // BLS occupation and today's post has no figure at all: then its pay is the first the plan knows
  // (a Texas care coordinator into a DFPS caseworker's post).
  if (current && rung.rank < current.rank && !(draft.job?.soc && state.band === null)) return undefined;
  const level = current && current.rank > rung.rank ? current.id : rung.id;
  if (rung.roles.length === 0) {
    // A band written for such a rung (an overlay's) still applies; the built-in data has none.
    const band = chooseBand(ctx.data.bands, rung.id, ctx.specialization?.id ?? null, state.credentials);
    return band ? { kind: 'job', level, band } : { kind: 'years', level };
  }
  if (draft.job) {
    return {
      kind: 'job',
      level,
      band: draft.job.soc ? bandForSoc(ctx.data, draft.job.soc, rung.id) : null,
    };
  }
  const search = searchedPost(draft.id);
  const job = search.role ? jobOfRole(ctx.data, search.role) : undefined;
  if (job) return { kind: 'job', level, band: job.soc ? bandForSoc(ctx.data, job.soc, rung.id) : null };
  return { kind: 'job', level, band: bandOfSetting(ctx, rung.id, search.setting, state.credentials) };
}

/**
 * The role and setting a job search is for, read from its id (`find-job-<role>[-supervised]
 * [-<setting>]`, src/roadmap/steps/experience.ts): the draft carries only the rung it leads to.
 */
function searchedPost(id: string): { role?: Role; setting?: Setting } {
  if (!id.startsWith('find-job-')) return {};
  const rest = id.slice('find-job-'.length);
  const role = [...ROLES]
    .sort((a, b) => b.length - a.length)
    .find((r) => rest === r || rest.startsWith(`${r}-`));
  const setting = [...SETTINGS].sort((a, b) => b.length - a.length).find((s) => rest.endsWith(`-${s}`));
  return { ...(role ? { role } : {}), ...(setting ? { setting } : {}) };
}

/** The same pay: one band, or two bands of one occupation with the same figures. */
export function samePay(a: SalaryBand | null, b: SalaryBand | null): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return (
    a.soc !== undefined &&
    a.soc === b.soc &&
    a.min_usd === b.min_usd &&
    a.max_usd === b.max_usd &&
    a.median_usd === b.median_usd
  );
}

/** The middle of a band: its median, or the middle of its range where it gives none. */
export function middleOf(band: Pick<SalaryBand, 'min_usd' | 'max_usd' | 'median_usd'>): number {
  return band.median_usd ?? (band.min_usd + band.max_usd) / 2;
}

/**
 * A band's figures as the roadmap shows them: the national figures with their occupation, period
 * and sources, and the person's state's OEWS median for the same occupation where it is known.
 */
export function payFigures(ctx: PlanContext, band: SalaryBand, level: string = band.level): PayFigures {
  const bls = band.soc ? ctx.data.bls.find((b) => b.soc === band.soc) : undefined;
  const sources: PaySource[] = band.sources.map(paySource);
  const figures: PayFigures = {
    level,
    min_usd: band.min_usd,
    max_usd: band.max_usd,
    ...(band.median_usd !== undefined ? { median_usd: band.median_usd } : {}),
    ...(bls ? { occupation: bls.occupation, soc: bls.soc, period: bls.period } : {}),
    sources,
  };
  const state = ctx.profile.state;
  const pay = band.soc ? statePay(ctx.data, state, band.soc) : null;
  if (state && pay?.median_usd) {
    figures.state_median_usd = pay.median_usd;
    figures.state_median_period = `${state}, ${pay.period}`;
    const source = pay.sources[0];
    if (source?.url) figures.state_median_source = source.url;
    figures.state_median_occupation = pay.occupation;
    if (source) sources.push(paySource(source));
  }
  return figures;
}

function paySource(source: SalaryBand['sources'][number]): PaySource {
  return {
    title: source.title,
    ...(source.url ? { url: source.url } : {}),
    as_of: source.as_of,
    official: source.official === true,
  };
}

export function payPoint(
  figures: PayFigures,
  month: Month,
  label: Phrase,
  labelCredential: string | null,
  openEnded: boolean,
  labelJob: string | null = null,
): PayPointModel {
  return { month, label, labelCredential, labelJob, open_ended: openEnded, ...figures };
}

/** The BLS occupation a band is paid as ("Registered nurses"); null for a band that is not one. */
export function occupationOf(data: Data, band: SalaryBand): string | null {
  const bls = band.soc ? data.bls.find((b) => b.soc === band.soc) : undefined;
  return bls ? bls.occupation : null;
}

/**
 * The pay of the nursing license the person holds, where it is above what today's post is paid
 * as (an RN managing case managers, paid as social and community service managers at $78,240
 * against registered nurses' $93,600): the figure today likely understates their pay. Null
 * otherwise, and for a post already paid as a nursing occupation.
 */
export function licensePaysMore(ctx: PlanContext, now: PayFigures): PayFigures | null {
  const band = nursingBand(ctx);
  // A post already paid as a nursing occupation (29-xxxx) has nothing to compare.
  if (!band?.soc || now.soc?.startsWith('29-')) return null;
  const nursing = payFigures(ctx, band, now.level);
  const above = (a?: number, b?: number) => a !== undefined && b !== undefined && a > b;
  return above(nursing.median_usd, now.median_usd) || above(nursing.state_median_usd, now.state_median_usd)
    ? nursing
    : null;
}

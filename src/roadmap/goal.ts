import type { Month } from '../core/month.js';
import { type EducationField, FIELD_DISCIPLINES, type Setting } from '../core/vocabulary.js';
import type { Data } from '../data/model.js';
import type { Certification, Specialization } from '../data/schema/families.js';
import { licensureFor, titleIn } from '../data/state-licensure.js';
import type { Profile } from '../profile/schema.js';
import { compareKeys } from './compare.js';
import type { PlanContext } from './context.js';
import { isCompleted } from './degree-match.js';
import type { Deriver } from './derive.js';
import { fixed, given, type Phrase, phrase } from './phrases/index.js';
import { bestRoute, type RouteChoice, rankRoutes, studyFreeFirst } from './route.js';

/**
 * The goal: the profile's own, or the best fit. A specialization fits through the settings the
 * person works in, their degree fields (`fits_fields`), the licenses it expects and the
 * certifications they hold. Within it, the certification to aim for is the one eligible now, else
 * the one time alone opens soonest, else the one needing the least change.
 */

export interface SpecializationChoice {
  specialization: Specialization | null;
  recommended: boolean;
  reasons: Phrase[];
}

interface Fit {
  spec: Specialization;
  score: number;
  reasons: Phrase[];
}

function fitOf(profile: Profile, data: Data, spec: Specialization, asOf: Month): Fit {
  let score = 0;
  const reasons: Phrase[] = [];
  const now = new Set<Setting>();
  const before = new Set<Setting>();
  for (const e of profile.experience) {
    // "Another setting" or "another field" says nothing about where someone fits.
    if (e.setting === 'other' || !spec.settings.includes(e.setting)) continue;
    // A specialization with few settings that include this one is the more specific fit.
    score += (e.ongoing ? 30 : 0) + Math.min(e.months, 24) + Math.round(6 / spec.settings.length);
    (e.ongoing ? now : before).add(e.setting);
  }
  // A hospital left in 2023 is where someone worked, not where they work ("and a hospital").
  for (const setting of now) before.delete(setting);
  if (now.size + before.size > 0) {
    reasons.push(phrase('goal.reason.settings', { now: [...now], before: [...before] }));
  }
  const fields = new Set<EducationField>();
  for (const e of profile.education) {
    const at = e.field === 'other' ? -1 : spec.fits_fields.indexOf(e.field);
    if (at < 0) continue;
    // A specialization named after the field (social work for a social-work degree) fits a shade better.
    score += (isCompleted(e, asOf) ? 20 : 12) - Math.min(at, 5) + (spec.id === e.field ? 1 : 0);
    fields.add(e.field);
  }
  if (fields.size > 0) reasons.push(phrase('goal.reason.studies', { fields: [...fields] }));
  const licenses = profile.licenses.filter((l) => l.status === 'active' && spec.licenses.includes(l.type));
  if (licenses.length > 0) {
    score += 15 * licenses.length;
    // As the state names it (a Florida `lpc` is the LMHC), as every other line of the plan does.
    const names = licenses.map((l) => {
      const license = data.byId.licenses.get(l.type);
      return license
        ? titleIn(licensureFor(data, l.state ?? profile.state, license.id), license.abbreviation)
        : l.type;
    });
    reasons.push(phrase('goal.reason.licenses', { names }));
  }
  const held = profile.certifications.filter((c) => spec.certifications.includes(c));
  if (held.length > 0) {
    score += 25 * held.length;
    const names = held.map((c) => data.byId.certifications.get(c)?.abbreviation ?? c);
    reasons.push(phrase('goal.reason.held', { names }));
  }
  return { spec, score, reasons };
}

export function chooseSpecialization(profile: Profile, data: Data, asOf: Month): SpecializationChoice {
  const wanted = profile.goals?.specialization;
  const chosen = wanted ? data.byId.specializations.get(wanted) : undefined;
  if (chosen) return { specialization: chosen, recommended: false, reasons: [] };

  // A job chosen as the goal names its field; a job in several (a supervisor's) takes the one
  // that fits the person best (a nurse's is healthcare), the job's first on a tie.
  const job = profile.goals?.job ? data.byId.jobs.get(profile.goals.job) : undefined;
  let ofJob: Fit | undefined;
  for (const id of job?.specializations ?? []) {
    const spec = data.byId.specializations.get(id);
    const fit = spec ? fitOf(profile, data, spec, asOf) : undefined;
    if (fit && (!ofJob || fit.score > ofJob.score)) ofJob = fit;
  }
  if (ofJob) return { specialization: ofJob.spec, recommended: false, reasons: [] };

  const target = profile.goals?.certification;
  const pool = target ? data.specializations.filter((s) => s.certifications.includes(target)) : [];
  const candidates = (pool.length > 0 ? pool : data.specializations).map((s) =>
    fitOf(profile, data, s, asOf),
  );
  let best: Fit | undefined;
  for (const fit of candidates) if (!best || fit.score > best.score) best = fit;
  if (!best) return { specialization: null, recommended: true, reasons: [] };
  return { specialization: best.spec, recommended: true, reasons: best.score > 0 ? best.reasons : [] };
}

export interface CertificationChoice {
  certification: Certification | null;
  recommended: boolean;
  /** Sentences. */
  why: Phrase[];
  /** The goal's routes, best first (empty when the goal cannot be planned). */
  routes: RouteChoice[];
  /**
   * The same reason with the months the finished plan takes: the plan may add steps the ranking
   * did not count (keeping a post until a license), and the goal's months must match "How long".
   */
  whyFor?: (months: number, unresolved: boolean) => Phrase[];
}

/** The goal's best route with the months the finished plan takes. */
function withMonths(routes: RouteChoice[], months: number): RouteChoice[] {
  const [first, ...rest] = routes;
  return first ? [{ ...first, months }, ...rest] : routes;
}

export function chooseCertification(
  ctx: PlanContext,
  deriver: Deriver,
  spec: SpecializationChoice,
  options: { bestOnly?: boolean } = {},
): CertificationChoice {
  const wanted = ctx.profile.goals?.certification;
  const area = ctx.specialization?.name ?? null;
  const specWhy = specWhyText(spec, area);
  if (wanted) {
    const cert = ctx.data.byId.certifications.get(wanted);
    if (!cert) {
      return {
        certification: null,
        recommended: false,
        why: [...specWhy, phrase('goal.unknown', { id: wanted })],
        routes: [],
      };
    }
    const routes = routesFor(ctx, deriver, cert);
    return {
      certification: cert,
      recommended: spec.recommended,
      why: [
        ...specWhy,
        phrase('goal.chose', { abbreviation: cert.abbreviation }),
        ...statusText(ctx, cert, routes, false),
      ],
      routes,
      whyFor: (months, unresolved) => [
        ...specWhy,
        phrase('goal.chose', { abbreviation: cert.abbreviation }),
        ...statusText(ctx, cert, withMonths(routes, months), false, unresolved),
      ],
    };
  }

  const ids = ctx.specialization?.certifications ?? ctx.data.certifications.map((c) => c.id);
  const ranked: { cert: Certification; first: RouteChoice | undefined; key: number[] }[] = [];
  // Someone who already holds a credential of the field keeps it and is not sent after another
  // that needs a new job or degree; one that is open now, or by time alone, may still be the goal.
  const holdsOne = ids.some((id) => ctx.profile.certifications.includes(id));
  for (const [order, id] of ids.entries()) {
    const cert = ctx.data.byId.certifications.get(id);
    const verdict = ctx.verdicts.get(id);
    if (!cert || !verdict || ctx.profile.certifications.includes(id)) continue;
    if (verdict.status === 'retired' || verdict.status === 'unconfirmed') continue;
    if (!fitsDiscipline(ctx, cert)) continue;
    if (holdsOne && verdict.status !== 'eligible' && verdict.status !== 'not-yet') continue;
    // Only the best route takes part in the choice: the others are planned for the goal alone.
    const first = bestRoute(ctx, deriver, cert, verdict);
    // Open now first. Then, of those reached in the job the person has, the soonest to hold,
    // whether time alone opens it or steps beside the job do (a CE course and a license
    // application beat a year's wait); on a tie, the one time alone opens. A new post or a new
    // degree comes after those, however soon: staying keeps the job and its months.
    const byTime = verdict.status === 'not-yet' && verdict.eligible_from !== undefined;
    const months = first?.months ?? Number.POSITIVE_INFINITY;
    const key =
      verdict.status === 'eligible'
        ? [0, 0, 0, order]
        : byTime || first?.keepsJob
          ? [1, months, byTime ? 0 : 1, order]
          : // A second degree at a level the person has (a BSW beside a bachelor's underway) last.
            [first?.repeatsLevel ? 3 : 2, months, 0, order];
    // A job chosen as the goal comes first: a certification whose months the job gives leads on
    // from it; one that needs another kind of post would take the person out of it.
    ranked.push({ cert, first, key: [chosenJobGives(ctx, first) ? 0 : 1, ...key] });
  }
  ranked.sort((a, b) => compareKeys(a.key, b.key));
  // As for the routes of one certification: a quicker goal whose study takes at least as long as
  // it saves comes after one reached without new study (route.ts, studyNotWorthIt).
  const lead = ranked[0];
  const top = studyFreeFirst(
    ranked,
    (r) => r.first,
    (a, b) => a.key[0] === b.key[0],
  )[0];
  const over =
    top !== lead && lead?.first
      ? {
          abbreviation: lead.cert.abbreviation,
          months: lead.first.months,
          studyMonths: lead.first.studyMonths,
        }
      : undefined;
  // Only the goal needs all its routes (its shorter ways); a trial of an area needs its best one.
  if (options.bestOnly)
    return {
      certification: top?.cert ?? null,
      recommended: true,
      why: [],
      routes: top?.first ? [top.first] : [],
    };
  const best = top && { cert: top.cert, routes: routesFor(ctx, deriver, top.cert) };
  if (!best) {
    const held = ids.find((id) => ctx.profile.certifications.includes(id));
    const cert = held ? ctx.data.byId.certifications.get(held) : undefined;
    return {
      certification: cert ?? null,
      recommended: true,
      why: [
        ...specWhy,
        cert ? phrase('goal.held-main', { abbreviation: cert.abbreviation }) : fixed('goal.none'),
      ],
      routes: [],
    };
  }
  // After a chosen job, the goal is the one that job leads to, not always the quickest of all.
  const quickest = !ctx.profile.goals?.job;
  const elsewhere = openNowElsewhere(ctx, best.cert, ids);
  return {
    certification: best.cert,
    recommended: true,
    why: [
      ...specWhy,
      phrase('goal.fits-best', { area, abbreviation: best.cert.abbreviation }),
      ...statusText(ctx, best.cert, best.routes, quickest, false, over),
      ...elsewhere,
    ],
    routes: best.routes,
    whyFor: (months, unresolved) => [
      ...specWhy,
      phrase('goal.fits-best', { area, abbreviation: best.cert.abbreviation }),
      ...statusText(ctx, best.cert, withMonths(best.routes, months), quickest, unresolved, over),
      ...elsewhere,
    ],
  };
}

/**
 * Certifications outside the area's list that the person could apply for now (the CMC for a
 * county service coordinator whose area is social work): a recommended goal that takes years is
 * not the whole story when one of those is open today. Those of another discipline are left out,
 * as the table leaves them out.
 */
function openNowElsewhere(ctx: PlanContext, goal: Certification, areaIds: readonly string[]): Phrase[] {
  if (ctx.verdicts.get(goal.id)?.status === 'eligible') return [];
  const open = ctx.data.certifications.filter((cert) => {
    if (cert.id === goal.id || areaIds.includes(cert.id) || ctx.profile.certifications.includes(cert.id))
      return false;
    return ctx.verdicts.get(cert.id)?.status === 'eligible' && fitsDiscipline(ctx, cert);
  });
  if (open.length === 0) return [];
  return [
    phrase('goal.open-now-elsewhere', {
      certifications: open.map((cert) => ({ abbreviation: cert.abbreviation, name: cert.name })),
      toConfirm: open.some((cert) => (ctx.verdicts.get(cert.id)?.caveats.length ?? 0) > 0),
    }),
  ];
}

/**
 * The job the person chose (goals.job) is a post the route's missing experience can be gained in:
 * every experience it still needs counts one of the job's roles. True when no job is chosen.
 */
function chosenJobGives(ctx: PlanContext, route: RouteChoice | undefined): boolean {
  const job = ctx.profile.goals?.job ? ctx.data.byId.jobs.get(ctx.profile.goals.job) : undefined;
  if (!job || !route) return true;
  const roles = job.roles ?? ['case-manager'];
  return route.walk.unmet.every(({ leaf }) => {
    if (leaf.kind !== 'experience') return true;
    const counted = leaf.cond.roles;
    return !counted || roles.some((role) => counted.includes(role));
  });
}

function routesFor(ctx: PlanContext, deriver: Deriver, cert: Certification): RouteChoice[] {
  const verdict = ctx.verdicts.get(cert.id);
  if (!verdict || verdict.status === 'retired' || verdict.status === 'unconfirmed') return [];
  return rankRoutes(ctx, deriver, cert, verdict);
}

function specWhyText(spec: SpecializationChoice, area: string | null): Phrase[] {
  if (!spec.recommended || !spec.specialization) return [];
  if (spec.reasons.length === 0) return [phrase('goal.area-default', { area })];
  return [phrase('goal.area-fits', { area, reasons: spec.reasons })];
}

function statusText(
  ctx: PlanContext,
  cert: Certification,
  routes: RouteChoice[],
  recommended = true,
  unresolved = false,
  /** A quicker goal put after this one because its study takes longer than it saves. */
  over?: { abbreviation: string; months: number; studyMonths: number },
): Phrase[] {
  const verdict = ctx.verdicts.get(cert.id);
  if (ctx.profile.certifications.includes(cert.id)) return [fixed('goal.status.held')];
  if (!verdict) return [];
  switch (verdict.status) {
    case 'eligible':
      return [fixed('goal.status.eligible')];
    case 'not-yet':
      return [phrase('goal.status.not-yet', { month: verdict.eligible_from! })];
    case 'retired':
    case 'unconfirmed': {
      const caveat = verdict.caveats[0];
      return [
        caveat === undefined ? phrase('goal.status.cannot', { status: verdict.status }) : given(caveat),
      ];
    }
    default: {
      const months = routes[0]?.months;
      if (unresolved && months !== undefined && Number.isFinite(months))
        return [phrase('goal.status.unresolved', { months })];
      const saves = over && months !== undefined ? Math.round(months) - Math.round(over.months) : 0;
      if (recommended && over && saves > 0 && months !== undefined && Number.isFinite(months))
        return [
          phrase('goal.status.without-study', {
            months,
            abbreviation: over.abbreviation,
            saves,
            studyMonths: over.studyMonths,
          }),
        ];
      return [
        months !== undefined && Number.isFinite(months)
          ? phrase(recommended ? 'goal.status.quickest' : 'goal.status.takes', { months })
          : fixed('goal.status.no-route'),
      ];
    }
  }
}

/**
 * A certification for one discipline (ACM-SW for social workers) is not recommended to someone
 * whose degrees and licenses are all in another (a nurse); anyone without a discipline yet may aim
 * for any.
 */
export function fitsDiscipline(ctx: PlanContext, cert: Certification): boolean {
  if (cert.disciplines.includes('any')) return true;
  const own = ownDisciplines(ctx);
  return own.size === 0 || cert.disciplines.some((d) => own.has(d));
}

/** The disciplines the person's licenses and degrees (finished or under way) are in. */
export function ownDisciplines(ctx: Pick<PlanContext, 'profile' | 'data'>): Set<string> {
  const own = new Set<string>();
  for (const l of ctx.profile.licenses) {
    const discipline = ctx.data.byId.licenses.get(l.type)?.discipline;
    if (discipline) own.add(discipline);
  }
  for (const e of ctx.profile.education) {
    const discipline = FIELD_DISCIPLINES[e.field];
    if (discipline) own.add(discipline);
  }
  return own;
}

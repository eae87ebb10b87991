import { type Month, monthsBetween } from '../core/month.js';
import { EDUCATION_RANK, type EducationLevel, ROLES, type Role } from '../core/vocabulary.js';
import type { Data } from '../data/model.js';
import type { Certification } from '../data/schema/families.js';
import type { Rule } from '../data/schema/rules.js';
import { predicatesOf } from '../engine/compile.js';
import type { PlanContext } from './context.js';
import { highestRank, isCompleted } from './degree-match.js';
import { routeWithEducationMet } from './education-met.js';
import { currentLevel, levelForRole } from './ladder.js';
import type { AnswerModel, PayPointModel, RoadmapModel } from './model.js';
import { licensePaysMore } from './pay.js';
import type { EducationVia, EligibleWhen, PayLevel } from './phrases/answers.js';
import { fixed, type Phrase, phrase } from './phrases/index.js';
import type { RouteChoice } from './route.js';
import { renewedCertification, windowsUnknown } from './steps/credential.js';
import type { PayFigures } from './types.js';

/** The questions people ask, answered for this person from their plan and the data. */
export function answers(
  ctx: PlanContext,
  roadmap: RoadmapModel,
  goal: {
    cert: Certification | null;
    planned: RouteChoice | undefined;
    /** The goal's routes as the plan ranked them, with their months. */
    routes: readonly RouteChoice[];
    goalEnd: Month | null;
    besideAJob: boolean;
    /** Full-time work assumed in a new post the goal waits on, for someone part time now. */
    partTime: { hours: number; later: number } | null;
    /** Needs no step can meet that the goal waits on (src/roadmap/unresolved.ts). */
    unresolved: readonly string[];
  },
): AnswerModel[] {
  return [
    { id: 'how-long', question: fixed('answers.question.how-long'), answer: [howLong(ctx, goal)] },
    {
      id: 'without-degree',
      // Someone with a degree already asks whether they need more study, not whether none will do.
      question: fixed(
        holdsADegree(ctx) ? 'answers.question.more-education' : 'answers.question.without-degree',
      ),
      answer: withoutDegree(ctx, roadmap, goal.cert, goal),
    },
    { id: 'earnings', question: fixed('answers.question.earnings'), answer: earnings(ctx, roadmap) },
    { id: 'cost', question: fixed('answers.question.cost'), answer: cost(ctx.data, roadmap) },
  ];
}

function howLong(
  ctx: PlanContext,
  goal: {
    cert: Certification | null;
    goalEnd: Month | null;
    besideAJob: boolean;
    partTime: { hours: number; later: number } | null;
    unresolved: readonly string[];
  },
): Phrase {
  const { cert, goalEnd } = goal;
  if (!cert) return fixed('answers.how-long.none');
  const abbreviation = cert.abbreviation;
  if (ctx.profile.certifications.includes(cert.id)) return phrase('answers.how-long.held', { abbreviation });
  if (!goalEnd)
    return ctx.verdicts.get(cert.id)?.status === 'unconfirmed'
      ? phrase('answers.how-long.unconfirmed', { abbreviation })
      : phrase('answers.how-long.no-route', { abbreviation });
  const months = Math.max(0, monthsBetween(ctx.asOf, goalEnd));
  if (goal.unresolved.length > 0)
    return phrase('answers.how-long.unresolved', { abbreviation, months, needs: [...goal.unresolved] });
  const verdict = ctx.verdicts.get(cert.id);
  const eligible: EligibleWhen =
    verdict?.status === 'eligible'
      ? { kind: 'now' }
      : verdict?.status === 'not-yet' && verdict.eligible_from
        ? { kind: 'from', month: verdict.eligible_from }
        : { kind: 'after-steps' };
  return phrase('answers.how-long.about', {
    months,
    abbreviation,
    end: goalEnd,
    eligible,
    exam: Boolean(cert.exam),
    besideAJob: goal.besideAJob,
    windowsUnknown: windowsUnknown(cert.exam?.schedule),
    ...(goal.partTime ? { partTime: goal.partTime } : {}),
  });
}

interface Lowest {
  rank: number;
  via: EducationVia | null;
}

const NONE: Lowest = { rank: -1, via: null };

/** Each route's least education, per data set: it depends on the data alone, and every plan asks. */
const lowestByRule = new WeakMap<Data, WeakMap<Rule, Lowest>>();

function lowestEducationOf(ctx: PlanContext, rule: Rule): Lowest {
  let known = lowestByRule.get(ctx.data);
  if (!known) {
    known = new WeakMap();
    lowestByRule.set(ctx.data, known);
  }
  let lowest = known.get(rule);
  if (!lowest) {
    lowest = Object.freeze(lowestEducation(ctx, rule));
    known.set(rule, lowest);
  }
  return lowest;
}

/** The least education any way through a rule asks for, and what brings it in. */
function lowestEducation(ctx: PlanContext, rule: Rule, depth = 0): Lowest {
  if (depth > 12) return NONE; // a guard against certifications that require each other
  if ('all' in rule) {
    return rule.all
      .map((r) => lowestEducation(ctx, r, depth + 1))
      .reduce((a, b) => (b.rank > a.rank ? b : a), NONE);
  }
  if ('any' in rule) {
    const options = rule.any.map((r) => lowestEducation(ctx, r, depth + 1));
    return options.reduce((a, b) => (b.rank < a.rank ? b : a));
  }
  if ('degree' in rule) {
    const levels: EducationLevel[] =
      rule.degree.levels ?? (rule.degree.min_level ? [rule.degree.min_level] : []);
    if (levels.length === 0) return NONE;
    const rank = Math.min(...levels.map((l) => EDUCATION_RANK[l]));
    const fields = rule.degree.fields ?? [];
    return {
      rank,
      via: {
        kind: 'degree',
        levels: levels.filter((l) => EDUCATION_RANK[l] === rank),
        field: fields.length === 1 ? fields[0]! : null,
      },
    };
  }
  if ('license' in rule) {
    let best: Lowest | undefined;
    for (const id of rule.license.types) {
      const license = ctx.data.byId.licenses.get(id);
      if (!license || (rule.license.independent_practice && !license.independent_practice)) continue;
      const inner = lowestEducation(ctx, license.requires, depth + 1);
      if (!best || inner.rank < best.rank) {
        best = {
          rank: inner.rank,
          via: { kind: 'license', abbreviation: license.abbreviation, needs: inner.via },
        };
      }
    }
    return best ?? NONE;
  }
  if ('certification' in rule) {
    let best: Lowest | undefined;
    for (const id of rule.certification.ids) {
      const cert = ctx.data.byId.certifications.get(id);
      if (!cert || cert.routes.length === 0) continue;
      const inner = cert.routes
        .map((r) => lowestEducation(ctx, r.rule, depth + 1))
        .reduce((a, b) => (b.rank < a.rank ? b : a));
      if (!best || inner.rank < best.rank) {
        best = {
          rank: inner.rank,
          via: { kind: 'certification', abbreviation: cert.abbreviation, needs: inner.via },
        };
      }
    }
    return best ?? NONE;
  }
  return NONE;
}

function withoutDegree(
  ctx: PlanContext,
  roadmap: RoadmapModel,
  cert: Certification | null,
  goal: { planned: RouteChoice | undefined; routes: readonly RouteChoice[] },
): Phrase[] {
  if (cert && ctx.verdicts.get(cert.id)?.status === 'unconfirmed')
    return [phrase('answers.without-degree.unconfirmed', { abbreviation: cert.abbreviation })];
  if (!cert || cert.routes.length === 0) return [fixed('answers.without-degree.none')];
  const abbreviation = cert.abbreviation;
  const lowest = cert.routes
    .map((r) => lowestEducationOf(ctx, r.rule))
    .reduce((a, b) => (b.rank < a.rank ? b : a));
  const held = highestRank(ctx.profile.education, ctx.asOf);
  // Study that takes time: a transcript check (no months) is not studying for the degree.
  const study = roadmap.steps.filter(
    (s) =>
      s.kind === 'education' && s.status !== 'done' && s.status !== 'n-a' && (s.duration_months ?? 0) > 0,
  );
  const yours: Phrase[] =
    study.length > 0
      ? [phrase('answers.without-degree.your-plan', { titles: study.map((s) => s.title) })]
      : held >= Math.max(lowest.rank, 0)
        ? [fixed('answers.without-degree.have-it')]
        : [];
  const hasDegree = holdsADegree(ctx);
  if (lowest.rank < 0)
    return [phrase('answers.without-degree.no-degree-route', { abbreviation, hasDegree }), ...yours];
  // Eligible now or by time alone: the education is met, whatever else the plan studies for.
  const status = ctx.verdicts.get(cert.id)?.status;
  if (status === 'eligible' || status === 'not-yet') {
    return study.length === 0
      ? [phrase('answers.without-degree.has-education', { abbreviation })]
      : [fixed('answers.without-degree.have-it'), ...yours];
  }
  // Someone whose degree already does is not asking how to manage without one.
  if (study.length === 0 && held >= Math.max(lowest.rank, EDUCATION_RANK.associate)) {
    return [phrase('answers.without-degree.has-education', { abbreviation })];
  }
  // The education of some route is met as it stands (a chaplain's bachelor's for the CMC's
  // any-field route), though the plan studies for another: say so, not that the degree falls short.
  // The verdict's own trees: no route is evaluated again.
  const metRoute = routeWithEducationMet(ctx, cert);
  if (metRoute) {
    // How long that way takes, where the plan measured it and it is not the one planned.
    const choice = goal.routes.find((c) => c.route.id === metRoute.id);
    const months =
      choice && choice !== goal.planned && Number.isFinite(choice.months) ? Math.round(choice.months) : null;
    const planned =
      goal.planned && Number.isFinite(goal.planned.months) ? Math.round(goal.planned.months) : null;
    return study.length === 0
      ? [phrase('answers.without-degree.has-education', { abbreviation })]
      : [
          phrase('answers.without-degree.route-met', {
            abbreviation,
            route: metRoute.title,
            months,
            planned,
            titles: study.map((s) => s.title),
            hasDegree,
          }),
        ];
  }
  if (lowest.rank < EDUCATION_RANK.bachelor) {
    // The plan takes a bachelor's of the goal's field although a shorter education would do (an
    // RN for housing case management): say so, and where the shorter way is.
    const shorterShown = roadmap.alternatives.some((alt) => alt.license !== undefined);
    const fieldFirst = study.some((s) => {
      const degree = ctx.data.byId.degrees.get(s.id.replace(/^degree-/, ''));
      return degree !== undefined && EDUCATION_RANK[degree.level] >= EDUCATION_RANK.bachelor;
    });
    const plan: Phrase[] = fieldFirst
      ? [phrase('answers.without-degree.field-plan', { titles: study.map((s) => s.title), shorterShown })]
      : yours;
    const beyondHighSchool = ctx.profile.education.some((e) => e.level !== 'high-school');
    const holdsBachelor = held >= EDUCATION_RANK.bachelor;
    return [
      phrase('answers.without-degree.below-bachelor', {
        abbreviation,
        via: lowest.via,
        beyondHighSchool,
        holdsBachelor,
        hasDegree,
      }),
      ...plan,
    ];
  }
  const level =
    (Object.keys(EDUCATION_RANK) as EducationLevel[]).find((l) => EDUCATION_RANK[l] === lowest.rank) ??
    'bachelor';
  // "or through a license" only where some route takes one (the CRC's do not).
  const viaLicense = cert.routes.some((route) => predicatesOf(route.rule).some((p) => 'license' in p));
  return [phrase('answers.without-degree.needs', { abbreviation, level, viaLicense, hasDegree }), ...yours];
}

/**
 * What the pay table shows, in words: each figure with the occupation it is, what has no figure
 * and why, and the sources the figures are taken from (the ones cited beside them).
 */
function earnings(ctx: PlanContext, roadmap: RoadmapModel): Phrase[] {
  // A rung's name, or for pay today off the ladder the role's ("social worker").
  const levelName = (id: string): PayLevel => {
    const rung = ctx.data.byId.levels.get(id);
    if (rung) return { kind: 'rung', name: rung.name };
    return (ROLES as readonly string[]).includes(id)
      ? { kind: 'role', role: id as Role }
      : { kind: 'other', id };
  };
  const parts: Phrase[] = [];
  const now = roadmap.pay.find((p) => p.month === ctx.asOf);
  const nursing = now ? licensePaysMore(ctx, now) : null;
  if (now) {
    // Today's post by the person's own role where it stands on that rung under another name (a
    // human-services worker on the assistant rung), not the rung's title.
    const held = ctx.profile.experience.find((e) => e.ongoing && e.paid !== false);
    const ownName =
      held && held.role !== 'case-manager' && levelForRole(ctx.data, held.role)?.id === now.level;
    parts.push(
      phrase('answers.earnings.today', {
        level: ownName ? { kind: 'role', role: held.role } : levelName(now.level),
        occupation: now.occupation ?? null,
        figures: figuresOf(now),
      }),
    );
    if (nursing)
      parts.push(
        phrase('answers.earnings.license-pays-more', {
          occupation: nursing.occupation ?? null,
          figures: nursing,
          // Not in the pay table: the sentence names its sources itself.
          sources: (nursing.sources ?? []).map((s) => s.title),
        }),
      );
  } else {
    const today = todayWords(ctx);
    if (today) parts.push(today);
  }
  for (const p of roadmap.pay) {
    if (p === now) continue;
    parts.push(
      phrase('answers.earnings.from', {
        month: p.month,
        level: levelName(p.level),
        credential: p.labelCredential,
        job: p.labelJob,
        occupation: p.occupation ?? null,
        figures: figuresOf(p),
      }),
    );
  }
  const open = roadmap.steps.filter((s) => s.status !== 'done' && s.status !== 'n-a');
  const unknown = open.filter((s) => s.payNote === 'unknown');
  if (unknown.length > 0)
    parts.push(phrase('answers.earnings.unknown', { titles: unknown.map((s) => s.title) }));
  const flat = open.filter((s) => s.payNote === 'no-raise');
  if (flat.length > 0) parts.push(phrase('answers.earnings.no-raise', { titles: flat.map((s) => s.title) }));
  if (roadmap.pay.length === 0) {
    if (parts.length === 0) parts.push(fixed('answers.earnings.none'));
    parts.push(fixed('answers.earnings.explore'));
    return parts;
  }
  const titles = [...new Set(roadmap.pay.flatMap((p) => (p.sources ?? []).map((s) => s.title)))];
  if (titles.length > 0) parts.push(phrase('answers.earnings.sources', { titles }));
  parts.push(fixed('answers.earnings.yearly'));
  // Yearly figures are for the occupation as a whole: someone working part time earns less. Said
  // of the pay shown for the job held now; a post the plan moves them into is planned full time.
  const hours = Math.max(0, ...ctx.profile.experience.filter((e) => e.ongoing).map((e) => e.hours_per_week));
  if (now && hours > 0 && hours < PART_TIME_BELOW)
    parts.push(phrase('answers.earnings.part-time', { hours }));
  return parts;
}

/** Weekly hours under which a job is part time for the pay answer (the CMC's full time is 35). */
const PART_TIME_BELOW = 35;

/** A pay point's figures without its label (what the words quote). */
function figuresOf(point: PayPointModel): PayFigures {
  const {
    month: _month,
    label: _label,
    labelCredential: _credential,
    labelJob: _job,
    open_ended: _open,
    ...figures
  } = point;
  return figures;
}

/** Why there is no pay for today: the job held is off the ladder, or has no figure. */
function todayWords(ctx: PlanContext): Phrase | null {
  const ongoing = ctx.profile.experience.filter((e) => e.ongoing);
  if (ongoing.length === 0) return null;
  if (!currentLevel(ctx)) return fixed('answers.earnings.off-ladder');
  return fixed('answers.earnings.no-figure-now');
}

function cost(data: Data, roadmap: RoadmapModel): Phrase[] {
  const open = roadmap.steps.filter((s) => s.status !== 'done' && s.status !== 'n-a');
  // The same steps the views total as "Costs ahead": everything but the renewal, due years later.
  const priced = open.filter((s) => s.cost_usd && s.cost_usd.max > 0 && s.kind !== 'continuing-education');
  const unknown = open.filter(
    (s) =>
      !s.cost_usd &&
      s.paid_with === undefined &&
      (s.kind === 'exam' || s.kind === 'license' || s.kind === 'education'),
  );
  const min = priced.reduce((sum, s) => sum + (s.cost_usd?.min ?? 0), 0);
  const max = priced.reduce((sum, s) => sum + (s.cost_usd?.max ?? 0), 0);
  const parts: Phrase[] = [
    priced.length > 0
      ? phrase('answers.cost.known', { min, max, titles: priced.map((s) => s.title) })
      : fixed('answers.cost.none'),
  ];
  if (unknown.length > 0) parts.push(phrase('answers.cost.unknown', { titles: unknown.map((s) => s.title) }));
  // Each renewal with a published fee, by its certification: their cycles differ.
  const renewals = open.flatMap((s) => {
    const cert = s.cost_usd ? renewedCertification(data, s.id) : undefined;
    return cert && s.cost_usd
      ? [{ abbreviation: cert.abbreviation, usd: s.cost_usd.min, years: cert.renewal.years }]
      : [];
  });
  if (renewals.length > 0) parts.push(phrase('answers.cost.renewal', { renewals }));
  return parts;
}

/** A finished associate degree or higher (some college and certificates are not degrees). */
function holdsADegree(ctx: PlanContext): boolean {
  return ctx.profile.education.some(
    (e) =>
      (e.level === 'associate' ||
        e.level === 'bachelor' ||
        e.level === 'master' ||
        e.level === 'doctorate') &&
      isCompleted(e, ctx.asOf),
  );
}

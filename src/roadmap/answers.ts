import { formatMonth, type Month, monthsBetween } from '../core/month.js';
import { EDUCATION_RANK, type EducationLevel, type Role } from '../core/vocabulary.js';
import type { Data } from '../data/model.js';
import type { Certification } from '../data/schema/families.js';
import type { Rule } from '../data/schema/rules.js';
import { predicatesOf } from '../engine/compile.js';
import type { PlanContext } from './context.js';
import { highestRank } from './degree-match.js';
import { article, LEVEL_NAMES, lowerFirst, orList, ROLE_NAMES, span, usd, usdRange } from './labels.js';
import { currentLevel } from './ladder.js';
import { figuresWords, PAY_NO_RAISE, PAY_UNKNOWN } from './pay.js';
import type { RouteChoice } from './route.js';
import type { Answer, PayPoint, Roadmap, RoadmapStep } from './types.js';

/** The questions people ask, answered for this person from their plan and the data. */
export function answers(
  ctx: PlanContext,
  roadmap: Roadmap,
  goal: { cert: Certification | null; planned: RouteChoice | undefined; goalEnd: Month | null },
): Answer[] {
  return [
    { id: 'how-long', question: 'How long will it take?', answer: howLong(ctx, goal) },
    {
      id: 'without-degree',
      question: 'Can I do it without a degree?',
      answer: withoutDegree(ctx, roadmap, goal.cert),
    },
    { id: 'earnings', question: 'What will I earn?', answer: earnings(ctx, roadmap) },
    { id: 'cost', question: 'What will it cost?', answer: cost(roadmap) },
  ];
}

function howLong(ctx: PlanContext, goal: { cert: Certification | null; goalEnd: Month | null }): string {
  const { cert, goalEnd } = goal;
  if (!cert) return 'No certification could be planned from your profile; see the steps and notes.';
  if (ctx.profile.certifications.includes(cert.id)) return `You already hold the ${cert.abbreviation}.`;
  if (!goalEnd) return `No route to the ${cert.abbreviation} can be planned from your profile yet.`;
  const months = Math.max(0, monthsBetween(ctx.asOf, goalEnd));
  const verdict = ctx.verdicts.get(cert.id);
  const eligible =
    verdict?.status === 'eligible'
      ? 'You are eligible now'
      : verdict?.status === 'not-yet' && verdict.eligible_from
        ? `You become eligible in ${formatMonth(verdict.eligible_from)}`
        : `You become eligible once the steps before the ${cert.exam ? 'exam' : 'application'} are done`;
  // A credential awarded on application (the NASW ones) has no exam to study for.
  const rest = cert.exam ? 'study, the application review and the exam' : 'the application and its review';
  return `About ${span(months)}: on this plan you could hold the ${cert.abbreviation} by ${formatMonth(goalEnd)}. ${eligible}; the rest is ${rest}.`;
}

interface Lowest {
  rank: number;
  via: string;
}

const NONE: Lowest = { rank: -1, via: '' };

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
    const lowest = levels.filter((l) => EDUCATION_RANK[l] === rank).map((l) => LEVEL_NAMES[l]);
    return { rank, via: article(orList(lowest)) };
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
          via: `an ${license.abbreviation} license${inner.via ? ` (which needs ${inner.via})` : ''}`,
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
          via: `the ${cert.abbreviation}${inner.via ? ` (which needs ${inner.via})` : ''}`,
        };
      }
    }
    return best ?? NONE;
  }
  return NONE;
}

function withoutDegree(ctx: PlanContext, roadmap: Roadmap, cert: Certification | null): string {
  if (!cert || cert.routes.length === 0)
    return 'That depends on the certification; none could be planned here.';
  const lowest = cert.routes
    .map((r) => lowestEducationOf(ctx, r.rule))
    .reduce((a, b) => (b.rank < a.rank ? b : a));
  const held = highestRank(ctx.profile.education, ctx.asOf);
  const study = roadmap.steps.filter(
    (s) => s.kind === 'education' && s.status !== 'done' && s.status !== 'n-a',
  );
  const yours =
    study.length > 0
      ? ` Your plan includes: ${study.map((s) => s.title.replace(/^./, (c) => c.toLowerCase())).join(', then ')}.`
      : held >= Math.max(lowest.rank, 0)
        ? ' You already have the education it needs.'
        : '';
  if (lowest.rank < 0) return `Yes: one route to the ${cert.abbreviation} asks for no degree.${yours}`;
  // Someone whose degree already does is not asking how to manage without one.
  if (study.length === 0 && held >= Math.max(lowest.rank, EDUCATION_RANK.associate)) {
    return `You already have the education the ${cert.abbreviation} asks for; your plan adds no further study.`;
  }
  if (lowest.rank < EDUCATION_RANK.bachelor) {
    return `Not with a high-school diploma alone, but without a bachelor's, yes: the shortest education route to the ${cert.abbreviation} is ${lowest.via}.${yours}`;
  }
  const level =
    (Object.keys(EDUCATION_RANK) as EducationLevel[]).find((l) => EDUCATION_RANK[l] === lowest.rank) ??
    'bachelor';
  // "or through a license" only where some route takes one (the CRC's do not).
  const viaLicense = cert.routes.some((route) => predicatesOf(route.rule).some((p) => 'license' in p));
  return `No: every route to the ${cert.abbreviation} needs at least ${article(LEVEL_NAMES[level])}${viaLicense ? ', directly or through a license' : ''}.${yours}`;
}

/**
 * What the pay table shows, in words: each figure with the occupation it is, what has no figure
 * and why, and the sources the figures are taken from (the ones cited beside them).
 */
function earnings(ctx: PlanContext, roadmap: Roadmap): string {
  // A rung's name, or for pay today off the ladder the role's ("social worker").
  const levelName = (id: string) =>
    ctx.data.byId.levels.get(id)?.name.toLowerCase() ?? ROLE_NAMES[id as Role] ?? id.replace(/-/g, ' ');
  const paidAs = (p: PayPoint) => (p.occupation ? `, paid as ${lowerFirst(p.occupation)}` : '');
  const parts: string[] = [];
  const now = roadmap.pay.find((p) => p.month === ctx.asOf);
  if (now) parts.push(`Today, as ${article(levelName(now.level))}${paidAs(now)}: ${figuresWords(now)}.`);
  else {
    const today = todayWords(ctx);
    if (today) parts.push(today);
  }
  for (const p of roadmap.pay) {
    if (p === now) continue;
    const credential = p.label.startsWith('+ ') ? ` with the ${p.label.slice(2).split(',')[0]}` : '';
    parts.push(
      `From ${formatMonth(p.month)}, as ${article(levelName(p.level))}${credential}${paidAs(p)}: ${figuresWords(p)}.`,
    );
  }
  const open = roadmap.steps.filter((s) => s.status !== 'done' && s.status !== 'n-a');
  const quoted = (steps: readonly RoadmapStep[]) => steps.map((s) => `“${s.title}”`).join(', ');
  const unknown = open.filter((s) => s.why.includes(PAY_UNKNOWN));
  if (unknown.length > 0) {
    parts.push(
      `The sources we cite give no pay figure for the post ${unknown.length === 1 ? 'the step' : 'the steps'} ${quoted(unknown)} ${unknown.length === 1 ? 'leads' : 'lead'} to (the step says why).`,
    );
  }
  const flat = open.filter((s) => s.why.includes(PAY_NO_RAISE));
  if (flat.length > 0) {
    parts.push(
      `The plan shows no raise for ${quoted(flat)}: the BLS figures for that post are not above the pay you have (the step says why).`,
    );
  }
  if (roadmap.pay.length === 0) {
    if (parts.length === 0) parts.push('The sources we cite give no pay figure for the posts on this plan.');
    parts.push('`casemgr-path explore salaries` lists the figures the data has.');
    return parts.join(' ');
  }
  const titles = [...new Set(roadmap.pay.flatMap((p) => (p.sources ?? []).map((s) => s.title)))];
  const from =
    titles.length > 0
      ? ` The figures come from: ${titles.join('; ')}. Each is cited beside its figure in the pay table.`
      : '';
  parts.push(
    `${from} They are yearly pay for everyone in each occupation, every level of experience alike (BLS gives no pay by years on the job); employers and regions vary.`.trim(),
  );
  return parts.join(' ');
}

/** Why there is no pay for today: the job held is off the ladder, or has no figure. */
function todayWords(ctx: PlanContext): string {
  const ongoing = ctx.profile.experience.filter((e) => e.ongoing);
  if (ongoing.length === 0) return '';
  if (!currentLevel(ctx))
    return 'Your job now is not a case-management post, so the plan shows no pay for today.';
  return 'The sources we cite give no pay figure for your job now: BLS has no single occupation for it.';
}

function cost(roadmap: Roadmap): string {
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
  const parts: string[] = [];
  parts.push(
    priced.length > 0
      ? `About ${usdRange({ min, max })} in the costs we know (${priced.map((s) => s.title.replace(/^./, (c) => c.toLowerCase())).join('; ')}).`
      : 'No step on this plan has a cost in the sources we cite.',
  );
  if (unknown.length > 0)
    parts.push(
      `Not in the sources we cite: ${unknown.map((s) => s.title.replace(/^./, (c) => c.toLowerCase())).join('; ')}.`,
    );
  const renewal = open.find((s) => s.kind === 'continuing-education' && s.cost_usd);
  if (renewal?.cost_usd) parts.push(`Renewing later costs ${usd(renewal.cost_usd.min)} per cycle.`);
  return parts.join(' ');
}

/**
 * Wording and arithmetic shared by every view of a roadmap (text, HTML): status words, money,
 * dates, which certifications to show first, and which caveats apply. One place, so the terminal
 * and the printed page never disagree.
 */
import { monthIndex } from '../core/month.js';
import type { CertificationVerdict, RouteVerdict, VerdictStatus } from '../engine/types.js';
import { enRoadmapView } from '../messages/en/roadmap-view.js';
import type { RoadmapViewMessages } from '../messages/roadmap-view-messages.js';
import type {
  PayFigures,
  PaySource,
  Roadmap,
  RoadmapCertification,
  RoadmapGoal,
  RoadmapStep,
} from '../roadmap/types.js';
import { stripControl } from './sanitize.js';

// The English status words live with the other English words of a verdict.
export { statusWords } from '../messages/en/eligibility-view.js';

/** A verdict that says "eligible" while resting on a reading the issuer has not confirmed. */
export function restsOnReading(cert: Pick<CertificationVerdict, 'status' | 'caveats' | 'held'>): boolean {
  return !cert.held && (cert.status === 'eligible' || cert.status === 'not-yet') && cert.caveats.length > 0;
}

/** The short label people know a certification by: its id in capitals (CCM, ACM-RN, C-SWCM). */
export function certLabel(id: string): string {
  return stripControl(id).toUpperCase();
}

/**
 * The route to explain: the one that makes the person eligible (the engine names it in `route`),
 * else the one that opens soonest with time, else the one with the fewest missing items; data
 * order breaks ties.
 */
export function decidingRoute(cert: CertificationVerdict): RouteVerdict | null {
  const named = cert.route ? cert.routes.find((route) => route.id === cert.route) : undefined;
  if (named) return named;
  const eligible = cert.routes.find((route) => route.eligible);
  if (eligible) return eligible;
  const opens = (route: RouteVerdict): number =>
    route.eligible_from ? monthIndex(route.eligible_from) : Number.MAX_SAFE_INTEGER;
  return (
    cert.routes
      .map((route, index) => ({ route, index }))
      .sort(
        (a, b) =>
          opens(a.route) - opens(b.route) ||
          a.route.missing.length - b.route.missing.length ||
          a.index - b.index,
      )[0]?.route ?? null
  );
}

const STATUS_ORDER: Record<VerdictStatus, number> = {
  eligible: 0,
  'not-yet': 1,
  'not-eligible': 2,
  unconfirmed: 3,
  retired: 4,
};

/** A verdict as a roadmap lists it (the planner adds `fit` and `plan_route`; a report has neither). */
type Listed = CertificationVerdict & Pick<RoadmapCertification, 'fit' | 'plan_route' | 'disciplines'>;

/**
 * The route to show beside a verdict: the one the plan follows (or would follow, were it the
 * goal), so the table and the plan never disagree; else the deciding route.
 */
export function shownRoute(cert: Listed): RouteVerdict | null {
  const planned = cert.plan_route ? cert.routes.find((route) => route.id === cert.plan_route) : undefined;
  return planned ?? decidingRoute(cert);
}

/** Where a certification's fit puts it: the plan's own first, one for another discipline last. */
const FIT_ORDER: Record<NonNullable<RoadmapCertification['fit']>, number> = {
  goal: 0,
  held: 1,
  'on-plan': 2,
  area: 4,
  open: 5,
  'other-discipline': 7,
};

/**
 * Certifications in the order a person wants them: the goal first, then those they hold, can
 * take now or that time alone opens (soonest first), then those their specialization lists, then
 * the rest they could hold, each group by what it still lacks; a certification reserved to a
 * discipline they are not in (the ACM-RN for someone who is not a nurse) comes last. Without the
 * planner's `fit` (an eligibility report), the order is by status. Data order breaks ties.
 */
export function certsForDisplay<C extends Listed>(certs: C[], goalId: string | null): C[] {
  const group = (cert: C): number => {
    if (cert.id === goalId) return 0;
    if (cert.held || cert.fit === 'held') return 1;
    if (cert.fit === 'other-discipline') return FIT_ORDER['other-discipline'];
    if (cert.status === 'eligible') return 2;
    if (cert.status === 'not-yet') return 3;
    return cert.fit ? FIT_ORDER[cert.fit] : 4;
  };
  const when = (cert: C): number =>
    cert.eligible_from ? monthIndex(cert.eligible_from) : Number.MAX_SAFE_INTEGER;
  const lacks = (cert: C): number => (cert.fit ? (shownRoute(cert)?.missing.length ?? 99) : 0);
  return certs
    .map((cert, index) => ({ cert, index }))
    .sort(
      (a, b) =>
        group(a.cert) - group(b.cert) ||
        STATUS_ORDER[a.cert.status] - STATUS_ORDER[b.cert.status] ||
        when(a.cert) - when(b.cert) ||
        lacks(a.cert) - lacks(b.cert) ||
        a.index - b.index,
    )
    .map(({ cert }) => cert);
}

/**
 * A page's certifications for this person, and those left out as they are for another discipline
 * than the person's (the C-SWCM for a nurse): a plan never goes through those (the planner takes no
 * goal, shortcut or stepping stone outside the person's discipline), so their rows and notes would
 * only be noise. The eligibility command still lists them all.
 */
function splitByDiscipline<C extends Listed>(certs: C[]): { shown: C[]; others: C[] } {
  return {
    shown: certs.filter((cert) => cert.fit !== 'other-discipline'),
    others: certs.filter((cert) => cert.fit === 'other-discipline'),
  };
}

/**
 * What a page (Markdown, HTML) lists of the certifications: the rows in display order, the notes
 * of every certification it lists, and the line naming those left out for another discipline
 * (null for none), with `command` written as the page writes code.
 */
export function pageCertifications<C extends Listed>(
  roadmap: Pick<Roadmap, 'caveats' | 'goal'> & { certifications: C[] },
  say: RoadmapViewMessages,
  command: string,
): { shown: C[]; notes: Note[]; left: string | null } {
  const all = certsForDisplay(roadmap.certifications, roadmap.goal.certification);
  const { shown, others } = splitByDiscipline(all);
  const { notes, hidden } = collectNotes(roadmap, shown, all);
  const left =
    others.length > 0 ? say.otherDisciplines(otherDisciplineGroups(others, say), hidden, command) : null;
  return { shown, notes, left };
}

/** The certifications left out, grouped by whom they are for, in the words of `say`. */
function otherDisciplineGroups(
  others: readonly Listed[],
  say: RoadmapViewMessages,
): { people: string; labels: string[] }[] {
  const groups = new Map<string, string[]>();
  for (const cert of others) {
    const people = say.disciplinePeople(cert.disciplines ?? []);
    groups.set(people, [...(groups.get(people) ?? []), certLabel(cert.id)]);
  }
  return [...groups].map(([people, labels]) => ({ people, labels }));
}

/** "nurses", "social workers and counselors": whom a discipline-bound certification is for. */
export function disciplinePeople(disciplines: readonly string[], say = enRoadmapView): string {
  return say.disciplinePeople(disciplines);
}

/** "$430", "$395–470": a cost as a person reads it. */
export function costText(cost: { min: number; max: number }, dash = '–', say = enRoadmapView): string {
  // A step known to cost nothing (checking a transcript) says so, rather than "$0".
  if (cost.max === 0) return say.free;
  return say.format.moneyRange(cost.min, cost.max, dash);
}

function kilo(usd: number): string {
  const k = usd / 1000;
  return Number.isInteger(k) || k >= 100 ? `${Math.round(k)}` : k.toFixed(1).replace(/\.0$/, '');
}

/** "$60–80k", "$80–90k+" (open-ended), "$68k": a pay band, rounded to thousands. */
export function payText(minUsd: number, maxUsd: number, openEnded: boolean, dash = '–'): string {
  const range = minUsd === maxUsd ? `$${kilo(minUsd)}k` : `$${kilo(minUsd)}${dash}${kilo(maxUsd)}k`;
  return openEnded ? `${range}+` : range;
}

/** "Dec 2026", "Oct 2025 – Oct 2027", "from Jun 2028", or null for an undated step. */
export function stepWhen(step: RoadmapStep, dash = '–', say = enRoadmapView): string | null {
  if (!step.start) return null;
  if (!step.end) return say.from(step.start);
  const month = say.format.month;
  if (monthIndex(step.end) - monthIndex(step.start) <= 1) return month(step.start);
  return `${month(step.start)} ${dash} ${month(step.end)}`;
}

/** "4.5 months": a duration rounded to a tenth. */
export function monthsText(months: number, say = enRoadmapView): string {
  return say.months(Math.round(months * 10) / 10);
}

/** Total of the costs the sources give, for steps still ahead; and how many have no known cost. */
export function costSummary(steps: RoadmapStep[]): {
  min: number;
  max: number;
  known: number;
  unknown: number;
} {
  // Experience and career moves cost nothing to take part in; a missing cost there is not a gap.
  // A renewal falls due years after the plan ends, so it is not a cost ahead (the answers agree).
  const ahead = steps.filter(
    (step) =>
      step.status !== 'done' &&
      step.status !== 'n-a' &&
      step.kind !== 'experience' &&
      step.kind !== 'career' &&
      step.kind !== 'continuing-education' &&
      step.paid_with === undefined,
  );
  let min = 0;
  let max = 0;
  let known = 0;
  for (const step of ahead) {
    if (!step.cost_usd) continue;
    min += step.cost_usd.min;
    max += step.cost_usd.max;
    known += 1;
  }
  return { min, max, known, unknown: ahead.length - known };
}

export interface Note {
  /** Certification labels the caveat comes from; empty for the roadmap's own caveats. */
  about: string[];
  text: string;
}

/**
 * Every caveat the page must show: the roadmap's own, then each shown certification's, merged
 * when several say the same thing. `hidden` counts caveats of certifications not shown.
 */
export function collectNotes(roadmap: Pick<Roadmap, 'caveats'>, shown: CertificationVerdict[], all = shown) {
  const notes: Note[] = [];
  const byText = new Map<string, Note>();
  const add = (text: string, about: string | null): void => {
    const clean = stripControl(text).trim();
    if (clean === '') return;
    let note = byText.get(clean);
    if (!note) {
      note = { about: [], text: clean };
      byText.set(clean, note);
      notes.push(note);
    }
    if (about && !note.about.includes(about)) note.about.push(about);
  };
  for (const caveat of roadmap.caveats) add(caveat, null);
  // A certification the person holds is renewed, not applied for: its eligibility readings are
  // no note for them.
  for (const cert of shown) {
    if (cert.held) continue;
    for (const caveat of cert.caveats) add(caveat, certLabel(cert.id));
  }
  const shownIds = new Set(shown.map((cert) => cert.id));
  const hidden = new Set(
    all
      .filter((cert) => !shownIds.has(cert.id))
      .flatMap((cert) => cert.caveats.map((c) => stripControl(c).trim()))
      .filter((text) => text !== '' && !byText.has(text)),
  ).size;
  return { notes, hidden };
}

/** Oldest and newest `as_of` of the sources the roadmap cites, to say how fresh its facts are. */
export function sourceDates(roadmap: Roadmap): { oldest: string | null; newest: string | null } {
  const months: string[] = [];
  for (const step of roadmap.steps) for (const source of step.sources) months.push(source.as_of);
  const visit = (node: { source?: { as_of: string }; children?: unknown[] }): void => {
    if (node.source) months.push(node.source.as_of);
    for (const child of (node.children ?? []) as (typeof node)[]) visit(child);
  };
  for (const cert of roadmap.certifications) for (const route of cert.routes) visit(route.tree);
  const valid = months.filter((m) => /^\d{4}-(0[1-9]|1[0-2])$/.test(m)).sort();
  return { oldest: valid[0] ?? null, newest: valid.at(-1) ?? null };
}

/**
 * The goal's area as words: its name from the data ("homelessness and housing case management"),
 * or, in a model without one, the id ("behavioral-health" → "behavioral health"); null without an area.
 */
export function areaWords(goal: Pick<RoadmapGoal, 'specialization' | 'specialization_name'>): string | null {
  const name = goal.specialization_name ? stripControl(goal.specialization_name).trim() : '';
  if (name) return /^[A-Z][a-z]/.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : name;
  return goal.specialization ? stripControl(goal.specialization).replace(/-/g, ' ') : null;
}

/** The step to do first: the first `next` step, else the first still in progress. */
export function nextStep(steps: RoadmapStep[]): RoadmapStep | null {
  return (
    // A step nothing waits for (the entry job while studying, joining an association) is not the
    // one to name first: a degree under way is.
    steps.find((step) => step.status === 'next' && !step.optional) ??
    steps.find((step) => step.status === 'in-progress' && !step.optional) ??
    steps.find((step) => step.status === 'next') ??
    steps.find((step) => step.status === 'in-progress') ??
    null
  );
}

/**
 * "NY median for all child, family, and school social workers, May 2024": what a state median
 * covers, so it is not read as the pay of the rung beside it.
 */
export function stateMedianWhat(point: PayFigures, say: RoadmapViewMessages = enRoadmapView): string {
  const [state, period] = (point.state_median_period ?? '').split(', ');
  return say.stateMedianWhat(
    state ?? '',
    point.state_median_occupation?.toLowerCase(),
    period ? say.period(period) : undefined,
  );
}

/** Under every pay table: what the figures are, so none is read as the pay of years on the job. */
export const PAY_NOTE = enRoadmapView.payNote;

/**
 * "median $93,600 (8 in 10 earned $66,030–$135,320)", "median $58,570", or "$60,000–$80,000" for
 * a band with no median: the national figures of one pay entry; `unit` goes after the median.
 */
export function nationalPayText(p: PayFigures, unit = '', say = enRoadmapView): string {
  const usd = say.format.money;
  const thirdParty = nationalFromThirdParty(p) ? ` (${say.thirdPartyFigure})` : '';
  if (p.median_usd === undefined)
    return `${p.min_usd === p.max_usd ? usd(p.min_usd) : `${usd(p.min_usd)}–${usd(p.max_usd)}`}${unit}${thirdParty}`;
  const spread = p.min_usd < p.max_usd ? ` (${say.spread(`${usd(p.min_usd)}–${usd(p.max_usd)}`)})` : '';
  return `${say.median(usd(p.median_usd))}${unit}${spread}${thirdParty}`;
}

/** The national figures come from a third-party page (their source, the first, is not official). */
export function nationalFromThirdParty(p: PayFigures): boolean {
  return p.sources?.[0]?.official === false;
}

/** "registered nurses, May 2024": the BLS occupation and period the national figures are for. */
export function paidAsText(p: PayFigures, say = enRoadmapView): string | null {
  if (!p.occupation) return null;
  const name = stripControl(p.occupation);
  const lower = /^[A-Z][a-z]/.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : name;
  return `${lower}${p.period ? `, ${say.period(stripControl(p.period))}` : ''}`;
}

/** The sources of a list of pay entries, once each, in the order first cited. */
export function paySources(points: readonly PayFigures[]): PaySource[] {
  const seen = new Map<string, PaySource>();
  for (const point of points) {
    for (const source of point.sources ?? []) {
      const key = `${source.url ?? source.title}|${source.as_of}`;
      if (!seen.has(key)) seen.set(key, source);
    }
  }
  return [...seen.values()];
}

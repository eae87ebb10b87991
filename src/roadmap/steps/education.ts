import { addMonths, monthIndex } from '../../core/month.js';
import { EDUCATION_RANK, type EducationField, type EducationLevel } from '../../core/vocabulary.js';
import type { Degree } from '../../data/schema/families.js';
import type { DegreeCondition } from '../../data/schema/rules.js';
import { stateFor } from '../../data/state-licensure.js';
import { creditsOf, LEVEL_CREDITS } from '../../engine/leaves/degree.js';
import type { EvalNode } from '../../engine/types.js';
import type { EducationEntry } from '../../profile/schema.js';
import { compareKeys } from '../compare.js';
import { ASSUME, type PlanContext } from '../context.js';
import {
  catalogueFacts,
  degreeMeets,
  entryFacts,
  highestRank,
  isCompleted,
  isUnderway,
} from '../degree-match.js';
import { type DraftSet, type DraftStep, sourceRefs } from '../draft.js';
import { issuerOf } from '../issuer.js';
import { fixed, given, type Phrase, phrase, phraseKey } from '../phrases/index.js';
import type { Purpose } from '../phrases/requirement.js';
import { planCredits } from './credits.js';

/**
 * Plans the education that meets a degree condition: finish a degree already underway, or earn
 * the quickest fitting program in degrees.yaml (with its prerequisite first when the person lacks
 * one). Returns the ids of the steps after which the condition is met.
 */
export function planDegree(
  ctx: PlanContext,
  drafts: DraftSet,
  cond: DegreeCondition,
  node: EvalNode,
  purpose: Purpose | null,
): string[] {
  const requirement = phrase('requirement.for', { purpose, requirement: node.requirement });
  // Only say what is missing when the person has a degree that falls short (not "no degree listed").
  const missing =
    node.need && ctx.profile.education.some((e) => e.level !== 'high-school')
      ? [phrase('education.missing', { need: node.need })]
      : [];
  const underway = ctx.profile.education.findIndex(
    (e) => isUnderway(e, ctx.asOf) && degreeMeets(cond, entryFacts(e)),
  );
  if (underway >= 0) {
    const id = addUnderway(ctx, drafts, underway, requirement);
    // A finished degree that meets it but for a placement the profile does not record may meet it
    // now: worth a check beside the studies (a human-services bachelor's before the MSW).
    const finished = cond.field_experience ? unrecordedPlacement(ctx, cond) : -1;
    if (finished >= 0 && !drafts.has(`check-field-experience-${finished}`)) {
      const entry = ctx.profile.education[finished]!;
      const degree = { level: entry.level, field: entry.field };
      addCheck(drafts, finished, degree, requirement, true, phrase('education.check-field-sooner', degree));
    }
    return [id];
  }
  // A degree underway with no internship recorded yet: the program's internship is still ahead
  // (a CORE-accredited MRC's 600 hours for the CRC), so finishing it is the step, not a second degree.
  const internshipAhead = cond.internship
    ? ctx.profile.education.findIndex(
        (e) =>
          isUnderway(e, ctx.asOf) &&
          !e.internship &&
          degreeMeets(cond, { ...entryFacts(e), internship_hours: null }),
      )
    : -1;
  if (internshipAhead >= 0) {
    const id = addUnderway(ctx, drafts, internshipAhead, requirement);
    const ahead = phrase('education.internship-ahead', { requirement });
    const why = drafts.get(id)?.why;
    if (why && !why.some((p) => phraseKey(p) === phraseKey(ahead))) why.push(ahead);
    return [id];
  }
  const check = addFieldExperienceCheck(ctx, drafts, cond, requirement);
  // College credits alone: the credits, not a whole degree (steps/credits.ts).
  const credits = planCredits(ctx, drafts, cond, requirement);
  if (credits) return [credits];

  // A degree the plan already has that meets this condition too: one degree, not two.
  const planned = plannedDegreeFor(ctx, drafts, cond);
  if (planned) return [planned.draft.id];
  const chain = quickestChain(ctx, cond);
  if (!chain) return [addGeneric(drafts, cond, requirement)];
  const first = chain.degrees[0]!;
  // The prerequisite underway the chain waits for (a bachelor's before the MSW) is a step of the
  // plan, in every plan: a scratch plan that ranks routes or lists a shorter way dates from it too.
  let previous: string[] = chain.after.map((id) => {
    const underway = /^study-(\d+)$/.exec(id);
    return underway && !drafts.has(id)
      ? addUnderway(ctx, drafts, Number(underway[1]), requirement, first.abbreviation ?? first.name)
      : id;
  });
  // A lower degree underway (an associate) is finished first, not studied beside the new one:
  // the new one starts when it ends and counts its credits.
  const feeder = chain.after.length === 0 ? feederUnderway(ctx, first) : -1;
  if (feeder >= 0) {
    const name = first.abbreviation ?? first.name;
    previous = [addUnderway(ctx, drafts, feeder, requirement, name, true)];
  }
  // A held degree whose field the vocabulary does not list is asked about before a new one.
  const askField = askWhetherFieldCounts(ctx, drafts, cond, requirement, purpose);
  if (askField) previous = [...previous, askField];
  for (const [i, degree] of chain.degrees.entries()) {
    const isTarget = i === chain.degrees.length - 1;
    const length = i === 0 ? studyLength(ctx, degree, feeder) : fullLength(degree);
    const id = drafts.add({
      id: `degree-${degree.id}`,
      kind: 'education',
      title: phrase('education.degree', { name: degree.name, abbreviation: degree.abbreviation }),
      why: isTarget
        ? [
            phrase('requirement.sentence', { requirement }),
            ...missing,
            // The check before may make this degree moot for the requirement: say it is the fallback.
            ...(check ? [phrase('education.unless-placement', check.degree)] : []),
            ...accreditationOnly(ctx, cond),
            ...(askField ? [fixed('education.unless-field-counts')] : []),
            given(degreeSummary(ctx, degree)),
            ...length.words,
          ]
        : [
            phrase('education.leads-to', { next: chain.degrees[i + 1]?.abbreviation ?? '' }),
            given(degreeSummary(ctx, degree)),
            ...length.words,
          ],
      cost: degree.cost_usd,
      sources: sourceRefs(degree.sources),
      duration: length.months,
      after: previous,
    });
    previous = [id];
  }
  return previous;
}

/** A degree step the plan already has whose program meets `cond`, with the degree it earns. */
export function plannedDegreeFor(
  ctx: PlanContext,
  drafts: DraftSet,
  cond: DegreeCondition,
): { draft: DraftStep; degree: Degree } | undefined {
  for (const draft of drafts.all()) {
    const degree = draft.id.startsWith('degree-') ? ctx.data.byId.degrees.get(draft.id.slice(7)) : undefined;
    if (degree && degreeMeets(cond, catalogueFacts(degree))) return { draft, degree };
  }
  return undefined;
}

/**
 * A finished degree that falls short only on its school's or program's accreditation (a social
 * work degree from a school abroad): before a second degree, ask whether an evaluation of it is
 * accepted. The sources give no rule for foreign degrees, so the plan neither counts nor rules it out.
 */
function accreditationOnly(ctx: PlanContext, cond: DegreeCondition): Phrase[] {
  // The highest such degree is the one to ask about (an MSW rather than the BSW before it).
  const entry = [...ctx.profile.education]
    .sort((a, b) => EDUCATION_RANK[b.level] - EDUCATION_RANK[a.level])
    .find(
      (e) =>
        isCompleted(e, ctx.asOf) &&
        (e.accredited === false || e.program_accreditation === 'none') &&
        !degreeMeets(cond, entryFacts(e)) &&
        degreeMeets(cond, {
          ...entryFacts(e),
          accredited: true,
          program_accreditation: cond.program_accreditation?.[0] ?? e.program_accreditation,
        }),
    );
  return entry ? [phrase('education.accreditation-only', { level: entry.level, field: entry.field })] : [];
}

/**
 * A finished degree in a field the profile records as `other` (dietetics, education) that would
 * meet `cond` in a listed field: whether its field counts is the issuer's reading, not a
 * shortfall the plan can measure, so the person asks before enrolling again. A placement the
 * profile leaves unsaid is asked about with it.
 */
function askWhetherFieldCounts(
  ctx: PlanContext,
  drafts: DraftSet,
  cond: DegreeCondition,
  requirement: Phrase,
  purpose: Purpose | null,
): string | null {
  const listed = cond.fields?.[0];
  if (!listed) return null;
  // The one that asks least of the reading: a degree with its placement on record first (a
  // dietetics bachelor's with 1,200 supervised hours before the master's after it).
  const entry = [...ctx.profile.education]
    .sort(
      (a, b) =>
        Number(b.field_experience) - Number(a.field_experience) ||
        EDUCATION_RANK[b.level] - EDUCATION_RANK[a.level],
    )
    .find(
      (e) =>
        e.field === 'other' &&
        isCompleted(e, ctx.asOf) &&
        !degreeMeets(cond, entryFacts(e)) &&
        degreeMeets(cond, {
          ...entryFacts(e),
          field: listed,
          field_experience: e.field_experience || !e.field_experience_stated,
        }),
    );
  if (!entry) return null;
  const cert =
    purpose && !purpose.license
      ? ctx.data.certifications.find((c) => c.abbreviation === purpose.name)
      : undefined;
  const asked = {
    level: entry.level,
    issuer: cert ? issuerOf(ctx.data, cert) : null,
    abbreviation: purpose?.name ?? null,
    placementUnsaid: !entry.field_experience && !entry.field_experience_stated,
  };
  return drafts.add({
    id: `ask-field-${ctx.profile.education.indexOf(entry)}`,
    // A question to the issuer, as the duties one is: not study ("Do I need more education?").
    kind: 'certification',
    title: phrase('education.ask-field', asked),
    why: [phrase('requirement.sentence', { requirement }), phrase('education.field-unlisted', asked)],
    cost: { min: 0, max: 0 },
    sources: [],
    // An answer by mail takes its time; the new degree waits for it.
    duration: ASSUME.licenseProcessingMonths,
    after: [],
  });
}

/**
 * The finished degree (its index in the profile) that meets `cond` but for a field placement the
 * profile leaves unsaid; -1 when there is none. Someone who said the degree had none is not asked.
 */
export function unrecordedPlacement(ctx: PlanContext, cond: DegreeCondition): number {
  return placementUnsaid(ctx, cond, false);
}

/** The same for a degree still underway: its program may include a placement (or let one be added). */
export function unrecordedPlacementUnderway(ctx: PlanContext, cond: DegreeCondition): number {
  return placementUnsaid(ctx, cond, true);
}

/**
 * Of the degrees that would meet the condition with a placement, the highest (a marriage and family
 * therapy master's before the psychology bachelor's under it: a graduate clinical program is the
 * likelier to have had one), in profile order among equals; -1 for none.
 */
function placementUnsaid(ctx: PlanContext, cond: DegreeCondition, underway: boolean): number {
  const asked = { ...cond, field_experience: false, ...(underway ? { include_in_progress: true } : {}) };
  let best = -1;
  for (const [i, e] of ctx.profile.education.entries()) {
    if (
      (underway ? isUnderway(e, ctx.asOf) : isCompleted(e, ctx.asOf)) &&
      !e.field_experience &&
      !e.field_experience_stated &&
      degreeMeets(asked, entryFacts(e)) &&
      (best < 0 || EDUCATION_RANK[e.level] > EDUCATION_RANK[ctx.profile.education[best]!.level])
    )
      best = i;
  }
  return best;
}

/**
 * A finished degree that meets the condition but for a supervised field experience the profile
 * does not record: many programs include one (a psychology practicum), and if this one did, the
 * requirement is met now. Said first, before any new degree, because it may make that degree moot.
 */
function addFieldExperienceCheck(
  ctx: PlanContext,
  drafts: DraftSet,
  cond: DegreeCondition,
  requirement: Phrase,
): { id: string; degree: { level: EducationLevel; field: EducationField } } | null {
  if (!cond.field_experience) return null;
  const finished = unrecordedPlacement(ctx, cond);
  // A degree still underway is asked about too: its program may include a placement.
  const index = finished >= 0 ? finished : unrecordedPlacementUnderway(ctx, cond);
  if (index < 0) return null;
  const entry = ctx.profile.education[index]!;
  const degree = { level: entry.level, field: entry.field };
  // Only a finished degree's check can make a new one moot today.
  if (finished < 0) {
    addCheck(drafts, index, degree, requirement, false);
    return null;
  }
  return { id: addCheck(drafts, index, degree, requirement, true), degree };
}

function addCheck(
  drafts: DraftSet,
  index: number,
  degree: { level: EducationLevel; field: EducationField },
  requirement: Phrase,
  finished: boolean,
  /** What checking would change; by default, that the requirement is met now or after the program. */
  why: Phrase = phrase(
    finished ? 'education.check-field-why' : 'education.check-field-underway-need',
    degree,
  ),
): string {
  return drafts.add({
    id: `check-field-experience-${index}`,
    kind: 'education',
    title: phrase(finished ? 'education.check-field' : 'education.check-field-underway', degree),
    why: [phrase('requirement.sentence', { requirement }), why],
    cost: { min: 0, max: 0 },
    sources: [],
    duration: 0,
    after: [],
  });
}

interface StudyLength {
  months: number;
  /** How long the study takes, in sentences. */
  words: Phrase[];
}

function fullLength(degree: Degree): StudyLength {
  return {
    months: Math.ceil(degree.typical_months),
    words: [phrase('education.full-time', { months: degree.typical_months }), ...partTimeWords(degree)],
  };
}

/**
 * How long the first degree of a plan takes this person: college credits already earned (some
 * college, or a lower degree) shorten an associate or bachelor's program by their share of its
 * credits, if the school accepts them.
 */
function studyLength(ctx: PlanContext, degree: Degree, feeder = -1): StudyLength {
  // A nursing program's clinical sequence runs its full length whatever credits come in.
  const total =
    degree.field === 'nursing' ? undefined : (LEVEL_CREDITS as Partial<Record<string, number>>)[degree.level];
  // The degree underway that this one waits for counts as finished by then.
  const atStart = (e: EducationEntry, i: number) =>
    i === feeder ? { ...e, status: 'completed' as const } : e;
  const credits = total
    ? Math.max(
        0,
        ...ctx.profile.education
          .map(atStart)
          .filter((e) => EDUCATION_RANK[e.level] < EDUCATION_RANK[degree.level])
          .map((e) => creditsOf(e)),
      )
    : 0;
  if (!total || credits <= 0) return fullLength(degree);
  const share = Math.min(credits, total) / total;
  const left = Math.max(1, Math.ceil(degree.typical_months * (1 - share)));
  if (left >= degree.typical_months) return fullLength(degree);
  return {
    months: left,
    words: [
      phrase('education.credits', { total, months: degree.typical_months, credits, left }),
      ...partTimeWords(degree),
    ],
  };
}

/** Many people study while they work: say how long that takes, or that our sources do not say. */
function partTimeWords(degree: Degree): Phrase[] {
  return [
    typeof degree.part_time_months === 'number'
      ? phrase('education.part-time', { months: degree.part_time_months })
      : fixed('education.part-time-unknown'),
    // A nursing program's months run from the first nursing term, which many schools open only
    // after prerequisite courses and a wait for a place.
    ...(degree.field === 'nursing' && degree.level !== 'bachelor' && degree.level !== 'master'
      ? [fixed('education.nursing-admission')]
      : []),
  ];
}

function addUnderway(
  ctx: PlanContext,
  drafts: DraftSet,
  index: number,
  requirement: Phrase,
  feeds: string | null = null,
  transfers = false,
): string {
  const entry = ctx.profile.education[index]!;
  const expected =
    entry.completed && monthIndex(entry.completed) > monthIndex(ctx.asOf)
      ? entry.completed
      : addMonths(ctx.asOf, ASSUME.underwayDegreeMonths);
  const assumed = expected !== entry.completed;
  return drafts.add({
    id: `study-${index}`,
    kind: 'education',
    title: phrase('done.finish', { level: entry.level, field: entry.field }),
    why: [
      feeds
        ? phrase('education.credits-first', {
            next: feeds,
            assumedMonths: assumed ? ASSUME.underwayDegreeMonths : null,
            transfers,
            level: entry.level,
          })
        : phrase('education.underway', {
            requirement,
            level: entry.level,
            field: entry.field,
            assumedMonths: assumed ? ASSUME.underwayDegreeMonths : null,
          }),
    ],
    cost: null,
    sources: [],
    duration: 0,
    after: [],
    fixed: { status: 'in-progress', start: ctx.asOf, end: expected },
  });
}

function addGeneric(drafts: DraftSet, cond: DegreeCondition, requirement: Phrase): string {
  const level = cond.min_level ?? cond.levels?.[0] ?? 'bachelor';
  const duration = ASSUME.degreeMonths[level];
  return drafts.add({
    id: `degree-${level}`,
    kind: 'education',
    title: phrase('education.earn-level', { level, fields: cond.fields ?? null }),
    why: [
      phrase('requirement.sentence', { requirement }),
      phrase('education.no-program', { months: duration }),
    ],
    cost: null,
    sources: [],
    duration,
    after: [],
  });
}

export interface Chain {
  degrees: Degree[];
  /** Steps the first degree waits for (a prerequisite degree already underway). */
  after: string[];
  months: number;
}

/** Chains already found, per plan context and condition: scratch plans ask for the same degree often. */
const chains = new WeakMap<PlanContext, WeakMap<DegreeCondition, Chain | null>>();

/** The fitting program with the least total study, counting a missing prerequisite. */
export function quickestChain(ctx: PlanContext, cond: DegreeCondition): Chain | null {
  let known = chains.get(ctx);
  if (!known) {
    known = new WeakMap();
    chains.set(ctx, known);
  }
  let chain = known.get(cond);
  if (chain === undefined) {
    chain = findQuickestChain(ctx, cond);
    if (chain) Object.freeze(chain);
    known.set(cond, chain);
  }
  return chain;
}

function findQuickestChain(ctx: PlanContext, cond: DegreeCondition, depth = 0): Chain | null {
  if (depth > 3) return null;
  const fits = ctx.data.degrees.filter((d) => degreeMeets(cond, catalogueFacts(d)));
  // The person's own field first, then the specialization's, then the shortest study.
  let best: Chain | null = null;
  let bestKey: number[] = [];
  for (const degree of fits) {
    const chain = chainFor(ctx, degree, depth);
    if (!chain) continue;
    const rank = preference(ctx, degree);
    // The person's own field comes first when it is one degree away; two degrees in it (a
    // psychology bachelor's only to reach a counseling master's) compete on time with one
    // degree in the area's fields (a BSW with its field placement).
    const ownField = rank === 0 && chain.degrees.length === 1;
    const key = [ownField ? 0 : rank < 100 ? 1 : 2, chain.months, rank];
    if (!best || compareKeys(key, bestKey) < 0) {
      best = chain;
      bestKey = key;
    }
  }
  return best;
}

function chainFor(ctx: PlanContext, degree: Degree, depth: number): Chain | null {
  // A bridge program (LPN-to-RN, RN-to-BSN) is open to holders of its license, and that license
  // stands for the study it builds on; nobody else can take it.
  if (degree.for_holders_of && degree.for_holders_of.length > 0) {
    const holds = ctx.profile.licenses.some((l) => degree.for_holders_of!.includes(l.type));
    return holds ? { degrees: [degree], after: [], months: degree.typical_months } : null;
  }
  if (degree.prerequisite.length === 0)
    return { degrees: [degree], after: [], months: degree.typical_months };
  const prerequisites = degree.prerequisite
    .map((id) => ctx.data.byId.degrees.get(id))
    .filter((d): d is Degree => d !== undefined);
  if (holdsPrerequisite(ctx, degree, prerequisites)) {
    return { degrees: [degree], after: [], months: degree.typical_months };
  }
  // A prerequisite still underway: this degree waits for it.
  const underway = ctx.profile.education.findIndex(
    (e) => isUnderway(e, ctx.asOf) && prerequisites.some((p) => degreeMeets(exactly(p), entryFacts(e))),
  );
  if (underway >= 0)
    return { degrees: [degree], after: [`study-${underway}`], months: degree.typical_months };
  let best: Chain | null = null;
  for (const pre of prerequisites) {
    const sub = chainFor(ctx, pre, depth + 1);
    if (sub && (!best || sub.months < best.months)) best = sub;
  }
  return best
    ? { degrees: [...best.degrees, degree], after: best.after, months: best.months + degree.typical_months }
    : null;
}

/**
 * Whether the person has finished what the program starts from. Most programs take a degree of
 * the prerequisite's level in any field (an MSW takes any bachelor's); a bridge within one field,
 * whose prerequisites are all in its own field (RN-to-BSN, MSN), needs a degree in that field.
 */
function holdsPrerequisite(ctx: PlanContext, degree: Degree, prerequisites: readonly Degree[]): boolean {
  const neededRank = Math.min(...prerequisites.map((d) => EDUCATION_RANK[d.level]));
  const bridge = prerequisites.every((p) => p.field === degree.field);
  if (!bridge) return highestRank(ctx.profile.education, ctx.asOf) >= neededRank;
  return ctx.profile.education.some(
    (e) => isCompleted(e, ctx.asOf) && e.field === degree.field && EDUCATION_RANK[e.level] >= neededRank,
  );
}

function exactly(degree: Degree): DegreeCondition {
  return { levels: [degree.level], fields: [degree.field] };
}

/** Lower is better: a field the person already studied, then one that suits the goal specialization. */
function preference(ctx: PlanContext, degree: Degree): number {
  if (ctx.profile.education.some((e) => e.field === degree.field)) return 0;
  const fits = ctx.specialization?.fits_fields ?? [];
  const at = fits.indexOf(degree.field);
  return at >= 0 ? 1 + at : 100;
}

/** A degree underway below `degree`'s level (an associate before a bachelor's); -1 when none. */
function feederUnderway(ctx: PlanContext, degree: Degree): number {
  return ctx.profile.education.findIndex(
    (e) =>
      isUnderway(e, ctx.asOf) &&
      EDUCATION_RANK[e.level] >= EDUCATION_RANK.associate &&
      EDUCATION_RANK[e.level] < EDUCATION_RANK[degree.level],
  );
}

/** The degree's summary, without national examples of license titles in a state the data covers. */
function degreeSummary(ctx: PlanContext, degree: Degree): string {
  return degree.state_summary && stateFor(ctx.data, ctx.profile.state)
    ? degree.state_summary
    : degree.summary;
}

import type { Month } from '../core/month.js';
import { stateFor } from '../data/state-licensure.js';
import { compareKeys } from './compare.js';
import type { PlanContext } from './context.js';
import { degreeUnderway } from './degree-match.js';
import { DraftSet, type DraftStep, idPart } from './draft.js';
import type { Chooser, Leaf, LeafNode, Walk } from './needs.js';
import { type Phrase, phrase, phraseKey } from './phrases/index.js';
import type { Purpose } from './phrases/requirement.js';
import { monthsToFinish } from './schedule.js';
import { heldCredential, stateLicenseFacts } from './state-license.js';
import { planCeHours, planCertExam, planExam } from './steps/credential.js';
import { planDegree } from './steps/education.js';
import { needsSpecialPost, planExperience } from './steps/experience.js';
import { needFitsSpecialization, planLicense } from './steps/license.js';

export interface DeriveOptions {
  /** The route's projected month from the engine, so experience steps agree with the verdict. */
  eligibleFrom?: Month | null;
  /** The credential the steps serve, named in their explanations ("For the CCM: …"). */
  purpose?: Purpose;
  /**
   * The leaves are a post's entry requirements (a chosen job's minimum qualifications): their
   * months come before the move into that post, so the person's ongoing role keeps counting.
   */
  beforePost?: boolean;
}

export interface Deriver {
  /** Plans unmet leaves into `drafts`; returns the ids after which they are all met. */
  derive(drafts: DraftSet, unmet: LeafNode[], depth: number, options?: DeriveOptions): string[];
  choose: Chooser;
  /** Months from as_of until these leaves are met (Infinity when a leaf cannot be planned). */
  estimate(unmet: LeafNode[], options?: DeriveOptions): number;
}

/**
 * Turns the leaves a person still misses into steps. Credentials (degrees, licenses, exams,
 * certifications, CE) come first; experience waits for them when the months must follow a degree
 * or when a new post needs them.
 */
export function makeDeriver(ctx: PlanContext): Deriver {
  const deriver: Deriver = {
    derive(drafts, unmet, depth, options = {}) {
      const credentials: string[] = [];
      // CE hours and a rule's own exam are done while working: they never hold up a job search.
      const alongside: string[] = [];
      const education: string[] = [];
      for (const { leaf, node } of unmet) {
        if (leaf.kind === 'degree') {
          const ids = planDegree(ctx, drafts, leaf.cond, node, options.purpose ?? null);
          education.push(...ids);
          credentials.push(...ids);
        }
      }
      // What the rule's experience takes anyway, for a license chosen beside it (steps/license.ts).
      const experience = unmet.filter((u) => u.leaf.kind === 'experience');
      let horizon: number | undefined;
      const horizonOf = () => (horizon ??= experience.length > 0 ? deriver.estimate(experience) : 0);
      for (const { leaf, node, passedOver } of unmet) {
        switch (leaf.kind) {
          case 'license': {
            const need = {
              ...leaf,
              requirement: forPurpose(options.purpose, node.requirement),
              ...(experience.length > 0 ? { horizon: horizonOf } : {}),
            };
            const ids = planLicense(ctx, drafts, need, derive, choose, depth);
            credentials.push(
              ...(ids ?? [blocked(drafts, node.requirement, node.need, restrictedHeld(ctx, leaf.types))]),
            );
            if (ids && passedOver)
              sayWhyNotTheExam(ctx, drafts, ids, passedOver, options.purpose?.name ?? null, need.requirement);
            break;
          }
          case 'exam': {
            const closed = closedExam(ctx, leaf.ids);
            if (closed) {
              credentials.push(blocked(drafts, node.requirement, node.need, closed));
              break;
            }
            // An exam a rule asks for (the ASWB Masters for the C-ASWCM) follows the degree, but
            // it does not hold up a job search: the months of work count either way.
            const examStep = planExam(
              ctx,
              drafts,
              leaf.ids,
              education,
              forPurpose(options.purpose, node.requirement),
            );
            const unsure = unknownApproval(ctx, leaf.ids);
            const draft = drafts.get(examStep);
            if (unsure && draft && !draft.why.some((p) => phraseKey(p) === phraseKey(unsure)))
              draft.why.push(unsure);
            alongside.push(examStep);
            break;
          }
          case 'ce':
            alongside.push(
              planCeHours(ctx, drafts, leaf.hours, forPurpose(options.purpose, node.requirement)),
            );
            break;
          case 'certification':
            credentials.push(
              planHeldCertification(leaf.ids, drafts) ?? blocked(drafts, node.requirement, node.need),
            );
            break;
          case 'blocked':
            credentials.push(blocked(drafts, node.requirement, node.need));
            break;
          default:
            break;
        }
      }
      const gaps = unmet.filter((u) => u.leaf.kind === 'experience');
      const ends = [...credentials, ...alongside];
      for (const { leaf, node } of gaps) {
        if (leaf.kind !== 'experience') continue;
        const end = planExperience(ctx, drafts, {
          cond: leaf.cond,
          node,
          askAbout: leaf.askAbout ?? [],
          credentials,
          eligibleFrom: options.eligibleFrom ?? null,
          purpose: options.purpose ?? null,
          soleGap: gaps.length === 1,
          beforePost: options.beforePost === true,
        });
        if (end) ends.push(end);
      }
      return ends;
    },
    choose(options: Walk[]) {
      // Plannable first, then a way that fits the goal's field (not an RN for housing case
      // management), then an ordinary post over one needing a particular supervisor, then the quickest.
      let best = 0;
      let bestKey: number[] = [];
      for (const [i, option] of options.entries()) {
        const months = onPlanAnyway(option) ? 0 : deriver.estimate(option.unmet);
        const key = [
          Number.isFinite(months) ? 0 : 1,
          offField(option) ? 1 : 0,
          special(option) ? 1 : 0,
          months,
          licenses(option),
        ];
        if (i === 0 || compareKeys(key, bestKey) < 0) {
          best = i;
          bestKey = key;
        }
      }
      return best;
    },
    estimate(unmet, options = {}) {
      // The routes of one certification often repeat the same need (the CCM's license or degree
      // in each route): plan it once per plan.
      const key = estimateKey(unmet, options);
      let months = estimates.get(key);
      if (months === undefined) {
        months = estimateUncached(unmet, options);
        estimates.set(key, months);
      }
      return months;
    },
  };
  const estimates = new Map<string, number>();
  const estimateKey = estimateKeys();
  const estimateUncached = (unmet: LeafNode[], options: DeriveOptions): number => {
    const scratch = new DraftSet();
    deriver.derive(scratch, unmet, 1, options);
    if (scratch.all().some((d) => d.unresolved !== undefined)) return Number.POSITIVE_INFINITY;
    return monthsToFinish(scratch.all(), ctx.asOf);
  };
  const derive = deriver.derive;
  const choose = deriver.choose;
  // Every gap of this option is on the plan anyway: a license it gets whatever the goal (the LCSW
  // someone is on the way to, the Ohio LSW a new MSW is one exam away from), that license's exam,
  // or a degree underway.
  const committedExams = new Set(
    [...(ctx.committed ?? [])].flatMap((id) => stateLicenseFacts(ctx.data, ctx.profile, id).exams),
  );
  const anyway = ({ leaf }: LeafNode) =>
    (leaf.kind === 'license' && leaf.types.some((type) => ctx.committed?.has(type))) ||
    (leaf.kind === 'exam' && leaf.ids.some((id) => committedExams.has(id))) ||
    (leaf.kind === 'degree' && degreeUnderway(ctx, leaf.cond));
  const onPlanAnyway = (walk: Walk) => walk.unmet.length > 0 && walk.unmet.every(anyway);
  // Of two ways on the plan anyway, the one that needs no license (a BSW underway meets the CCM;
  // the LBSW stays a recommendation, not a requirement).
  const licenses = (walk: Walk) => walk.unmet.filter((u) => u.leaf.kind === 'license').length;
  const offField = (walk: Walk) =>
    walk.unmet.some((u) => u.leaf.kind === 'license' && !needFitsSpecialization(ctx, u.leaf));
  const special = (walk: Walk) =>
    walk.unmet.some((u) => u.leaf.kind === 'experience' && needsSpecialPost(ctx, u.leaf.cond));

  /** Another certification a rule accepts: plan its exam when the person can take it (now or by time alone). */
  function planHeldCertification(ids: readonly string[], drafts: DraftSet): string | null {
    for (const id of ids) {
      const cert = ctx.data.byId.certifications.get(id);
      const verdict = ctx.verdicts.get(id);
      if (!cert || !verdict || (verdict.status !== 'eligible' && verdict.status !== 'not-yet')) continue;
      const route = verdict.routes.find((r) => r.id === verdict.route);
      return planCertExam(ctx, drafts, cert, {
        after: [],
        eligibleFrom: verdict.eligible_from,
        routeTitle: route?.title ?? cert.name,
        eligibleNow: verdict.status === 'eligible',
      });
    }
    return null;
  }
  return deriver;
}

type Approval = 'free' | 'open' | 'closed' | 'unknown' | 'mixed';

/**
 * Whether a board in the person's state can approve them for a licensing exam: ASWB registers a
 * candidate only once a state board approves them, and a state with no license at that level
 * (Georgia at the bachelor's level; California and Florida, whose master's-level titles need no
 * exam) approves no one. `free`: not a licensing exam; `unknown`: the state's exam at that level
 * is not in the sources we cite.
 */
function approvalOf(ctx: PlanContext, id: string): Approval {
  const users = ctx.data.licenses.filter((l) => !l.state && l.exams.includes(id));
  if (users.length === 0) return 'free';
  const each = users.map((license): Approval => {
    const facts = stateLicenseFacts(ctx.data, ctx.profile, license.id);
    if (facts.licensure.source !== 'state') return 'open';
    if (!facts.available) return 'closed';
    if (facts.licensure.exams === null) return 'unknown';
    return facts.exams.includes(id) ? 'open' : 'closed';
  });
  if (each.includes('open')) return 'open';
  return each.every((a) => a === each[0]) ? each[0]! : 'mixed';
}

/** Why none of these exams can be planned in the person's state; null when one can. */
function closedExam(ctx: PlanContext, ids: readonly string[]): Phrase | null {
  const state = stateFor(ctx.data, ctx.profile.state);
  if (!state || !ids.every((id) => approvalOf(ctx, id) === 'closed')) return null;
  const exams = ids.map((id) => ctx.data.byId.exams.get(id));
  const last = exams.at(-1);
  return phrase('derive.exam-closed', {
    state: state.name,
    exams: ids.map((id, i) => exams[i]?.name ?? id),
    owner: (last && ctx.data.byId.organizations.get(last.issuer)?.abbreviation) ?? null,
  });
}

/**
 * A license planned where the rule would also take an exam the person's state cannot approve them
 * for (the ASWB Bachelors in New York, for the C-SWCM): the license step says why the plan takes
 * the longer way, so the person is not left to wonder why a three-month exam became a degree.
 */
function sayWhyNotTheExam(
  ctx: PlanContext,
  drafts: DraftSet,
  ids: readonly string[],
  passedOver: readonly (readonly string[])[],
  purpose: string | null,
  requirement: Phrase,
): void {
  const license = ids.map((id) => drafts.get(id)).find((d) => d?.kind === 'license' && d.gains?.credential);
  if (!license || license.fixed) return;
  // Most passed-over exams are open in the state: then there is nothing to say, nor to look up.
  const closed = passedOver
    .map((exams) => closedExam(ctx, exams))
    .filter((c): c is Extract<Phrase, { code: 'derive.exam-closed' }> => c?.code === 'derive.exam-closed');
  if (closed.length === 0) return;
  // Said where the longer way starts: the degree planned for this license (the MSW for the LMSW),
  // else the license itself (a degree the rule asks for anyway is no part of the choice).
  const degree = drafts
    .all()
    .find(
      (d) =>
        !d.fixed &&
        d.kind === 'education' &&
        drafts.waitsOn(license.id, d.id) &&
        plannedForALicense(d.why[0]),
    );
  // Only a degree or supervised practice makes the license the longer way: a license that needs
  // just an application (the Illinois LSW) or an exam of its own (an MSW holder's LMSW) takes no
  // longer than the exam it stands in for, so there is nothing to explain, nor to ask.
  const longer =
    degree !== undefined ||
    drafts.all().some((d) => !d.fixed && d.kind === 'experience' && drafts.waitsOn(license.id, d.id));
  if (!longer) {
    makeRequired(drafts, license, requirement);
    return;
  }
  const step = degree ?? license;
  const cert = purpose ? ctx.data.certifications.find((c) => c.abbreviation === purpose) : undefined;
  const issuer = (cert && ctx.data.byId.organizations.get(cert.issuer)?.abbreviation) ?? null;
  for (const { params } of closed) {
    const why = phrase('derive.exam-passed-over', { ...params, purpose });
    if (!step.why.some((p) => phraseKey(p) === phraseKey(why))) step.why.push(why);
    // The question that decides the plan is a step of its own, now, before the longer way starts.
    const askId = `ask-exam-route-${idPart(params.exams.join('-'))}`;
    if (drafts.has(askId)) continue;
    drafts.add({
      id: askId,
      kind: 'certification',
      title: phrase('derive.ask-exam-route-title', { issuer, owner: params.owner, exams: params.exams }),
      why: [phrase('derive.ask-exam-route-why', { ...params, issuer, purpose })],
      // Asking costs nothing.
      cost: { min: 0, max: 0 },
      sources: [],
      duration: 1,
      after: [],
    });
  }
  // With the exam closed, this license is the goal's only way through the rule: a license the
  // plan recommended before (the clinical license someone is on the way to) is required now.
  makeRequired(drafts, license, requirement);
}

/** A license step planned as recommended, and the steps marked as for it, become the goal's own. */
function makeRequired(drafts: DraftSet, license: DraftStep, requirement: Phrase): void {
  const title = license.title;
  if (title.code !== 'license.title' || !title.params.optional) return;
  license.title = phrase('license.title', { ...title.params, optional: false });
  const first = license.why[0];
  if (first?.code === 'requirement.sentence')
    license.why[0] = phrase('requirement.sentence', { requirement });
  for (const draft of drafts.all()) {
    if (!drafts.waitsOn(license.id, draft.id)) continue;
    if (draft.title.code === 'license.recommended-for') draft.title = draft.title.params.title;
    if (draft.title.code === 'license.apply-title' && draft.title.params.optional)
      draft.title = phrase('license.apply-title', { ...draft.title.params, optional: false });
  }
}

/** True when a degree step's first sentence says a license is what it is for ("For the LMSW license: …"). */
function plannedForALicense(first: Phrase | undefined): boolean {
  if (first?.code !== 'requirement.sentence') return false;
  const requirement = first.params.requirement;
  return requirement.code === 'requirement.for' && requirement.params.purpose?.license === true;
}

/** The state's exam at the exam's level is not in the sources we cite: whether its board approves candidates is not known. */
function unknownApproval(ctx: PlanContext, ids: readonly string[]): Phrase | null {
  const state = stateFor(ctx.data, ctx.profile.state);
  if (!state || !ids.every((id) => approvalOf(ctx, id) === 'unknown')) return null;
  const board = ctx.data.licenses
    .filter((l) => !l.state && ids.some((id) => l.exams.includes(id)))
    .map((l) => stateLicenseFacts(ctx.data, ctx.profile, l.id).licensure.board?.name)
    .find(Boolean);
  return phrase('derive.exam-unknown', { state: state.name, board: board ?? null });
}

/** The license the need asks for is held, but restricted: only the board's terms can lift that. */
function restrictedHeld(ctx: PlanContext, types: readonly string[]): Phrase | undefined {
  const held = ctx.profile.licenses.find((l) => l.status === 'restricted' && types.includes(l.type));
  return held
    ? phrase('derive.restricted', { name: heldCredential(ctx.data, held, ctx.profile.state) })
    : undefined;
}

function blocked(drafts: DraftSet, requirement: string, need: string | undefined, because?: Phrase): string {
  const n = drafts.all().filter((d) => d.id.startsWith('blocked-')).length;
  return drafts.add({
    id: `blocked-${n + 1}`,
    kind: 'career',
    unresolved: requirement,
    title: phrase('derive.resolve', { requirement }),
    why: [because ?? phrase('derive.no-step', { need: need ?? null })],
    cost: null,
    sources: [],
    duration: 0,
    after: [],
  });
}

/** The requirement with the credential it serves ("For the CCM: …"), as the engine words it. */
function forPurpose(purpose: Purpose | undefined, requirement: string): Phrase {
  return phrase('requirement.for', { purpose: purpose ?? null, requirement });
}

/**
 * Short keys for what a plan of leaves depends on: equal needs of two routes (their rule leaf and
 * the engine's node, written out) get the same number. One per deriver, so a plan's keys go with it.
 */
/** A rule's leaf written out, once per data set: leaves live as long as their rules. */
const leafTexts = new WeakMap<Leaf, string>();

function leafText(leaf: Leaf): string {
  let text = leafTexts.get(leaf);
  if (text === undefined) {
    text = JSON.stringify(leaf);
    leafTexts.set(leaf, text);
  }
  return text;
}

function estimateKeys(): (unmet: readonly LeafNode[], options: DeriveOptions) => string {
  const numbers = new Map<string, number>();
  const numbered = new WeakMap<object, number>();
  const numberOf = (value: object, text?: string): number => {
    let n = numbered.get(value);
    if (n === undefined) {
      text ??= JSON.stringify(value);
      n = numbers.get(text);
      if (n === undefined) {
        n = numbers.size;
        numbers.set(text, n);
      }
      numbered.set(value, n);
    }
    return n;
  };
  return (unmet, options) => {
    let key = `${options.eligibleFrom ?? ''}|${options.purpose ? JSON.stringify(options.purpose) : ''}`;
    for (const u of unmet) {
      key += `|${numberOf(u.leaf, leafText(u.leaf))}.${numberOf(u.node)}`;
      // `oneOf` is for "where you stand" only: planning the leaf never reads it.
      if (u.passedOver) key += `p${JSON.stringify(u.passedOver)}`;
    }
    return key;
  };
}

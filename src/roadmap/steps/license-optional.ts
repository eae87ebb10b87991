import type { License } from '../../data/schema/families.js';
import type { DegreeCondition } from '../../data/schema/rules.js';
import { predicatesOf } from '../../engine/compile.js';
import { ASSUME, type PlanContext } from '../context.js';
import { catalogueFacts, degreeMeets, degreeUnderway } from '../degree-match.js';
import { type DraftSet, sourceRefs } from '../draft.js';
import { type Chooser, walkRule } from '../needs.js';
import { given, type Phrase, phrase } from '../phrases/index.js';
import { stateLicenseFacts } from '../state-license.js';
import {
  addLicense,
  type DeriveLeaves,
  holdsAtOrAbove,
  issuedAsAnother,
  limitedFirst,
  nextClinicalLicense,
} from './license.js';

/**
 * Licenses the plan recommends though the goal does not need them: the clinical license someone
 * is on the way to, one the specialization lists when the person is one exam away from it, a
 * state's limited license or associate credential. Each is marked as recommended.
 */

/**
 * The clinical license of someone on the way to it, planned before the goal so that the goal's
 * rules can count on it (an LCSW meets the C-ASWCM's license; no ASWB Masters exam on top).
 */
export function recommendedClinicalLicense(
  ctx: PlanContext,
  drafts: DraftSet,
  derive: DeriveLeaves,
  choose: Chooser,
  goal: string | null,
): string | null {
  const next = nextClinicalLicense(ctx, choose);
  if (!next || drafts.has(`license-${next.id}`)) return null;
  const facts = stateLicenseFacts(ctx.data, ctx.profile, next.id);
  const listed = ctx.specialization?.licenses.includes(next.id) ?? false;
  const supervised = ctx.profile.experience.some((e) => e.ongoing && e.supervised_by === 'licensed');
  const why = phrase('license.why-clinical', { goal, short: facts.short, listed, supervised });
  return addOptional(ctx, drafts, next, why, derive, choose, facts.short);
}

/**
 * A license the specialization lists as helping or expected, when the person is one exam away from
 * it (the degree is done): not needed for the certification, but worth having. At most one.
 */
export function recommendedLicense(
  ctx: PlanContext,
  drafts: DraftSet,
  derive: DeriveLeaves,
  choose: Chooser,
  goal: string | null,
): string | null {
  const spec = ctx.specialization;
  if (!spec) return null;
  if (holdsListedLicense(ctx, spec.licenses)) return null;
  const listed = listedLicenseInReach(ctx, drafts, choose);
  if (listed?.limited) return limitedLicenseStep(ctx, drafts, listed.license, goal);
  if (listed) {
    const { license, degreeOnPlan } = listed;
    const facts = stateLicenseFacts(ctx.data, ctx.profile, license.id);
    const examUnknown = facts.licensure.source === 'state' && facts.licensure.exams === null;
    const why = phrase('license.why-listed', {
      goal,
      area: spec.name,
      abbreviation: facts.short,
      degreeOnPlan,
      qualifies:
        facts.supervisionMonths !== null
          ? 'practice'
          : examUnknown
            ? 'apply'
            : facts.exams.length > 0
              ? examsPassed(ctx, facts.exams, facts.examsMode)
                ? 'passed'
                : 'exam'
              : 'license',
    });
    const step = addOptional(ctx, drafts, license, why, derive, choose, facts.short);
    const later = license.tier === 'master' ? clinicalLater(ctx, drafts) : null;
    if (later) drafts.get(step)?.why.push(later);
    return step;
  }
  return steppingStone(ctx, drafts, derive, choose, goal);
}

/**
 * The clinical license the area lists after a recommended master's-level one (a Georgia MSW's
 * LCSW after the LMSW), when the plan does not add it: how long its supervised practice takes in
 * the person's state, so that a new graduate chooses a first post with it in mind. Null when it is
 * held, planned, not issued there, or its practice is not in the data.
 */
function clinicalLater(ctx: PlanContext, drafts: DraftSet): Phrase | null {
  for (const id of ctx.specialization?.licenses ?? []) {
    const clinical = ctx.data.byId.licenses.get(id);
    if (
      clinical?.tier !== 'clinical' ||
      !clinical.independent_practice ||
      clinical.discipline !== 'social-work'
    )
      continue;
    if (drafts.has(`license-${id}`) || ctx.profile.licenses.some((l) => l.type === id)) return null;
    const facts = stateLicenseFacts(ctx.data, ctx.profile, id);
    if (!facts.available || facts.supervisionMonths === null) return null;
    return phrase('license.clinical-later', {
      short: facts.short,
      months: facts.supervisionMonths,
      where: facts.licensure.source === 'state' ? facts.licensure.state_name : null,
    });
  }
  return null;
}

/**
 * The first license the specialization lists that the person is one exam away from (the degree
 * done, underway or already on the plan), or a state's limited license at that level. The plan
 * context asks it before any step exists, so that the goal's rules can count on the license (an
 * Ohio LSW meets the C-ASWCM's license; no ASWB Masters exam on top).
 */
export function listedLicenseInReach(
  ctx: PlanContext,
  drafts: DraftSet,
  choose: Chooser,
): { license: License; limited: boolean; degreeOnPlan: boolean } | null {
  const spec = ctx.specialization;
  if (!spec) return null;
  if (holdsListedLicense(ctx, spec.licenses)) return null;
  const nonClinical = inNonClinicalPost(ctx);
  for (const id of spec.licenses) {
    const license = ctx.data.byId.licenses.get(id);
    if (
      !license ||
      (nonClinical && stateLicenseFacts(ctx.data, ctx.profile, id).licensure.kind === 'registration') ||
      issuedAsAnother(ctx, id) ||
      holdsAtOrAbove(ctx, license) ||
      license.supervised_months ||
      drafts.has(`license-${id}`) ||
      sameTitlePlanned(ctx, drafts, id) ||
      ctx.profile.licenses.some((l) => l.type === id) ||
      !stateLicenseFacts(ctx.data, ctx.profile, id).available
    )
      continue;
    const walk = walkRule(license.requires, ctx.evaluate(license.requires), choose);
    if (limitedFirst(ctx, id)) {
      // The state issues it first as a limited license the data has no id for (Michigan's LLMSW):
      // the step is applying for that, once the degree is done.
      if (!walk.unmet.every((u) => u.leaf.kind === 'exam')) continue;
      return { license, limited: true, degreeOnPlan: false };
    }
    // Besides its exam, the license may wait only for a degree the plan already takes the person
    // through (a new MSW's LMSW): never a degree of its own.
    const onPlan = walk.unmet.filter((u) => u.leaf.kind === 'degree');
    if (!walk.unmet.every((u) => u.leaf.kind === 'exam' || u.leaf.kind === 'degree')) continue;
    if (!onPlan.every((u) => u.leaf.kind === 'degree' && degreeOnPlan(ctx, drafts, u.leaf.cond))) continue;
    return { license, limited: false, degreeOnPlan: onPlan.length > 0 };
  }
  return null;
}

/** An active license the specialization lists, or an inactive one (reactivated on its own step). */
function holdsListedLicense(ctx: PlanContext, listed: readonly string[]): boolean {
  return ctx.profile.licenses.some(
    (l) => (l.status === 'active' || l.status === 'inactive') && listed.includes(l.type),
  );
}

/**
 * A license the state issues first as a limited one, held under supervision (Michigan's LLMSW and
 * LLBSW). The limited license has no record of its own, so the step names it from the state's
 * title and note, plans no exam the sources do not give, and gains no credential the rules know.
 */
function limitedLicenseStep(
  ctx: PlanContext,
  drafts: DraftSet,
  license: License,
  goal: string | null,
): string | null {
  const spec = ctx.specialization!;
  const facts = stateLicenseFacts(ctx.data, ctx.profile, license.id);
  const { licensure } = facts;
  const limited = licensure.associate_title;
  const id = `limited-license-${license.id}`;
  if (!limited || drafts.has(id)) return null;
  const where = licensure.state_name ?? licensure.state ?? '';

  return drafts.add({
    id,
    kind: 'license',
    title: phrase('license.limited-title', { limited, where }),
    why: [
      phrase('license.limited-why', {
        goal,
        area: spec.name,
        abbreviation: license.abbreviation,
        where,
        short: facts.short,
        limited,
      }),
      ...(licensure.note ? [given(licensure.note)] : []),
      ...fullLicenseAfterLimited(ctx, license, limited),
      phrase('license.limited-apply', {
        board: licensure.board ? { name: licensure.board.name, url: licensure.board.url ?? null } : null,
        where,
        months: ASSUME.licenseProcessingMonths,
      }),
    ],
    cost: null,
    sources: sourceRefs(licensure.sources),
    duration: ASSUME.licenseProcessingMonths,
    after: [],
  });
}

/**
 * What follows the limited license, where the state's data says: the clinical title held under it
 * and its supervised hours and minimum duration (Michigan: the LMSW with a clinical designation,
 * 4,000 hours over at least two years). Nothing when the sources give no figures for it.
 */
function fullLicenseAfterLimited(ctx: PlanContext, license: License, limited: string): Phrase[] {
  for (const other of ctx.data.licenses) {
    if (other.state || other.discipline !== license.discipline || other.tier !== 'clinical') continue;
    const { licensure } = stateLicenseFacts(ctx.data, ctx.profile, other.id);
    if (licensure.source !== 'state' || licensure.associate_title !== limited) continue;
    const hours = licensure.supervised_hours;
    const minMonths = typeof licensure.min_months === 'number' ? licensure.min_months : null;
    if (hours === null || !licensure.title) continue;
    return [phrase('license.limited-then', { limited, title: licensure.title, hours, minMonths })];
  }
  return [];
}

/**
 * The state's own credential for the supervised years toward a clinical license the
 * specialization lists (the California ASW, the Florida clinical intern registration, the North
 * Carolina LCSWA), for an MSW graduate who holds none yet: registering is how the hours start.
 */
function steppingStone(
  ctx: PlanContext,
  drafts: DraftSet,
  derive: DeriveLeaves,
  choose: Chooser,
  goal: string | null,
): string | null {
  if (inNonClinicalPost(ctx)) return null;
  const found = stoneInReach(ctx, drafts, choose);
  if (!found) return null;
  const { stone, clinical } = found;
  const facts = stateLicenseFacts(ctx.data, ctx.profile, stone.id);
  const why = phrase('license.why-stone', {
    goal,
    state: String(facts.licensure.state_name ?? ctx.profile.state),
    clinical: stateLicenseFacts(ctx.data, ctx.profile, clinical.id).short,
    area: ctx.specialization!.name,
  });
  return addOptional(ctx, drafts, stone, why, derive, choose, facts.short);
}

/**
 * The state credential held during the supervised years toward a clinical license the
 * specialization lists, that the person qualifies for now but neither holds nor has on the plan,
 * with that clinical license.
 */
export function stoneInReach(
  ctx: PlanContext,
  drafts: DraftSet,
  choose: Chooser,
  clinicalIds: readonly string[] = ctx.specialization?.licenses ?? [],
): { stone: License; clinical: License } | null {
  for (const clinicalId of clinicalIds) {
    const clinical = ctx.data.byId.licenses.get(clinicalId);
    if (clinical?.tier !== 'clinical' || holdsAtOrAbove(ctx, clinical)) continue;
    // The license ids the clinical license's rule accepts for the supervised years.
    const stones = predicatesOf(clinical.requires).flatMap((p) => ('license' in p ? p.license.types : []));
    for (const stoneId of stones) {
      const stone = ctx.data.byId.licenses.get(stoneId);
      if (!stone?.state || stone.state !== ctx.profile.state) continue;
      if (
        drafts.has(`license-${stone.id}`) ||
        sameTitlePlanned(ctx, drafts, stone.id) ||
        holdsAtOrAbove(ctx, stone)
      )
        continue;
      const walk = walkRule(stone.requires, ctx.evaluate(stone.requires), choose);
      if (!walk.unmet.every((u) => u.leaf.kind === 'exam')) continue;
      return { stone, clinical };
    }
  }
  return null;
}

/** The person has passed the exams a license asks for (all of them, or one where any will do). */
function examsPassed(ctx: PlanContext, exams: readonly string[], mode: 'all' | 'any'): boolean {
  const passed = (id: string) => ctx.profile.exams_passed.includes(id);
  return mode === 'all' ? exams.every(passed) : exams.some(passed);
}

/**
 * The plan already gets the person a license their state issues under the same title (Illinois
 * grants its LSW on an MSW or on a BSW and three years): recommending it again by the other way
 * would plan one license twice.
 */
function sameTitlePlanned(ctx: PlanContext, drafts: DraftSet, id: string): boolean {
  const short = stateLicenseFacts(ctx.data, ctx.profile, id).short;
  return ctx.data.licenses.some(
    (other) =>
      other.id !== id &&
      drafts.has(`license-${other.id}`) &&
      stateLicenseFacts(ctx.data, ctx.profile, other.id).short === short,
  );
}

function addOptional(
  ctx: PlanContext,
  drafts: DraftSet,
  license: License,
  why: Phrase,
  derive: DeriveLeaves,
  choose: Chooser,
  short: string,
): string {
  const before = new Set(drafts.all().map((d) => d.id));
  const step = addLicense(ctx, drafts, license, why, derive, choose, 0, true);
  // An exam the law dates while the person holds the associate credential (the NC LCSWA's
  // clinical exam within 24 months) is what keeping that credential takes: not optional.
  const associate = stateLicenseFacts(ctx.data, ctx.profile, license.id).licensure.associate_license;
  const holdsAssociate = ctx.profile.licenses.some((l) => l.type === associate && l.status === 'active');
  // Its exam and practice are as optional as the license: say so where each stands on its own.
  for (const draft of drafts.all()) {
    // Finishing a degree underway is no more optional for being planned here first.
    if (before.has(draft.id) || draft.id === step || draft.kind === 'education') continue;
    if (holdsAssociate && draft.dueByLaw) continue;
    // The words say it unless the title names the credential already (src/messages/en/roadmap/license.ts).
    draft.title = phrase('license.recommended-for', { title: draft.title, short });
  }
  return step;
}

/** A degree meeting `cond` is underway or already a step of the plan. */
function degreeOnPlan(ctx: PlanContext, drafts: DraftSet, cond: DegreeCondition): boolean {
  if (degreeUnderway(ctx, cond)) return true;
  return drafts.all().some((draft) => {
    const planned = draft.id.startsWith('degree-') ? ctx.data.byId.degrees.get(draft.id.slice(7)) : undefined;
    return planned !== undefined && degreeMeets(cond, catalogueFacts(planned));
  });
}

/**
 * A registration or associate credential exists only for the supervised clinical years: someone
 * in a case-management post now is not started on them (nor planned into the clinical license).
 */
export function inNonClinicalPost(ctx: PlanContext): boolean {
  return ctx.profile.experience.some(
    (e) => e.ongoing && e.role !== 'social-worker' && e.role !== 'counselor',
  );
}

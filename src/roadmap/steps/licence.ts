import { monthIndex } from '../../core/month.js';
import type { License } from '../../data/schema/families.js';
import { compareKeys } from '../compare.js';
import { ASSUME, type PlanContext } from '../context.js';
import { DraftSet, sourceRefs } from '../draft.js';
import { months, orList, span } from '../labels.js';
import { type Chooser, type LeafNode, walkRule } from '../needs.js';
import { lastEnd, schedule } from '../schedule.js';
import { planExam } from './credential.js';

/** Plans the unmet leaves of a rule into drafts; returns the ids after which they are all met. */
export type DeriveLeaves = (
  drafts: DraftSet,
  unmet: LeafNode[],
  depth: number,
  options?: { purpose?: string },
) => string[];

const TIER_ORDER = ['practical', 'entry', 'bachelor', 'master', 'clinical'];
const FIELD_DISCIPLINE: Record<string, License['discipline']> = {
  nursing: 'nursing',
  'social-work': 'social-work',
  counseling: 'counseling',
  'rehabilitation-counseling': 'counseling',
};

export interface LicenceNeed {
  types: readonly string[];
  statuses?: readonly string[];
  independent?: boolean;
  requirement: string;
}

/**
 * Plans getting one of the licences a rule accepts: the one the person can hold soonest (a lower
 * tier, then their own discipline, on a tie). Each licence brings what it `requires`, its exams,
 * any supervised practice, and the board's processing time.
 */
export function planLicence(
  ctx: PlanContext,
  drafts: DraftSet,
  need: LicenceNeed,
  derive: DeriveLeaves,
  choose: Chooser,
  depth: number,
): string[] | null {
  const options = need.types
    .map((id) => ctx.data.byId.licenses.get(id))
    .filter((l): l is License => l !== undefined && (!need.independent || l.independent_practice))
    .filter((l) => ctx.profile.licenses.find((h) => h.type === l.id)?.status !== 'restricted');
  if (options.length === 0 || depth > 4) return null;

  let best: License | undefined;
  let bestScore: number[] = [];
  for (const licence of options) {
    const scratch = new DraftSet();
    addLicence(ctx, scratch, licence, need.requirement, derive, choose, depth);
    const end = lastEnd(schedule(scratch.all(), ctx.asOf), ctx.asOf);
    const score = [
      // The licences the specialization expects come first (a social-work path for social work).
      ctx.preferSpecLicences && ctx.specialization && !ctx.specialization.licenses.includes(licence.id)
        ? 1
        : 0,
      monthIndex(end),
      TIER_ORDER.indexOf(licence.tier),
      ctx.profile.education.some((e) => FIELD_DISCIPLINE[e.field] === licence.discipline) ? 0 : 1,
    ];
    if (!best || compareKeys(score, bestScore) < 0) {
      best = licence;
      bestScore = score;
    }
  }
  return best ? [addLicence(ctx, drafts, best, need.requirement, derive, choose, depth)] : null;
}

/**
 * A licence the specialization lists as helping or expected, when the person is one exam away from
 * it (the degree is done): not needed for the certification, but worth having. At most one.
 */
export function recommendedLicence(
  ctx: PlanContext,
  drafts: DraftSet,
  derive: DeriveLeaves,
  choose: Chooser,
  goal: string | null,
): string | null {
  const spec = ctx.specialization;
  if (!spec) return null;
  const active = new Set(ctx.profile.licenses.filter((l) => l.status === 'active').map((l) => l.type));
  if (spec.licenses.some((id) => active.has(id))) return null;
  for (const id of spec.licenses) {
    const licence = ctx.data.byId.licenses.get(id);
    if (
      !licence ||
      licence.supervised_months ||
      drafts.has(`licence-${id}`) ||
      ctx.profile.licenses.some((l) => l.type === id)
    )
      continue;
    const walk = walkRule(licence.requires, ctx.evaluate(licence.requires), choose);
    if (!walk.unmet.every((u) => u.leaf.kind === 'exam')) continue;
    const why = `Not required${goal ? ` for the ${goal}` : ''}, but ${spec.name.toLowerCase()} lists the ${licence.abbreviation} among the licences that help or are expected, and your degree already qualifies you to sit its exam`;
    const before = new Set(drafts.all().map((d) => d.id));
    const step = addLicence(ctx, drafts, licence, why, derive, choose, 0, true);
    // Its exam is as optional as the licence: say so where the step stands on its own.
    for (const draft of drafts.all()) {
      if (!before.has(draft.id) && draft.id !== step) {
        draft.title += ` (for the ${licence.abbreviation}, recommended)`;
      }
    }
    return step;
  }
  return null;
}

function addLicence(
  ctx: PlanContext,
  drafts: DraftSet,
  licence: License,
  requirement: string,
  derive: DeriveLeaves,
  choose: Chooser,
  depth: number,
  optional = false,
): string {
  const state = ctx.profile.state ? ` in ${ctx.profile.state}` : '';
  const held = ctx.profile.licenses.find((h) => h.type === licence.id);
  const stateNote = licence.state_note ? ` ${licence.state_note}` : '';
  if (held?.status === 'inactive') {
    return drafts.add({
      id: `licence-${licence.id}`,
      kind: 'licence',
      title: `Reactivate your ${licence.abbreviation} licence`,
      why: `${requirement}: only an active licence counts. Ask your board${held.state ? ` (${held.state})` : ''} what reactivation takes.${stateNote}`,
      cost: null,
      sources: sourceRefs(licence.sources),
      duration: ASSUME.licenceProcessingMonths,
      after: [],
      gains: { credential: licence.id },
    });
  }

  const walk = walkRule(licence.requires, ctx.evaluate(licence.requires), choose);
  const before = derive(drafts, walk.unmet, depth + 1, { purpose: `${licence.abbreviation} licence` });
  const steps = [...before];
  // Exams the `requires` rule already names were planned with it.
  const pending = licence.exams.filter(
    (id) => !ctx.profile.exams_passed.includes(id) && !drafts.has(`exam-${id}`),
  );
  if (pending.length > 0) {
    steps.push(planExam(ctx, drafts, pending, before, `Needed for the ${licence.abbreviation} licence`));
  }
  if (licence.supervised_months) {
    const minimum = licence.supervised_months.min;
    const hours = licence.supervised_hours
      ? ` (${licence.supervised_hours.min.toLocaleString('en-US')} hours or more)`
      : '';
    steps.push(
      drafts.add({
        id: `supervised-${licence.id}`,
        kind: 'experience',
        title: `Complete supervised practice for the ${licence.abbreviation} (${span(minimum)})`,
        why: `The ${licence.abbreviation} needs supervised practice after the degree${hours}, over at least ${span(minimum)}; states differ.${stateNote}`,
        cost: null,
        sources: sourceRefs(licence.sources),
        duration: Math.ceil(minimum),
        after: before,
      }),
    );
  }
  const exams = pending.map((id) => ctx.data.byId.exams.get(id)?.name ?? id);
  return drafts.add({
    id: `licence-${licence.id}`,
    kind: 'licence',
    title: `Get your ${licence.abbreviation} licence${state}${optional ? ' (recommended)' : ''}`,
    why: `${requirement}. ${licence.summary}${exams.length > 0 ? ` You apply to the state board after passing the ${orList(exams)}.` : ''} The plan allows ${months(ASSUME.licenceProcessingMonths)} for the board.${stateNote}`,
    cost: licence.fee_usd,
    sources: sourceRefs(licence.sources),
    duration: ASSUME.licenceProcessingMonths,
    after: steps,
    gains: { credential: licence.id },
  });
}

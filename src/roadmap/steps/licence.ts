import { monthIndex } from '../../core/month.js';
import type { License } from '../../data/schema/families.js';
import { ASSUME, type PlanContext } from '../context.js';
import { DraftSet, sourceRefs } from '../draft.js';
import { months, orList, span } from '../labels.js';
import { type Chooser, type LeafNode, walkRule } from '../needs.js';
import { lastEnd, schedule } from '../schedule.js';
import { planExam } from './credential.js';

/** Plans the unmet leaves of a rule into drafts; returns the ids after which they are all met. */
export type DeriveLeaves = (drafts: DraftSet, unmet: LeafNode[], depth: number) => string[];

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
  let bestScore: [number, number, number] = [Number.POSITIVE_INFINITY, 0, 0];
  for (const licence of options) {
    const scratch = new DraftSet();
    addLicence(ctx, scratch, licence, need.requirement, derive, choose, depth);
    const end = lastEnd(schedule(scratch.all(), ctx.asOf), ctx.asOf);
    const score: [number, number, number] = [
      monthIndex(end),
      TIER_ORDER.indexOf(licence.tier),
      ctx.profile.education.some((e) => FIELD_DISCIPLINE[e.field] === licence.discipline) ? 0 : 1,
    ];
    if (!best || compare(score, bestScore) < 0) {
      best = licence;
      bestScore = score;
    }
  }
  return best ? [addLicence(ctx, drafts, best, need.requirement, derive, choose, depth)] : null;
}

function compare(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return (a[i] as number) - (b[i] as number);
  return 0;
}

function addLicence(
  ctx: PlanContext,
  drafts: DraftSet,
  licence: License,
  requirement: string,
  derive: DeriveLeaves,
  choose: Chooser,
  depth: number,
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
  const before = derive(drafts, walk.unmet, depth + 1);
  const steps = [...before];
  const pending = licence.exams.filter((id) => !ctx.profile.exams_passed.includes(id));
  if (pending.length > 0) {
    steps.push(planExam(ctx, drafts, pending, before, `Needed for the ${licence.abbreviation} licence`));
  }
  if (licence.supervised_months) {
    const minimum = licence.supervised_months.min;
    const hours = licence.supervised_hours ? ` (${licence.supervised_hours.min.toLocaleString('en-US')} hours or more)` : '';
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
    title: `Get your ${licence.abbreviation} licence${state}`,
    why: `${requirement}. ${licence.summary}${exams.length > 0 ? ` You apply to the state board after passing the ${orList(exams)}.` : ''} The plan allows ${months(ASSUME.licenceProcessingMonths)} for the board.${stateNote}`,
    cost: licence.fee_usd,
    sources: sourceRefs(licence.sources),
    duration: ASSUME.licenceProcessingMonths,
    after: steps,
    gains: { credential: licence.id },
  });
}

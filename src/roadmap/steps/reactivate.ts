import type { License } from '../../data/schema/families.js';
import type { Reactivation } from '../../data/schema/states.js';
import { licensureFor } from '../../data/state-licensure.js';
import type { Profile } from '../../profile/schema.js';
import { ASSUME, type PlanContext } from '../context.js';
import { type DraftSet, sourceRefs } from '../draft.js';
import { lowerFirst } from '../labels.js';
import { english } from '../phrases/index.js';

/**
 * An inactive license comes back through its board's own reactivation rule (the rules our data
 * has for TX, CA and NY), never through the exams already passed. Where the state's rule is not in
 * our sources, the step says to ask the board.
 */

type HeldLicense = Profile['licenses'][number];

export function reactivationStep(
  ctx: PlanContext,
  drafts: DraftSet,
  held: HeldLicense,
  license: License,
  requirement: string | null,
  optional: boolean,
): string {
  const licensure = licensureFor(ctx.data, held.state ?? ctx.profile.state, license.id);
  const fromState = licensure.source === 'state';
  const short = fromState && licensure.title ? licensure.title : license.abbreviation;
  const where = licensure.state_name ?? licensure.state;
  const rule = licensure.reactivation.find((r) => r.applies_to !== 'lapsed');
  const board = licensure.board;
  const boardWords = board
    ? `the ${board.name}${board.url ? ` (${board.url})` : ''}`
    : `the ${where ? `${where} ` : ''}board${license.discipline === 'nursing' ? ' of nursing' : ''}`;
  const purpose = requirement
    ? `${requirement}${optional ? '.' : ': only an active license counts.'}`
    : `Your ${short} is inactive; an active one is what employers and certifiers ask for.`;
  const how = rule
    ? ruleWords(rule)
    : `The sources we cite do not say how ${where ?? 'your state'} reactivates it: ask ${boardWords} what it takes and how long. The plan allows ${ASSUME.licenseProcessingMonths} month as a placeholder, not a figure from the board.`;
  const ce = rule?.ce_hours ?? 0;
  return drafts.add({
    id: `license-${license.id}`,
    kind: 'license',
    title: english(
      `Reactivate your ${short} license${where ? ` in ${where}` : ''}${optional ? ' (recommended)' : ''}`,
    ),
    why: [
      english(
        [
          purpose,
          how,
          'The licensing exams you passed stay passed.',
          rule && board ? `Board: ${boardWords}.` : '',
        ]
          .filter(Boolean)
          .join(' '),
      ),
    ],
    cost: typeof rule?.fee_usd === 'number' ? { min: rule.fee_usd, max: rule.fee_usd } : null,
    // Without the state's rule, the national license's pages say nothing about reactivating it.
    sources: sourceRefs(rule ? rule.sources : fromState ? licensure.sources : []),
    // Continuing education asked at reactivation takes its own time; the board's review at least a month.
    duration: Math.max(ASSUME.licenseProcessingMonths, Math.ceil(ce / ASSUME.ceHoursPerMonth)),
    after: [],
    gains: { credential: license.id },
  });
}

function ruleWords(rule: Reactivation): string {
  const steps = rule.steps.map((step, i) => `(${i + 1}) ${lowerFirst(step)}`).join('; ');
  const ce =
    rule.ce_hours === null
      ? ''
      : rule.ce_hours > 0
        ? ` The plan allows ${Math.ceil(rule.ce_hours / ASSUME.ceHoursPerMonth)} months for the ${rule.ce_hours} CE hours.`
        : '';
  return `What the board asks: ${steps}.${ce}${rule.note ? ` ${rule.note}` : ''}`;
}

/** Every inactive license the person holds gets its reactivation step, once. */
export function addReactivations(ctx: PlanContext, drafts: DraftSet): string[] {
  const out: string[] = [];
  for (const held of ctx.profile.licenses) {
    const license = ctx.data.byId.licenses.get(held.type);
    if (held.status !== 'inactive' || !license || drafts.has(`license-${license.id}`)) continue;
    out.push(reactivationStep(ctx, drafts, held, license, null, false));
  }
  return out;
}

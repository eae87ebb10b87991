import type { License } from '../../data/schema/families.js';
import { licensureFor, stateFor, titleIn } from '../../data/state-licensure.js';
import type { Profile } from '../../profile/schema.js';
import { ASSUME, type PlanContext } from '../context.js';
import { type DraftSet, sourceRefs } from '../draft.js';
import { fixed, type Phrase, phrase } from '../phrases/index.js';
import type { BoardRef } from '../phrases/reactivate.js';

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
  requirement: Phrase | null,
  optional: boolean,
): string {
  const licensure = licensureFor(ctx.data, held.state ?? ctx.profile.state, license.id);
  const fromState = licensure.source === 'state';
  const short = titleIn(licensure, license.abbreviation);
  const where = licensure.state_name ?? licensure.state;
  const rule = licensure.reactivation.find((r) => r.applies_to !== 'lapsed');
  const lapsed = licensure.reactivation.filter((r) => r.applies_to === 'lapsed');
  const board: BoardRef = {
    board: licensure.board ? { name: licensure.board.name, url: licensure.board.url ?? null } : null,
    where: where ?? null,
    nursing: license.discipline === 'nursing',
  };
  const ce = rule?.ce_hours ?? 0;
  // A license held in a state the person has left (with a step for the new state's license).
  const home = ctx.profile.state;
  const elsewhere =
    held.state && home && held.state !== home && where
      ? phrase('reactivate.elsewhere', { held: where, target: stateFor(ctx.data, home)?.name ?? home })
      : null;
  return drafts.add({
    id: `license-${license.id}`,
    kind: 'license',
    title: phrase('reactivate.title', { short, where: where ?? null, optional }),
    why: [
      requirement
        ? phrase('reactivate.purpose', { requirement, optional })
        : phrase('reactivate.inactive', { short }),
      rule
        ? phrase('reactivate.rule', {
            steps: rule.steps,
            ceHours: rule.ce_hours,
            ceMonths: Math.ceil((rule.ce_hours ?? 0) / ASSUME.ceHoursPerMonth),
            note: rule.note ?? null,
          })
        : phrase('reactivate.unknown', { ...board, months: ASSUME.licenseProcessingMonths }),
      // The profile says inactive; the data has the board's rules only for a lapsed license (Texas
      // nursing, 22 TAC §217.6). A person who let it lapse reads what those ask, by how long ago.
      ...(!rule && lapsed.length > 0
        ? [
            phrase('reactivate.if-lapsed', {
              rules: lapsed.map((r) => ({
                under: r.lapsed_under_months ?? null,
                atLeast: r.lapsed_at_least_months ?? null,
                steps: r.steps,
              })),
            }),
          ]
        : []),
      fixed('reactivate.exams-stay'),
      ...(rule && licensure.board ? [phrase('reactivate.board', board)] : []),
      ...(elsewhere ? [elsewhere] : []),
    ],
    cost: typeof rule?.fee_usd === 'number' ? { min: rule.fee_usd, max: rule.fee_usd } : null,
    // Without the state's rule, the national license's pages say nothing about reactivating it.
    sources: sourceRefs(
      rule ? rule.sources : [...(fromState ? licensure.sources : []), ...lapsed.flatMap((r) => r.sources)],
    ),
    // Continuing education asked at reactivation takes its own time; the board's review at least a month.
    duration: Math.max(ASSUME.licenseProcessingMonths, Math.ceil(ce / ASSUME.ceHoursPerMonth)),
    after: [],
    gains: { credential: license.id },
  });
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

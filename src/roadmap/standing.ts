import { formatMonth } from '../core/month.js';
import { examsImpliedByLicenses } from '../data/held-exams.js';
import type { Data } from '../data/model.js';
import { predicatesOf } from '../engine/compile.js';
import { formatAmount } from '../messages/en/format.js';
import type { PlanContext } from './context.js';
import { isCompleted } from './degree-match.js';
import {
  article,
  capitalize,
  FIELD_NAMES,
  LEVEL_NAMES,
  ROLE_NAMES,
  SETTING_NAMES,
  SUPERVISOR_NAMES,
} from './labels.js';
import type { StandingModel } from './model.js';
import type { LeafNode } from './needs.js';
import { english } from './phrases/index.js';
import { heldCredentialName } from './state-license.js';

/**
 * "Where you stand": what the person brings (✔), what is underway or does not count yet (~), and
 * what the goal route still misses (✘), in their words rather than the rule's.
 */
export function standing(
  ctx: PlanContext,
  unmet: readonly LeafNode[],
  listed: readonly string[] = ctx.profile.exams_passed,
): StandingModel[] {
  const items: { ok: StandingModel['ok']; text: string }[] = [];
  const { profile, data, asOf } = ctx;

  for (const e of profile.education) {
    const what = `${capitalize(LEVEL_NAMES[e.level])}${e.level === 'high-school' ? '' : ` in ${FIELD_NAMES[e.field]}`}`;
    if (isCompleted(e, asOf)) {
      const credits = (e as { credits?: number }).credits;
      const notes = [
        e.level === 'some-college' && credits ? `${credits} credits` : '',
        e.completed ? formatMonth(e.completed) : '',
        e.accredited ? '' : 'school not accredited',
      ].filter(Boolean);
      items.push({
        ok: e.accredited ? true : 'partial',
        text: `${what}${notes.length > 0 ? ` (${notes.join(', ')})` : ''}`,
      });
    } else {
      items.push({
        ok: 'partial',
        text: `${what} (in progress${e.completed ? `, expected ${formatMonth(e.completed)}` : ''})`,
      });
    }
  }
  for (const l of profile.licenses) {
    const name = heldCredentialName(data, l, profile.state);
    const where = l.state ? `, ${l.state}` : '';
    items.push(
      l.status === 'active'
        ? { ok: true, text: `${name} (active${where})` }
        : {
            ok: 'partial',
            text: `${name} (${l.status}${where}): does not count until it is active and unrestricted`,
          },
    );
  }
  for (const id of profile.certifications) {
    items.push({
      ok: true,
      text: `${data.byId.certifications.get(id)?.abbreviation ?? id.toUpperCase()} (held)`,
    });
  }
  const implied = examsImpliedByLicenses(profile, data);
  for (const id of profile.exams_passed) {
    const by = implied.get(id);
    // One the person did not list is shown only where it matters: an exam some certification
    // counts (the ASWB Bachelors of an NC CSW), not the NCLEX-RN behind every RN license.
    if (by && !listed.includes(id) && !examsCertificationsCount(data).has(id)) continue;
    const held = by ? profile.licenses.find((l) => l.type === by) : undefined;
    // An exam counted because a credential held required it says so: the person did not list it.
    const why = held ? ` (your ${heldCredentialName(data, held, profile.state)} required it)` : '';
    items.push({ ok: true, text: `Passed the ${data.byId.exams.get(id)?.name ?? id}${why}` });
  }
  for (const e of profile.experience) {
    const fte = e.months * Math.min(e.hours_per_week / 40, 1);
    const amount =
      e.hours_per_week < 40
        ? `${formatAmount(e.months)} months at ${formatAmount(e.hours_per_week)} hours a week (${formatAmount(fte)} months full-time)`
        : `${formatAmount(e.months)} months`;
    const sup =
      e.supervised_by === 'none'
        ? ''
        : e.supervised_by === 'other'
          ? ', supervised'
          : `, supervised by ${SUPERVISOR_NAMES[e.supervised_by]}`;
    const paid = e.paid ? '' : ', unpaid';
    items.push({
      ok: e.paid ? true : 'partial',
      text: `${amount} ${e.role === 'other' ? 'in other work' : `as ${article(ROLE_NAMES[e.role])}`}${e.setting === 'other' ? '' : ` in ${SETTING_NAMES[e.setting]}`}${sup}${paid}${e.ongoing ? ' (ongoing)' : ''}`,
    });
  }
  if (profile.ce_hours > 0)
    items.push({ ok: true, text: `${formatAmount(profile.ce_hours)} CE hours in the last two years` });
  for (const { node } of unmet) {
    items.push({ ok: false, text: `${node.requirement}${node.need ? ` — still needed: ${node.need}` : ''}` });
  }
  return items.map((item) => ({ ok: item.ok, text: english(item.text) }));
}

const countedExams = new WeakMap<Data, Set<string>>();

/** The exam ids any certification's rule names, per data set. */
function examsCertificationsCount(data: Data): Set<string> {
  let ids = countedExams.get(data);
  if (!ids) {
    ids = new Set(
      data.certifications.flatMap((cert) =>
        cert.routes.flatMap((route) =>
          predicatesOf(route.rule).flatMap((p) => ('exam' in p ? p.exam.ids : [])),
        ),
      ),
    );
    countedExams.set(data, ids);
  }
  return ids;
}

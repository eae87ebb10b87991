import { examsImpliedByLicenses } from '../data/held-exams.js';
import type { Data } from '../data/model.js';
import { predicatesOf } from '../engine/compile.js';
import type { PlanContext } from './context.js';
import { degreeMeets, entryFacts, isCompleted, isUnderway } from './degree-match.js';
import type { StandingModel } from './model.js';
import type { LeafNode } from './needs.js';
import { phrase } from './phrases/index.js';
import { heldCredential } from './state-license.js';

/**
 * "Where you stand": what the person brings (✔), what is underway or does not count yet (~), and
 * what the goal route still misses (✘), in their words rather than the rule's.
 */
export function standing(
  ctx: PlanContext,
  unmet: readonly LeafNode[],
  listed: readonly string[] = ctx.profile.exams_passed,
  /** The certification a missing item is for, when it is not the goal (one planned beside it). */
  besideTheGoal: ReadonlyMap<LeafNode, string> = new Map(),
  /** Of these license types, the ones the plan gets, as the state titles them. */
  plannedLicenses: (types: readonly string[]) => string[] = () => [],
): StandingModel[] {
  const items: StandingModel[] = [];
  const { profile, data, asOf } = ctx;

  for (const e of profile.education) {
    const degree = { level: e.level, field: e.field };
    if (isCompleted(e, asOf)) {
      const credits = (e as { credits?: number }).credits;
      items.push({
        ok: e.accredited ? true : 'partial',
        text: phrase('standing.degree', {
          ...degree,
          credits: e.level === 'some-college' && credits ? credits : null,
          completed: e.completed ?? null,
          accredited: e.accredited,
        }),
      });
    } else {
      items.push({
        ok: 'partial',
        text: phrase('standing.degree-underway', { ...degree, expected: e.completed ?? null }),
      });
    }
  }
  for (const l of profile.licenses) {
    const name = heldCredential(data, l, profile.state);
    items.push({
      ok: l.status === 'active' ? true : 'partial',
      text: phrase('standing.license', { name, status: l.status, state: l.state ?? null }),
    });
  }
  for (const id of profile.certifications) {
    items.push({
      ok: true,
      text: phrase('standing.certification', {
        abbreviation: data.byId.certifications.get(id)?.abbreviation ?? id.toUpperCase(),
      }),
    });
  }
  const implied = examsImpliedByLicenses(profile, data);
  for (const id of profile.exams_passed) {
    const by = implied.get(id);
    // One the person did not list is shown only where it matters: an exam some certification
    // counts (the ASWB Bachelors of an NC CSW), not the NCLEX-RN behind every RN license.
    if (by && !listed.includes(id) && !examsCertificationsCount(data).has(id)) continue;
    const held = by ? profile.licenses.find((l) => l.type === by) : undefined;
    items.push({
      ok: true,
      text: phrase('standing.exam', {
        exam: data.byId.exams.get(id)?.name ?? id,
        // An exam counted because a credential held required it says so: the person did not list it.
        requiredBy: held ? heldCredential(data, held, profile.state) : null,
      }),
    });
  }
  for (const e of profile.experience) {
    items.push({
      ok: e.paid ? true : 'partial',
      text: phrase('standing.experience', {
        months: e.months,
        hoursPerWeek: e.hours_per_week,
        fteMonths: e.months * Math.min(e.hours_per_week / 40, 1),
        role: e.role,
        setting: e.setting,
        supervisedBy: e.supervised_by,
        paid: e.paid,
        ongoing: e.ongoing,
      }),
    });
  }
  if (profile.ce_hours > 0)
    items.push({ ok: true, text: phrase('standing.ce', { hours: profile.ce_hours }) });
  for (const leaf of unmet) {
    const { node, oneOf } = leaf;
    const purpose = besideTheGoal.get(leaf) ?? null;
    // A license branch names the license the plan gets (the RN), not every title it would take.
    const licenses = oneOf && leaf.leaf.kind === 'license' ? plannedLicenses(leaf.leaf.types) : [];
    // A degree the person is finishing meets it (an MFT master's with its practicum): the need is
    // to finish that degree, not what the degrees held lack.
    const cond = leaf.leaf.kind === 'degree' ? leaf.leaf.cond : null;
    const finishing = cond
      ? profile.education.find((e) => isUnderway(e, asOf) && degreeMeets(cond, entryFacts(e)))
      : undefined;
    if (finishing) {
      items.push({
        ok: false,
        text: phrase('standing.missing-finish', {
          requirement: oneOf?.requirement ?? node.requirement,
          purpose,
          oneOf: oneOf !== undefined && oneOf !== null,
          degree: { level: finishing.level, field: finishing.field, expected: finishing.completed ?? null },
        }),
      });
      continue;
    }
    items.push({
      ok: false,
      text: oneOf
        ? phrase('standing.missing-one-of', {
            requirement: oneOf.requirement,
            planned: node.need ?? node.requirement,
            purpose,
            licenses,
          })
        : phrase('standing.missing', { requirement: node.requirement, need: node.need ?? null, purpose }),
    });
  }
  return items;
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

import { addMonths, monthIndex } from '../../core/month.js';
import { ACCREDITOR_NAMES } from '../../core/vocabulary.js';
import type { Certification } from '../../data/schema/families.js';
import type { ExperienceCondition } from '../../data/schema/rules.js';
import { matchesDegree } from '../../engine/leaves/degree.js';
import { ASSUME, type PlanContext } from '../context.js';
import { isCompleted, isUnderway } from '../degree-match.js';
import type { DraftSet, DraftStep } from '../draft.js';
import { issuerOf } from '../issuer.js';
import { type LeafNode, restsOnPersonalReading, type Walk } from '../needs.js';
import { fixed, given, type Phrase, phrase } from '../phrases/index.js';
import { heldCredential } from '../state-license.js';

/**
 * What the person already has toward a route becomes `done` steps (never dropped), and a
 * single-predicate alternative they do not need becomes an `n-a` step that says why.
 */
export function addDoneSteps(
  ctx: PlanContext,
  drafts: DraftSet,
  cert: Certification,
  walk: Walk,
  withWaived: boolean,
): void {
  for (const met of walk.met) addMet(ctx, drafts, cert, met);
  if (!withWaived) return;
  for (const { leaf, because } of walk.waived) {
    if (leaf.leaf.kind !== 'degree' && leaf.leaf.kind !== 'license') continue;
    // An alternative the person also meets is not "not needed": they have it. Saying otherwise
    // reads as "your license does not count".
    if (leaf.node.ok) continue;
    const kind = leaf.leaf.kind === 'degree' ? 'education' : 'license';
    drafts.add({
      id: `na-${cert.id}-${kind}`,
      kind,
      title: given(leaf.node.requirement),
      why: [
        phrase('done.not-needed', {
          abbreviation: cert.abbreviation,
          instead: because.node.requirement,
          have: because.node.have ?? null,
        }),
      ],
      cost: null,
      sources: [],
      duration: 0,
      after: [],
      fixed: { status: 'n-a', start: null, end: null },
    });
  }
}

/**
 * The in-progress step of the profile's education entry `index` (`study-<index>`), ending in its
 * expected month; `more`: sentences after the date.
 */
export function underwayStep(ctx: PlanContext, index: number, more: readonly Phrase[] = []): DraftStep {
  const entry = ctx.profile.education[index]!;
  // An expected month already past (or none) is not a date: the usual time left is assumed.
  const expected =
    entry.completed && monthIndex(entry.completed) > monthIndex(ctx.asOf)
      ? entry.completed
      : addMonths(ctx.asOf, ASSUME.underwayDegreeMonths);
  return {
    id: `study-${index}`,
    kind: 'education',
    title: phrase('done.finish', { level: entry.level, field: entry.field }),
    why: [
      expected === entry.completed
        ? phrase('done.expected', { month: expected })
        : phrase('done.expected-assumed', { months: ASSUME.underwayDegreeMonths }),
      ...more,
    ],
    cost: null,
    sources: [],
    duration: 0,
    after: [],
    fixed: { status: 'in-progress', start: ctx.asOf, end: expected },
  };
}

/** Completed degrees are the foundation of everything else: always shown as done. */
export function addEducationDone(ctx: PlanContext, drafts: DraftSet): void {
  for (const [index, entry] of ctx.profile.education.entries()) {
    if (entry.level === 'high-school') continue;
    // A degree under way is part of the person's path even when the goal does not need it.
    if (isUnderway(entry, ctx.asOf)) {
      if (!drafts.has(`study-${index}`)) drafts.add(underwayStep(ctx, index));
      continue;
    }
    if (!isCompleted(entry, ctx.asOf) || drafts.has(`held-degree-${index}`)) continue;
    const credits = (entry as { credits?: number }).credits;
    drafts.add({
      id: `held-degree-${index}`,
      kind: 'education',
      title: degreeTitle(entry, entry.level === 'some-college' && credits ? credits : null),
      why: [
        entry.level === 'some-college'
          ? credits
            ? phrase('done.credits', { credits })
            : fixed('done.credits-unknown')
          : entry.completed
            ? phrase('done.completed-in', { month: entry.completed })
            : fixed('done.completed'),
      ],
      cost: null,
      sources: [],
      duration: 0,
      after: [],
      fixed: { status: 'done', start: null, end: entry.completed ?? null },
    });
  }
}

function degreeTitle(
  entry: PlanContext['profile']['education'][number],
  credits: number | null = null,
): Phrase {
  const accreditor =
    entry.program_accreditation === 'none' ? null : ACCREDITOR_NAMES[entry.program_accreditation];
  return phrase('done.degree', { level: entry.level, field: entry.field, accreditor, credits });
}

function addMet(ctx: PlanContext, drafts: DraftSet, cert: Certification, { leaf, node }: LeafNode): void {
  const done = { status: 'done' as const, start: null, end: null };
  const base = { cost: null, sources: [], duration: 0, after: [] };
  switch (leaf.kind) {
    case 'degree': {
      const index = ctx.profile.education.findIndex((e) => matchesDegree(e, leaf.cond));
      const entry = ctx.profile.education[index];
      if (!entry) return;
      const finished = isCompleted(entry, ctx.asOf);
      drafts.add({
        ...base,
        id: `held-degree-${index}`,
        kind: 'education',
        title: degreeTitle(entry),
        why: [meets(node.requirement)],
        fixed: finished
          ? { ...done, end: entry.completed ?? null }
          : { status: 'in-progress', start: ctx.asOf, end: entry.completed ?? null },
      });
      return;
    }
    case 'license': {
      const held = ctx.profile.licenses.find((h) => leaf.types.includes(h.type) && h.status === 'active');
      const license = held ? ctx.data.byId.licenses.get(held.type) : undefined;
      drafts.add({
        ...base,
        id: `held-license-${held?.type ?? leaf.types[0]}`,
        kind: 'license',
        title:
          license && held
            ? phrase('done.license', {
                name: heldCredential(ctx.data, held, ctx.profile.state),
                state: held.state ?? null,
              })
            : given(node.requirement),
        why: [meets(node.requirement)],
        fixed: done,
      });
      return;
    }
    case 'exam': {
      const id = ctx.profile.exams_passed.find((e) => leaf.ids.includes(e)) ?? leaf.ids[0];
      drafts.add({
        ...base,
        id: `held-exam-${id}`,
        kind: 'exam',
        title: phrase('done.passed', { exam: ctx.data.byId.exams.get(id ?? '')?.name ?? String(id) }),
        why: [meets(node.requirement)],
        fixed: done,
      });
      return;
    }
    case 'certification': {
      const id = ctx.profile.certifications.find((c) => leaf.ids.includes(c)) ?? leaf.ids[0];
      drafts.add({
        ...base,
        id: `held-cert-${id}`,
        kind: 'certification',
        title: phrase('done.hold', {
          abbreviation: ctx.data.byId.certifications.get(id ?? '')?.abbreviation ?? String(id),
        }),
        why: [meets(node.requirement)],
        fixed: done,
      });
      return;
    }
    case 'experience': {
      // Met only as the plan reads the person's work (care coordination counted as case
      // management): done, but the issuer's to confirm, and the step says so.
      const reading = restsOnPersonalReading({ leaf, node });
      drafts.add({
        ...base,
        // From the rule, not its words: the id is the same in every language.
        id: experienceDoneId(cert, leaf.cond),
        kind: 'experience',
        title: phrase('done.experience', { requirement: node.requirement }),
        why: [experienceMet(ctx, cert, node.have ?? null, reading)],
        fixed: done,
      });
      return;
    }
    case 'ce':
      drafts.add({
        ...base,
        id: 'ce-hours',
        kind: 'continuing-education',
        title: phrase('done.ce', { hours: ctx.profile.ce_hours }),
        why: [meets(node.requirement)],
        fixed: done,
      });
      return;
    default:
      return;
  }
}

/** The id of the done step for a certification's experience condition. */
function experienceDoneId(cert: Certification, cond: ExperienceCondition): string {
  return `${cert.id}-experience-${experienceKey(cond)}`;
}

/** "Met for the CCM: you have …", and, when it rests on a reading, whom to confirm it with. */
function experienceMet(ctx: PlanContext, cert: Certification, have: string | null, reading: boolean): Phrase {
  return phrase('done.experience-met', {
    abbreviation: cert.abbreviation,
    have,
    confirmWith: reading ? issuerOf(ctx.data, cert) : null,
  });
}

/**
 * The route's experience is met by months the issuer may not count for another reason the plan
 * found (all of them before the license the plan gets): its done steps say to confirm.
 */
export function experienceDoneUnconfirmed(
  ctx: PlanContext,
  drafts: DraftSet,
  cert: Certification,
  walk: Walk,
): void {
  for (const { leaf, node } of walk.met) {
    if (leaf.kind !== 'experience') continue;
    const step = drafts.get(experienceDoneId(cert, leaf.cond));
    if (step?.fixed?.status === 'done') step.why = [experienceMet(ctx, cert, node.have ?? null, true)];
  }
}

/** "Meets: …", with the requirement as the engine words it. */
function meets(requirement: string): Phrase {
  return phrase('done.meets', { requirement });
}

/** "2080-hours-case-manager": what an experience condition asks, as an id part. */
function experienceKey(cond: ExperienceCondition): string {
  return [
    cond.min_hours !== undefined ? `${cond.min_hours}-hours` : null,
    cond.min_fte_months !== undefined ? `${cond.min_fte_months}-fte-months` : null,
    cond.min_months !== undefined ? `${cond.min_months}-months` : null,
    ...(cond.roles ?? []),
  ]
    .filter((part): part is string => part !== null)
    .join('-');
}

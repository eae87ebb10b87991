import { addMonths, formatMonth, monthIndex } from '../../core/month.js';
import { ACCREDITOR_NAMES } from '../../core/vocabulary.js';
import type { Certification } from '../../data/schema/families.js';
import { matchesDegree } from '../../engine/leaves/degree.js';
import { ASSUME, type PlanContext } from '../context.js';
import { isCompleted, isUnderway } from '../degree-match.js';
import type { DraftSet } from '../draft.js';
import { capitalize, FIELD_NAMES, LEVEL_NAMES, lowerFirst } from '../labels.js';
import type { LeafNode, Walk } from '../needs.js';
import { english } from '../phrases/index.js';
import { heldCredentialName } from '../state-license.js';

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
      title: english(leaf.node.requirement),
      why: [
        english(
          `Not needed for the ${cert.abbreviation}: ${lowerFirst(because.node.requirement)} counts instead${
            because.node.have ? `, and you have it (${because.node.have})` : ''
          }.`,
        ),
      ],
      cost: null,
      sources: [],
      duration: 0,
      after: [],
      fixed: { status: 'n-a', start: null, end: null },
    });
  }
}

/** Completed degrees are the foundation of everything else: always shown as done. */
export function addEducationDone(ctx: PlanContext, drafts: DraftSet): void {
  for (const [index, entry] of ctx.profile.education.entries()) {
    if (entry.level === 'high-school') continue;
    // A degree under way is part of the person's path even when the goal does not need it.
    if (isUnderway(entry, ctx.asOf)) {
      if (drafts.has(`study-${index}`)) continue;
      // An expected month already past (or none) is not a date: the usual time left is assumed.
      const expected =
        entry.completed && monthIndex(entry.completed) > monthIndex(ctx.asOf)
          ? entry.completed
          : addMonths(ctx.asOf, ASSUME.underwayDegreeMonths);
      drafts.add({
        id: `study-${index}`,
        kind: 'education',
        title: english(`Finish your ${LEVEL_NAMES[entry.level]} in ${FIELD_NAMES[entry.field]}`),
        why: [
          english(
            expected === entry.completed
              ? `You expect to finish in ${formatMonth(expected)}.`
              : `You are studying for it; with no expected month still ahead in your profile, the plan assumes ${ASSUME.underwayDegreeMonths} more months.`,
          ),
        ],
        cost: null,
        sources: [],
        duration: 0,
        after: [],
        fixed: { status: 'in-progress', start: ctx.asOf, end: expected },
      });
      continue;
    }
    if (!isCompleted(entry, ctx.asOf) || drafts.has(`held-degree-${index}`)) continue;
    const credits = (entry as { credits?: number }).credits;
    drafts.add({
      id: `held-degree-${index}`,
      kind: 'education',
      title: english(
        `${degreeTitle(entry)}${entry.level === 'some-college' && credits ? ` (${credits} credits)` : ''}`,
      ),
      why: [
        english(
          entry.level === 'some-college'
            ? credits
              ? `${credits} semester credits finished.`
              : 'College credits finished; the profile does not say how many.'
            : entry.completed
              ? `Completed in ${formatMonth(entry.completed)}.`
              : 'Completed.',
        ),
      ],
      cost: null,
      sources: [],
      duration: 0,
      after: [],
      fixed: { status: 'done', start: null, end: entry.completed ?? null },
    });
  }
}

function degreeTitle(entry: PlanContext['profile']['education'][number]): string {
  const accreditor =
    entry.program_accreditation === 'none' ? null : ACCREDITOR_NAMES[entry.program_accreditation];
  return `${capitalize(LEVEL_NAMES[entry.level])} in ${FIELD_NAMES[entry.field]}${accreditor ? ` (${accreditor}-accredited)` : ''}`;
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
        title: english(degreeTitle(entry)),
        why: [english(`Meets: ${node.requirement}.`)],
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
        title: english(
          license && held
            ? `${heldCredentialName(ctx.data, held, ctx.profile.state)}${held.state ? ` (${held.state})` : ''}`
            : node.requirement,
        ),
        why: [english(`Meets: ${node.requirement}.`)],
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
        title: english(`Passed the ${ctx.data.byId.exams.get(id ?? '')?.name ?? id}`),
        why: [english(`Meets: ${node.requirement}.`)],
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
        title: english(`Hold the ${ctx.data.byId.certifications.get(id ?? '')?.abbreviation ?? id}`),
        why: [english(`Meets: ${node.requirement}.`)],
        fixed: done,
      });
      return;
    }
    case 'experience':
      drafts.add({
        ...base,
        id: `${cert.id}-experience-${slug(node.requirement)}`,
        kind: 'experience',
        title: english(capitalize(node.requirement)),
        why: [english(`Met for the ${cert.abbreviation}: you have ${node.have ?? 'it'}.`)],
        fixed: done,
      });
      return;
    case 'ce':
      drafts.add({
        ...base,
        id: 'ce-hours',
        kind: 'continuing-education',
        title: english(`${ctx.profile.ce_hours} hours of continuing education in the last two years`),
        why: [english(`Meets: ${node.requirement}.`)],
        fixed: done,
      });
      return;
    default:
      return;
  }
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40)
    .replace(/-$/, '');
}

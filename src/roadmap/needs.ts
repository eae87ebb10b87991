import { HOURS_PER_FULL_TIME_MONTH, type Role } from '../core/vocabulary.js';
import type { DegreeCondition, ExperienceCondition, Rule } from '../data/schema/rules.js';
import type { EvalNode } from '../engine/types.js';

/**
 * Walks a rule and the engine's explanation tree side by side (the engine evaluates every node,
 * so the tree mirrors the rule) and sorts the leaves into what the person already meets and what
 * is still missing. Where an `any` is unmet, a chooser picks the branch to plan for.
 */

export type Leaf =
  /** `personal`: the rule's readings of the person's own degree (its field, its placement). */
  | { kind: 'degree'; cond: DegreeCondition; personal?: readonly string[] }
  | { kind: 'license'; types: string[]; statuses?: string[]; independent?: boolean }
  /** `askAbout`: caveats on a role the rule leaves out (utilization review for the CCM), which the
   * plan's step asking the issuer about that role answers. */
  | {
      kind: 'experience';
      cond: ExperienceCondition;
      askAbout?: readonly string[];
      /** The rule's readings that hold for experience the plan has the person gain (in the role
       * {@link plannedRole} names, full time): shown in the notes of a plan that rests on them,
       * though the engine reports them only once some of the person's own experience counts. */
      readings?: readonly string[];
      /** The rule's readings of the person's own work that the engine fires when they apply (a
       * care coordinator's months counted as case management, part time pro rata, months before
       * the degree): a date or a "done" resting on one is the issuer's to confirm. */
      personal?: readonly string[];
    }
  | { kind: 'exam'; ids: string[] }
  | { kind: 'certification'; ids: string[] }
  | { kind: 'ce'; hours: number }
  /** Something no step can add: an unmet `not`, or a node that did not pair with its rule. */
  | { kind: 'blocked' };

export interface LeafNode {
  leaf: Leaf;
  node: EvalNode;
  /** The unmet `any` this leaf was chosen from, when it is the whole of its branch (a license
   * where a degree would also do): "where you stand" names the choice, not only the branch. */
  oneOf?: EvalNode;
  /** Exams of that `any` the chooser passed over (the ASWB Bachelors beside a license): a plan
   * that cannot take one says why it takes this branch instead. */
  passedOver?: string[][];
}

export interface Walk {
  met: LeafNode[];
  unmet: LeafNode[];
  /** Single-predicate alternatives the person does not need because a sibling is met. */
  waived: { leaf: LeafNode; because: LeafNode }[];
}

/** Picks which branch of an unmet `any` to plan for: returns an index into `options`. */
export type Chooser = (options: Walk[]) => number;

/** The role a plan has the person work in to meet the condition: a case manager's where it counts. */
export function plannedRole(cond: ExperienceCondition): Role {
  if (!cond.roles || cond.roles.includes('case-manager')) return 'case-manager';
  return cond.roles[0] as Role;
}

/** Leaves are read-only and a data set's rules never change: each rule's leaf is built once. */
const leaves = new WeakMap<Rule, Leaf | null>();

export function leafOf(rule: Rule): Leaf | null {
  let leaf = leaves.get(rule);
  if (leaf === undefined) {
    leaf = buildLeaf(rule);
    leaves.set(rule, leaf);
  }
  return leaf;
}

function buildLeaf(rule: Rule): Leaf | null {
  if ('degree' in rule) {
    const personal = (rule.caveats ?? [])
      .filter((c) => c.when?.matched_fields || c.when?.placement_outside)
      .map((c) => c.text);
    return { kind: 'degree', cond: rule.degree, ...(personal.length > 0 ? { personal } : {}) };
  }
  if ('license' in rule) {
    return {
      kind: 'license',
      types: rule.license.types,
      ...(rule.license.statuses ? { statuses: rule.license.statuses } : {}),
      ...(rule.license.independent_practice ? { independent: true } : {}),
    };
  }
  if ('experience' in rule) {
    const caveats = rule.caveats ?? [];
    const askAbout = caveats.filter((c) => c.when?.has_roles).map((c) => c.text);
    const role = plannedRole(rule.experience);
    const readings = caveats
      .filter((c) => !c.when || c.when.counted_roles?.includes(role))
      .map((c) => c.text);
    const personal = caveats
      .filter((c) => c.when?.counted_roles || c.when?.part_time_counted || c.when?.counted_before)
      .map((c) => c.text);
    return {
      kind: 'experience',
      cond: rule.experience,
      ...(askAbout.length > 0 ? { askAbout } : {}),
      ...(readings.length > 0 ? { readings } : {}),
      ...(personal.length > 0 ? { personal } : {}),
    };
  }
  if ('exam' in rule) return { kind: 'exam', ids: rule.exam.ids };
  if ('certification' in rule) return { kind: 'certification', ids: rule.certification.ids };
  if ('ce' in rule) return { kind: 'ce', hours: rule.ce.min_hours };
  return null;
}

export function walkRule(rule: Rule, node: EvalNode, choose: Chooser): Walk {
  const walk: Walk = { met: [], unmet: [], waived: [] };
  walkInto(rule, node, choose, walk);
  return walk;
}

/** Adds the leaves of `rule` to `out`, in the rule's order (an `all` adds its parts in turn). */
function walkInto(rule: Rule, node: EvalNode, choose: Chooser, out: Walk): void {
  const leaf = leafOf(rule);
  if (leaf) {
    (node.ok ? out.met : out.unmet).push({ leaf, node });
    return;
  }
  const children = node.children ?? [];
  const parts: Rule[] | undefined = 'all' in rule ? rule.all : 'any' in rule ? rule.any : undefined;
  // An unmet `not`, or a tree that does not mirror the rule: plan nothing we cannot explain.
  if ('not' in rule || !parts || children.length !== parts.length) {
    if (!node.ok) out.unmet.push({ leaf: { kind: 'blocked' }, node });
    return;
  }
  if ('all' in rule) {
    for (const [i, part] of parts.entries()) walkInto(part, children[i] as EvalNode, choose, out);
    return;
  }

  // `any`: plan for one branch. A met branch wins (the first one that rests on no reading the
  // issuer has not confirmed, a BSW before an LBSW for the CCM); otherwise the chooser decides.
  const clean = children.findIndex((c) => c.ok && c.caveats.length === 0);
  const metIndex = clean >= 0 ? clean : children.findIndex((c) => c.ok);
  if (metIndex >= 0) {
    const chosen = walkRule(parts[metIndex] as Rule, children[metIndex] as EvalNode, choose);
    out.met.push(...chosen.met);
    out.unmet.push(...chosen.unmet);
    out.waived.push(...chosen.waived);
    const because = chosen.met[0];
    if (!because) return;
    for (const [i, part] of parts.entries()) {
      const alt = leafOf(part);
      if (i !== metIndex && alt)
        out.waived.push({ leaf: { leaf: alt, node: children[i] as EvalNode }, because });
    }
    return;
  }
  const walks = parts.map((part, i) => walkRule(part, children[i] as EvalNode, choose));
  const index = walks.length > 1 ? choose(walks) : 0;
  const chosen = walks[index];
  if (!chosen) return;
  out.met.push(...chosen.met);
  out.waived.push(...chosen.waived);
  if (walks.length > 1 && chosen.unmet.length === 1 && chosen.met.length === 0) {
    const passedOver = parts.flatMap((part, i) => (i !== index && 'exam' in part ? [part.exam.ids] : []));
    out.unmet.push({ ...chosen.unmet[0]!, oneOf: node, ...(passedOver.length > 0 ? { passedOver } : {}) });
  } else out.unmet.push(...chosen.unmet);
}

/** The engine fired one of the leaf's readings of the person's own work or degree on it. */
export function restsOnPersonalReading({ leaf, node }: LeafNode): boolean {
  const personal = leaf.kind === 'experience' || leaf.kind === 'degree' ? leaf.personal : undefined;
  return personal !== undefined && node.caveats.some((c) => personal.includes(c));
}

/** Whether a walk rests on readings of the person's own work, of their degree, or of both. */
export function readingsOf(walk: Walk): { work: boolean; degree: boolean } {
  const out = { work: false, degree: false };
  for (const leafNode of [...walk.met, ...walk.unmet]) {
    // A degree still to earn is the plan's, not a reading of the person's own.
    if (leafNode.leaf.kind === 'degree' && !leafNode.node.ok) continue;
    if (restsOnPersonalReading(leafNode)) out[leafNode.leaf.kind === 'degree' ? 'degree' : 'work'] = true;
  }
  return out;
}

/**
 * The walk's first experience leaf that the engine measured, in full-time months (hours ÷ a
 * full-time month's): what the person has toward it and what is left; null when it has none.
 */
export function experienceMonths(walk: Walk): { have: number; left: number } | null {
  for (const { leaf, node } of [...walk.met, ...walk.unmet]) {
    if (leaf.kind !== 'experience' || !node.measure) continue;
    const { unit, have, need } = node.measure;
    const months = (amount: number) => (unit === 'hours' ? amount / HOURS_PER_FULL_TIME_MONTH : amount);
    return { have: months(have), left: node.ok ? 0 : months(Math.max(0, need - have)) };
  }
  return null;
}

import { monthFromIndex } from '../core/month.js';
import type { Rule } from '../data/schema/rules.js';
import type { Explained } from '../engine/evaluate.js';
import type {
  CertificationResult,
  Explanation,
  Facts,
  RouteResult,
  VerdictCaveat,
} from '../engine/explanation.js';
import type { CertificationVerdict, EvalNode, MissingItem, RouteVerdict } from '../engine/types.js';
import type { EligibilityMessages } from './eligibility-messages.js';
import { choiceNode, leafNode, notNode } from './eval-node.js';

/** The shared subtrees of one evaluation (explain()'s `shared`), and their words once made. */
interface WordedOnce {
  readonly shared: readonly Explanation[];
  readonly worded: (EvalNode | undefined)[];
}

/** A worded node again, as fresh objects: two routes' trees never share an object. */
function copyNode(node: EvalNode): EvalNode {
  const { kind, ok, requirement, source } = node;
  if (!node.children) {
    const measure = node.measure && { ...node.measure };
    return leafNode(kind, ok, node.have!, node.need, [...node.caveats], measure, requirement, source);
  }
  const children = node.children.map(copyNode);
  if (kind === 'not') return notNode(requirement, ok, node.need, source, children);
  return choiceNode(kind as 'all' | 'any', requirement, ok, source, [...node.caveats], children);
}

/**
 * Turns the engine's structured verdicts into the eligibility contract's words, in one language.
 * Language-neutral: every sentence comes from the `EligibilityMessages` it is given. Words that
 * depend on a rule alone (its requirement; what a license, certification or exam rule asks for)
 * are made once per rule; only what depends on the profile is worded per evaluation.
 */
export class EligibilityWords {
  private readonly requirements = new WeakMap<Rule, string>();
  /** Keyed by the ids a leaf wants, which are fixed per compiled rule. */
  private readonly ruleNeeds = new WeakMap<readonly string[], string>();

  constructor(readonly messages: EligibilityMessages) {}

  /** The rule's own requirement text, or one composed from its parts (once per rule). */
  requirement(rule: Rule): string {
    if (rule.requirement !== undefined) return rule.requirement;
    let text = this.requirements.get(rule);
    if (text === undefined) {
      const kind = 'all' in rule ? 'all' : 'any';
      const parts = ('all' in rule ? rule.all : 'any' in rule ? rule.any : []).map((part) =>
        this.requirement(part),
      );
      text = this.messages.composedRequirement(kind, parts);
      this.requirements.set(rule, text);
    }
    return text;
  }

  caveats(caveats: readonly VerdictCaveat[]): string[] {
    return [...new Set(this.caveatTexts(caveats))];
  }

  /** The explanation tree in words (the JSON contract's `tree`). */
  tree(node: Explanation): EvalNode {
    return this.word(node, null);
  }

  /**
   * `once`: the subtrees several routes share, each worded the first time it is reached and
   * copied after that.
   */
  private word(node: Explanation, once: WordedOnce | null): EvalNode {
    if (once !== null && once.shared.length > 0) {
      const at = once.shared.indexOf(node);
      if (at >= 0) {
        const done = once.worded[at];
        if (done) return copyNode(done);
        const made = this.wordNode(node, once);
        once.worded[at] = made;
        return made;
      }
    }
    return this.wordNode(node, once);
  }

  private wordNode(node: Explanation, once: WordedOnce | null): EvalNode {
    const rule = node.rule;
    const requirement = this.requirement(rule);
    const source = (rule as { source?: EvalNode['source'] }).source;
    const facts = node.facts;
    if (facts) {
      return leafNode(
        node.kind,
        node.ok,
        this.messages.have(facts),
        node.ok ? undefined : this.need(facts, requirement),
        this.caveatTexts(node.caveats),
        facts.kind === 'experience'
          ? { unit: facts.unit, have: facts.have, need: facts.need, growing: facts.growing }
          : undefined,
        requirement,
        source,
      );
    }
    const children: EvalNode[] = [];
    for (const child of node.children!) children.push(this.word(child, once));
    if (node.kind === 'not') {
      const need = children[0]!.ok ? this.messages.notNeed(children[0]!.requirement) : undefined;
      return notNode(requirement, node.ok, need, source, children);
    }
    return choiceNode(
      node.kind as 'all' | 'any',
      requirement,
      node.ok,
      source,
      this.caveatTexts(node.caveats),
      children,
    );
  }

  /** What a leaf still needs; asked once per rule when it depends on the rule alone. */
  private need(facts: Facts, requirement: string): string {
    const ruleOnly =
      (facts.kind === 'license' && !facts.wrongStatus) ||
      facts.kind === 'certification' ||
      facts.kind === 'exam';
    if (!ruleOnly) return this.messages.need(facts, requirement);
    let text = this.ruleNeeds.get(facts.wanted);
    if (text === undefined) {
      text = this.messages.need(facts, requirement);
      this.ruleNeeds.set(facts.wanted, text);
    }
    return text;
  }

  /** Each caveat in words, in order. */
  caveatTexts(caveats: readonly VerdictCaveat[]): string[] {
    const out: string[] = [];
    for (const caveat of caveats) out.push(this.messages.caveat(caveat));
    return out;
  }

  /** The unmet requirements of a worded tree, as the contract's `missing[]` items. */
  missing(node: EvalNode): MissingItem[] {
    const out: MissingItem[] = [];
    this.addMissing(node, out);
    return out;
  }

  private addMissing(node: EvalNode, out: MissingItem[]): void {
    if (node.ok) return;
    switch (node.kind) {
      case 'all':
        for (const child of node.children!) this.addMissing(child, out);
        return;
      case 'any':
        // One item for the whole choice; its need names what each alternative still lacks.
        out.push({ requirement: node.requirement, have: this.choiceHave(node), need: this.choiceNeed(node) });
        return;
      default:
        out.push({
          requirement: node.requirement,
          have: node.have ?? '',
          need: node.need ?? node.requirement,
        });
    }
  }

  /** The `need` of each item `missing()` would give for a node, without making the items. */
  private addNeeds(node: EvalNode, out: string[]): void {
    if (node.ok) return;
    switch (node.kind) {
      case 'all':
        for (const child of node.children!) this.addNeeds(child, out);
        return;
      case 'any':
        out.push(this.choiceNeed(node));
        return;
      default:
        out.push(node.need ?? node.requirement);
    }
  }

  /** What the alternatives of an unmet choice have, together. */
  private choiceHave(node: EvalNode): string {
    const haves: string[] = [];
    for (const child of node.children!) {
      if (child.have && !haves.includes(child.have)) haves.push(child.have);
    }
    return this.messages.listHave(haves) || this.messages.noneOfThese;
  }

  /** What each alternative of an unmet choice still lacks, one option each. */
  private choiceNeed(node: EvalNode): string {
    const needs: string[] = [];
    // Experience alternatives say which one each need is for: "2,080 more hours" alone reads the
    // same for a disability manager's hours and a workers' compensation case manager's.
    const experiences = node.children!.filter((child) => child.kind === 'experience');
    // The words every such alternative ends with ("in the last 36 months, working in the field
    // now") are said by the choice's own requirement: each label keeps only what sets it apart.
    const shared = experiences.length > 1 ? sharedEnding(experiences.map((child) => child.requirement)) : 0;
    const bares: string[] = [];
    const labels: string[] = [];
    for (const child of node.children!) {
      const own: string[] = [];
      this.addNeeds(child, own);
      const bare = this.messages.alternativeNeeds(own);
      bares.push(bare);
      const label = child.requirement.slice(0, child.requirement.length - shared);
      if (child.kind === 'experience') labels.push(label);
      const need =
        child.kind === 'experience' && experiences.length > 1
          ? this.messages.labelledNeed(label, bare)
          : bare;
      if (!needs.includes(need)) needs.push(need);
    }
    // Every alternative is experience lacking the same ("2,080 more hours and to be working in
    // such a role now"): the need is said once, with the kinds of work that count for it.
    if (experiences.length > 1 && experiences.length === bares.length && bares.every((b) => b === bares[0]))
      return this.messages.sameNeed(bares[0]!, withoutSharedAmount(labels));
    return this.messages.anyNeed(needs);
  }

  route(result: RouteResult, once: WordedOnce | null = null): RouteVerdict {
    const tree = this.word(result.tree, once);
    const verdict: RouteVerdict = {
      id: result.route.id,
      title: result.route.title,
      eligible: result.ok,
      missing: this.missing(tree),
      eligible_from: result.eligibleFrom === null ? null : monthFromIndex(result.eligibleFrom),
      tree,
    };
    return verdict;
  }

  /** Every certification's verdict of one evaluation, in words. */
  verdicts(explained: Explained): CertificationVerdict[] {
    const once: WordedOnce = { shared: explained.shared, worded: [] };
    const out: CertificationVerdict[] = [];
    for (const result of explained.certifications) out.push(this.verdict(result, once));
    return out;
  }

  verdict(result: CertificationResult, once: WordedOnce | null = null): CertificationVerdict {
    const { certification } = result;
    const routes: RouteVerdict[] = [];
    for (const route of result.routes) routes.push(this.route(route, once));
    return {
      id: certification.id,
      name: certification.name,
      eligible: result.status === 'eligible',
      status: result.status,
      route: result.status === 'eligible' ? result.deciding!.route.id : null,
      routes,
      eligible_from: result.eligibleFrom === null ? null : monthFromIndex(result.eligibleFrom),
      caveats: this.caveats(result.caveats),
      held: result.held,
    };
  }
}

/**
 * The length of the ending all the texts share, taken back to a word boundary and never the whole
 * of any text: "… as a disability manager in the last 36 months" and "… in workers' compensation in
 * the last 36 months" share " in the last 36 months".
 */
/** Labels that all open with the same amount ("2,080 hours as …") keep the unit, not the amount. */
function withoutSharedAmount(labels: readonly string[]): string[] {
  const amount = /^[\d][\d,.]* /.exec(labels[0] ?? '')?.[0];
  if (!amount || !labels.every((label) => label.startsWith(amount))) return [...labels];
  return labels.map((label) => label.slice(amount.length));
}

function sharedEnding(texts: readonly string[]): number {
  const shortest = Math.min(...texts.map((text) => text.length));
  let n = 0;
  while (
    n < shortest &&
    texts.every((text) => text[text.length - 1 - n] === texts[0]![texts[0]!.length - 1 - n])
  )
    n++;
  // One text is the end of another: nothing sets it apart, so keep them whole.
  if (n === shortest) return 0;
  const first = texts[0]!;
  // Back to a space, so that a word is never cut; the label keeps at least one word of its own.
  while (n > 0 && first[first.length - n] !== ' ') n--;
  if (n > 0 && texts.some((text) => text.slice(0, text.length - n).trim() === '')) return 0;
  // The comma before the shared words goes with them.
  while (n < shortest && texts.every((text) => /[ ,]/.test(text[text.length - 1 - n]!))) n++;
  return n;
}

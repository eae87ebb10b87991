import { monthFromIndex } from '../core/month.js';
import type { Rule } from '../data/schema/rules.js';
import type {
  CertificationResult,
  Explanation,
  Facts,
  RouteResult,
  VerdictCaveat,
} from '../engine/explanation.js';
import type { CertificationVerdict, EvalNode, MissingItem, RouteVerdict } from '../engine/types.js';
import type { EligibilityMessages } from './eligibility-messages.js';

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

  /** The explanation tree in words (the JSON contract's `tree`); keys in the contract's order. */
  tree(node: Explanation): EvalNode {
    const rule = node.rule;
    const requirement = this.requirement(rule);
    const source = (rule as { source?: EvalNode['source'] }).source;
    const facts = node.facts;
    if (facts) {
      const out = { kind: node.kind, ok: node.ok, have: this.messages.have(facts) } as EvalNode;
      if (!node.ok) out.need = this.need(facts, requirement);
      out.caveats = this.caveatTexts(node.caveats);
      if (facts.kind === 'experience') {
        out.measure = { unit: facts.unit, have: facts.have, need: facts.need, growing: facts.growing };
      }
      out.requirement = requirement;
      if (source) out.source = source;
      return out;
    }
    const children: EvalNode[] = [];
    for (const child of node.children!) children.push(this.tree(child));
    const out = { kind: node.kind, requirement, ok: node.ok } as EvalNode;
    if (node.kind === 'not') {
      if (children[0]!.ok) out.need = this.messages.notNeed(children[0]!.requirement);
      if (source) out.source = source;
      out.caveats = [];
    } else {
      if (source) out.source = source;
      out.caveats = this.caveatTexts(node.caveats);
    }
    out.children = children;
    return out;
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
      case 'any': {
        // One item for the whole choice; its need names what each alternative still lacks.
        const m = this.messages;
        const haves: string[] = [];
        const needs: string[] = [];
        for (const child of node.children!) {
          if (child.have && !haves.includes(child.have)) haves.push(child.have);
          const need = m.alternativeNeeds(this.missing(child).map((item) => item.need));
          if (!needs.includes(need)) needs.push(need);
        }
        const have = m.listHave(haves);
        out.push({ requirement: node.requirement, have: have || m.noneOfThese, need: m.anyNeed(needs) });
        return;
      }
      default:
        out.push({
          requirement: node.requirement,
          have: node.have ?? '',
          need: node.need ?? node.requirement,
        });
    }
  }

  route(result: RouteResult): RouteVerdict {
    const tree = this.tree(result.tree);
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

  verdict(result: CertificationResult): CertificationVerdict {
    const { certification } = result;
    const routes: RouteVerdict[] = [];
    for (const route of result.routes) routes.push(this.route(route));
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

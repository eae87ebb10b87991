import { monthFromIndex } from '../core/month.js';
import type { Rule } from '../data/schema/rules.js';
import type { CertificationResult, Explanation, RouteResult, VerdictCaveat } from '../engine/explanation.js';
import type { CertificationVerdict, EvalNode, MissingItem, RouteVerdict } from '../engine/types.js';
import type { EligibilityMessages } from './eligibility-messages.js';

/**
 * Turns the engine's structured verdicts into the eligibility contract's words, in one language.
 * Language-neutral: every sentence comes from the `EligibilityMessages` it is given.
 */
export class EligibilityWords {
  private readonly requirements = new WeakMap<Rule, string>();
  private readonly routeCaveatTexts = new WeakMap<RouteVerdict, string[]>();

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
    return [...new Set(caveats.map((caveat) => this.messages.caveat(caveat)))];
  }

  /** The explanation tree in words (the JSON contract's `tree`). */
  tree(node: Explanation): EvalNode {
    const requirement = this.requirement(node.rule);
    const source = (node.rule as { source?: EvalNode['source'] }).source;
    const caveats = node.caveats.map((caveat) => this.messages.caveat(caveat));
    if (node.facts) {
      const facts = node.facts;
      return {
        kind: node.kind,
        ok: node.ok,
        have: this.messages.have(facts),
        ...(node.ok ? {} : { need: this.messages.need(facts, requirement) }),
        caveats,
        ...(facts.kind === 'experience'
          ? { measure: { unit: facts.unit, have: facts.have, need: facts.need, growing: facts.growing } }
          : {}),
        requirement,
        ...(source ? { source } : {}),
      };
    }
    const children = node.children!.map((child) => this.tree(child));
    if (node.kind === 'not') {
      return {
        kind: 'not',
        requirement,
        ok: node.ok,
        ...(children[0]!.ok ? { need: this.messages.notNeed(children[0]!.requirement) } : {}),
        ...(source ? { source } : {}),
        caveats: [],
        children,
      };
    }
    return { kind: node.kind, requirement, ok: node.ok, ...(source ? { source } : {}), caveats, children };
  }

  /** The unmet requirements of a worded tree, as the contract's `missing[]` items. */
  missing(node: EvalNode): MissingItem[] {
    if (node.ok) return [];
    switch (node.kind) {
      case 'all':
        return node.children!.flatMap((child) => this.missing(child));
      case 'any': {
        // One item for the whole choice; its need names what each alternative still lacks.
        const m = this.messages;
        const options = node.children!.map((child) => this.missing(child));
        const have = m.listHave([
          ...new Set(node.children!.map((child) => child.have).filter((h): h is string => !!h)),
        ]);
        const needs = options.map((items) => m.alternativeNeeds(items.map((item) => item.need)));
        return [
          {
            requirement: node.requirement,
            have: have || m.noneOfThese,
            need: m.anyNeed([...new Set(needs)]),
          },
        ];
      }
      default:
        return [
          { requirement: node.requirement, have: node.have ?? '', need: node.need ?? node.requirement },
        ];
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
    this.routeCaveatTexts.set(
      verdict,
      result.caveats.map((caveat) => this.messages.caveat(caveat)),
    );
    return verdict;
  }

  /** The caveats a worded route rests on: the route's own, then those of the nodes that decide it. */
  routeCaveats(route: RouteVerdict): readonly string[] {
    return this.routeCaveatTexts.get(route) ?? [];
  }

  verdict(result: CertificationResult): CertificationVerdict {
    const { certification } = result;
    return {
      id: certification.id,
      name: certification.name,
      eligible: result.status === 'eligible',
      status: result.status,
      route: result.status === 'eligible' ? result.deciding!.route.id : null,
      routes: result.routes.map((route) => this.route(route)),
      eligible_from: result.eligibleFrom === null ? null : monthFromIndex(result.eligibleFrom),
      caveats: this.caveats(result.caveats),
      held: result.held,
    };
  }
}

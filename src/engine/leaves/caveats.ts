import type { Caveat } from '../../data/schema/rules.js';
import type { VerdictCaveat } from '../explanation.js';

const wrapped = new WeakMap<Caveat, VerdictCaveat>();

/** The data's caveat as a verdict caveat; one object per data caveat, made once. */
export function dataCaveat(caveat: Caveat): VerdictCaveat {
  let out = wrapped.get(caveat);
  if (!out) {
    out = { code: 'data', text: caveat.text };
    wrapped.set(caveat, out);
  }
  return out;
}

/** Caveats with no condition apply whenever the node counts toward the verdict. */
export function unconditionalCaveats(node: { caveats?: Caveat[] }): readonly VerdictCaveat[] {
  return (node.caveats ?? []).filter((caveat) => !caveat.when).map(dataCaveat);
}

export const NO_CAVEATS: readonly VerdictCaveat[] = Object.freeze([]);

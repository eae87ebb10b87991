import { monthIndex } from '../core/month.js';
import type { Data } from '../data/model.js';
import type { Certification, Route } from '../data/schema/families.js';
import { compileNode } from './compile.js';
import type { VerdictCaveat } from './explanation.js';
import { dataCaveat } from './leaves/caveats.js';
import type { CompiledNode } from './node.js';
import { Repeated } from './shared.js';

/** A certification made ready once per loaded data set: its routes compiled, its dates as integers. */
export interface CompiledCertification {
  readonly certification: Certification;
  /** Month index from which a retired certification is no longer awarded; null when it is not retired. */
  readonly retiredFrom: number | null;
  readonly routes: readonly CompiledRoute[];
}

export interface CompiledRoute {
  readonly route: Route;
  readonly rule: CompiledNode;
  /** The route's own caveats, which every verdict on it rests on. */
  readonly caveats: readonly VerdictCaveat[];
}

interface Compiled {
  readonly all: readonly CompiledCertification[];
  /** Position in `all` by certification id. */
  readonly index: ReadonlyMap<string, number>;
}

const compiled = new WeakMap<Data, Compiled>();

/** The certifications of the data with these ids (every one without ids), in the data's order, compiled. */
export function compiledCertifications(
  data: Data,
  ids?: readonly string[],
): readonly CompiledCertification[] {
  let found = compiled.get(data);
  if (!found) {
    const repeated = new Repeated(data.certifications.flatMap((c) => c.routes.map((route) => route.rule)));
    const all = data.certifications.map((certification) =>
      compileCertification(certification, data, repeated),
    );
    found = { all, index: new Map(all.map((c, i) => [c.certification.id, i])) };
    compiled.set(data, found);
  }
  if (!ids) return found.all;
  // Usually the ids come in the data's order: each is looked up once.
  const picked: CompiledCertification[] = [];
  let last = -1;
  for (const id of ids) {
    const at = found.index.get(id);
    if (at === undefined) continue;
    if (at <= last) return found.all.filter((c) => ids.includes(c.certification.id));
    last = at;
    picked.push(found.all[at]!);
  }
  return picked;
}

function compileCertification(
  certification: Certification,
  data: Data,
  repeated: Repeated,
): CompiledCertification {
  return {
    certification,
    retiredFrom:
      certification.status === 'retired' && certification.retired_on
        ? monthIndex(certification.retired_on)
        : null,
    routes: certification.routes.map((route) => ({
      route,
      rule: compileNode(route.rule, data, repeated),
      caveats: (route.caveats ?? []).map(dataCaveat),
    })),
  };
}

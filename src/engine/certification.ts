import { monthIndex } from '../core/month.js';
import type { Data } from '../data/model.js';
import type { Certification, Route } from '../data/schema/families.js';
import { compileNode } from './compile.js';
import type { VerdictCaveat } from './explanation.js';
import { dataCaveat } from './leaves/caveats.js';
import type { CompiledNode } from './node.js';

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

const compiled = new WeakMap<Data, readonly CompiledCertification[]>();

/** Every certification of the data, in the data's order, compiled. */
export function compiledCertifications(data: Data): readonly CompiledCertification[] {
  let all = compiled.get(data);
  if (!all) {
    all = data.certifications.map((certification) => compileCertification(certification, data));
    compiled.set(data, all);
  }
  return all;
}

function compileCertification(certification: Certification, data: Data): CompiledCertification {
  return {
    certification,
    retiredFrom:
      certification.status === 'retired' && certification.retired_on
        ? monthIndex(certification.retired_on)
        : null,
    routes: certification.routes.map((route) => ({
      route,
      rule: compileNode(route.rule, data),
      caveats: (route.caveats ?? []).map(dataCaveat),
    })),
  };
}

import { type Diagnostic, formatPath, hasErrors } from '../core/diagnostic.js';
import { dataSetOf, indexData } from '../data/model.js';
import type { ParsedLayer } from '../data/parse-data.js';
import type { Rule } from '../data/schema/rules.js';
import { isSatisfiable } from './witness.js';

/**
 * Eligibility routes (and license requirements) that no profile can ever meet: contradictory
 * conditions, a license that cannot qualify, more months than a window holds. Skipped while the
 * data has other errors, since a broken reference would make every route look impossible.
 */
export function unsatisfiableRoutes(
  layer: ParsedLayer,
  asOf: string,
  earlier: readonly Diagnostic[],
): Diagnostic[] {
  if (hasErrors(earlier)) return [];
  const data = indexData(dataSetOf(layer));
  const out: Diagnostic[] = [];
  const report = (record: Record<string, unknown>, inRecord: (string | number)[], message: string) => {
    const origin = layer.origins.get(record);
    if (!origin) return;
    const path = [...origin.path, ...inRecord];
    out.push({
      file: origin.source.file,
      ...origin.source.locate(path),
      severity: 'error',
      code: 'unsatisfiable-route',
      path: formatPath(path),
      message,
    });
  };
  for (const record of layer.lists.get('certifications') ?? []) {
    const routes = (record.routes ?? []) as { id: string; rule: Rule }[];
    routes.forEach((route, index) => {
      if (!isSatisfiable(route.rule, data, asOf)) {
        report(
          record,
          ['routes', index, 'rule'],
          `route "${route.id}" can never be satisfied: no profile meets all of its conditions`,
        );
      }
    });
  }
  for (const record of layer.lists.get('licenses') ?? []) {
    if (!isSatisfiable(record.requires as Rule, data, asOf)) {
      report(
        record,
        ['requires'],
        `the requirements of license "${String(record.id)}" can never be satisfied`,
      );
    }
  }
  return out;
}

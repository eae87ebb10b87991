import type { Diagnostic } from './core/diagnostic.js';
import { checkData } from './data/check.js';
import type { ParsedLayer } from './data/parse-data.js';
import { unsatisfiableRoutes } from './engine/route-check.js';

/**
 * Every whole-data-set check, the engine-based one included: what `validate` and the build run.
 * `earlier` are the problems already found (parsing, unreadable files); with any error among them
 * the route check is skipped, since broken references would make every route look impossible.
 */
export function validateLayer(
  layer: ParsedLayer,
  asOf: string,
  earlier: readonly Diagnostic[] = layer.diagnostics,
): Diagnostic[] {
  const checked = checkData(layer, asOf);
  return [...checked, ...unsatisfiableRoutes(layer, asOf, [...earlier, ...checked])];
}

import type { Diagnostic } from '../core/diagnostic.js';
import type { ParsedLayer } from './parse-data.js';

/**
 * Checks that need the whole data set: dangling and duplicate ids across files, prerequisite
 * cycles, routes that can never be satisfied, stale sources.
 */
export function checkData(_layer: ParsedLayer, _asOf: string): Diagnostic[] {
  return [];
}

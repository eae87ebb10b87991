import type { PathSegment } from '../../core/diagnostic.js';
import type { DataSet } from '../schema/families.js';
import type { TranslatedText } from './resolve.js';

/**
 * The data set with its text in another language: a copy in which every translated field holds
 * its translation. Ids, numbers, rules and official names are untouched, so the engine gives the
 * same verdicts; only what a person reads changes. Pure.
 */
export function translateDataSet(set: DataSet, table: readonly TranslatedText[]): DataSet {
  const copy = structuredClone(set) as unknown as Record<string, Record<string, unknown>[]>;
  const byList = new Map<string, Map<string, Record<string, unknown>>>();
  for (const [list, records] of Object.entries(copy)) {
    byList.set(list, new Map(records.map((record) => [record.id as string, record])));
  }
  for (const [list, id, path, text] of table) {
    const record = byList.get(list)?.get(id);
    if (record) setAt(record, path, text);
  }
  return copy as unknown as DataSet;
}

function setAt(target: unknown, path: readonly PathSegment[], value: string): void {
  let node = target as Record<string | number, unknown>;
  for (const segment of path.slice(0, -1)) {
    const next = node?.[segment];
    if (!next || typeof next !== 'object') return;
    node = next as Record<string | number, unknown>;
  }
  const last = path[path.length - 1]!;
  // Only a string that is there is replaced: a table made for other data changes nothing else.
  if (typeof node[last] === 'string') node[last] = value;
}

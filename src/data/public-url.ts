import type { Diagnostic, PathSegment } from '../core/diagnostic.js';
import type { ParsedLayer } from './parse-data.js';
import { recordDiagnostic } from './positioned.js';

type Rec = Record<string, unknown>;

/** Host names that only a site's own team can reach or should use: staging, test and local ones. */
const NON_PUBLIC =
  /^(?:localhost|127\.\d+\.\d+\.\d+|(?:[a-z0-9-]+\.)*(?:staging|stage|stg|dev|test|qa|uat|preview)\.[a-z0-9.-]+|[a-z0-9.-]+\.(?:local|internal|test|localhost))$/i;

/** Why a web address is no page to send a person to (a staging copy, a local host), or null. */
export function nonPublicHost(url: string): string | null {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return null; // the schema reports addresses that are not URLs
  }
  return NON_PUBLIC.test(host) ? host : null;
}

/**
 * Every `url` in the data is one a person may be shown (a source, a board): a staging or local
 * host is an error, so a copy of a site that is not public never reaches a plan. Such a page may
 * still be cited: without `url`, with the address in a YAML comment for the data's maintainers.
 */
export function nonPublicUrls(layer: ParsedLayer): Diagnostic[] {
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  const walk = (record: Rec, value: unknown, path: PathSegment[]): void => {
    if (Array.isArray(value)) {
      for (const [index, item] of value.entries()) walk(record, item, [...path, index]);
      return;
    }
    if (value === null || typeof value !== 'object') return;
    for (const [key, child] of Object.entries(value)) {
      const host = key === 'url' && typeof child === 'string' ? nonPublicHost(child) : null;
      if (host) {
        const diagnostic = recordDiagnostic(layer, record, [...path, key], {
          severity: 'error',
          code: 'non-public-url',
          message: `${host} is not a public site: give the public page, or cite this copy without a url (its address in a YAML comment)`,
        });
        // A source written once under an anchor and reused through aliases is one thing to fix.
        const at = diagnostic ? `${diagnostic.file}:${diagnostic.line}:${diagnostic.column}` : '';
        if (diagnostic && !seen.has(at)) {
          seen.add(at);
          out.push(diagnostic);
        }
      }
      walk(record, child, [...path, key]);
    }
  };
  for (const records of layer.lists.values()) for (const record of records) walk(record, record, []);
  return out;
}

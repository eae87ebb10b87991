import { formatPath, type PathSegment } from '../../core/diagnostic.js';

/**
 * Which strings of a data record are text a person reads, and so are translated: summaries,
 * requirements, caveats, notes, route titles, how-to lists. Everything else stays as it is in
 * every language: ids, official names (CCM, "Certified Case Manager", license and board names,
 * exam names, state job titles, employers, BLS occupations) and the sources (titles and notes
 * that say where a fact comes from, for maintainers).
 */

/** Keys whose string value is prose, wherever they appear in a record. */
const PROSE_KEYS = new Set([
  'summary',
  'requirement',
  'text',
  'note',
  'status_note',
  'state_note',
  'state_summary',
  'format',
  'basis',
  'application_note',
  'licensure_note',
]);

/** Keys whose list of strings is prose, one item each. */
const PROSE_LIST_KEYS = new Set(['responsibilities', 'moves_up', 'how_to_build', 'employers', 'steps']);

/** Lists whose records' `name` is our own words, not an official name: translated. */
const OWN_NAMES = new Set(['skills', 'specializations', 'levels', 'coursework', 'jobs']);

/** Subtrees never translated: where a fact comes from. */
const SKIPPED_KEYS = new Set(['sources', 'source', 'ce_provider_sources']);

export interface RecordText {
  /** The path inside the record, as data diagnostics write it: `routes[0].rule.all[1].requirement`. */
  path: string;
  segments: PathSegment[];
  text: string;
}

/** Every translatable text of one record of `list`, in document order. */
export function recordTexts(list: string, record: Record<string, unknown>): RecordText[] {
  const out: RecordText[] = [];
  const add = (segments: PathSegment[], text: string) => {
    if (text.trim() !== '') out.push({ path: formatPath(segments), segments, text });
  };
  const visit = (value: unknown, segments: PathSegment[]) => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        visit(item, [...segments, index]);
      });
      return;
    }
    if (!value || typeof value !== 'object') return;
    for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
      if (SKIPPED_KEYS.has(key)) continue;
      const at = [...segments, key];
      if (typeof child === 'string') {
        // A route's title is prose; a state job's title is the official one.
        const isRouteTitle = key === 'title' && segments.length === 2 && segments[0] === 'routes';
        const isOwnName = key === 'name' && segments.length === 0 && OWN_NAMES.has(list);
        if (PROSE_KEYS.has(key) || isRouteTitle || isOwnName) add(at, child);
      } else if (
        Array.isArray(child) &&
        PROSE_LIST_KEYS.has(key) &&
        child.every((c) => typeof c === 'string')
      ) {
        child.forEach((item, index) => {
          add([...at, index], item as string);
        });
      } else {
        visit(child, at);
      }
    }
  };
  visit(record, []);
  return out;
}

/** `{placeholder}` names in a text, sorted: a translation must keep the same ones. */
export function placeholders(text: string): string[] {
  return [...text.matchAll(/\{([A-Za-z_][\w]*)\}/g)].map((m) => m[1]!).sort();
}

/** The figures in a text (2,080 → 2080), so a translation that drops or changes one is noticed. */
export function figures(text: string): string[] {
  return [...text.matchAll(/\d[\d,]*(?:\.\d+)?/g)]
    .map((m) => m[0].replace(/,(?=\d{3}\b)/g, '').replace(/[.,]$/, ''))
    .filter((n) => n !== '');
}

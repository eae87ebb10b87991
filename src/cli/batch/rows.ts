import { formatPath, type PathSegment } from '../../core/diagnostic.js';
import type { Data } from '../../data/model.js';
import type { ParsedSource } from '../../data/yaml-source.js';
import { issuesToDiagnostics, withKeyHints } from '../../data/zod-diagnostics.js';
import { normalizeProfile } from '../../profile/normalize.js';
import { checkProfileIds } from '../../profile/parse.js';
import { type Profile, ProfileSchema } from '../../profile/schema.js';

/** One problem with one client: `row` as the input counts it, `column` a CSV column or a profile path. */
export interface RowError {
  row: number;
  column: string;
  message: string;
}

/** What a reader yields per client: a valid profile, or the reasons the row cannot be used. */
export type BatchRow =
  | { row: number; name: string | null; profile: Profile }
  | { row: number; name: string | null; errors: RowError[] };

/** Where a batch input stands, for the progress line: a fraction from 0 to 1 when known. */
export interface BatchInput {
  rows: AsyncIterable<BatchRow>;
  fraction(): number | undefined;
}

export function nameOf(value: unknown): string | null {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const name = (value as Record<string, unknown>).name;
    if (typeof name === 'string' && name.trim() !== '') return name.trim();
  }
  return null;
}

/**
 * Validates one profile read from a JSON line or a list item. With `located`, messages carry the
 * line in the file (`prefix` is the item's path inside the document); errors name the profile path.
 */
export function validateProfileValue(
  value: unknown,
  data: Data,
  row: number,
  located?: { source: ParsedSource; root: unknown; prefix: PathSegment[] },
): BatchRow {
  const name = nameOf(value);
  const prefixText = located ? formatPath(located.prefix) : '';
  const shown = (path: string) =>
    prefixText && path.startsWith(prefixText) ? path.slice(prefixText.length).replace(/^\./, '') : path;
  const at = (line: number) => (located ? ` (line ${line})` : '');

  // The quick check (profile/normalize.ts) for a valid profile; the schema words the problems.
  const quick = normalizeProfile(value);
  const result = quick ? ({ success: true, data: quick } as const) : ProfileSchema.safeParse(value);
  if (!result.success) {
    const source: ParsedSource = located?.source ?? {
      file: '',
      value,
      diagnostics: [],
      fatal: false,
      locate: () => ({ line: row, column: 1 }),
    };
    const diagnostics = issuesToDiagnostics(
      source,
      located?.root ?? value,
      withKeyHints(result.error.issues, ProfileSchema),
      located?.prefix ?? [],
    );
    return {
      row,
      name,
      errors: diagnostics.map((d) => ({ row, column: shown(d.path), message: `${d.message}${at(d.line)}` })),
    };
  }
  const shifted: ParsedSource | undefined = located && {
    ...located.source,
    locate: (path, where) => located.source.locate([...located.prefix, ...path], where),
  };
  const problems = checkProfileIds(result.data, data, shifted).filter((d) => d.severity === 'error');
  if (problems.length > 0) {
    return {
      row,
      name,
      errors: problems.map((d) => ({ row, column: d.path, message: `${d.message}${at(d.line)}` })),
    };
  }
  return { row, name, profile: result.data };
}

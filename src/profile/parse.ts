import { type Diagnostic, hasErrors } from '../core/diagnostic.js';
import type { Data } from '../data/model.js';
import type { ParsedSource } from '../data/yaml-source.js';
import { issuesToDiagnostics, withKeyHints } from '../data/zod-diagnostics.js';
import { checkProfileIds } from './ids.js';
import { quickProfile, readProfileSource } from './read.js';
import { type Profile, ProfileSchema } from './schema.js';

export { checkProfileIds, heldFirstProblem, type StateTitleProblem, stateTitleProblem } from './ids.js';

export type ProfileResult =
  | { ok: true; profile: Profile; diagnostics: Diagnostic[] }
  | { ok: false; diagnostics: Diagnostic[] };

/**
 * Parses a profile (YAML or JSON text) and validates it against profile v1 and, when `data` is
 * given, against the ids the data defines. Pure: the caller reads the file.
 */
export function parseProfile(file: string, input: string | Uint8Array, data?: Data): ProfileResult {
  const read = readProfileSource(file, input);
  return read.ok ? profileFromSource(read.source, data) : read;
}

/**
 * The profile in a parsed source: the quick check (normalize.ts) when it passes, else the schema,
 * which words every problem with its path, line and column.
 */
export function profileFromSource(source: ParsedSource, data?: Data): ProfileResult {
  const quick = quickProfile(source, data);
  if (quick) return quick;
  const result = ProfileSchema.safeParse(source.value);
  if (!result.success) {
    return {
      ok: false,
      diagnostics: issuesToDiagnostics(
        source,
        source.value,
        withKeyHints(result.error.issues, ProfileSchema),
      ),
    };
  }
  const diagnostics = data ? checkProfileIds(result.data, data, source) : [];
  if (hasErrors(diagnostics)) return { ok: false, diagnostics };
  return { ok: true, profile: result.data, diagnostics };
}

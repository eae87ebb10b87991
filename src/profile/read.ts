import { type Diagnostic, hasErrors } from '../core/diagnostic.js';
import type { Data } from '../data/model.js';
import { decodeSource, type ParsedSource, parseYamlSource } from '../data/yaml-source.js';
import { checkProfileIds } from './ids.js';
import { normalizeProfile } from './normalize.js';
import type { ProfileResult } from './parse.js';

/**
 * Reading a profile without zod: the text decoded and parsed with its positions, then the quick
 * check (normalize.ts). parse.ts adds the schema for the profiles the quick check does not pass,
 * and the CLI loads it only then, so a valid profile never waits for zod.
 */

/** The profile's text decoded and parsed, or the problems that stop it being read (positioned). */
export function readProfileSource(
  file: string,
  input: string | Uint8Array,
): { ok: true; source: ParsedSource } | { ok: false; diagnostics: Diagnostic[] } {
  if (typeof input !== 'string') {
    const decoded = decodeSource(file, input);
    if (!decoded.ok) return { ok: false, diagnostics: [decoded.diagnostic] };
    input = decoded.text;
  }
  const source = parseYamlSource(file, input);
  // Duplicate keys too: the parser keeps the last value, which would be a silent guess.
  if (source.fatal || hasErrors(source.diagnostics)) return { ok: false, diagnostics: source.diagnostics };
  if (source.value === undefined || source.value === null) {
    return {
      ok: false,
      diagnostics: [
        {
          file,
          line: 1,
          column: 1,
          severity: 'error',
          code: 'empty',
          path: '',
          message: 'the profile is empty; it needs at least `version: 1`',
        },
      ],
    };
  }
  return { ok: true, source };
}

/**
 * The result for a profile that passes the quick check: the same as parse.ts's, ids checked
 * against `data` when given. Undefined when the schema has to look at it (see normalize.ts).
 */
export function quickProfile(source: ParsedSource, data?: Data): ProfileResult | undefined {
  const profile = normalizeProfile(source.value);
  if (!profile) return undefined;
  const diagnostics = data ? checkProfileIds(profile, data, source) : [];
  if (hasErrors(diagnostics)) return { ok: false, diagnostics };
  return { ok: true, profile, diagnostics };
}
